import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleSesFeedback } from "../../shared/jobs/ses-feedback.ts";
import { SuppressionRepository } from "../../shared/store/suppression-repository.ts";
import { body } from "../support/app.ts";
import { calendarOf } from "../support/calendar.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { mailsTo, waitForMails } from "../support/mailbox.ts";
import { allItems } from "../support/tables.ts";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.close());

const admin = { Authorization: "Bearer test-coordinator-token-0123456789", "Content-Type": "application/json" };
const api = (path: string, init: RequestInit = {}) =>
  fetch(`${stack.appUrl}${path}`, { ...init, headers: { ...admin, ...(init.headers as Record<string, string>) } });

const inDays = (days: number, hour = 10) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString().replace(".000Z", "+00:00");
};

/** Imports partners through the coordinators' CSV import. */
async function importPartners(rows: { name: string; email: string; tables?: string }[]) {
  const csv = [
    "name,email,organisation,workTables,legalBasis",
    ...rows.map((r) => `${r.name},${r.email},,${r.tables ?? "I"},Einwilligung`),
  ].join("\n");
  const response = await api("/api/admin/partners/import", {
    method: "POST",
    headers: { "Content-Type": "text/csv" },
    body: csv,
  });
  expect(response.status).toBe(200);
}

async function createConference(fields: Record<string, unknown> = {}) {
  const response = await api("/api/admin/conferences", {
    method: "POST",
    body: JSON.stringify({
      season: "spring",
      title: `Frühjahrstagung ${Date.now().toString(36)}`,
      startsAt: inDays(30, 8),
      endsAt: inDays(30, 14),
      location: "Rathaus Schwerin, Am Markt 14",
      agenda: "1. Begrüßung\n2. Berichte aus den Arbeitstischen",
      inviteAt: inDays(10),
      reminderAt: inDays(25),
      ...fields,
    }),
  });
  expect(response.status).toBe(201);
  return body(response);
}

