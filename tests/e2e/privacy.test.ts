import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { body } from "../support/app.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { linkIn, mailsTo, waitForMail, waitForMails } from "../support/mailbox.ts";
import { allItems } from "../support/tables.ts";

/**
 * A person's data on request, end to end on the local stack: someone applies, is accepted, invited and answers;
 * the coordinators' export holds each of those; the erasure leaves nothing personal in the table, keeps the
 * history readable, and a later mailing does not reach the address, even when a coordinator imports it again.
 * The stack's log of the whole run names nobody.
 */
let stack: TestStack;
const admin = { Authorization: "Bearer test-coordinator-token-0123456789" };
const person = { email: uniqueEmail("zeynep"), name: `Zeynep Datenschutz ${Date.now().toString(36)}` };
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const api = async (path: string, init: RequestInit = {}) =>
  fetch(`${stack.appUrl}${path}`, { ...init, headers: { ...admin, ...(init.headers as Record<string, string>) } });
const tokenOf = (link: string) => new URL(link).pathname.split("/").pop() as string;

async function conference(title: string) {
  const response = await api("/api/admin/conferences", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      season: "autumn",
      title,
      startsAt: inDays(40),
      endsAt: inDays(40.2),
      location: "Stadthaus Schwerin",
      inviteAt: inDays(20),
    }),
  });
  expect(response.status).toBe(201);
  return String((await body(response)).id);
}

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.close());

