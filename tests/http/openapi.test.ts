import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decisionLinkSubject } from "../../shared/domain/link-paths.ts";
import { openApiDocument } from "../../shared/http/api/openapi/document.ts";
import { createApiApp } from "../../shared/http/api-app.ts";
import { createApp } from "../../shared/http/app.tsx";
import { routeTable } from "../../shared/http/lazy-routes.ts";
import { createWebApp } from "../../shared/http/web-app.tsx";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { SuppressionRepository } from "../../shared/store/suppression-repository.ts";
import { createApiToken } from "../../shared/use-cases/sign-in.ts";
import {
  asCoordinator,
  FIRST_COORDINATOR,
  jsonRequest,
  recordingLogger,
  testApp,
  testDependencies,
  testSigner,
} from "../support/app.ts";
import { htmlProblems } from "../support/html.ts";
import { type ConsoleSession, signedInAs } from "../support/sessions.ts";
import { createTestTable, type TestTable } from "../support/tables.ts";
import { workTableBody } from "../support/work-tables.ts";

/**
 * The API's description (`GET /api/openapi.json`, `GET /api/docs`) against the app itself: the document is valid
 * OpenAPI 3.1; every response below, successes and problems, public and admin, matches what the document declares
 * for its path, method, status and media type (ajv, JSON Schema 2020-12); every operation of the document is
 * exercised here; and every /api route of the app is in the document (a route is there only when it describes
 * itself with `describeRoute`, shared/http/api/describe.ts).
 */

type Json = Record<string, unknown>;
interface OpenApi {
  paths: Record<string, Record<string, { responses: Record<string, Json> }>>;
  components: { responses: Record<string, Json> };
}

let table: TestTable;
let built: ReturnType<typeof testApp>;
let documentText: string;
let document: OpenApi;
let ajv: Ajv2020;
const exercised = new Set<string>();
const inAnHour = () => new Date(Date.now() + 3_600_000);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/**
 * Operations this file does not call, each with why: none. A new operation the test does not reach must be added
 * here with its reason, or better, called below.
 */
const NOT_EXERCISED: Record<string, string> = {};

beforeAll(async () => {
  table = await createTestTable("openapi");
  built = testApp(table, { limits: { perEmail: 2 } });
  await loadSeed(built.deps.workTables);
  const response = await built.app.request("/api/openapi.json");
  documentText = await response.text();
  document = JSON.parse(documentText) as OpenApi;
  // Formats are not asserted: the schemas zod writes carry a pattern for each (date-time, email, uuid) instead.
  ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  ajv.addSchema(document as unknown as Json, "openapi.json");
});
afterAll(() => table.drop());

const pointerSegment = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** The document's path template a request path falls under (a literal segment wins over a parameter). */
function templateOf(path: string): string | undefined {
  const candidates = Object.keys(document.paths).filter((template) =>
    new RegExp(
      `^${template
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))
        .join("[^/]+")}$`,
    ).test(path),
  );
  return candidates.sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))[0];
}

/** What is wrong with a response, measured against the document (empty when it matches). */
async function mismatches(method: string, url: string, response: Response): Promise<string[]> {
  const path = new URL(url, "http://localhost").pathname;
  const template = templateOf(path);
  if (!template) return [`${path} is not in the document`];
  const operation = document.paths[template]?.[method.toLowerCase()];
  if (!operation) return [`${method} ${template} is not in the document`];
  exercised.add(`${method.toUpperCase()} ${template}`);
  const status = String(response.status);
  const key = [status, `${status[0]}XX`, "default"].find((k) => k in operation.responses);
  if (!key) return [`${method} ${template} does not declare ${status}`];
  let pointer = `/paths/${pointerSegment(template)}/${method.toLowerCase()}/responses/${pointerSegment(key)}`;
  let declared = operation.responses[key] as Json;
  if (typeof declared.$ref === "string") {
    pointer = declared.$ref.slice(1);
    declared = document.components.responses[declared.$ref.split("/").pop() ?? ""] as Json;
  }
  const content = (declared.content ?? {}) as Record<string, Json>;
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
  if (!(mediaType in content)) {
    return [`${method} ${template} ${status}: ${mediaType || "no content type"} is not declared`];
  }
  // CSV and HTML are declared as text; JSON is checked against its schema.
  if (!mediaType.endsWith("json")) return [];
  const ref = `openapi.json#${pointer}/content/${pointerSegment(mediaType)}/schema`;
  const validate = ajv.getSchema(ref);
  if (!validate) return [`no schema at ${ref}`];
  if (validate(await response.clone().json())) return [];
  return (validate.errors ?? []).map((e) => `${method} ${template} ${status}: ${e.instancePath} ${e.message}`);
}

