import { beforeAll, describe, expect, it } from "vitest";
import { type Conference, changesEvent, timeIssues, titleIssues } from "../../shared/domain/conference.ts";
import { conferenceInputSchema } from "../../shared/domain/conference-input.ts";
import { conferenceName } from "../../shared/i18n/labels.ts";
import { suppressionsFrom } from "../../shared/jobs/ses-feedback.ts";
import { conferenceIcs } from "../../shared/mail/ics.ts";
import { mailContent } from "../../shared/mail/templates.ts";
import { loadAllTexts } from "../support/texts.ts";

beforeAll(loadAllTexts);

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

  it("take a passed time sent back as a form shows it (to the minute) as unchanged, a minute off as changed", () => {
    const sent = { ...planned, inviteAt: "2026-12-06T12:07:50.123Z" };
    const later = new Date("2026-12-06T12:08:20Z");
    // The form shows 13:07 Berlin time and sends it back without the seconds.
    expect(timeIssues({ ...sent, inviteAt: "2026-12-06T13:07:00+01:00" }, later, { inviteAt: sent.inviteAt })).toEqual(
      [],
    );
    expect(
      timeIssues({ ...sent, inviteAt: "2026-12-06T13:06:00+01:00" }, later, { inviteAt: sent.inviteAt }).map(
        (i) => i.path,
      ),
    ).toEqual(["inviteAt"]);
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

describe("conference titles say it once", () => {
  const data = (title: string, season: "spring" | "autumn" = "autumn") => ({
    conferenceId: "c1",
    mailing: "invitation" as const,
    sequence: 0,
    season,
    title,
    startsAt: "2027-10-20T09:00:00+02:00",
    endsAt: "2027-10-20T15:00:00+02:00",
    location: "Rathaus Schwerin",
    partnerName: "Anna Beispiel",
    partnerEmail: "anna@example.org",
    partnerHandle: "AAAAAAAAAAAAAAAAAAAAAA",
  });
  /** Words of four letters or more that occur twice: "Herbsttagung: Herbsttagung", "Migration … Migration". */
  const repeated = (text: string) => {
    const words: string[] = text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? [];
    return words.filter((word, index) => words.indexOf(word) !== index);
  };

  it.each([
    ["Herbsttagung 2027", "autumn", "Herbsttagung 2027"],
    ["Frühjahrstagung 2027 des Netzwerks Migration", "spring", "Frühjahrstagung 2027 des Netzwerks Migration"],
    ["Teilhabe am Arbeitsmarkt", "autumn", "Herbsttagung: Teilhabe am Arbeitsmarkt"],
  ] as const)("%s: subjects, sentences and the calendar entry name it once", async (title, season, name) => {
    expect(conferenceName({ title, season }, "de")).toBe(name);
    for (const mailing of ["invitation", "reminder", "update", "cancellation"] as const) {
      for (const locale of ["de", "en"] as const) {
        const content = mailContent({ kind: "conference", locale, data: { ...data(title, season), mailing } }, {});
        expect(repeated(content.subject), content.subject).toEqual([]);
        for (const paragraph of content.paragraphs) expect(repeated(paragraph), paragraph).toEqual([]);
        expect(content.subject.split(conferenceName({ title, season }, locale)).length).toBe(2);
      }
    }
    const summary = /^SUMMARY:(.*)$/m.exec(await conferenceIcs(data(title, season), "netzwerk@example.org"))?.[1];
    expect(summary?.trim()).toBe(name);
  });

  it("refuses a title that starts with what mails add, or names the other season", () => {
    expect(titleIssues({ title: "Einladung zur Herbsttagung", season: "autumn" })).toEqual([
      { path: "title", message: expect.stringContaining("Einladung") },
    ]);
    expect(titleIssues({ title: "Frühjahrstagung 2027", season: "autumn" })).toEqual([
      { path: "title", message: "names the spring conference, but the season is autumn" },
    ]);
    expect(titleIssues({ title: "Herbsttagung 2027", season: "autumn" })).toEqual([]);
    expect(titleIssues({ title: "Teilhabe am Arbeitsmarkt", season: "spring" })).toEqual([]);
  });
});
