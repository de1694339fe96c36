import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { berlinFields } from "../../shared/domain/berlin-time.ts";
import { PartnerRepository } from "../../shared/store/partner-repository.ts";
import { calendarOf } from "../support/calendar.ts";
import { type ConsoleClient, consoleSignIn } from "../support/console-http.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { linkIn, mailsTo, waitForMail, waitForMails } from "../support/mailbox.ts";
import { allItems } from "../support/tables.ts";

/**
 * A work table's meeting, end to end on the local stack: planned by the table's contact person in the console,
 * mailed by the same engine as the conferences to that table's members only, once each, with Reply-To the
 * contact; a member leaves by the link in the mail; a reschedule and a cancellation reach who is still a member.
 */
let stack: TestStack;
let contact: ConsoleClient;
const TABLE_II = "ausbildung-und-arbeit";
const CONTACT_II = { name: "Katharina Herold", email: "herold@adwi.de" };
const members = { stays: uniqueEmail("bleibt"), leaves: uniqueEmail("geht"), unsubscribed: uniqueEmail("abgemeldet") };
const otherTable = uniqueEmail("tisch-eins");

beforeAll(async () => {
  stack = await startTestStack();
  const csv = [
    "name,email,workTables",
    `Bleibt Mitglied,${members.stays},II`,
    `Geht bald,${members.leaves},II|IV`,
    `Abgemeldet,${members.unsubscribed},II`,
    `Anderer Tisch,${otherTable},I`,
  ].join("\n");
  const imported = await fetch(`${stack.appUrl}/api/admin/partners/import`, {
    method: "POST",
    headers: { Authorization: "Bearer test-coordinator-token-0123456789", "Content-Type": "text/csv" },
    body: csv,
  });
  expect(imported.status).toBe(200);
  await new PartnerRepository(stack.table.db, stack.table.tableName).unsubscribe(members.unsubscribed, new Date());
  contact = await consoleSignIn(stack.appUrl, CONTACT_II.email);
});
afterAll(() => stack.close());

const inDays = (days: number) => berlinFields(new Date(Date.now() + days * 86_400_000).toISOString());

const meetingMails = async (email: string) =>
  (await mailsTo(email)).filter((m) => m.subject.includes("Treffen des Arbeitstisches II"));

async function meetingItem() {
  return (await allItems(stack.table)).find((i) => i.sk === "CONF" && i.workTableId === TABLE_II) as
    | Record<string, string>
    | undefined;
}