/** A request to the app whose response must match the document. */
async function call(app: { request: typeof built.app.request }, url: string, init: RequestInit = {}) {
  const response = await app.request(url, init);
  expect(await mismatches(init.method ?? "GET", url, response)).toEqual([]);
  const type = response.headers.get("content-type") ?? "";
  const body = type.includes("json") ? ((await response.json()) as Json) : { text: await response.text() };
  return { status: response.status, headers: response.headers, body };
}
const api = (url: string, init: RequestInit = {}) => call(built.app, url, init);
const admin = (url: string, init: RequestInit = {}) =>
  api(url, { ...init, headers: { ...asCoordinator, ...(init.headers as Record<string, string> | undefined) } });
const adminJson = (method: string, url: string, payload: unknown) => admin(url, jsonRequest(method, payload));

describe("the document", () => {
  it("is valid OpenAPI 3.1, served as JSON by the web app (not the api app), built once", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as unknown as Json);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // The validator does look: a document without its info is refused.
    const { info: _info, ...broken } = document as unknown as Json;
    expect((await new Validator().validate(broken)).valid).toBe(false);

    const deps = testDependencies(table);
    const common = { firstCoordinators: [FIRST_COORDINATOR], clientAddress: () => "198.51.100.9" };
    const web = createWebApp({ ...deps, ...common, logger: recordingLogger() });
    const served = await web.request("/api/openapi.json");
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await served.text()).toBe(documentText);
    expect((await web.request("/api/docs")).status).toBe(200);
    const apiApp = createApiApp({ ...deps, ...common, logger: recordingLogger() });
    expect((await apiApp.request("/api/openapi.json")).status).toBe(404);
    expect((await apiApp.request("/api/docs")).status).toBe(404);
    // Built on first use, then the same object.
    expect(await openApiDocument()).toBe(await openApiDocument());
  });

  it("describes request bodies with the schemas the routes validate with", async () => {
    const apply = document.paths["/api/applications"]?.post as unknown as {
      requestBody: { content: Record<string, { schema: Json }> };
    };
    const schema = apply.requestBody.content["application/json"]?.schema as Json;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["workTableIds", "name", "email", "organisationType", "engagement", "consent"]);
    // A body the route takes is valid by the document, one it refuses is not.
    const validate = ajv.compile({
      $ref: "openapi.json#/paths/~1api~1applications/post/requestBody/content/application~1json/schema",
    });
    const good = {
      workTableIds: ["beratung"],
      name: "Ada Beispiel",
      email: "ada@example.org",
      organisationType: "individual",
      engagement: "volunteer",
      consent: true,
    };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, consent: false })).toBe(false);
    expect(validate({ ...good, extra: 1 })).toBe(false);
    const put = document.paths["/api/admin/work-tables/{id}"]?.put as unknown as {
      requestBody: { content: Record<string, { schema: { properties: Record<string, Json> } }> };
    };
    expect(put.requestBody.content["application/json"]?.schema.properties.updatedAt).toMatchObject({ readOnly: true });
  });

  it("is also a page, German first, valid HTML, without a script", async () => {
    const german = await api("/api/docs");
    expect(german.status).toBe(200);
    const html = String(german.body.text);
    expect(html).toContain('<html lang="de" dir="ltr">');
    expect(html).toContain('<h1 id="page-title">JSON-Schnittstelle</h1>');
    expect(html).toContain("Sich bei Arbeitstischen bewerben");
    expect(html).toContain('<a href="/api/openapi.json">');
    expect(html).not.toContain("<script");
    expect(await htmlProblems(html)).toEqual([]);
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const method of Object.keys(methods)) expect(html).toContain(`${method.toUpperCase()} ${path}`);
    }
    const english = String((await api("/api/docs?lang=en")).body.text);
    expect(english).toContain('<html lang="en" dir="ltr">');
    expect(english).toContain("Apply to work tables");
    expect(await htmlProblems(english)).toEqual([]);
  });
});

