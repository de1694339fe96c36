import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApplicationInput } from "../../shared/domain/application-input.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { confirmSubmission } from "../../shared/use-cases/confirm-submission.ts";
import { submitApplication } from "../../shared/use-cases/submit-application.ts";
import { FIRST_COORDINATOR, testApp, testSigner } from "../support/app.ts";
import { type ConsoleSession, signedInAs } from "../support/sessions.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

/**
 * Who may open what in the console, route by route: a coordinator everything; a contact person only their own
 * tables (their applications, members, meetings) and their access; nobody without a session anything. Every
 * refused request changes nothing.
 */

const TABLE_I = "kita-uebergang-schule";
/** An id of the right shape that names nothing: the route's checks, not its 404, are what is tested. */
const ZERO_ID = "00000000-0000-4000-8000-000000000000";
const TABLE_II = "ausbildung-und-arbeit";
const CONTACT_I = "ljahn@schwerin.de";
const CONTACT_II = "herold@adwi.de";

let table: TestTable;
let built: ReturnType<typeof testApp>;
const sessions: Record<"coordinator" | "contactI" | "contactII", ConsoleSession> = {} as never;
const ids = { appI: "", appII: "", meetingI: "", meetingII: "", memberI: "", memberII: "" };

async function submittedApplication(workTableId: string, email: string): Promise<string> {
  const now = new Date();
  const input: ApplicationInput = {
    workTableIds: [workTableId],
    name: `Antragstellerin ${workTableId}`,
    email,
    organisationType: "association",
    engagement: "volunteer",
    locale: "de",
    consent: true,
  };
  const outcome = await submitApplication(built.deps, input, "198.51.100.9", now);
  if (outcome.kind !== "accepted") throw new Error(outcome.kind);
  const confirmed = await confirmSubmission(
    built.deps,
    testSigner.sign("confirm", outcome.result.submissionId, new Date(now.getTime() + 600_000)),
    now,
  );
  if (confirmed.kind !== "ok") throw new Error(confirmed.kind);
  return outcome.result.applications[0]?.id ?? "";
}

async function meetingOf(workTableId: string, numeral: string): Promise<string> {
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
  const meeting = await built.deps.conferences.create(
    {
      season: "spring",
      title: `Treffen ${numeral}`,
      startsAt: day(20),
      endsAt: day(20.1),
      location: "Stadthaus",
      inviteAt: day(5),
    },
    new Date(),
    { actor: "test", action: "meeting.create" },
    { workTableId, table: { numeral, name: numeral }, replyTo: { name: "Kontakt", email: "kontakt@example.org" } },
  );
  return meeting.id;
}

beforeAll(async () => {
  table = await createTestTable("console-access");
  built = testApp(table, { deployed: true });
  await loadSeed(built.deps.workTables);
  ids.appI = await submittedApplication(TABLE_I, "antrag.eins@example.org");
  ids.appII = await submittedApplication(TABLE_II, "antrag.zwei@example.org");
  ids.meetingI = await meetingOf(TABLE_I, "I");
  ids.meetingII = await meetingOf(TABLE_II, "II");
  await built.deps.partners.importPartners(
    [
      { email: "mitglied.eins@example.org", name: "Mitglied Eins", workTableIds: [TABLE_I] },
      { email: "mitglied.zwei@example.org", name: "Mitglied Zwei", workTableIds: [TABLE_II] },
    ],
    new Date(),
  );
  ids.memberI = String((await built.deps.partners.get("mitglied.eins@example.org"))?.handle);
  ids.memberII = String((await built.deps.partners.get("mitglied.zwei@example.org"))?.handle);
  sessions.coordinator = await signedInAs(table, built.deps, [FIRST_COORDINATOR], FIRST_COORDINATOR);
  sessions.contactI = await signedInAs(table, built.deps, [FIRST_COORDINATOR], CONTACT_I);
  sessions.contactII = await signedInAs(table, built.deps, [FIRST_COORDINATOR], CONTACT_II);
});
afterAll(() => table.drop());

type Role = keyof typeof sessions | "anonymous";
interface Route {
  method: "GET" | "POST";
  path: string;
  form?: Record<string, string>;
  /** Whose route it is: the coordinators', one table's, or everyone's who signed in. */
  owner: "coordinators" | "I" | "II" | "everyone";
}

