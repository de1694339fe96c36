import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeDependencies } from "../../shared/http/dependencies.ts";
import { rerouteApplication } from "../../shared/use-cases/decide-application.ts";
import { body } from "../support/app.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { linkIn, mailsTo, waitForMails } from "../support/mailbox.ts";
import { allItems } from "../support/tables.ts";

/**
 * A decision link belongs to the person it was sent to. Once the application goes to someone else (a coordinator
 * forwards it, or the table gets a new contact), the old link decides nothing, and its page says the application
 * was handed on without naming anyone.
 */
let stack: TestStack;
const admin = { Authorization: "Bearer test-coordinator-token-0123456789", "Content-Type": "application/json" };
const TABLE = "routing-probe";
const first = { name: "Erste Ansprechpartnerin", email: uniqueEmail("first-contact") };
const second = { name: "Zweiter Ansprechpartner", email: uniqueEmail("second-contact") };

beforeAll(async () => {
  stack = await startTestStack();
  const created = await putTable(first);
  expect(created.status).toBe(201);
});
afterAll(() => stack.close());

function putTable(contact: { name: string; email: string }) {
  return fetch(`${stack.appUrl}/api/admin/work-tables/${TABLE}`, {
    method: "PUT",
    headers: admin,
    body: JSON.stringify({
      numeral: "XIX",
      name: "Weiterleitung",
      description: "Ein Arbeitstisch für diesen Test.",
      audience: "Für alle.",
      admission: { rule: "open" },
      contact,
    }),
  });
}

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop() as string;

/** Applies and confirms as an applicant does; returns the application's id. */
async function appliedAndConfirmed(applicant: string): Promise<string> {
  const email = uniqueEmail("applicant");
  const applied = await fetch(`${stack.appUrl}/api/applications`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      workTableIds: [TABLE],
      name: applicant,
      email,
      organisationType: "association",
      engagement: "volunteer",
      consent: true,
    }),
  });
  expect(applied.status).toBe(202);
  const [mail] = await waitForMails(email, 1);
  const confirmed = await fetch(
    `${stack.appUrl}/api/confirmations/${tokenOf(linkIn(mail, `${stack.appUrl}/bestaetigung/`))}`,
    { method: "POST" },
  );
  expect(confirmed.status).toBe(200);
  return (await body(applied)).applications[0].id;
}

/** The decision link in the newest mail to `contact` about `applicant`. */
async function decisionLink(contact: string, applicant: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const mail = (await mailsTo(contact)).find((m) => m.body.text?.includes(applicant));
    if (mail) return linkIn(mail, `${stack.appUrl}/entscheidung/`);
    if (Date.now() > deadline) throw new Error(`no mail to ${contact} about ${applicant}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const statusOf = async (id: string) =>
  (await body(await fetch(`${stack.appUrl}/api/admin/applications/${id}`, { headers: admin }))).status;

/** What the old link gets now: a page naming nobody, a 410 from the API, and no change to the application. */
async function expectHandedOn(link: string, id: string, people: { name: string; email: string }[]) {
  const page = await fetch(link);
  expect(page.status).toBe(410);
  const html = await page.text();
  expect(html).toContain("Dieser Antrag wurde weitergegeben");
  for (const person of people) {
    expect(html).not.toContain(person.name);
    expect(html).not.toContain(person.email);
  }
  const posted = await fetch(link, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: "decision=accept",
  });
  expect(posted.status).toBe(410);
  const api = await fetch(`${stack.appUrl}/api/decisions/${tokenOf(link)}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ decision: "decline" }),
  });
  expect(api.status).toBe(410);
  expect((await body(api)).detail).toContain("weitergegeben");
  expect(await statusOf(id)).toBe("submitted");
}

describe("a decision link after the application went to someone else", () => {
  it("is refused once the table has a new contact, who gets the application with a link of their own", async () => {
    const id = await appliedAndConfirmed("Bea Umleitung");
    const old = await decisionLink(first.email, "Bea Umleitung");
    expect((await putTable(second)).status).toBe(200);
    const fresh = await decisionLink(second.email, "Bea Umleitung");
    await expectHandedOn(old, id, [first, second]);

    const decided = await fetch(`${stack.appUrl}/api/decisions/${tokenOf(fresh)}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ decision: "accept" }),
    });
    expect(decided.status).toBe(200);
    const decisions = (await allItems(stack.table)).filter(
      (i) => i.action === "application.decide" && (i.subject as { id: string }).id === id,
    );
    expect(decisions.map((d) => d.actor)).toEqual([second.email]);
    const reroutes = (await allItems(stack.table)).filter(
      (i) => i.action === "application.reroute" && (i.subject as { id: string }).id === id,
    );
    expect(reroutes).toHaveLength(1);
  });

  it("is refused once a coordinator forwarded the application to another person", async () => {
    const id = await appliedAndConfirmed("Cem Weitergabe");
    const old = await decisionLink(second.email, "Cem Weitergabe");
    const other = { name: "Dora Vertretung", email: uniqueEmail("forwarded-to"), role: "other" as const };
    const deps = storeDependencies(stack.table.db, stack.table.tableName, async () => stack.signer, {
      perEmail: 3,
      perClient: 30,
      minFillSeconds: 0,
    });
    expect((await rerouteApplication(deps, id, other, "koordination@schwerin.example", new Date())).kind).toBe("ok");
    const fresh = await decisionLink(other.email, "Cem Weitergabe");
    await expectHandedOn(old, id, [second, other]);

    const page = await fetch(fresh);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Cem Weitergabe");
  });
});