describe("public responses match the document", () => {
  it("health, and 503 while DynamoDB does not answer", async () => {
    expect((await api("/api/health")).body).toEqual({ status: "ok" });
    const notReady = createApp({
      ...testDependencies(table),
      firstCoordinators: [FIRST_COORDINATOR],
      clientAddress: () => "198.51.100.9",
      logger: recordingLogger(),
      ready: async () => false,
    });
    expect((await call(notReady, "/api/health")).status).toBe(503);
  });

  it("the work tables, in both languages, and a 404", async () => {
    expect((await api("/api/work-tables")).body.items).toHaveLength(5);
    expect((await api("/api/work-tables?lang=en")).status).toBe(200);
    expect((await api("/api/work-tables/beratung")).status).toBe(200);
    expect((await api("/api/work-tables/gibt-es-nicht")).status).toBe(404);
  });

  it("applying, confirming and deciding, with their problems", async () => {
    const application = {
      workTableIds: ["beratung"],
      name: "Zeynep Beispiel",
      email: "zeynep.openapi@example.org",
      organisationType: "independent",
      service: "MBE",
      engagement: "professional",
      consent: true,
    };
    const applied = await api("/api/applications", jsonRequest("POST", application));
    expect(applied.status).toBe(202);
    const submissionId = String(applied.body.id);
    const applicationId = String((applied.body.applications as Json[])[0]?.id);
    expect((await api("/api/applications", jsonRequest("POST", "{not json"))).status).toBe(400);
    expect(
      (await api("/api/applications", jsonRequest("POST", { ...application, message: "x".repeat(20_000) }))).status,
    ).toBe(413);
    expect(
      (await api("/api/applications", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "hallo" }))
        .status,
    ).toBe(415);
    const invalid = await api("/api/applications", jsonRequest("POST", { ...application, consent: false, extra: 1 }));
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: "consent" })]));
    // Two valid submissions an hour per address in this app (an invalid one does not count): the third is 429.
    const again = { ...application, email: "viel.openapi@example.org" };
    const to = (id: string) => jsonRequest("POST", { ...again, workTableIds: [id] });
    expect((await api("/api/applications", to("beratung"))).status).toBe(202);
    expect((await api("/api/applications", to("gibt-es-nicht"))).status).toBe(422);
    expect((await api("/api/applications", to("kita-uebergang-schule"))).status).toBe(202);
    const limited = await api("/api/applications", to("ausbildung-und-arbeit"));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);

    const confirm = `/api/confirmations/${testSigner.sign("confirm", submissionId, inAnHour())}`;
    expect((await api(confirm, { method: "POST" })).body).toMatchObject({ status: "confirmed" });
    expect((await api(confirm, { method: "POST" })).body).toMatchObject({ status: "already_confirmed" });
    expect((await api("/api/confirmations/kaputt", { method: "POST" })).status).toBe(404);
    const expired = testSigner.sign("confirm", submissionId, new Date(Date.now() - 1000));
    expect((await api(`/api/confirmations/${expired}`, { method: "POST" })).status).toBe(410);

    const routedTo = (await built.deps.applications.get(applicationId))?.routedTo?.email ?? "";
    const decide = `/api/decisions/${testSigner.sign("decide", decisionLinkSubject(testSigner.personHash, applicationId, routedTo), inAnHour())}`;
    expect((await api(decide, jsonRequest("POST", { decision: "accept", note: "Willkommen!" }))).body).toMatchObject({
      status: "accepted",
      decision: { outcome: "accept" },
    });
    const conflict = await api(decide, jsonRequest("POST", { decision: "decline" }));
    expect(conflict.status).toBe(409);
    expect(conflict.body.decision).toBe("accept");
    expect((await api(decide, jsonRequest("POST", { decision: "vielleicht" }))).status).toBe(422);
    expect((await api("/api/decisions/kaputt", jsonRequest("POST", { decision: "accept" }))).status).toBe(404);
  });
});