/** Every route of a table's part, for table `n` with its own ids. */
function tableRoutes(n: "I" | "II"): Route[] {
  const tableId = n === "I" ? TABLE_I : TABLE_II;
  const app = n === "I" ? ids.appI : ids.appII;
  const meeting = n === "I" ? ids.meetingI : ids.meetingII;
  const member = n === "I" ? ids.memberI : ids.memberII;
  const base = `/konsole/tische/${tableId}`;
  return [
    { method: "GET", path: base },
    { method: "GET", path: `${base}/antraege/${app}` },
    { method: "POST", path: `${base}/antraege/${app}/entscheidung`, form: { decision: "" } },
    { method: "GET", path: `${base}/mitglieder` },
    { method: "GET", path: `${base}/mitglieder.csv` },
    { method: "POST", path: `${base}/mitglieder/${member}/entfernen`, form: { note: "" } },
    { method: "GET", path: `${base}/treffen/neu` },
    { method: "POST", path: `${base}/treffen/neu`, form: {} },
    { method: "GET", path: `${base}/treffen/${meeting}` },
    { method: "GET", path: `${base}/treffen/${meeting}/bearbeiten` },
    { method: "POST", path: `${base}/treffen/${meeting}/bearbeiten`, form: { version: "veraltet" } },
    { method: "GET", path: `${base}/treffen/${meeting}/tagesordnung` },
    { method: "POST", path: `${base}/treffen/${meeting}/tagesordnung`, form: { version: "veraltet" } },
    { method: "GET", path: `${base}/treffen/${meeting}/anwesenheit` },
    { method: "POST", path: `${base}/treffen/${meeting}/anwesenheit`, form: { "people.0.status": "present" } },
    { method: "GET", path: `${base}/treffen/${meeting}/anwesenheitsliste` },
    { method: "GET", path: `${base}/treffen/${meeting}/protokoll` },
    { method: "GET", path: `${base}/archiv` },
    { method: "POST", path: `${base}/aufgaben/${ZERO_ID}/erledigt`, form: {} },
    { method: "POST", path: `${base}/treffen/${meeting}/protokoll`, form: { version: "veraltet" } },
    { method: "POST", path: `${base}/treffen/${meeting}/protokoll/veroeffentlichen`, form: {} },
    { method: "POST", path: `${base}/treffen/${meeting}/absagen`, form: {} },
    { method: "GET", path: `${base}/treffen/${meeting}/teilnehmende.csv` },
    { method: "GET", path: `${base}/treffen/${meeting}/anmeldungen` },
    { method: "GET", path: `${base}/treffen/${meeting}/anmeldungen.csv` },
    { method: "POST", path: `${base}/treffen/${meeting}/anmeldungen/entfernen`, form: { email: "x@example.org" } },
    { method: "POST", path: `${base}/treffen/${meeting}/anmeldungen/an-die-spitze`, form: { email: "x@example.org" } },
    { method: "POST", path: `${base}/treffen/${meeting}/anmeldungen/schliessen`, form: { version: "veraltet" } },
    { method: "GET", path: `${base}/treffen/${meeting}/einlass` },
    { method: "POST", path: `${base}/treffen/${meeting}/einlass`, form: { q: "x" } },
  ].map((r) => ({ ...r, owner: n }) as Route);
}

const routes = (): Route[] => [
  { method: "GET", path: "/konsole", owner: "everyone" },
  { method: "GET", path: "/konsole/zugang", owner: "everyone" },
  ...tableRoutes("I"),
  ...tableRoutes("II"),
  ...[
    "/konsole/antraege",
    `/konsole/antraege/${ids.appI}`,
    "/konsole/arbeitstische",
    "/konsole/arbeitstische/neu",
    `/konsole/arbeitstische/${TABLE_I}`,
    "/konsole/partner",
    `/konsole/partner/${ids.memberI}`,
    "/konsole/partner/import",
    "/konsole/partner/sperrliste",
    "/konsole/partner/export?format=tabelle",
    "/konsole/tagungen",
    "/konsole/tagungen/neu",
    "/konsole/mails",
    "/konsole/bericht",
    "/konsole/bericht?jahr=2025",
    "/konsole/bericht/csv",
    "/konsole/protokoll",
    "/konsole/koordination",
    "/konsole/hinweise",
    "/konsole/hinweise/impressum",
    "/konsole/netzwerk",
    "/konsole/personen",
    "/konsole/aufgaben",
  ].map((path) => ({ method: "GET", path, owner: "coordinators" }) as Route),
  ...[
    ["/konsole/antraege/suche", { q: "antrag" }],
    [`/konsole/antraege/${ids.appI}/entscheidung`, { decision: "" }],
    ["/konsole/arbeitstische/neu", {}],
    ["/konsole/partner/suche", { q: "mitglied" }],
    [`/konsole/partner/${ids.memberI}`, { version: "veraltet" }],
    ["/konsole/tagungen/neu", {}],
    ["/konsole/protokoll", { aktion: "" }],
    ["/konsole/koordination", { email: "" }],
    ["/konsole/hinweise/impressum", { version: "veraltet", de: "" }],
    ["/konsole/netzwerk", { version: "veraltet", action: "save", colour: "#ffff00" }],
    ["/konsole/personen", { email: "" }],
    ["/konsole/personen/loeschen", { email: "mitglied.eins@example.org" }],
    [`/konsole/aufgaben/${ZERO_ID}/erledigt`, {}],
  ].map(([path, form]) => ({ method: "POST", path, form, owner: "coordinators" }) as Route),
];

