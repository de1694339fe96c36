import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { WorkTableRepository } from "../../shared/store/work-table-repository.ts";
import { createApiToken } from "../../shared/use-cases/sign-in.ts";
import { asCoordinator, body, FIRST_COORDINATOR, jsonRequest, testApp } from "../support/app.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";
import { workTableBody } from "../support/work-tables.ts";

let table: TestTable;
let app: ReturnType<typeof testApp>["app"];
let logLines: string[];

beforeAll(async () => {
  table = await createTestTable("http");
  await loadSeed(new WorkTableRepository(table.db, table.tableName));
  const built = testApp(table);
  app = built.app;
  logLines = built.logger.lines;
});
afterAll(() => table.drop());

describe("public work-table API", () => {
  it("lists the five work tables in numeral order, with contact names and no email address", async () => {
    const response = await app.request("/api/work-tables");
    expect(response.status).toBe(200);
    const list = await body(response);
    expect(list.items.map((t: { numeral: string }) => t.numeral)).toEqual(["I", "II", "III", "IV", "V"]);
    expect(list.items[0]).toEqual({
      id: "kita-uebergang-schule",
      numeral: "I",
      name: "Kita/Übergang Schule",
      description: expect.any(String),
      audience:
        "Für pädagogische Fachkräfte und Engagierte im Bereich der Frühen Bildung sowie Träger in diesem Bereich.",
      admission: { rule: "open", summary: "Offen für die beschriebene Zielgruppe." },
      contact: { name: "Luise Jahn" },
    });
    expect(JSON.stringify(list)).not.toMatch(/@|email/i);
  });

  it("answers in English when asked", async () => {
    const response = await app.request("/api/work-tables/interreligioeser-dialog", {
      headers: { "Accept-Language": "en-GB,en;q=0.9" },
    });
    expect(response.headers.get("content-language")).toBe("en");
    expect(await body(response)).toMatchObject({
      name: "Interreligious dialogue",
      admission: { rule: "religious_mandate", summary: "Only with the mandate of a religious community." },
    });
  });

  it("gives one work table by id, and a problem 404 for an unknown one", async () => {
    const found = await app.request("/api/work-tables/beratung");
    expect(await body(found)).toMatchObject({
      numeral: "V",
      admission: { rule: "counselling_service", services: ["MBE", "JMD"] },
      contact: { name: "Anett Kropp" },
    });
    const missing = await app.request("/api/work-tables/gibt-es-nicht");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
    // German unless English is asked for, like every text the API says.
    expect(await body(missing)).toMatchObject({
      status: 404,
      title: "Nicht gefunden",
      detail: "Es gibt keinen Arbeitstisch mit dieser Kennung.",
    });
    expect(missing.headers.get("content-language")).toBe("de");
    const english = await app.request("/api/work-tables/gibt-es-nicht?lang=en");
    expect(await body(english)).toMatchObject({ title: "Not Found", detail: "There is no work table with this id." });
    expect(english.headers.get("content-language")).toBe("en");
    const byHeader = await app.request("/api/work-tables/gibt-es-nicht", { headers: { "Accept-Language": "en-GB" } });
    expect(await body(byHeader)).toMatchObject({ title: "Not Found" });
  });

  it("reports health", async () => {
    const response = await app.request("/api/health");
    expect(await body(response)).toEqual({ status: "ok" });
  });
});