describe("the coordinators' responses match the document", () => {
  let session: ConsoleSession;
  beforeAll(async () => {
    session = await signedInAs(table, built.deps, [FIRST_COORDINATOR], FIRST_COORDINATOR);
  });

  it("refuses with 401 and 403, by token and by session", async () => {
    const refused = await api("/api/admin/work-tables");
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toBe("Bearer");
    const { token } = await createApiToken(
      { ...built.deps, firstCoordinators: [FIRST_COORDINATOR] },
      "jemand.openapi@example.org",
      "Skript",
      30,
      new Date(),
    );
    expect((await api("/api/admin/work-tables", { headers: { Authorization: `Bearer ${token}` } })).status).toBe(403);
    // The session cookie reads; a change needs the session's X-CSRF-Token as well.
    const cookie = { Cookie: session.cookie, Origin: "http://localhost" };
    expect((await api("/api/admin/work-tables", { headers: cookie })).status).toBe(200);
    expect((await api("/api/admin/work-tables/beratung/archive", { method: "POST", headers: cookie })).status).toBe(
      403,
    );
  });

  it("the work tables: read, create, replace, stale, taken, archive, restore", async () => {
    expect((await admin("/api/admin/work-tables")).body.items).toHaveLength(5);
    expect((await admin("/api/admin/work-tables/gibt-es-nicht")).status).toBe(404);
    const created = await adminJson("PUT", "/api/admin/work-tables/wohnen", workTableBody());
    expect(created.status).toBe(201);
    const read = await admin("/api/admin/work-tables/wohnen");
    const etag = String(read.headers.get("etag"));
    // What a GET returns goes back as it is.
    const replaced = await admin(
      "/api/admin/work-tables/wohnen",
      jsonRequest("PUT", { ...read.body, name: "Wohnen in Schwerin" }, { "If-Match": etag }),
    );
    expect(replaced.status).toBe(200);
    expect(
      (await admin("/api/admin/work-tables/wohnen", jsonRequest("PUT", workTableBody(), { "If-Match": etag }))).status,
    ).toBe(412);
    expect((await adminJson("PUT", "/api/admin/work-tables/wohnen-zwei", workTableBody())).status).toBe(409);
    expect((await adminJson("PUT", "/api/admin/work-tables/Kein_Slug", workTableBody())).status).toBe(422);
    expect((await admin("/api/admin/work-tables/wohnen/archive", { method: "POST" })).body.archivedAt).toEqual(
      expect.any(String),
    );
    expect((await adminJson("PUT", "/api/admin/work-tables/wohnen-neu", workTableBody())).status).toBe(201);
    expect((await admin("/api/admin/work-tables/wohnen/restore", { method: "POST" })).status).toBe(409);
    expect((await admin("/api/admin/work-tables/gibt-es-nicht/restore", { method: "POST" })).status).toBe(404);
    expect((await admin("/api/admin/work-tables/wohnen-neu/archive", { method: "POST" })).status).toBe(200);
    expect((await admin("/api/admin/work-tables/wohnen/restore", { method: "POST" })).status).toBe(200);
  });

  it("the applications, page by page", async () => {
    const first = await admin("/api/admin/applications?limit=1");
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const id = String((first.body.items as Json[])[0]?.id);
    expect((await admin(`/api/admin/applications?limit=1&cursor=${first.body.nextCursor}`)).status).toBe(200);
    expect((await admin("/api/admin/applications?cursor=erfunden")).status).toBe(422);
    expect((await admin(`/api/admin/applications/${id}`)).body.id).toBe(id);
    expect((await admin("/api/admin/applications/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  let handle = "";
  it("the partners: import, list, CSV, one, unsubscribe and resubscribe", async () => {
    const csv = "name,email,organisation,workTables\nPia Partner,pia.openapi@example.org,Verein,I|V\nKaputt,kaputt,,\n";
    const imported = await admin("/api/admin/partners/import", {
      method: "POST",
      headers: { "Content-Type": "text/csv" },
      body: csv,
    });
    expect(imported.body).toMatchObject({ taken: 1, refused: [{ line: 3 }] });
    const wrongType = await admin("/api/admin/partners/import", { method: "POST", body: csv });
    expect(wrongType.status).toBe(415);
    const notUtf8 = await admin("/api/admin/partners/import", {
      method: "POST",
      headers: { "Content-Type": "text/csv" },
      body: new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0xff, 0x0a]),
    });
    expect(notUtf8.status).toBe(400);
    const noHeader = await admin("/api/admin/partners/import", {
      method: "POST",
      headers: { "Content-Type": "text/csv" },
      body: "nichts,was,passt\n",
    });
    expect(noHeader.status).toBe(422);
    const tooLarge = await admin("/api/admin/partners/import", {
      method: "POST",
      headers: { "Content-Type": "text/csv" },
      body: `name,email\n${"x".repeat(3 * 1024 * 1024)}`,
    });
    expect(tooLarge.status).toBe(413);
    expect((await admin("/api/admin/partners?limit=1")).body.items).toHaveLength(1);
    expect((await admin("/api/admin/partners?format=csv")).body.text).toContain("pia.openapi@example.org");
    expect((await admin("/api/admin/partners?limit=0")).status).toBe(422);
    const partner = await admin("/api/admin/partners/pia.openapi@example.org");
    handle = String(partner.body.handle);
    expect(handle).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect((await admin("/api/admin/partners/niemand@example.org")).status).toBe(404);

    const resubscribe = "/api/admin/partners/pia.openapi@example.org/resubscribe";
    expect((await adminJson("POST", resubscribe, { note: "Am Telefon gewünscht." })).status).toBe(409);
    const unsubscribe = `/api/unsubscribe/${testSigner.sign("unsubscribe", handle, inAnHour())}`;
    expect((await api(unsubscribe, { method: "POST", body: "List-Unsubscribe=One-Click" })).body).toEqual({
      status: "unsubscribed",
    });
    expect((await api("/api/unsubscribe/kaputt", { method: "POST" })).status).toBe(404);
    expect(
      (
        await api(`/api/unsubscribe/${testSigner.sign("unsubscribe", handle, new Date(Date.now() - 1000))}`, {
          method: "POST",
        })
      ).status,
    ).toBe(410);
    expect((await adminJson("POST", resubscribe, {})).status).toBe(422);
    expect((await adminJson("POST", resubscribe, { note: "Am Telefon gewünscht." })).body.resubscriptions).toHaveLength(
      1,
    );
    expect((await adminJson("POST", "/api/admin/partners/niemand@example.org/resubscribe", { note: "x" })).status).toBe(
      404,
    );
  });

  it("the conferences: plan, read, change, send now, answer, attendees, cancel", async () => {
    const planned = await adminJson("POST", "/api/admin/conferences", {
      season: "autumn",
      title: "Herbsttagung des Netzwerks Migration",
      startsAt: inDays(30),
      endsAt: inDays(30.25),
      location: "Stadthaus Schwerin",
      onlineUrl: "https://meet.example.org/herbst",
      agenda: "1. Begrüßung",
      inviteAt: inDays(10),
      reminderAt: inDays(20),
    });
    expect(planned.status).toBe(201);
    const id = String(planned.body.id);
    const agenda = await adminJson("PUT", `/api/admin/conferences/${id}/agenda`, {
      items: [
        { title: "Begrüßung", presenter: "Luise Jahn", minutes: 10 },
        { title: "Vorschlag", status: "proposed" },
      ],
    });
    expect(agenda.status).toBe(200);
    expect((await admin(`/api/admin/conferences/${id}/agenda`)).body).toEqual(agenda.body);
    // Who was there (issue 21): nobody recorded yet; a stranger is refused.
    expect((await admin(`/api/admin/conferences/${id}/attendance`)).body).toEqual({ entries: [] });
    const attendance = await adminJson("PUT", `/api/admin/conferences/${id}/attendance`, {
      entries: [{ email: "niemand@example.org", status: "present" }],
    });
    expect(attendance.status).toBe(422);
    expect((await adminJson("PUT", `/api/admin/conferences/${id}/attendance`, { entries: [] })).status).toBe(200);
    // Places (issue 22): the whole event by PUT, its lists, and the door.
    const replaced = await adminJson("PUT", `/api/admin/conferences/${id}`, {
      season: "autumn",
      title: "Herbsttagung des Netzwerks Migration",
      startsAt: planned.body.startsAt,
      endsAt: planned.body.endsAt,
      location: "Stadthaus Schwerin",
      inviteAt: planned.body.inviteAt,
      capacity: 40,
      perOrganisation: 3,
      workshops: [{ slot: "Vormittag", title: "Forum Sprache", capacity: 15 }],
    });
    expect(replaced.body).toMatchObject({ capacity: 40, workshops: [{ title: "Forum Sprache", capacity: 15 }] });
    expect((await admin(`/api/admin/conferences/${id}/registrations`)).body).toMatchObject({
      items: [],
      registrationOpen: true,
    });
    const stranger = { email: "niemand@example.org" };
    expect((await adminJson("POST", `/api/admin/conferences/${id}/registrations/remove`, stranger)).status).toBe(404);
    expect((await adminJson("POST", `/api/admin/conferences/${id}/registrations/move-up`, stranger)).status).toBe(404);
    expect((await adminJson("POST", `/api/admin/conferences/${id}/check-in`, { code: "AAAA-AAAA" })).status).toBe(404);
    // The minutes (issue 21): drafted, read, published.
    const minutes = await adminJson("PUT", `/api/admin/conferences/${id}/minutes`, {
      text: "Begrüßung und Berichte.",
      decisions: [{ text: "Die Frühjahrstagung findet im Rathaus statt." }],
    });
    expect(minutes.status).toBe(200);
    expect((await admin(`/api/admin/conferences/${id}/minutes`)).body).toEqual(minutes.body);
    const conferencePublished = await adminJson("POST", `/api/admin/conferences/${id}/minutes/publish`, {});
    expect(conferencePublished.body).toMatchObject({ publication: { number: 1 } });
    const inThePast = await adminJson("POST", "/api/admin/conferences", {
      season: "spring",
      title: "Frühjahrstagung",
      startsAt: inDays(-2),
      endsAt: inDays(-1),
      location: "Stadthaus",
      inviteAt: inDays(-3),
    });
    expect(inThePast.status).toBe(422);
    expect((await admin("/api/admin/conferences")).body.items).toHaveLength(1);
    expect((await adminJson("PATCH", `/api/admin/conferences/${id}`, { location: "Rathaus Schwerin" })).status).toBe(
      200,
    );
    expect((await adminJson("PATCH", `/api/admin/conferences/${id}`, { reminderAt: null })).status).toBe(200);
    const test = await adminJson("POST", `/api/admin/conferences/${id}/send-now`, {
      kind: "invitation",
      test: true,
      to: "koordination@schwerin.example",
    });
    expect(test.body).toEqual({ status: "test_queued", to: ["koordination@schwerin.example"] });
    expect(
      (await adminJson("POST", `/api/admin/conferences/${id}/send-now`, { kind: "invitation" })).body,
    ).toMatchObject({
      status: "queued",
    });

    const rsvp = `/api/rsvp/${testSigner.sign("rsvp", `${id}|${handle}`, inAnHour())}`;
    expect((await api(rsvp, jsonRequest("POST", { answer: "yes" }))).body).toMatchObject({ answer: "yes" });
    expect((await api(rsvp, jsonRequest("POST", { answer: "gern" }))).status).toBe(422);
    expect((await api("/api/rsvp/kaputt", jsonRequest("POST", { answer: "no" }))).status).toBe(404);
    const detail = await admin(`/api/admin/conferences/${id}`);
    expect(detail.body.rsvp).toEqual({ yes: 1, no: 0, waitlisted: 0 });
    expect((await admin(`/api/admin/conferences/${id}/attendees.csv`)).body.text).toContain("pia.openapi@example.org");

    expect((await admin(`/api/admin/conferences/${id}`, { method: "DELETE" })).body.status).toBe("cancelled");
    expect((await admin(`/api/admin/conferences/${id}`, { method: "DELETE" })).status).toBe(200);
    expect((await adminJson("PATCH", `/api/admin/conferences/${id}`, { location: "Anderswo" })).status).toBe(409);
    expect((await adminJson("POST", `/api/admin/conferences/${id}/send-now`, { kind: "reminder" })).status).toBe(409);
    expect((await api(rsvp, jsonRequest("POST", { answer: "no" }))).status).toBe(409);
    const unknown = "/api/admin/conferences/00000000-0000-4000-8000-000000000000";
    expect((await admin(unknown)).status).toBe(404);
    expect((await adminJson("PATCH", unknown, { location: "x" })).status).toBe(404);
    expect((await admin(unknown, { method: "DELETE" })).status).toBe(404);
    expect((await adminJson("POST", `${unknown}/send-now`, { kind: "invitation" })).status).toBe(404);
    expect((await admin(`${unknown}/attendees.csv`)).status).toBe(404);
  });

  it("the outbox: mails by status, a failed one sent again, the rest refused", async () => {
    const queued = await admin("/api/admin/mails?status=queued&limit=100");
    const mails = queued.body.items as { id: string; kind: string }[];
    expect(mails.length).toBeGreaterThan(0);
    expect((await admin("/api/admin/mails")).status).toBe(422);
    const [first, second] = mails;
    expect((await admin(`/api/admin/mails/${first?.id}/retry`, { method: "POST" })).body.mailStatus).toBe("queued");
    const now = new Date();
    await built.deps.mails.claim(String(second?.id), now);
    await built.deps.mails.markFailed(String(second?.id), "MessageRejected: Email address is not verified.", now);
    expect((await admin("/api/admin/mails?status=failed")).body.items).toHaveLength(1);
    expect((await admin(`/api/admin/mails/${second?.id}/retry`, { method: "POST" })).body.status).toBe("queued");
    expect((await admin("/api/admin/mails/gibt-es-nicht/retry", { method: "POST" })).status).toBe(404);
  });

  it("people and suppressions: export, erase, refusals", async () => {
    await new SuppressionRepository(table.db, table.tableName).add({
      email: "bounce.openapi@example.org",
      reason: "bounce",
      detail: "Permanent/General",
      at: new Date().toISOString(),
    });
    expect((await admin("/api/admin/suppressions")).body.items).toHaveLength(1);
    const exported = await admin("/api/admin/people/zeynep.openapi@example.org/export");
    expect(exported.body.applications).toHaveLength(1);
    expect((await admin("/api/admin/people/pia.openapi@example.org/export")).body.partner).not.toBeNull();
    expect((await admin("/api/admin/people/keine-adresse/export")).status).toBe(404);
    expect((await admin("/api/admin/people/a.kropp@awo-schwerin.de/erase", { method: "POST" })).status).toBe(409);
    expect((await admin("/api/admin/people/keine-adresse/erase", { method: "POST" })).status).toBe(404);
    const erased = await admin("/api/admin/people/zeynep.openapi@example.org/erase", { method: "POST" });
    expect(erased.body).toMatchObject({ status: "erased", kind: "erased" });
  });

  it("the description itself", async () => {
    expect((await api("/api/openapi.json")).body.openapi).toBe("3.1.1");
    expect((await api("/api/docs?lang=en")).status).toBe(200);
  });

  it("deciding and forwarding an application as the console does", async () => {
    const applied = await api(
      "/api/applications",
      jsonRequest("POST", {
        workTableIds: ["kita-uebergang-schule", "ausbildung-und-arbeit"],
        name: "Dora Entscheid",
        email: "dora.openapi@example.org",
        organisationType: "association",
        engagement: "volunteer",
        consent: true,
      }),
    );
    const confirm = `/api/confirmations/${testSigner.sign("confirm", String(applied.body.id), inAnHour())}`;
    expect((await api(confirm, { method: "POST" })).status).toBe(200);
    const [first, second] = (applied.body.applications as Json[]).map((a) => String(a.id));
    const unknown = "00000000-0000-4000-8000-000000000000";

    const forward = (id: string, payload: unknown) =>
      adminJson("POST", `/api/admin/applications/${id}/forward`, payload);
    expect((await forward(String(first), { to: "deputy" })).status).toBe(422);
    expect((await forward(String(first), { to: "jemand" })).status).toBe(422);
    expect((await forward(unknown, { to: "contact" })).status).toBe(404);
    const forwarded = await forward(String(first), { to: "other", name: "Olga Vertretung", email: "olga@example.org" });
    expect(forwarded.body.routedTo).toEqual({ name: "Olga Vertretung", email: "olga@example.org", role: "other" });
    expect((await forward(String(second), { to: "contact" })).status).toBe(200);

    const decide = (id: string, payload: unknown) =>
      adminJson("POST", `/api/admin/applications/${id}/decision`, payload);
    expect((await decide(String(first), { decision: "accept", note: "Willkommen!" })).body.status).toBe("accepted");
    expect((await decide(String(first), { decision: "accept" })).status).toBe(200);
    expect((await decide(String(first), { decision: "decline" })).status).toBe(409);
    expect((await decide(String(second), { decision: "vielleicht" })).status).toBe(422);
    expect((await decide(unknown, { decision: "accept" })).status).toBe(404);
    expect((await decide("kein-antrag", { decision: "accept" })).status).toBe(404);
    expect((await forward(String(first), { to: "contact" })).status).toBe(409);
  });

  it("a table's members: list, take one off with a note", async () => {
    const members = await admin("/api/admin/work-tables/kita-uebergang-schule/members");
    expect((members.body.items as Json[]).map((p) => p.email)).toContain("dora.openapi@example.org");
    expect((await admin("/api/admin/work-tables/gibt-es-nicht/members")).status).toBe(404);
    const remove = "/api/admin/work-tables/kita-uebergang-schule/members/dora.openapi@example.org/remove";
    expect((await adminJson("POST", remove, {})).status).toBe(422);
    const removed = await adminJson("POST", remove, { note: "Hat um Austritt gebeten." });
    expect(removed.body.workTableIds).not.toContain("kita-uebergang-schule");
    expect((await adminJson("POST", remove, { note: "Noch einmal." })).status).toBe(404);
  });

  it("a table's meetings: plan, list, read, change, attendees, cancel", async () => {
    const meetings = "/api/admin/work-tables/beratung/meetings";
    const planned = await adminJson("POST", meetings, {
      startsAt: inDays(20),
      endsAt: inDays(20.1),
      location: "AWO Schwerin",
    });
    expect(planned.status).toBe(201);
    const id = String(planned.body.id);
    expect(planned.body).toMatchObject({ workTableId: "beratung", title: expect.stringContaining("Arbeitstisches V") });
    const inThePast = await adminJson("POST", meetings, { startsAt: inDays(-1), endsAt: inDays(-0.9), location: "x" });
    expect(inThePast.status).toBe(422);
    expect((await adminJson("POST", "/api/admin/work-tables/gibt-es-nicht/meetings", {})).status).toBe(404);
    expect((await admin(meetings)).body.items).toHaveLength(1);
    const read = await admin(`${meetings}/${id}`);
    expect(read.body.rsvp).toEqual({ yes: 0, no: 0, waitlisted: 0 });
    const etag = String(read.headers.get("etag"));
    const changed = await admin(
      `${meetings}/${id}`,
      jsonRequest("PATCH", { location: "Rathaus" }, { "If-Match": etag }),
    );
    expect(changed.body.location).toBe("Rathaus");
    expect(
      (await admin(`${meetings}/${id}`, jsonRequest("PATCH", { location: "Anderswo" }, { "If-Match": etag }))).status,
    ).toBe(412);
    expect((await adminJson("PATCH", `${meetings}/${id}`, { endsAt: inDays(19) })).status).toBe(422);
    expect((await adminJson("PATCH", `${meetings}/${id}`, { reminderAt: null })).status).toBe(200);
    expect((await admin(`${meetings}/${id}/attendees`)).body.items).toEqual([]);
    // Its agenda (issue 21), as the conference's.
    const agenda = await adminJson("PUT", `${meetings}/${id}/agenda`, { items: [{ title: "Fallbesprechung" }] });
    expect(agenda.body.items).toMatchObject([{ title: "Fallbesprechung", status: "accepted" }]);
    expect((await admin(`${meetings}/${id}/agenda`)).body).toEqual(agenda.body);
    expect((await adminJson("PUT", `${meetings}/${id}/agenda`, { items: [{ title: "" }] })).status).toBe(422);
    expect((await adminJson("PUT", `${meetings}/${id}/attendance`, { entries: [] })).body).toEqual({ entries: [] });
    expect((await admin(`${meetings}/${id}/attendance`)).body).toEqual({ entries: [] });
    expect((await adminJson("PATCH", `${meetings}/${id}`, { capacity: 12 })).body.capacity).toBe(12);
    expect((await admin(`${meetings}/${id}/registrations`)).body.places).toEqual([
      { id: "event", capacity: 12, confirmed: 0, waitlisted: 0 },
    ]);
    const nobody = { email: "niemand@example.org" };
    expect((await adminJson("POST", `${meetings}/${id}/registrations/remove`, nobody)).status).toBe(404);
    expect((await adminJson("POST", `${meetings}/${id}/registrations/move-up`, nobody)).status).toBe(404);
    expect((await adminJson("POST", `${meetings}/${id}/check-in`, nobody)).status).toBe(404);
    const drafted = await adminJson("PUT", `${meetings}/${id}/minutes`, { text: "Kurz." });
    expect(drafted.status).toBe(200);
    expect((await admin(`${meetings}/${id}/minutes`)).body.text).toBe("Kurz.");
    expect((await adminJson("POST", `${meetings}/${id}/minutes/publish`, {})).status).toBe(200);
    expect((await admin("/api/admin/work-tables/beratung/tasks?status=open")).body).toEqual({ items: [] });
    const csv = await admin(`${meetings}/${id}/attendees`, { headers: { Accept: "text/csv" } });
    expect(csv.body.text).toContain("Zugesagt am");
    // A meeting of another table is not found through this one.
    const elsewhere = `/api/admin/work-tables/kita-uebergang-schule/meetings/${id}`;
    expect((await admin(elsewhere)).status).toBe(404);
    expect((await adminJson("PATCH", elsewhere, { location: "x" })).status).toBe(404);
    expect((await adminJson("POST", `${elsewhere}/cancel`, {})).status).toBe(404);
    expect((await admin(`${elsewhere}/attendees`)).status).toBe(404);
    expect((await adminJson("POST", `${meetings}/${id}/cancel`, { note: "Raum belegt." })).body.status).toBe(
      "cancelled",
    );
    expect((await adminJson("POST", `${meetings}/${id}/cancel`, {})).status).toBe(200);
    expect((await adminJson("PATCH", `${meetings}/${id}`, { location: "x" })).status).toBe(409);
  });

  it("the coordinators: list, add, remove, never the last", async () => {
    expect((await admin("/api/admin/coordinators")).body.items).toHaveLength(1);
    const added = await adminJson("POST", "/api/admin/coordinators", {
      email: "neu.openapi@example.org",
      name: "Nina",
    });
    expect(added.status).toBe(201);
    expect((await adminJson("POST", "/api/admin/coordinators", { email: "neu.openapi@example.org" })).status).toBe(409);
    expect((await adminJson("POST", "/api/admin/coordinators", { email: "keine-adresse" })).status).toBe(422);
    const removed = await admin("/api/admin/coordinators/neu.openapi@example.org", { method: "DELETE" });
    expect(removed.body.items).toHaveLength(1);
    expect((await admin("/api/admin/coordinators/neu.openapi@example.org", { method: "DELETE" })).status).toBe(404);
    expect((await admin(`/api/admin/coordinators/${FIRST_COORDINATOR}`, { method: "DELETE" })).status).toBe(409);
  });

  it("the audit log: by page, by subject, refusals", async () => {
    const first = await admin("/api/admin/audit?limit=2");
    expect(first.body.items).toHaveLength(2);
    expect((await admin(`/api/admin/audit?limit=2&cursor=${first.body.nextCursor}`)).status).toBe(200);
    const about = await admin("/api/admin/audit?subject=person:neu.openapi@example.org&from=2020-01-01T00:00:00Z");
    expect((about.body.items as Json[]).map((e) => e.action)).toEqual(["coordinator.remove", "coordinator.add"]);
    expect((await admin("/api/admin/audit?subject=kaputt")).status).toBe(422);
    expect((await admin("/api/admin/audit?cursor=erfunden")).status).toBe(422);
  });

  it("the annual report: a year, a period, refusals", async () => {
    const year = new Date().getFullYear();
    const report = await admin(`/api/admin/reports/${year}`);
    expect(report.body.period).toEqual({ from: `${year}-01-01`, to: `${year}-12-31` });
    const period = await admin(`/api/admin/reports/${year}?from=${year}-01-01&to=${year}-03-31`);
    expect((period.body.current as Json).period).toEqual({ from: `${year}-01-01`, to: `${year}-03-31` });
    expect((await admin(`/api/admin/reports/${year}?from=${year}-03-31&to=${year}-01-01`)).status).toBe(422);
    expect((await admin("/api/admin/reports/1999")).status).toBe(422);
  });

  it("the legal notices: list, read, save over the version read", async () => {
    expect((await admin("/api/admin/notices")).body.items).toHaveLength(3);
    const read = await admin("/api/admin/notices/impressum");
    const etag = String(read.headers.get("etag"));
    const saved = await admin(
      "/api/admin/notices/impressum",
      jsonRequest("PUT", { de: "## Impressum\n\nStadt Schwerin" }, { "If-Match": etag }),
    );
    expect(saved.body.updatedBy).toBe("local-coordinator");
    expect(
      (await admin("/api/admin/notices/impressum", jsonRequest("PUT", { de: "Alt" }, { "If-Match": etag }))).status,
    ).toBe(412);
    expect((await adminJson("PUT", "/api/admin/notices/impressum", { de: "Neu", en: "New" })).body.en).toBe("New");
    expect((await adminJson("PUT", "/api/admin/notices/impressum", { de: "" })).status).toBe(422);
    expect((await admin("/api/admin/notices/agb")).status).toBe(404);
    expect((await adminJson("PUT", "/api/admin/notices/agb", { de: "x" })).status).toBe(404);
  });
});

describe("nothing is left out", () => {
  const operationsOf = (doc: OpenApi) =>
    Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );

  it("every operation of the document was called above (or is listed, with why, as not called)", () => {
    const missing = operationsOf(document).filter((op) => !exercised.has(op) && !(op in NOT_EXERCISED));
    expect(missing).toEqual([]);
    expect(Object.keys(NOT_EXERCISED).filter((op) => exercised.has(op))).toEqual([]);
  });

  it("every /api route of the app is in the document, and every operation of the document is a route", async () => {
    const routes = new Set(
      (await routeTable(built.app))
        .filter((r) => r.path.startsWith("/api") && r.method !== "ALL")
        .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, "{$1}")}`),
    );
    const operations = new Set(operationsOf(document));
    expect([...routes].filter((route) => !operations.has(route))).toEqual([]);
    expect([...operations].filter((operation) => !routes.has(operation))).toEqual([]);
    expect(routes.size).toBeGreaterThanOrEqual(30);
  });
});
