import { describe, expect, it } from "vitest";
import { type Conference, changesEvent, timeIssues } from "../../shared/domain/conference.ts";
import { conferenceInputSchema } from "../../shared/domain/conference-input.ts";
import { suppressionsFrom } from "../../shared/jobs/ses-feedback.ts";

const now = new Date("2027-01-10T09:00:00Z");
const planned = {
  startsAt: "2027-04-20T09:00:00+02:00",
  endsAt: "2027-04-20T15:00:00+02:00",
  inviteAt: "2027-03-01T10:00:00+01:00",
  reminderAt: "2027-04-13T10:00:00+02:00",
};

describe("conference times", () => {
  it("accept a sound plan", () => {
    expect(timeIssues(planned, now)).toEqual([]);
  });

  it("refuse the past, an end before the start, an invitation after the start and a reminder before the invitation", () => {
    expect(timeIssues({ ...planned, inviteAt: "2027-01-01T10:00:00+01:00" }, now)).toEqual([
      { path: "inviteAt", message: "must be in the future" },
    ]);
    expect(timeIssues({ ...planned, endsAt: "2027-04-20T08:00:00+02:00" }, now).map((i) => i.path)).toEqual(["endsAt"]);
    expect(
      timeIssues({ ...planned, inviteAt: "2027-04-21T10:00:00+02:00", reminderAt: undefined }, now).map((i) => i.path),
    ).toEqual(["inviteAt"]);
    expect(timeIssues({ ...planned, reminderAt: "2027-02-01T10:00:00+01:00" }, now).map((i) => i.path)).toEqual([
      "reminderAt",
    ]);
  });

  it("let a time that already passed stay as it was when other fields change", () => {
    const later = new Date("2027-03-05T09:00:00Z");
    expect(timeIssues(planned, later, planned)).toEqual([]);
  });

  it("require times with an offset", () => {
    const result = conferenceInputSchema().safeParse({
      season: "spring",
      title: "T",
      location: "L",
      ...planned,
      startsAt: "2027-04-20T09:00:00",
    });
    expect(result.success).toBe(false);
  });

  it("count a change of time, place or title as a change of the calendar entry", () => {
    const base = { title: "T", location: "L", ...planned } as Conference;
    expect(changesEvent(base, { ...base, agenda: "neu" })).toBe(false);
    expect(changesEvent(base, { ...base, location: "Anderswo" })).toBe(true);
  });
});

describe("SES feedback", () => {
  it("suppresses permanent bounces and complaints, not transient bounces", () => {
    const bounce = (bounceType: string) => ({
      notificationType: "Bounce",
      bounce: { bounceType, bounceSubType: "General", bouncedRecipients: [{ emailAddress: "weg@example.org" }] },
    });
    expect(suppressionsFrom(bounce("Permanent"), now)).toEqual([
      { email: "weg@example.org", reason: "bounce", detail: "Permanent/General", at: now.toISOString() },
    ]);
    expect(suppressionsFrom(bounce("Transient"), now)).toEqual([]);
    expect(
      suppressionsFrom(
        { eventType: "Complaint", complaint: { complainedRecipients: [{ emailAddress: "nein@example.org" }] } },
        now,
      ),
    ).toMatchObject([{ email: "nein@example.org", reason: "complaint" }]);
  });
});