describe("coordinators keep the work tables", () => {
  const put = (id: string, body: unknown, headers: Record<string, string> = asCoordinator) =>
    app.request(`/api/admin/work-tables/${id}`, jsonRequest("PUT", body, headers));

  it("refuses a request without a valid token with 401 and stores nothing", async () => {
    const before = await allItems(table);
    for (const headers of [{}, { Authorization: "Bearer wrong-token" }, { Authorization: "Basic abc" }] as Record<
      string,
      string
    >[]) {
      const response = await put("wohnen", workTableBody(), headers);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
      expect(await body(response)).toMatchObject({ status: 401, title: "Nicht angemeldet" });
    }
    expect((await app.request("/api/admin/work-tables")).status).toBe(401);
    expect(await allItems(table)).toEqual(before);
  });

  it("answers a malformed body with 422 naming each field, and stores nothing", async () => {
    const before = await allItems(table);
    const response = await put(
      "wohnen",
      workTableBody({ numeral: "ABC", contact: { name: "", email: "kein-email" }, admission: { rule: "vip" } }),
    );
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await body(response);
    expect(problem).toMatchObject({ status: 422, title: "Ungültige Angaben" });
    // The validator's own words and the schema's are German too, written for people.
    const messages = Object.fromEntries(
      problem.errors.map((e: { path: string; message: string }) => [e.path, e.message]),
    );
    expect(messages.numeral).toBe("Bitte geben Sie eine römische Zahl an, zum Beispiel I, IV oder XII.");
    expect(messages["contact.email"]).toBe("Bitte geben Sie eine gültige E-Mail-Adresse an.");
    expect(messages["contact.name"]).toBe("Bitte füllen Sie dieses Feld aus.");
    expect(messages["admission.rule"]).toMatch(/^Bitte wählen Sie einen dieser Werte: /);
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "admission.rule",
      "contact.email",
      "contact.name",
      "numeral",
    ]);
    expect(await allItems(table)).toEqual(before);
  });

  it("answers unreadable, oversized and non-JSON bodies with 400, 413 and 415, storing nothing", async () => {
    const before = await allItems(table);
    expect((await put("wohnen", "{not json")).status).toBe(400);
    const huge = workTableBody({ description: "x".repeat(17 * 1024) });
    expect((await put("wohnen", huge)).status).toBe(413);
    const asText = await app.request("/api/admin/work-tables/wohnen", {
      method: "PUT",
      headers: { ...asCoordinator, "Content-Type": "text/plain" },
      body: JSON.stringify(workTableBody()),
    });
    expect(asText.status).toBe(415);
    expect((await put("Nicht_Gueltig", workTableBody())).status).toBe(422);
    expect(await allItems(table)).toEqual(before);
  });

  it("creates a work table (201), which the public then sees without the contact's email", async () => {
    const response = await put("wohnen", workTableBody({ deputy: { name: "Max Muster", email: "max@example.org" } }));
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe("/api/admin/work-tables/wohnen");
    expect(await body(response)).toMatchObject({ id: "wohnen", contact: { email: "erika.muster@example.org" } });

    const publicView = await body(await app.request("/api/work-tables/wohnen"));
    expect(publicView).toMatchObject({ numeral: "VI", name: "Wohnen", contact: { name: "Erika Muster" } });
    expect(JSON.stringify(publicView)).not.toContain("@");

    const adminView = await body(await app.request("/api/admin/work-tables/wohnen", { headers: asCoordinator }));
    expect(adminView.deputy).toEqual({ name: "Max Muster", email: "max@example.org" });
  });

  it("updates a work table (200) and the listing shows the change", async () => {
    const response = await put("wohnen", workTableBody({ name: "Wohnen & Nachbarschaft" }));
    expect(response.status).toBe(200);
    const list = await body(await app.request("/api/work-tables"));
    expect(list.items.at(-1)).toMatchObject({ id: "wohnen", name: "Wohnen & Nachbarschaft" });
  });

  it("refuses a numeral another table holds with 409, and changes nothing", async () => {
    const before = await allItems(table);
    const response = await put("noch-einer", workTableBody({ numeral: "II" }));
    expect(response.status).toBe(409);
    expect((await body(response)).errors).toEqual([{ path: "numeral", message: expect.stringContaining("II") }]);
    expect(await allItems(table)).toEqual(before);
  });

  it("logs routes and statuses, never a name or an email address", async () => {
    expect(logLines.some((l) => l.includes('"route":"/api/admin/work-tables/:id"'))).toBe(true);
    expect(logLines.join("\n")).not.toMatch(/Erika|Muster|@/);
  });
});

describe("as deployed, only sessions and personal API tokens count", () => {
  let awsApp: ReturnType<typeof testApp>["app"];
  let deps: ReturnType<typeof testApp>["deps"];
  beforeAll(() => {
    ({ app: awsApp, deps } = testApp(table, { deployed: true }));
  });
  const signInDeps = () => ({
    access: deps.access,
    rateLimiter: deps.rateLimiter,
    signer: deps.signer,
    secondFactors: deps.secondFactors,
    firstCoordinators: [FIRST_COORDINATOR],
  });

  it("ignores the local stack's token: it exists only there", async () => {
    const response = await awsApp.request("/api/admin/work-tables", { headers: asCoordinator });
    expect(response.status).toBe(401);
  });

  it("lets a coordinator's API token in, and keeps a removed coordinator's token out with 403", async () => {
    await deps.access.seedCoordinators([FIRST_COORDINATOR], new Date());
    const { token } = await createApiToken(signInDeps(), FIRST_COORDINATOR, "Skript", 30, new Date());
    const member = await awsApp.request("/api/admin/work-tables", { headers: { Authorization: `Bearer ${token}` } });
    expect(member.status).toBe(200);
    expect((await body(member)).items).toHaveLength(6);
    const { token: other } = await createApiToken(signInDeps(), "ehemals@example.org", "Alt", 30, new Date());
    const former = await awsApp.request("/api/admin/work-tables", { headers: { Authorization: `Bearer ${other}` } });
    expect(former.status).toBe(403);
    const made = await awsApp.request("/api/admin/work-tables", { headers: { Authorization: "Bearer nmk_made-up" } });
    expect(made.status).toBe(401);
  });
});

describe("browsers on other origins", () => {
  it("may call the API only from the configured origins", async () => {
    const withOrigins = testApp(table, {
      deployed: true,
      allowedOrigins: ["https://koordination.example.org"],
    }).app;
    const preflight = (origin: string) =>
      withOrigins.request("/api/admin/work-tables/wohnen", {
        method: "OPTIONS",
        headers: { Origin: origin, "Access-Control-Request-Method": "PUT" },
      });
    const allowed = await preflight("https://koordination.example.org");
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://koordination.example.org");
    expect(allowed.headers.get("access-control-allow-methods")).toContain("PUT");
    const other = await preflight("https://evil.example.com");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const withoutConfig = await app.request("/api/work-tables", {
      headers: { Origin: "https://koordination.example.org" },
    });
    expect(withoutConfig.headers.get("access-control-allow-origin")).toBeNull();
  });
});
