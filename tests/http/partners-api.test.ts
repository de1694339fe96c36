import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import type { PartnerRepository } from "../../shared/store/partner-repository.ts";
import { asCoordinator, body, jsonRequest, testApp, testSigner } from "../support/app.ts";
import { htmlProblems } from "../support/html.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

let table: TestTable;
let app: ReturnType<typeof testApp>["app"];
let partners: PartnerRepository;
let logLines: string[];
const clock = new Date("2026-11-26T10:00:00Z");
const inAYear = new Date("2027-11-26T10:00:00Z");

beforeAll(async () => {
  table = await createTestTable("partners-http");
  const built = testApp(table, { now: () => clock });
  await loadSeed(built.deps.workTables);
  app = built.app;
  partners = built.deps.partners;
  logLines = built.logger.lines;
});
afterAll(() => table.drop());

const FILE = [
  "\uFEFFname;email;organisation;workTables;legalBasis",
  "Anna Beispiel;anna@example.org;Caritas;I|IV;Einwilligung 2024",
  "Bert Muster;bert@example.org;;II;",
  "Ohne Adresse;;;;",
  "Carla Test;carla@example.org;;VII;",
  "A. Beispiel;ANNA@example.org;;V;",
  "Dora Daten;dora@example.org;;;Vertrag",
].join("\r\n");

const importCsv = (csv: string, headers: Record<string, string> = { ...asCoordinator, "Content-Type": "text/csv" }) =>
  app.request("/api/admin/partners/import", { method: "POST", headers, body: csv });

/** The partner's unsubscribe link token, as the mailer signs it: for the partner's opaque handle. */
const unsubscribeToken = async (email: string) =>
  testSigner.sign("unsubscribe", (await partners.get(email))?.handle ?? "AAAAAAAAAAAAAAAAAAAAAA", inAYear);

describe("coordinators import partners from CSV", () => {
  it("answers a report: taken, merged, unchanged, each refused row with its line and reason", async () => {
    const response = await importCsv(FILE);
    expect(response.status).toBe(200);
    expect(await body(response)).toEqual({
      taken: 3,
      merged: 0,
      unchanged: 0,
      refused: [
        // In the request's language: German unless English was asked for.
        { line: 4, reason: "E-Mail: ist keine gültige E-Mail-Adresse" },
        { line: 5, reason: "Arbeitstische: einen Arbeitstisch „VII“ gibt es nicht" },
      ],
      duplicates: [{ line: 6, mergedInto: 2 }],
    });
    // And in English when asked for: the report follows the request's language.
    const english = await app.request("/api/admin/partners/import?lang=en", {
      method: "POST",
      headers: { ...asCoordinator, "Content-Type": "text/csv" },
      body: FILE,
    });
    expect((await body(english)).refused).toEqual([
      { line: 4, reason: expect.stringMatching(/^email: /) },
      { line: 5, reason: 'workTables: there is no work table "VII"' },
    ]);
    expect(await partners.get("anna@example.org")).toMatchObject({
      name: "Anna Beispiel",
      workTableIds: new Set(["kita-uebergang-schule", "gesellschaftliche-integration", "beratung"]),
      source: "import",
    });
    expect(logLines.join("\n")).not.toContain("@example.org");
  });

  it("re-importing the same file changes nothing but the audit log, which records the import", async () => {
    const before = await allItems(table);
    const response = await importCsv(FILE);
    expect(await body(response)).toMatchObject({ taken: 0, merged: 0, unchanged: 3 });
    const after = await allItems(table);
    const audit = after.filter((item) => String(item.pk).startsWith("AUDIT#"));
    expect(after.filter((item) => !String(item.pk).startsWith("AUDIT#"))).toEqual(
      before.filter((item) => !String(item.pk).startsWith("AUDIT#")),
    );
    expect(audit.map((item) => [item.action, item.actor, item.after])).toContainEqual([
      "partner.import",
      "local-coordinator",
      { taken: 0, merged: 0, unchanged: 3, rows: 3, refused: 2 },
    ]);
  });

  it("merges a row for a known address", async () => {
    const response = await importCsv("name,email,workTables\nBert Muster,bert@example.org,II|III\n");
    expect(await body(response)).toEqual({ taken: 0, merged: 1, unchanged: 0, refused: [], duplicates: [] });
  });

  it("refuses another media type (415), a file without the required header (422), and no token (401)", async () => {
    const before = await allItems(table);
    const json = await importCsv(FILE, { ...asCoordinator, "Content-Type": "application/json" });
    expect(json.status).toBe(415);
    expect(json.headers.get("content-type")).toBe("application/problem+json");
    expect((await importCsv(FILE, { ...asCoordinator, "Content-Type": "text/csv; charset=iso-8859-1" })).status).toBe(
      415,
    );
    const headerless = await importCsv("Anna;anna@example.org\n");
    expect(headerless.status).toBe(422);
    expect(await body(headerless)).toMatchObject({ detail: expect.stringMatching(/Unbekannte Spalte „Anna“/) });
    expect((await importCsv(FILE, { "Content-Type": "text/csv" })).status).toBe(401);
    const latin1 = await app.request("/api/admin/partners/import", {
      method: "POST",
      headers: { ...asCoordinator, "Content-Type": "text/csv" },
      body: new Uint8Array([...Buffer.from("name,email\nJ"), 0xfc, ...Buffer.from("rgen,j@example.org\n")]),
    });
    expect(latin1.status).toBe(400);
    expect(await allItems(table)).toEqual(before);
  });

  it("refuses a file over 2 MB with 413", async () => {
    const response = await importCsv(`name,email\n${"x".repeat(2 * 1024 * 1024 + 1)}`);
    expect(response.status).toBe(413);
  });
});

