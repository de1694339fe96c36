import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { body } from "../support/app.ts";
import { htmlProblems } from "../support/html.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { linkIn, mailsTo, waitForMails } from "../support/mailbox.ts";
import { allItems } from "../support/tables.ts";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.close());

const admin = { Authorization: "Bearer test-coordinator-token-0123456789" };

function apply(fields: Record<string, unknown>) {
  return fetch(`${stack.appUrl}/api/applications`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      organisationType: "association",
      engagement: "volunteer",
      consent: true,
      ...fields,
    }),
  });
}

const post = (path: string, payload?: unknown) =>
  fetch(`${stack.appUrl}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop() as string;

/** Applies, reads the confirmation mail and confirms: what an applicant does. */
async function applyAndConfirm(fields: Record<string, unknown>) {
  const response = await apply(fields);
  expect(response.status).toBe(202);
  const submitted = await body(response);
  const [mail] = await waitForMails(fields.email as string, 1);
  const confirmLink = linkIn(mail, `${stack.appUrl}/bestaetigung/`);
  const confirmed = await post(`/api/confirmations/${tokenOf(confirmLink)}`);
  expect(confirmed.status).toBe(200);
  return { submitted, confirmLink };
}

/** The decision link in the mail a contact received about this applicant. */
async function decisionLinkFor(contactEmail: string, applicantName: string) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const mail = (await mailsTo(contactEmail)).find((m) => m.body.text?.includes(applicantName));
    if (mail) return { mail, link: linkIn(mail, `${stack.appUrl}/entscheidung/`) };
    if (Date.now() > deadline) throw new Error(`no mail to ${contactEmail} about ${applicantName}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("applying to work table I, from the form to the contact's decision", () => {
  it("stores a pending application, confirms it by mail, routes it to Luise Jahn, and makes an accepted applicant a partner", async () => {
    const email = uniqueEmail("amina");
    const name = `Amina Yusuf ${email.slice(6, 12)}`;
    const response = await apply({
      workTableIds: ["kita-uebergang-schule"],
      name,
      email,
      organisation: "Elternverein Lankow",
    });
    expect(response.status).toBe(202);
    const submitted = await body(response);
    expect(submitted.applications).toEqual([
      { id: expect.any(String), workTableId: "kita-uebergang-schule", status: "pending_confirmation" },
    ]);
    const applicationId = submitted.applications[0].id;
    const stored = await body(
      await fetch(`${stack.appUrl}/api/admin/applications/${applicationId}`, { headers: admin }),
    );
    expect(stored).toMatchObject({
      status: "pending_confirmation",
      applicant: { name, email, organisation: "Elternverein Lankow", locale: "de" },
      consent: { textVersion: expect.any(String), givenAt: expect.any(String) },
      expiresAt: expect.any(Number),
    });

    // The confirmation mail, and a page whose button confirms (opening the link changes nothing).
    const [confirmation] = await waitForMails(email, 1);
    expect(confirmation?.subject).toBe("Bitte bestätigen Sie Ihren Antrag beim Netzwerk Migration");
    expect(confirmation?.body.text).toContain("Arbeitstisch I – Kita/Übergang Schule");
    const confirmLink = linkIn(confirmation, `${stack.appUrl}/bestaetigung/`);
    const confirmPage = await fetch(confirmLink);
    const confirmHtml = await confirmPage.text();
    expect(confirmHtml).toContain("Antrag jetzt bestätigen");
    expect(await htmlProblems(confirmHtml)).toEqual([]);
    expect(
      (await body(await fetch(`${stack.appUrl}/api/admin/applications/${applicationId}`, { headers: admin }))).status,
    ).toBe("pending_confirmation");

    const confirmed = await post(`/api/confirmations/${tokenOf(confirmLink)}`);
    expect(await body(confirmed)).toEqual({
      status: "confirmed",
      applications: [{ id: applicationId, workTableId: "kita-uebergang-schule", status: "submitted" }],
    });
    // Idempotent: a second click answers the same and sends nothing more.
    expect(await body(await post(`/api/confirmations/${tokenOf(confirmLink)}`))).toMatchObject({
      status: "already_confirmed",
      applications: [{ id: applicationId, status: "submitted" }],
    });

    // The contact's mail: little personal data, Reply-To the applicant, a signed link to the decision page.
    const { mail: contactMail, link: decisionLink } = await decisionLinkFor("ljahn@schwerin.de", name);
    expect(contactMail.subject).toBe("Neuer Antrag für Arbeitstisch I – Kita/Übergang Schule");
    expect(contactMail.replyTo[0]).toContain(email);
    expect(contactMail.body.text).not.toContain(email);
    const [, forwarded] = await waitForMails(email, 2);
    expect(forwarded?.subject).toBe("Ihr Antrag wurde weitergeleitet");
    expect(forwarded?.body.text).toContain("Luise Jahn");

    const decisionPage = await (await fetch(decisionLink)).text();
    expect(decisionPage).toContain(name);
    expect(decisionPage).toContain("Elternverein Lankow");
    expect(await htmlProblems(decisionPage)).toEqual([]);

    const decided = await post(`/api/decisions/${tokenOf(decisionLink)}`, { decision: "accept", note: "Willkommen!" });
    expect(await body(decided)).toMatchObject({
      id: applicationId,
      status: "accepted",
      decision: { outcome: "accept" },
    });
    const [, , outcome] = await waitForMails(email, 3);
    expect(outcome?.subject).toBe("Willkommen im Arbeitstisch I – Kita/Übergang Schule");
    expect(outcome?.body.text).toContain("Willkommen!");

    const { Item: partner } = await stack.table.db.send(
      new GetCommand({ TableName: stack.table.tableName, Key: { pk: `PARTNER#${email}`, sk: "PARTNER" } }),
    );
    expect(partner).toMatchObject({
      email,
      name,
      workTableIds: new Set(["kita-uebergang-schule"]),
      source: "application",
    });

    // The same decision again is harmless; a different one is refused.
    expect((await post(`/api/decisions/${tokenOf(decisionLink)}`, { decision: "accept" })).status).toBe(200);
    const conflict = await post(`/api/decisions/${tokenOf(decisionLink)}`, { decision: "decline" });
    expect(conflict.status).toBe(409);
    expect(await mailsTo(email)).toHaveLength(3);
  });
});

describe("admission rules", () => {
  it("refuses table III without a religious community's mandate: 422, nothing stored, nothing sent", async () => {
    const email = uniqueEmail("ohne-mandat");
    await stack.mailIdle();
    const before = await allItems(stack.table);
    const response = await apply({ workTableIds: ["interreligioeser-dialog"], name: "Paul Ohne", email });
    expect(response.status).toBe(422);
    expect((await body(response)).errors).toEqual([{ path: "mandate.community", message: expect.any(String) }]);
    expect(await allItems(stack.table)).toEqual(before);
    await new Promise((r) => setTimeout(r, 500));
    expect(await mailsTo(email)).toEqual([]);
  });

  it("admits table V for an MBE service, and keeps no mandate the table does not ask for", async () => {
    const email = uniqueEmail("mbe");
    const response = await apply({
      workTableIds: ["beratung"],
      name: "Mira Berater",
      email,
      organisationType: "independent",
      engagement: "professional",
      service: "MBE",
      mandate: { community: "nicht gefragt" },
    });
    expect(response.status).toBe(202);
    const id = (await body(response)).applications[0].id;
    const stored = await body(await fetch(`${stack.appUrl}/api/admin/applications/${id}`, { headers: admin }));
    expect(stored.service).toBe("MBE");
    expect(stored.mandate).toBeUndefined();
    const wrongService = await apply({
      workTableIds: ["beratung"],
      name: "Mira",
      email: uniqueEmail(),
      service: undefined,
    });
    expect((await body(wrongService)).errors).toEqual([
      {
        path: "service",
        message:
          "Ein gewählter Arbeitstisch ist nur für staatlich geförderte Beratungsdienste: Bitte wählen Sie Ihren Dienst (MBE oder JMD).",
      },
    ]);
  });
});

describe("routing", () => {
  it("sends one submission for tables I and II to two different contacts, and tells the applicant both", async () => {
    const email = uniqueEmail("zwei");
    const name = `Zora Zwei ${email.slice(5, 11)}`;
    const { submitted } = await applyAndConfirm({
      workTableIds: ["kita-uebergang-schule", "ausbildung-und-arbeit"],
      name,
      email,
    });
    expect(submitted.applications).toHaveLength(2);
    await decisionLinkFor("ljahn@schwerin.de", name);
    await decisionLinkFor("herold@adwi.de", name);
    const [, forwarded] = await waitForMails(email, 2);
    expect(forwarded?.body.text).toContain("Luise Jahn");
    expect(forwarded?.body.text).toContain("Katharina Herold");
  });

  it("sends a table's applications to the deputy while one is set", async () => {
    const table = await body(
      await fetch(`${stack.appUrl}/api/admin/work-tables/gesellschaftliche-integration`, { headers: admin }),
    );
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = table;
    const deputyEmail = uniqueEmail("vertretung");
    const put = await fetch(`${stack.appUrl}/api/admin/work-tables/gesellschaftliche-integration`, {
      method: "PUT",
      headers: { ...admin, "Content-Type": "application/json" },
      body: JSON.stringify({ ...input, deputy: { name: "Vera Vertretung", email: deputyEmail } }),
    });
    expect(put.status).toBe(200);
    const name = `Dana Deputy ${deputyEmail.slice(11, 16)}`;
    await applyAndConfirm({ workTableIds: ["gesellschaftliche-integration"], name, email: uniqueEmail("dana") });
    const { mail } = await decisionLinkFor(deputyEmail, name);
    expect(mail.body.text).toContain("Guten Tag Vera Vertretung");
    expect((await mailsTo("kuljugin-e.v@gmx.net")).some((m) => m.body.text?.includes(name))).toBe(false);
  });
});

describe("one open application per person and table", () => {
  it("gives the open application back instead of a second one, and sends no second confirmation", async () => {
    const email = uniqueEmail("doppelt");
    const first = await body(await apply({ workTableIds: ["ausbildung-und-arbeit"], name: "Dora Doppelt", email }));
    const second = await apply({
      workTableIds: ["ausbildung-und-arbeit"],
      name: "Dora Doppelt",
      email: email.toUpperCase(),
    });
    expect(second.status).toBe(202);
    expect((await body(second)).applications).toEqual(first.applications);
    await stack.mailIdle();
    expect(await mailsTo(email)).toHaveLength(1);
  });
});

describe("links", () => {
  it("refuses an expired and a forged confirmation link, changing nothing", async () => {
    const email = uniqueEmail("link");
    const { id: submissionId } = await body(
      await apply({ workTableIds: ["kita-uebergang-schule"], name: "Lina Link", email }),
    );
    const expired = stack.signer.sign("confirm", submissionId, new Date(Date.now() - 1000));
    const expiredResponse = await post(`/api/confirmations/${expired}`);
    expect(expiredResponse.status).toBe(410);
    const valid = stack.signer.sign("confirm", submissionId, new Date(Date.now() + 60_000));
    const forged = `${valid.slice(0, -4)}AAAA`;
    expect((await post(`/api/confirmations/${forged}`)).status).toBe(404);
    const otherSubmission = stack.signer.sign("confirm", "x".repeat(22), new Date(Date.now() + 60_000));
    expect((await post(`/api/confirmations/${otherSubmission}`)).status).toBe(404);
    expect((await fetch(`${stack.appUrl}/bestaetigung/${expired}`)).status).toBe(410);
    const expiredDecision = stack.signer.sign("decide", "any-application", new Date(Date.now() - 1000));
    const form = { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "note=x" };
    expect((await fetch(`${stack.appUrl}/entscheidung/${expiredDecision}`, form)).status).toBe(410);
    const items = await allItems(stack.table);
    expect(items.filter((i) => i.submissionId === submissionId).map((i) => i.status)).toEqual(["pending_confirmation"]);
  });

  it("a contact's link decides its own application only, and a confirmation link decides nothing", async () => {
    const nameA = `Anna A ${Date.now().toString(36)}`;
    const nameB = `Bert B ${Date.now().toString(36)}`;
    const a = await applyAndConfirm({ workTableIds: ["ausbildung-und-arbeit"], name: nameA, email: uniqueEmail("a") });
    const b = await applyAndConfirm({ workTableIds: ["ausbildung-und-arbeit"], name: nameB, email: uniqueEmail("b") });
    const { link } = await decisionLinkFor("herold@adwi.de", nameA);
    expect((await post(`/api/decisions/${tokenOf(a.confirmLink)}`, { decision: "decline" })).status).toBe(404);
    expect((await body(await post(`/api/decisions/${tokenOf(link)}`, { decision: "decline" }))).status).toBe(
      "declined",
    );
    const idB = b.submitted.applications[0].id;
    const stored = await body(await fetch(`${stack.appUrl}/api/admin/applications/${idB}`, { headers: admin }));
    expect(stored.status).toBe("submitted");
    const idA = a.submitted.applications[0].id;
    const declined = await body(await fetch(`${stack.appUrl}/api/admin/applications/${idA}`, { headers: admin }));
    // Declined applications are deleted 6 calendar months after the decision (what the applicant's mail says).
    const sixMonths = new Date(declined.decision.decidedAt);
    sixMonths.setUTCMonth(sixMonths.getUTCMonth() + 6);
    expect(declined.expiresAt).toBe(Math.floor(sixMonths.getTime() / 1000));
  });
});

describe("bad input and abuse", () => {
  it("answers unreadable, oversized and non-JSON bodies, a filled honeypot and a missing consent with 4xx, storing nothing", async () => {
    await stack.mailIdle(); // earlier tests' mails are still being sent; their status changes are not ours
    const before = await allItems(stack.table);
    const raw = (payload: string, type = "application/json") =>
      fetch(`${stack.appUrl}/api/applications`, { method: "POST", headers: { "Content-Type": type }, body: payload });
    expect((await raw("{oops")).status).toBe(400);
    expect((await raw(JSON.stringify({ message: "x".repeat(17_000) }))).status).toBe(413);
    expect((await raw("name=Eve", "application/x-www-form-urlencoded")).status).toBe(415);
    const base = { workTableIds: ["kita-uebergang-schule"], name: "Bot", email: uniqueEmail("bot") };
    const honeypot = await apply({ ...base, website: "https://spam.example" });
    expect((await body(honeypot)).errors).toEqual([{ path: "website", message: "Bitte lassen Sie dieses Feld leer." }]);
    const noConsent = await apply({ ...base, consent: false });
    expect((await body(noConsent)).errors.map((e: { path: string }) => e.path)).toEqual(["consent"]);
    const injection = await apply({ ...base, name: "Eve\r\nBcc: everyone@example.org" });
    expect((await body(injection)).errors.map((e: { path: string }) => e.path)).toEqual(["name"]);
    expect(await allItems(stack.table)).toEqual(before);
  });

  it("allows three submissions per email address an hour, then 429 with Retry-After", async () => {
    const email = uniqueEmail("eilig");
    const tables = ["kita-uebergang-schule", "ausbildung-und-arbeit", "gesellschaftliche-integration", "beratung"];
    for (const table of tables.slice(0, 3)) {
      expect((await apply({ workTableIds: [table], name: "Emil Eilig", email })).status).toBe(202);
    }
    const fourth = await apply({ workTableIds: [tables[3]], name: "Emil Eilig", email, service: "JMD" });
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get("retry-after"))).toBeGreaterThan(0);
    const items = await allItems(stack.table);
    expect(items.filter((i) => i.workTableId === "beratung" && JSON.stringify(i).includes(email))).toEqual([]);
  });

  it("escapes what an applicant typed in the contact's HTML mail", async () => {
    const name = `<b>Eve</b> & Co ${Date.now().toString(36)}`;
    await applyAndConfirm({ workTableIds: ["kita-uebergang-schule"], name, email: uniqueEmail("eve") });
    const { mail } = await decisionLinkFor("ljahn@schwerin.de", name);
    expect(mail.body.html).toContain("&lt;b&gt;Eve&lt;/b&gt; &amp; Co");
    expect(mail.body.html).not.toContain("<b>Eve</b>");
  });
});

describe("coordinators", () => {
  it("list all applications newest first, filtered by status and work table, page by page", async () => {
    const list = async (query: string) =>
      body(await fetch(`${stack.appUrl}/api/admin/applications?${query}`, { headers: admin }));
    const all = await list("limit=100");
    expect(all.items.length).toBeGreaterThan(3);
    const created = all.items.map((a: { createdAt: string }) => a.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    const submitted = await list("status=submitted&workTableId=ausbildung-und-arbeit");
    expect(submitted.items.length).toBeGreaterThan(0);
    for (const a of submitted.items)
      expect(a).toMatchObject({ status: "submitted", workTableId: "ausbildung-und-arbeit" });
    const page1 = await list("limit=2");
    expect(page1.items).toHaveLength(2);
    const page2 = await list(`limit=2&cursor=${page1.nextCursor}`);
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
    expect((await fetch(`${stack.appUrl}/api/admin/applications?status=unknown`, { headers: admin })).status).toBe(422);
    expect((await fetch(`${stack.appUrl}/api/admin/applications`)).status).toBe(401);
  });
});