describe("a meeting of work table II", () => {
  it("is planned by the table's contact in Berlin time, with the invitation now and the reminder two days before", async () => {
    const start = inDays(21);
    const response = await contact.post(`/konsole/tische/${TABLE_II}/treffen/neu`, {
      title: "",
      startDate: start.date,
      startTime: "10:00",
      endDate: start.date,
      endTime: "12:30",
      location: "ADWI, Ziegeleiweg 3, Schwerin",
      onlineUrl: "",
      agenda: "1. Ausbildungsmesse\n2. Verschiedenes",
    });
    // Post/Redirect/Get: the meeting's own page, so a reload plans nothing twice.
    expect(response.status).toBe(303);
    const shown = await contact.get(String(response.headers.get("location")));
    expect(await shown.text()).toContain("Das Treffen ist gespeichert.");
    const meeting = await meetingItem();
    expect(meeting).toMatchObject({
      title: "Treffen des Arbeitstisches II – Ausbildung und Arbeit",
      workTableId: TABLE_II,
      replyTo: CONTACT_II,
      status: "planned",
    });
    const reminder = Date.parse(String(meeting?.reminderAt));
    expect(Date.parse(String(meeting?.startsAt)) - reminder).toBe(2 * 86_400_000);
    expect(Date.parse(String(meeting?.inviteAt))).toBeLessThan(Date.now() + 120_000);
    // It is a meeting, not one of the network's conferences.
    const conferences = await fetch(`${stack.appUrl}/api/admin/conferences`, {
      headers: { Authorization: "Bearer test-coordinator-token-0123456789" },
    });
    expect(JSON.stringify(await conferences.json())).not.toContain(String(meeting?.id));
  });

  it("invites exactly the table's subscribed members, once each even when the schedule fires twice", async () => {
    const meeting = await meetingItem();
    await stack.fireMailing({ conferenceId: String(meeting?.id), kind: "invitation" });
    await stack.fireMailing({ conferenceId: String(meeting?.id), kind: "invitation" });
    await stack.mailIdle();
    await waitForMails(members.leaves, 1);
    for (const email of [members.stays, members.leaves]) {
      const mails = await meetingMails(email);
      expect(mails.map((m) => m.subject)).toEqual(["Einladung: Treffen des Arbeitstisches II – Ausbildung und Arbeit"]);
      expect(mails[0]?.replyTo.join(" ")).toContain(CONTACT_II.email);
      const { method, event } = calendarOf(mails[0]);
      expect(method).toBe("REQUEST");
      expect(event.getFirstPropertyValue("summary")).toBe("Treffen des Arbeitstisches II – Ausbildung und Arbeit");
      expect(mails[0]?.body.text).toContain(`${stack.appUrl}/austreten/`);
    }
    expect(await meetingMails(members.unsubscribed)).toEqual([]);
    expect(await meetingMails(otherTable)).toEqual([]);
  });

  it("lets a member leave the table by the link in its mail, recorded, the other tables kept", async () => {
    const [mail] = await meetingMails(members.leaves);
    const link = linkIn(mail, `${stack.appUrl}/austreten/`);
    const page = await fetch(link);
    expect(await page.text()).toContain("Jetzt austreten");
    expect((await allItems(stack.table)).find((i) => i.email === members.leaves)?.workTableIds).toEqual(
      new Set([TABLE_II, "gesellschaftliche-integration"]),
    );
    const left = await fetch(link, { method: "POST" });
    expect(left.status).toBe(200);
    expect(await left.text()).toContain("Sie sind ausgetreten");
    const items = await allItems(stack.table);
    expect(items.find((i) => i.email === members.leaves)?.workTableIds).toEqual(
      new Set(["gesellschaftliche-integration"]),
    );
    expect(items.find((i) => i.action === "partner.leave_table" && i.actor === "link:partner")).toMatchObject({
      subject: { type: "partner", id: members.leaves },
    });
  });

  it("sends the reminder, a rescheduled entry and the cancellation only to who is still a member", async () => {
    const meeting = await meetingItem();
    const id = String(meeting?.id);
    await stack.fireMailing({ conferenceId: id, kind: "reminder" });
    await stack.mailIdle();
    expect((await meetingMails(members.stays)).map((m) => m.subject)).toContain(
      "Erinnerung: Treffen des Arbeitstisches II – Ausbildung und Arbeit",
    );

    const page = await (await contact.get(`/konsole/tische/${TABLE_II}/treffen/${id}/bearbeiten`)).text();
    const field = (name: string) => new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(page)?.[1] ?? "";
    const moved = await contact.post(`/konsole/tische/${TABLE_II}/treffen/${id}/bearbeiten`, {
      version: field("version"),
      title: field("title"),
      startDate: field("startDate"),
      startTime: "14:00",
      endDate: field("endDate"),
      endTime: "16:00",
      location: field("location"),
      onlineUrl: "",
      agenda: "1. Ausbildungsmesse",
      inviteDate: field("inviteDate"),
      inviteTime: field("inviteTime"),
      reminderDate: field("reminderDate"),
      reminderTime: field("reminderTime"),
    });
    expect(moved.status).toBe(200);
    await waitForMails(members.stays, 3);
    const update = (await meetingMails(members.stays)).find((m) => m.subject.startsWith("Geändert"));
    expect(calendarOf(update).event.getFirstPropertyValue("sequence")).toBe(1);

    const asked = await contact.post(`/konsole/tische/${TABLE_II}/treffen/${id}/absagen`, {
      note: "Der Raum ist belegt.",
    });
    expect(await asked.text()).toContain("Treffen absagen");
    expect((await meetingItem())?.status).toBe("planned");
    const cancelled = await contact.post(`/konsole/tische/${TABLE_II}/treffen/${id}/absagen`, {
      note: "Der Raum ist belegt.",
      bestaetigt: "ja",
    });
    expect(await cancelled.text()).toContain("Das Treffen ist abgesagt");
    await waitForMails(members.stays, 4);
    const cancellation = (await meetingMails(members.stays)).find((m) => m.subject.startsWith("Abgesagt"));
    expect(calendarOf(cancellation).method).toBe("CANCEL");
    expect(cancellation?.body.text).toContain("Der Raum ist belegt.");

    // Who left the table got the invitation before leaving, and nothing after.
    expect((await meetingMails(members.leaves)).map((m) => m.subject)).toEqual([
      "Einladung: Treffen des Arbeitstisches II – Ausbildung und Arbeit",
    ]);
  });

  it("lets the contact remove a member with a note: a polite mail to them, the note only in the audit log", async () => {
    const list = await (await contact.get(`/konsole/tische/${TABLE_II}/mitglieder`)).text();
    const row = list.split("<tr>").find((r) => r.includes(members.stays)) ?? "";
    const handle = /\/mitglieder\/([A-Za-z0-9_-]{22})\/entfernen/.exec(row)?.[1];
    expect(handle).toBeDefined();
    const removed = await contact.post(`/konsole/tische/${TABLE_II}/mitglieder/${handle}/entfernen`, {
      note: "Hat um Austritt gebeten (Telefon, 30.11.)",
    });
    expect(removed.status).toBe(200);
    expect(await removed.text()).toContain("ist nicht mehr Mitglied dieses Arbeitstisches");
    const items = await allItems(stack.table);
    const entry = items.find((i) => i.action === "partner.remove_from_table");
    expect(entry).toMatchObject({ actor: CONTACT_II.email, note: "Hat um Austritt gebeten (Telefon, 30.11.)" });
    expect(entry?.subject).toEqual({ type: "partner", id: members.stays });
    const mail = await waitForMail(members.stays, (m) => m.subject.startsWith("Ihre Mitgliedschaft"));
    expect(mail?.subject).toBe("Ihre Mitgliedschaft im Arbeitstisch II – Ausbildung und Arbeit");
    expect(mail?.body.text).not.toContain("Telefon");
    expect(mail?.replyTo.join(" ")).toContain(CONTACT_II.email);
  });
});