describe("coordinators see the directory", () => {
  it("lists partners as JSON pages, filtered by work table", async () => {
    const first = await app.request("/api/admin/partners?limit=2", { headers: asCoordinator });
    expect(first.status).toBe(200);
    const page = await body(first);
    expect(page.items.map((p: { email: string }) => p.email)).toEqual(["anna@example.org", "bert@example.org"]);
    expect(page.items[0].workTableIds).toEqual(["beratung", "gesellschaftliche-integration", "kita-uebergang-schule"]);
    const rest = await body(
      await app.request(`/api/admin/partners?limit=2&cursor=${page.nextCursor}`, { headers: asCoordinator }),
    );
    expect(rest.items.map((p: { email: string }) => p.email)).toEqual(["dora@example.org"]);
    expect(rest.nextCursor).toBeUndefined();

    const beratung = await body(
      await app.request("/api/admin/partners?workTableId=beratung", { headers: asCoordinator }),
    );
    expect(beratung.items.map((p: { email: string }) => p.email)).toEqual(["anna@example.org"]);
    expect((await app.request("/api/admin/partners?cursor=abc", { headers: asCoordinator })).status).toBe(422);
    expect((await app.request("/api/admin/partners")).status).toBe(401);
  });

  it("exports CSV for ?format=csv or Accept: text/csv, which imports again without changes", async () => {
    const response = await app.request("/api/admin/partners?format=csv", { headers: asCoordinator });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="partner.csv"');
    // Response.text() would drop the BOM: read the bytes.
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(csv.startsWith("\uFEFFname,email,organisation,workTables,legalBasis,unsubscribedAt\r\n")).toBe(true);
    expect(parse(csv, { bom: true, columns: true })).toEqual([
      {
        name: "Anna Beispiel",
        email: "anna@example.org",
        organisation: "Caritas",
        workTables: "I|IV|V",
        legalBasis: "Einwilligung 2024",
        unsubscribedAt: "",
      },
      expect.objectContaining({ email: "bert@example.org", workTables: "II|III" }),
      expect.objectContaining({ email: "dora@example.org", workTables: "", legalBasis: "Vertrag" }),
    ]);

    const byAccept = await app.request("/api/admin/partners?workTableId=ausbildung-und-arbeit", {
      headers: { ...asCoordinator, Accept: "text/csv" },
    });
    expect(byAccept.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect((await byAccept.text()).trim().split("\r\n")).toHaveLength(2);

    const withoutAudit = (items: Record<string, unknown>[]) => items.filter((i) => !String(i.pk).startsWith("AUDIT#"));
    const before = withoutAudit(await allItems(table));
    expect(await body(await importCsv(csv))).toEqual({
      taken: 0,
      merged: 0,
      unchanged: 3,
      refused: [],
      duplicates: [],
    });
    expect(withoutAudit(await allItems(table))).toEqual(before);
  });

  it("shows one partner, 404 for an unknown address", async () => {
    const found = await app.request("/api/admin/partners/Bert@example.org", { headers: asCoordinator });
    expect(await body(found)).toMatchObject({ email: "bert@example.org", workTableIds: expect.any(Array) });
    const missing = await app.request("/api/admin/partners/niemand@example.org", { headers: asCoordinator });
    expect(missing.status).toBe(404);
  });
});

describe("partners leave the mailing list by one click", () => {
  it("opening the visible link changes nothing and shows a valid page with a button", async () => {
    const before = await allItems(table);
    const token = await unsubscribeToken("anna@example.org");
    const response = await app.request(`/abmelden/${token}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Vom Verteiler der Tagungen abmelden");
    expect(html).toContain(`<form method="post" action="/abmelden/${token}?lang=de">`);
    expect(await htmlProblems(html)).toEqual([]);
    const english = await (await app.request(`/abmelden/${token}?lang=en`)).text();
    expect(english).toContain("Unsubscribe now");
    expect(await htmlProblems(english)).toEqual([]);
    expect(await allItems(table)).toEqual(before);
  });

  it("RFC 8058: a POST of List-Unsubscribe=One-Click unsubscribes; again is the same 200", async () => {
    const token = await unsubscribeToken("anna@example.org");
    const post = () =>
      app.request(`/api/unsubscribe/${token}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
    const response = await post();
    expect(response.status).toBe(200);
    expect(await body(response)).toEqual({ status: "unsubscribed" });
    expect((await partners.get("anna@example.org"))?.unsubscribedAt).toBe(clock.toISOString());
    expect(await body(await post())).toEqual({ status: "unsubscribed" });
    // Also with an empty body or JSON.
    const bertToken = await unsubscribeToken("bert@example.org");
    expect((await app.request(`/api/unsubscribe/${bertToken}`, { method: "POST" })).status).toBe(200);
    expect((await app.request(`/api/unsubscribe/${bertToken}`, jsonRequest("POST", {}))).status).toBe(200);

    const page = await (await app.request(`/abmelden/${token}`)).text();
    expect(page).toContain("bereits abgemeldet");
    expect(page).not.toContain("<form");
  });

  it("the page's button unsubscribes and confirms with a valid page", async () => {
    const token = await unsubscribeToken("dora@example.org");
    const response = await app.request(`/abmelden/${token}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Sie sind abgemeldet");
    expect(await htmlProblems(html)).toEqual([]);
    expect((await partners.get("dora@example.org"))?.unsubscribedAt).toBe(clock.toISOString());
  });

  it("refuses a forged (404), another purpose's (404) or an expired (410) token, changing nothing", async () => {
    const before = await allItems(table);
    const forged = `${Buffer.from(JSON.stringify({ p: "unsubscribe", s: "carla@example.org", e: 4102444800 })).toString("base64url")}.AAAA`;
    expect((await app.request(`/api/unsubscribe/${forged}`, { method: "POST" })).status).toBe(404);
    const decide = testSigner.sign("decide", "carla@example.org", inAYear);
    expect((await app.request(`/api/unsubscribe/${decide}`, { method: "POST" })).status).toBe(404);
    const expired = testSigner.sign("unsubscribe", "carla@example.org", new Date("2026-01-01T00:00:00Z"));
    const gone = await app.request(`/api/unsubscribe/${expired}`, { method: "POST" });
    expect(gone.status).toBe(410);
    expect(gone.headers.get("content-type")).toBe("application/problem+json");
    const unknown = await unsubscribeToken("niemand@example.org");
    expect((await app.request(`/api/unsubscribe/${unknown}`, { method: "POST" })).status).toBe(404);
    const page = await app.request(`/abmelden/${forged}`);
    expect(page.status).toBe(404);
    expect(await htmlProblems(await page.text())).toEqual([]);
    expect((await app.request(`/abmelden/${expired}`, { method: "POST" })).status).toBe(410);
    expect(await allItems(table)).toEqual(before);
  });

  it("coordinators see it in the list and export", async () => {
    const anna = await body(await app.request("/api/admin/partners/anna@example.org", { headers: asCoordinator }));
    expect(anna.unsubscribedAt).toBe(clock.toISOString());
    const csv = await (await app.request("/api/admin/partners?format=csv", { headers: asCoordinator })).text();
    expect(csv).toContain(`Einwilligung 2024,${clock.toISOString()}\r\n`);
  });

  it("coordinators undo it only with a note on the partner's request, recorded", async () => {
    const resubscribe = (email: string, payload: unknown, headers: Record<string, string> = asCoordinator) =>
      app.request(`/api/admin/partners/${email}/resubscribe`, jsonRequest("POST", payload, headers));
    const before = await allItems(table);
    expect((await resubscribe("anna@example.org", {})).status).toBe(422);
    expect((await resubscribe("anna@example.org", { note: "   " })).status).toBe(422);
    expect((await resubscribe("anna@example.org", { note: "x" }, {})).status).toBe(401);
    expect((await resubscribe("niemand@example.org", { note: "Anruf" })).status).toBe(404);
    expect((await resubscribe("carla@example.org", { note: "Anruf" })).status).toBe(404);
    expect(await allItems(table)).toEqual(before);

    const note = "Frau Beispiel bat am 26.11. per E-Mail darum, wieder eingeladen zu werden.";
    const response = await resubscribe("anna@example.org", { note });
    expect(response.status).toBe(200);
    const anna = await body(response);
    expect(anna).not.toHaveProperty("unsubscribedAt");
    expect(anna.resubscriptions).toEqual([{ at: clock.toISOString(), by: "local-coordinator", note }]);
    const again = await resubscribe("anna@example.org", { note });
    expect(again.status).toBe(409);
  });
});
