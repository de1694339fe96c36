import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { asCoordinator, body, jsonRequest, testApp } from "../support/app.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

let table: TestTable;
let app: ReturnType<typeof testApp>["app"];
let logLines: string[];
beforeAll(async () => {
  table = await createTestTable("hostile");
  const built = testApp(table);
  await loadSeed(built.deps.workTables);
  app = built.app;
  logLines = built.logger.lines;
});
afterAll(() => table.drop());

/** Ids a prober tries: too long for a DynamoDB key, encoded controls, other scripts, paths, an email of 300 characters. */
const ODD_IDS = [
  "a".repeat(1015),
  "x".repeat(3000),
  "%00",
  "%C3%A4%C3%B6%C3%BC",
  "..%2F..%2Fetc",
  "a%20b",
  `${"m".repeat(300)}@example.org`,
  "%F0%9F%98%80",
];

/** Every route with an id in its path, as method, path (the id goes where ID stands) and a body where one is needed. */
const ID_ROUTES: [string, string, unknown?][] = [
  ["GET", "/api/work-tables/ID"],
  ["GET", "/arbeitstische/ID"],
  ["GET", "/api/admin/work-tables/ID"],
  ["PUT", "/api/admin/work-tables/ID", { numeral: "IX" }],
  ["GET", "/api/admin/applications/ID"],
  ["GET", "/api/admin/partners/ID"],
  ["POST", "/api/admin/partners/ID/resubscribe", { note: "Auf Wunsch per Telefon" }],
  ["GET", "/api/admin/conferences/ID"],
  ["PATCH", "/api/admin/conferences/ID", { location: "Rathaus" }],
  ["DELETE", "/api/admin/conferences/ID"],
  ["POST", "/api/admin/conferences/ID/send-now", { kind: "invitation" }],
  ["GET", "/api/admin/conferences/ID/attendees.csv"],
  ["POST", "/api/admin/mails/ID/retry"],
  ["POST", "/api/confirmations/ID"],
  ["POST", "/api/decisions/ID", { decision: "accept" }],
  ["POST", "/api/rsvp/ID", { answer: "yes" }],
  ["POST", "/api/unsubscribe/ID"],
  ["GET", "/bestaetigung/ID"],
  ["GET", "/entscheidung/ID"],
  ["GET", "/teilnahme/ID"],
  ["GET", "/abmelden/ID"],
];

describe("hostile ids and cursors get a 4xx and change nothing", () => {
  it.each(ID_ROUTES)("%s %s with odd ids: never a 5xx, nothing stored", async (method, path, payload) => {
    const before = await allItems(table);
    const logged = logLines.length;
    for (const id of ODD_IDS) {
      const init: RequestInit =
        payload === undefined ? { method, headers: asCoordinator } : jsonRequest(method, payload, asCoordinator);
      const response = await app.request(path.replace("ID", id), init);
      expect([400, 404, 410, 422], `${method} ${path} with ${id.slice(0, 20)}…`).toContain(response.status);
    }
    expect(await allItems(table)).toEqual(before);
    expect(logLines.slice(logged).join("\n")).not.toContain("unhandled error");
  });

  it("refuses list cursors that are made up, altered, of another list or from elsewhere with 422", async () => {
    const made = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    // Fill the lists so that real cursors exist.
    for (const email of ["a@example.org", "b@example.org", "c@example.org"]) {
      await app.request("/api/admin/partners/import", {
        method: "POST",
        headers: { ...asCoordinator, "Content-Type": "text/csv" },
        body: `name,email,organisation,workTables,legalBasis\nX,${email},,,`,
      });
    }
    const partnersPage = await body(await app.request("/api/admin/partners?limit=1", { headers: asCoordinator }));
    expect(partnersPage.nextCursor).toEqual(expect.any(String));
    // Opaque: a cursor of the partner directory does not show the address it stands at.
    expect(Buffer.from(partnersPage.nextCursor, "base64url").toString("latin1")).not.toContain("@example.org");
    const altered = `${partnersPage.nextCursor.slice(0, -2)}${partnersPage.nextCursor.endsWith("A") ? "BA" : "AA"}`;
    for (const [list, cursor] of [
      ["applications", made({ a: 1 })],
      ["applications", made({ pk: "APP#x", sk: "APP", gsi1pk: "APPS", gsi1sk: "x".repeat(3000) })],
      ["applications", "x".repeat(2049)],
      ["applications", partnersPage.nextCursor],
      ["partners", made({ pk: "PARTNER#a", sk: "PARTNER", gsi1pk: "PARTNERS", gsi1sk: "a" })],
      ["partners", altered],
      ["partners", "%00"],
      ["mails?status=failed", made({ gsi2pk: "MAIL#failed", gsi2sk: "x", pk: "MAIL#x", sk: "MAIL" })],
    ]) {
      const separator = list.includes("?") ? "&" : "?";
      const response = await app.request(`/api/admin/${list}${separator}cursor=${cursor}`, { headers: asCoordinator });
      expect(response.status, `${list} with ${String(cursor).slice(0, 30)}`).toBe(422);
      const problem = await body(response);
      expect(problem.errors).toEqual([{ path: "cursor", message: expect.any(String) }]);
      expect(problem.detail).toBe("Die Anfrage hat ungültige Parameter; siehe errors.");
    }
    // The real cursor still works.
    expect(
      (await app.request(`/api/admin/partners?limit=1&cursor=${partnersPage.nextCursor}`, { headers: asCoordinator }))
        .status,
    ).toBe(200);
  });
});