function request(route: Route, role: Role) {
  const session = role === "anonymous" ? undefined : sessions[role];
  const headers: Record<string, string> = session ? { Cookie: session.cookie } : {};
  if (route.method === "GET") return built.app.request(route.path, { headers });
  return built.app.request(route.path, {
    method: "POST",
    headers: { ...headers, Origin: "http://localhost", "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...(route.form ?? {}), _csrf: session?.csrf ?? "" }).toString(),
  });
}

/** Whether the role may use the route. */
function allowed(route: Route, role: Role): boolean {
  if (role === "anonymous") return false;
  if (role === "coordinator" || route.owner === "everyone") return true;
  return (role === "contactI" && route.owner === "I") || (role === "contactII" && route.owner === "II");
}

const withoutSessions = (items: Record<string, unknown>[]) =>
  items
    .filter((i) => !String(i.pk).startsWith("SESSION#"))
    .map((i) => JSON.stringify(i))
    .sort();

describe("the console's routes × roles", () => {
  for (const role of ["coordinator", "contactI", "contactII", "anonymous"] as const) {
    it(`answers ${role} as its role allows, and a refusal changes nothing`, async () => {
      const before = withoutSessions(await allItems(table));
      const outcomes: string[] = [];
      for (const route of routes()) {
        const response = await request(route, role);
        const got = response.status;
        const may = allowed(route, role);
        // Allowed: anything but a refusal (a page, a file, or a form's 409/422). Refused: 403, or for someone
        // without a session the way to the sign-in page.
        const ok = may
          ? got !== 403 && got !== 401 && got < 500 && !(got === 303 && role !== "coordinator")
          : role === "anonymous"
            ? got === 303 && response.headers.get("location") === "/anmelden"
            : got === 403;
        if (!ok) outcomes.push(`${route.method} ${route.path}: ${got} (${may ? "allowed" : "refused"} expected)`);
      }
      expect(outcomes).toEqual([]);
      if (role !== "coordinator") {
        const after = withoutSessions(await allItems(table));
        // The only writes a contact may make here are refused by validation (422) or a stale version (409).
        expect(after).toEqual(before);
      }
    });
  }

  it("keeps a contact to their table's own things even under their table's path", async () => {
    const crossed: Route[] = [
      { method: "GET", path: `/konsole/tische/${TABLE_I}/antraege/${ids.appII}`, owner: "I" },
      { method: "GET", path: `/konsole/tische/${TABLE_I}/treffen/${ids.meetingII}`, owner: "I" },
      { method: "GET", path: `/konsole/tische/${TABLE_I}/treffen/${ids.meetingII}/teilnehmende.csv`, owner: "I" },
      {
        method: "POST",
        path: `/konsole/tische/${TABLE_I}/mitglieder/${ids.memberII}/entfernen`,
        form: { note: "Versuch" },
        owner: "I",
      },
      {
        method: "POST",
        path: `/konsole/tische/${TABLE_I}/antraege/${ids.appII}/entscheidung`,
        form: { decision: "accept" },
        owner: "I",
      },
    ];
    const before = withoutSessions(await allItems(table));
    for (const route of crossed) expect((await request(route, "contactI")).status).toBe(404);
    expect(withoutSessions(await allItems(table))).toEqual(before);
  });

  it("refuses the coordinators' JSON API to a contact person's session", async () => {
    const response = await built.app.request("/api/admin/work-tables", {
      headers: { Cookie: sessions.contactI.cookie },
    });
    expect(response.status).toBe(403);
  });

  it("shows a contact person only their tables in the navigation and the overview", async () => {
    const html = await (await request({ method: "GET", path: "/konsole", owner: "everyone" }, "contactI")).text();
    expect(html).toContain("Meine Arbeitstische");
    expect(html).toContain(`/konsole/tische/${TABLE_I}`);
    expect(html).not.toContain(`/konsole/tische/${TABLE_II}`);
    expect(html).not.toContain('href="/konsole/antraege"');
  });
});