/** The local scheduler's pending schedules of a conference, as stored in the data table. */
async function schedulesOf(conferenceId: string, count = 2) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const items = (await allItems(stack.table)).filter((i) => String(i.pk).startsWith(`SCHEDULE#conf-${conferenceId}`));
    if (items.length >= count || Date.now() > deadline) return items;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("a conference planned by the coordinators", () => {
  it("gets one schedule for the invitation and one for the reminder, which a reschedule moves", async () => {
    const conference = await createConference();
    const created = await schedulesOf(conference.id);
    expect(created.map((i) => [i.name, i.fireAt]).sort()).toEqual(
      [
        [`conf-${conference.id}-invitation`, new Date(conference.inviteAt).toISOString()],
        [`conf-${conference.id}-reminder`, new Date(conference.reminderAt).toISOString()],
      ].sort(),
    );
    const reminderAt = inDays(26);
    await api(`/api/admin/conferences/${conference.id}`, { method: "PATCH", body: JSON.stringify({ reminderAt }) });
    const deadline = Date.now() + 5000;
    let moved: Record<string, unknown>[] = [];
    while (Date.now() < deadline) {
      moved = await schedulesOf(conference.id);
      if (moved.some((i) => i.fireAt === new Date(reminderAt).toISOString())) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(moved).toHaveLength(2);
    expect(moved.find((i) => String(i.name).endsWith("-reminder"))?.fireAt).toBe(new Date(reminderAt).toISOString());
  });

  it("refuses times in the past, an end before the start and a reminder before the invitation: 422", async () => {
    const response = await api("/api/admin/conferences", {
      method: "POST",
      body: JSON.stringify({
        season: "autumn",
        title: "Herbsttagung",
        startsAt: inDays(20, 14),
        endsAt: inDays(20, 8),
        location: "Schwerin",
        inviteAt: inDays(-1),
        reminderAt: inDays(-2),
      }),
    });
    expect(response.status).toBe(422);
    expect((await body(response)).errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "endsAt",
      "inviteAt",
      "reminderAt",
      "reminderAt",
    ]);
  });

  it("invites three partners once each, with a calendar entry and working RSVP links, however often the schedule fires", async () => {
    const partners = [1, 2, 3].map((n) => ({ name: `Partnerin ${n}`, email: uniqueEmail(`tagung${n}`) }));
    await importPartners(partners);
    const conference = await createConference();

    await stack.fireMailing({ conferenceId: conference.id, kind: "invitation" });
    await stack.fireMailing({ conferenceId: conference.id, kind: "invitation" });
    for (const p of partners) await waitForMails(p.email, 1);
    await stack.mailIdle();
    for (const p of partners) {
      const mails = await mailsTo(p.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toBe(`Einladung: ${conference.title}`);
      expect(mails[0]?.body.text).toContain("Rathaus Schwerin, Am Markt 14");
      const { event, method } = calendarOf(mails[0]);
      expect(method).toBe("REQUEST");
      expect(event.getFirstPropertyValue("uid")).toBe(`${conference.id}@netzwerk-migration-schwerin`);
      expect(event.getFirstPropertyValue("sequence")).toBe(0);
      const start = event.getFirstProperty("dtstart");
      expect(start?.getParameter("tzid")).toBe("Europe/Berlin");
    }

    // A partner answers through the link in the mail; the coordinators see the count and the attendee list.
    const [first] = await mailsTo(partners[0]?.email ?? "");
    const rsvpLink = /http:\/\/localhost:\d+\/teilnahme\/\S+/.exec(first?.body.text ?? "")?.[0] ?? "";
    expect((await fetch(rsvpLink)).status).toBe(200);
    const token = new URL(rsvpLink).pathname.split("/").pop();
    const answer = await fetch(`${stack.appUrl}/api/rsvp/${token}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ answer: "yes" }),
    });
    expect(await body(answer)).toMatchObject({ conferenceId: conference.id, answer: "yes" });
    const view = await body(await api(`/api/admin/conferences/${conference.id}`));
    expect(view.rsvp).toEqual({ yes: 1, no: 0, waitlisted: 0 });
    expect(view.mailings).toEqual([
      expect.objectContaining({ key: "invitation", done: true, mails: expect.objectContaining({ sent: 3 }) }),
    ]);
    const csv = await (await api(`/api/admin/conferences/${conference.id}/attendees.csv`)).text();
    expect(csv).toContain(partners[0]?.email);
    expect(csv).not.toContain(partners[1]?.email);
  });

  it("skips a partner who unsubscribed with one click, and suppressed addresses", async () => {
    const partners = [1, 2, 3].map((n) => ({ name: `Abmelde ${n}`, email: uniqueEmail(`abmelde${n}`) }));
    await importPartners(partners);
    const conference = await createConference();
    await stack.fireMailing({ conferenceId: conference.id, kind: "invitation" });
    const [invitation] = await waitForMails(partners[0]?.email ?? "", 1);
    const unsubscribe = /http:\/\/localhost:\d+\/abmelden\/\S+/.exec(invitation?.body.text ?? "")?.[0] ?? "";
    const oneClick = await fetch(`${stack.appUrl}/api/unsubscribe/${new URL(unsubscribe).pathname.split("/").pop()}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status).toBe(200);
    await handleSesFeedback(
      {
        version: "0",
        id: "event-1",
        "detail-type": "Email Bounced",
        source: "aws.ses",
        account: "123456789012",
        time: new Date().toISOString(),
        region: "eu-central-1",
        resources: [],
        detail: {
          eventType: "Bounce",
          bounce: {
            bounceType: "Permanent",
            bounceSubType: "General",
            bouncedRecipients: [{ emailAddress: partners[1]?.email ?? "" }],
          },
        },
      },
      new SuppressionRepository(stack.table.db, stack.table.tableName),
    );
    const suppressed = await body(await api("/api/admin/suppressions"));
    expect(suppressed.items.map((s: { email: string }) => s.email)).toContain(partners[1]?.email);

    await stack.fireMailing({ conferenceId: conference.id, kind: "reminder" });
    await waitForMails(partners[2]?.email ?? "", 2);
    await stack.mailIdle();
    expect(await mailsTo(partners[0]?.email ?? "")).toHaveLength(1);
    expect(await mailsTo(partners[1]?.email ?? "")).toHaveLength(1);
    const reminder = (await mailsTo(partners[2]?.email ?? ""))[1];
    expect(reminder?.subject).toContain("Erinnerung");
    const view = await body(await api(`/api/admin/conferences/${conference.id}`));
    expect(view.mailings.find((m: { key: string }) => m.key === "reminder").skipped).toMatchObject({
      unsubscribed: 1,
      suppressed: 1,
    });
  });

  it("sends an updated calendar entry on a reschedule and a cancellation on cancel", async () => {
    const partner = { name: "Rita Termin", email: uniqueEmail("termin") };
    await importPartners([partner]);
    const conference = await createConference();
    await stack.fireMailing({ conferenceId: conference.id, kind: "invitation" });
    await waitForMails(partner.email, 1);

    const moved = await api(`/api/admin/conferences/${conference.id}`, {
      method: "PATCH",
      body: JSON.stringify({ startsAt: inDays(31, 8), endsAt: inDays(31, 14) }),
    });
    expect((await body(moved)).sequence).toBe(1);
    const [, update] = await waitForMails(partner.email, 2);
    expect(update?.subject).toContain("Geändert");
    const updated = calendarOf(update);
    expect(updated.method).toBe("REQUEST");
    expect(updated.event.getFirstPropertyValue("uid")).toBe(`${conference.id}@netzwerk-migration-schwerin`);
    expect(updated.event.getFirstPropertyValue("sequence")).toBe(1);

    expect((await api(`/api/admin/conferences/${conference.id}`, { method: "DELETE" })).status).toBe(200);
    const [, , cancellation] = await waitForMails(partner.email, 3);
    expect(cancellation?.subject).toContain("Abgesagt");
    const cancelled = calendarOf(cancellation);
    expect(cancelled.method).toBe("CANCEL");
    expect(cancelled.event.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("sends a mailing at once on request, a test send to the coordinator only, and no reminder to who said no", async () => {
    const partners = [1, 2].map((n) => ({ name: `Sofort ${n}`, email: uniqueEmail(`sofort${n}`) }));
    await importPartners(partners);
    const conference = await createConference();
    const coordinator = uniqueEmail("koordination");

    const test = await api(`/api/admin/conferences/${conference.id}/send-now`, {
      method: "POST",
      body: JSON.stringify({ kind: "invitation", test: true, to: coordinator }),
    });
    expect(test.status).toBe(202);
    const [testMail] = await waitForMails(coordinator, 1);
    expect(testMail?.subject).toMatch(/^\[TEST\] Einladung/);
    expect(await mailsTo(partners[0]?.email ?? "")).toEqual([]);

    const now = await api(`/api/admin/conferences/${conference.id}/send-now`, {
      method: "POST",
      body: JSON.stringify({ kind: "invitation" }),
    });
    expect(now.status).toBe(202);
    const [invitation] = await waitForMails(partners[0]?.email ?? "", 1);
    await waitForMails(partners[1]?.email ?? "", 1);

    const rsvpLink = /http:\/\/localhost:\d+\/teilnahme\/\S+/.exec(invitation?.body.text ?? "")?.[0] ?? "";
    const page = await fetch(rsvpLink, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "answer=no",
    });
    expect(await page.text()).toContain("Ihre Antwort: Nein");
    await stack.fireMailing({ conferenceId: conference.id, kind: "reminder" });
    await waitForMails(partners[1]?.email ?? "", 2);
    await stack.mailIdle();
    expect(await mailsTo(partners[0]?.email ?? "")).toHaveLength(1);
    expect((await body(await api(`/api/admin/conferences/${conference.id}`))).rsvp).toEqual({
      yes: 0,
      no: 1,
      waitlisted: 0,
    });
  });
});