describe("a person's data on request (Art. 15 and 17)", () => {
  let conferenceId = "";

  it("applies, is accepted by the contact, is invited and answers", async () => {
    const applied = await fetch(`${stack.appUrl}/api/applications`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        workTableIds: ["kita-uebergang-schule"],
        name: person.name,
        email: person.email,
        organisation: "Elternverein Datenschutz",
        organisationType: "association",
        engagement: "volunteer",
        message: "Ich möchte mitarbeiten.",
        consent: true,
      }),
    });
    expect(applied.status).toBe(202);
    const [confirmation] = await waitForMails(person.email, 1);
    // Every mail names the Impressum and the privacy notice.
    expect(confirmation?.body.text).toContain(`Datenschutz: ${stack.appUrl}/datenschutz`);
    expect(confirmation?.body.text).toContain(`Impressum: ${stack.appUrl}/impressum`);
    const confirmed = await fetch(
      `${stack.appUrl}/api/confirmations/${tokenOf(linkIn(confirmation, `${stack.appUrl}/bestaetigung/`))}`,
      {
        method: "POST",
      },
    );
    expect(confirmed.status).toBe(200);
    const toContact = await waitForMail("ljahn@schwerin.de", (m) => m.body.text?.includes(person.name) ?? false);
    const decided = await fetch(
      `${stack.appUrl}/api/decisions/${tokenOf(linkIn(toContact, `${stack.appUrl}/entscheidung/`))}`,
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ decision: "accept", note: "Willkommen" }),
      },
    );
    expect(decided.status).toBe(200);
    const application = (await allItems(stack.table)).find(
      (i) => i.sk === "APP" && i.workTableId === "kita-uebergang-schule" && JSON.stringify(i).includes(person.email),
    );
    // The consent proof: the text's version and hash, and when it was given.
    expect(application?.consent).toMatchObject({
      textVersion: expect.any(String),
      textHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      language: "de",
    });
    // Accepted applications are kept two years after the decision (the partner record stays).
    const decidedAt = Date.parse(String((application?.decision as { decidedAt?: string } | undefined)?.decidedAt));
    expect(Number(application?.expiresAt) * 1000 - decidedAt).toBeGreaterThan(729 * 86_400_000);
    expect(Number(application?.expiresAt) * 1000 - decidedAt).toBeLessThan(732 * 86_400_000);

    conferenceId = await conference("Herbsttagung der Auskunft");
    await stack.fireMailing({ conferenceId, kind: "invitation" });
    await stack.mailIdle();
    const invitation = await waitForMail(person.email, (m) => m.subject.startsWith("Einladung"));
    const answered = await fetch(
      `${stack.appUrl}/api/rsvp/${tokenOf(linkIn(invitation, `${stack.appUrl}/teilnahme/`))}`,
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ answer: "yes" }),
      },
    );
    expect(answered.status).toBe(200);
  });

  it("exports everything stored about the person", async () => {
    const response = await api(`/api/admin/people/${encodeURIComponent(person.email)}/export`);
    expect(response.status).toBe(200);
    const data = await body(response);
    expect(data.person).toBe(person.email);
    expect(data.partner).toMatchObject({ name: person.name, workTables: ["I – Kita/Übergang Schule"] });
    expect(data.applications).toEqual([
      expect.objectContaining({
        status: "accepted",
        workTableId: "kita-uebergang-schule",
        message: "Ich möchte mitarbeiten.",
      }),
    ]);
    expect(data.rsvps).toEqual([expect.objectContaining({ answer: "yes", conference: "Herbsttagung der Auskunft" })]);
    const subjects = data.mails.map((m: { subject: string }) => m.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        "Bitte bestätigen Sie Ihren Antrag beim Netzwerk Migration",
        "Ihr Antrag wurde weitergeleitet",
        "Willkommen im Arbeitstisch I – Kita/Übergang Schule",
        "Einladung: Herbsttagung der Auskunft",
        // The contact's mail about the application is the applicant's data too.
        "Neuer Antrag für Arbeitstisch I – Kita/Übergang Schule",
      ]),
    );
    const actions = data.auditEntries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["application.confirm", "application.decide", "rsvp.answer"]));
  });

  it("refuses to erase a work table's contact person or a coordinator, and an address that is none", async () => {
    const contact = await api(`/api/admin/people/${encodeURIComponent("ljahn@schwerin.de")}/erase`, { method: "POST" });
    expect(contact.status).toBe(409);
    expect((await body(contact)).detail).toContain("Replace them on the table first");
    const coordinator = await api(`/api/admin/people/${encodeURIComponent("koordination@schwerin.example")}/erase`, {
      method: "POST",
    });
    expect(coordinator.status).toBe(409);
    expect((await api("/api/admin/people/keine-adresse/erase", { method: "POST" })).status).toBe(404);
    // Nothing of a contact or coordinator was touched.
    expect((await allItems(stack.table)).some((i) => i.action === "person.erase")).toBe(false);
  });

  it("erases the person: nothing personal stays, the history reads 'erased', the erasure is recorded", async () => {
    const response = await api(`/api/admin/people/${encodeURIComponent(person.email)}/erase`, { method: "POST" });
    expect(response.status).toBe(200);
    const outcome = await body(response);
    expect(outcome).toMatchObject({ status: "erased", erasedId: expect.stringMatching(/^erased:[A-Za-z0-9_-]{43}$/) });

    const items = await allItems(stack.table);
    const text = JSON.stringify(items, (_key, value) => (value instanceof Set ? [...value] : value));
    expect(text).not.toContain(person.email);
    expect(text).not.toContain(person.name);
    expect(text).not.toContain("Ich möchte mitarbeiten.");
    expect(text).not.toContain("Elternverein Datenschutz");
    // The history stays readable: the decision is still there, about an erased person.
    const decisions = items.filter((i) => i.action === "application.decide");
    expect(decisions.length).toBeGreaterThan(0);
    expect(items.find((i) => i.action === "rsvp.answer")).toMatchObject({
      subject: { type: "person", id: outcome.erasedId },
      erased: true,
    });
    expect(items.find((i) => i.action === "person.erase")).toMatchObject({
      actor: "local-coordinator",
      subject: { type: "person", id: outcome.erasedId },
    });
    expect(items.find((i) => i.reason === "erased")).toMatchObject({
      email: "",
      personHash: outcome.erasedId.slice(7),
    });
    const again = await api(`/api/admin/people/${encodeURIComponent(person.email)}/export`);
    const after = await body(again);
    expect(after).toMatchObject({ partner: null, applications: [], rsvps: [], mails: [] });
  });

  it("keeps a later mailing from the address, even when a coordinator imports it again from an old list", async () => {
    const imported = await api("/api/admin/partners/import", {
      method: "POST",
      headers: { "Content-Type": "text/csv" },
      body: `name,email,workTables\n${person.name},${person.email},I\n`,
    });
    expect(imported.status).toBe(200);
    const before = (await mailsTo(person.email)).length;
    const later = await conference("Herbsttagung nach der Löschung");
    await stack.fireMailing({ conferenceId: later, kind: "invitation" });
    await stack.mailIdle();
    const progress = (await allItems(stack.table)).find(
      (i) => i.pk === `CONF#${later}` && i.sk === "MAILING#invitation",
    );
    expect(progress).toMatchObject({ done: true, skippedSuppressed: 1 });
    expect((await mailsTo(person.email)).length).toBe(before);
  });

  it("logged no name and no address of the person during the whole run", () => {
    const log = stack.logLines.join("\n");
    // One line per request at least: the application, the confirmation, the decision, the RSVP, the export …
    expect(stack.logLines.length).toBeGreaterThan(10);
    expect(log).not.toContain(person.email);
    expect(log).not.toContain(person.name);
    expect(log).not.toContain("ljahn@schwerin.de");
    expect(log).not.toContain("Luise Jahn");
  });
});
