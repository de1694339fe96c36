import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Conference } from "../../shared/domain/conference.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { asCoordinator, body, FIRST_COORDINATOR, jsonRequest, testApp, testSigner } from "../support/app.ts";
import { htmlProblems } from "../support/html.ts";
import { type ConsoleSession, consolePages, signedInAs } from "../support/sessions.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

/**
 * Issue 22, places that run out, through the HTTP edges: a conference's places, limit per organisation, deadline
 * and workshops (`PUT`), answers up to and beyond the places (API and page), the waiting list moving by itself
 * (a "no", more places, a coordinator's removal and move up), the lists (JSON, console, German CSV), and the door
 * (check-in by code, by name, by the QR code's link). Every refused attempt is a 4xx that changes nothing.
 */
const TABLE_II = "ausbildung-und-arbeit";
/** The contact of table I: another table's, who may not see table II's lists. */
const CONTACT_I = "ljahn@schwerin.de";
const CONTACT_II = "herold@adwi.de";
const people = [
  { email: "anna@example.org", name: "Anna Arbeit", organisation: "Jobcenter Schwerin" },
  { email: "bernd@example.org", name: "Bernd Beruf", organisation: "ADWI e. V." },
  { email: "cora@example.org", name: "Cora Chance", organisation: "Caritas" },
  { email: "dana@example.org", name: "Dana Dienst", organisation: "Caritas" },
  { email: "emil@example.org", name: "Emil <b>Eins</b>", organisation: "Diakonie" },
  { email: "frida@example.org", name: "Frida Fünf", organisation: "Stadtbibliothek" },
] as const;
const [ANNA, BERND, CORA, DANA, EMIL, FRIDA] = people;

let table: TestTable;
let built: ReturnType<typeof testApp>;
let coordinator: ConsoleSession;
let contact: ConsoleSession;
let otherContact: ConsoleSession;
let conference: Conference;
let meeting: Conference;
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
const confApi = () => `/api/admin/conferences/${conference.id}`;

beforeAll(async () => {
  table = await createTestTable("places-http");
  built = testApp(table);
  await loadSeed(built.deps.workTables);
  const now = new Date();
  for (const person of people) await built.deps.partners.importPartner({ ...person, workTableIds: [TABLE_II] }, now);
  conference = await built.deps.conferences.create(
    {
      season: "autumn",
      title: "Herbsttagung",
      startsAt: day(30),
      endsAt: day(30.3),
      location: "Stadthaus",
      inviteAt: day(5),
    },
    now,
    { actor: "test", action: "conference.create" },
  );
  meeting = await built.deps.conferences.create(
    {
      season: "spring",
      title: "Treffen II",
      startsAt: day(20),
      endsAt: day(20.1),
      location: "Raum 3",
      inviteAt: day(5),
      capacity: 1,
    },
    now,
    { actor: "test", action: "meeting.create" },
    { workTableId: TABLE_II, table: { numeral: "II", name: "Arbeit" }, replyTo: { name: "K", email: CONTACT_II } },
  );
  coordinator = await signedInAs(table, built.deps, [FIRST_COORDINATOR], FIRST_COORDINATOR);
  contact = await signedInAs(table, built.deps, [FIRST_COORDINATOR], CONTACT_II);
  otherContact = await signedInAs(table, built.deps, [FIRST_COORDINATOR], CONTACT_I);
});
afterAll(() => table.drop());

const pages = consolePages({ request: (path, init) => built.app.request(path, init) }, () => coordinator);
const api = async (method: string, path: string, payload?: unknown) => {
  const response = await built.app.request(
    path,
    payload === undefined ? { method, headers: asCoordinator } : jsonRequest(method, payload, asCoordinator),
  );
  return { status: response.status, body: await body(response) };
};
const token = async (eventId: string, email: string) => {
  const handle = (await built.deps.partners.get(email))?.handle ?? "";
  return testSigner.sign("rsvp", `${eventId}|${handle}`, new Date(Date.now() + 3_600_000));
};
const rsvp = async (eventId: string, email: string, payload: unknown) => {
  const response = await built.app.request(`/api/rsvp/${await token(eventId, email)}`, jsonRequest("POST", payload));
  return { status: response.status, body: await body(response) };
};
const answerPage = async (eventId: string, email: string, fields: Record<string, string>) => {
  const response = await built.app.request(`/teilnahme/${await token(eventId, email)}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, html: await response.text() };
};
const registrationMails = async (eventId: string) =>
  (await allItems(table))
    .filter((i) => i.kind === "registration")
    .map((i) => ({
      to: (i.to as { email: string }[])[0]?.email,
      ...(i.data as { conferenceId: string; outcome: string; code?: string; position?: number }),
      data: i.data as Record<string, unknown>,
    }))
    .filter((m) => m.conferenceId === eventId);
const registrations = async () => (await api("GET", `${confApi()}/registrations`)).body;
const stateOf = async () =>
  JSON.stringify((await allItems(table)).filter((i) => String(i.pk) === `CONF#${conference.id}`));

const WORKSHOPS = [
  { id: "forum-sprache", slot: "Vormittag", title: "Forum Sprache", capacity: 1 },
  { id: "forum-arbeit", slot: "Vormittag", title: "Forum Arbeit" },
  { id: "forum-wohnen", slot: "Nachmittag", title: "Forum Wohnen" },
];

describe("a conference's places through PUT", () => {
  it("takes places, a limit per organisation, a deadline and workshops, and refuses what breaks the rules", async () => {
    const whole = {
      season: "autumn",
      title: "Herbsttagung",
      startsAt: conference.startsAt,
      endsAt: conference.endsAt,
      location: "Stadthaus",
      inviteAt: conference.inviteAt,
    };
    for (const wrong of [
      { ...whole, capacity: 0 },
      { ...whole, registrationDeadline: day(31) },
      { ...whole, workshops: [WORKSHOPS[0], { ...WORKSHOPS[1], id: "forum-sprache" }] },
      { ...whole, workshops: [{ slot: "", title: "Ohne Zeit" }] },
    ]) {
      const refused = await api("PUT", confApi(), wrong);
      expect(refused.status).toBe(422);
      expect(refused.body.errors.length).toBeGreaterThan(0);
    }
    expect((await built.deps.conferences.get(conference.id))?.capacity).toBeUndefined();
    const put = await api("PUT", confApi(), { ...whole, capacity: 3, perOrganisation: 1, workshops: WORKSHOPS });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ capacity: 3, perOrganisation: 1, workshops: WORKSHOPS });
    // A PUT without the places drops them; the next one sets them again.
    expect((await api("PUT", confApi(), whole)).body.capacity).toBeUndefined();
    conference = (await api("PUT", confApi(), { ...whole, capacity: 3, perOrganisation: 1, workshops: WORKSHOPS }))
      .body;
  });
});

describe("answers up to and beyond the places", () => {
  it("confirms three, puts the fourth on the waiting list with its position, and says so in the mail", async () => {
    const anna = await rsvp(conference.id, ANNA.email, { answer: "yes", workshops: ["forum-sprache", "forum-wohnen"] });
    expect(anna.status).toBe(200);
    expect(anna.body).toMatchObject({ answer: "yes", status: "confirmed" });
    expect(anna.body.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(anna.body.workshops).toEqual([
      { id: "forum-sprache", status: "confirmed" },
      { id: "forum-wohnen", status: "confirmed" },
    ]);
    const bernd = await rsvp(conference.id, BERND.email, { answer: "yes", workshops: ["forum-sprache"] });
    expect(bernd.body.workshops).toEqual([{ id: "forum-sprache", status: "waitlisted", position: 1 }]);
    // By the page: a yes with a workshop per slot (radio groups).
    const cora = await answerPage(conference.id, CORA.email, { answer: "yes", "workshop-0": "forum-arbeit" });
    expect(cora.status).toBe(200);
    expect(cora.html).toContain("Ihr Platz ist bestätigt.");
    const emil = await rsvp(conference.id, EMIL.email, { answer: "yes" });
    expect(emil.body).toMatchObject({ status: "waitlisted", position: 1 });
    expect(emil.body.code).toBeUndefined();
    const page = await built.app.request(`/teilnahme/${await token(conference.id, EMIL.email)}`);
    const html = await page.text();
    expect(html).toContain("Sie stehen auf Platz 1 der Warteliste");
    expect(html).toContain("Von der Warteliste abmelden");
    expect(await htmlProblems(html)).toEqual([]);
    const mails = await registrationMails(conference.id);
    expect(mails.find((m) => m.to === ANNA.email)).toMatchObject({ outcome: "confirmed", code: anna.body.code });
    expect(mails.find((m) => m.to === EMIL.email)).toMatchObject({ outcome: "waitlisted", position: 1 });
    expect(mails.find((m) => m.to === EMIL.email)?.code).toBeUndefined();
    const list = await registrations();
    expect(
      list.items.map((i: { email: string; status: string; position?: number }) => [i.email, i.status, i.position]),
    ).toEqual([
      [ANNA.email, "confirmed", undefined],
      [BERND.email, "confirmed", undefined],
      [CORA.email, "confirmed", undefined],
      [EMIL.email, "waitlisted", 1],
    ]);
    expect(list.places[0]).toEqual({ id: "event", capacity: 3, confirmed: 3, waitlisted: 1 });
  });

  it("refuses a second person of an organisation at its limit, two workshops in one slot and unknown ones", async () => {
    const before = await stateOf();
    const dana = await rsvp(conference.id, DANA.email, { answer: "yes" });
    expect(dana.status).toBe(409);
    expect(dana.body.detail).toBe(
      "Aus dieser Organisation sind so viele Personen angemeldet, wie die Veranstaltung je Organisation zulässt (1).",
    );
    const page = await answerPage(conference.id, DANA.email, { answer: "yes" });
    expect(page.status).toBe(409);
    expect(page.html).toContain("Aus Ihrer Organisation sind bereits so viele Personen angemeldet");
    const twoInSlot = await rsvp(conference.id, FRIDA.email, {
      answer: "yes",
      workshops: ["forum-sprache", "forum-arbeit"],
    });
    expect(twoInSlot.status).toBe(422);
    const unknown = await rsvp(conference.id, FRIDA.email, { answer: "yes", workshops: ["<script>"] });
    expect(unknown.status).toBe(422);
    expect(await stateOf()).toBe(before);
  });
});

describe("the waiting list moves by itself", () => {
  it("gives a freed place to the first waiting at once, with the mail and calendar entry's data", async () => {
    const no = await rsvp(conference.id, BERND.email, { answer: "no" });
    expect(no.body).toMatchObject({ answer: "no", status: "cancelled" });
    const list = await registrations();
    const emil = list.items.find((i: { email: string }) => i.email === EMIL.email);
    expect(emil).toMatchObject({ status: "confirmed" });
    const promoted = (await registrationMails(conference.id)).find(
      (m) => m.to === EMIL.email && m.outcome === "promoted",
    );
    expect(promoted?.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(promoted?.data).toMatchObject({ title: "Herbsttagung", startsAt: conference.startsAt });
  });

  it("refuses fewer places than given, and more places go to the waiting at once", async () => {
    await rsvp(conference.id, FRIDA.email, { answer: "yes" });
    expect((await registrations()).items.find((i: { email: string }) => i.email === FRIDA.email)).toMatchObject({
      status: "waitlisted",
      position: 1,
    });
    const fewer = await api("PATCH", confApi(), { capacity: 2 });
    expect(fewer.status).toBe(422);
    expect(fewer.body.errors[0]).toMatchObject({ path: "capacity" });
    expect((await api("PATCH", confApi(), { capacity: 4 })).status).toBe(200);
    expect((await registrations()).items.find((i: { email: string }) => i.email === FRIDA.email)?.status).toBe(
      "confirmed",
    );
  });

  it("lets coordinators remove someone (who is told) and move someone up; strangers to the list are 404", async () => {
    expect((await api("POST", `${confApi()}/registrations/remove`, { email: "nobody@example.org" })).status).toBe(404);
    expect((await api("POST", `${confApi()}/registrations/move-up`, { email: ANNA.email })).status).toBe(404);
    // Bernd answers again: the event is full, he waits; Cora is removed: Bernd gets her place.
    expect((await rsvp(conference.id, BERND.email, { answer: "yes" })).body).toMatchObject({ status: "waitlisted" });
    const removed = await api("POST", `${confApi()}/registrations/remove`, { email: CORA.email });
    expect(removed.status).toBe(200);
    expect(removed.body.items.find((i: { email: string }) => i.email === CORA.email)).toMatchObject({
      status: "cancelled",
    });
    expect(removed.body.items.find((i: { email: string }) => i.email === BERND.email)).toMatchObject({
      status: "confirmed",
    });
    expect(
      (await registrationMails(conference.id)).find((m) => m.to === CORA.email && m.outcome === "removed"),
    ).toBeDefined();
    // A workshop's list: Emil and Frida wait for Forum Sprache in the order they chose it; Frida is moved up.
    await rsvp(conference.id, EMIL.email, { answer: "yes", workshops: ["forum-sprache"] });
    await rsvp(conference.id, FRIDA.email, { answer: "yes", workshops: ["forum-sprache"] });
    const workshopPosition = async (email: string) =>
      (await registrations()).items.find((i: { email: string }) => i.email === email)?.workshops[0]?.position;
    expect([await workshopPosition(EMIL.email), await workshopPosition(FRIDA.email)]).toEqual([1, 2]);
    const moved = await api("POST", `${confApi()}/registrations/move-up`, {
      email: FRIDA.email,
      workshop: "forum-sprache",
    });
    expect(moved.status).toBe(200);
    expect([await workshopPosition(EMIL.email), await workshopPosition(FRIDA.email)]).toEqual([2, 1]);
    // Anna gives up the workshop: Frida gets its place.
    await rsvp(conference.id, ANNA.email, { answer: "yes", workshops: ["forum-wohnen"] });
    const frida = (await registrations()).items.find((i: { email: string }) => i.email === FRIDA.email);
    expect(frida.workshops).toEqual([{ id: "forum-sprache", status: "confirmed" }]);
    expect(
      (await registrationMails(conference.id)).find((m) => m.to === FRIDA.email && m.outcome === "workshop_promoted"),
    ).toBeDefined();
  });

  it("closes registration: a new yes is 409 and stores nothing, a no still counts", async () => {
    const closed = await api("PATCH", confApi(), { registrationDeadline: new Date(Date.now() - 60_000).toISOString() });
    expect(closed.status).toBe(200);
    const before = await stateOf();
    const late = await rsvp(conference.id, DANA.email, { answer: "yes" });
    expect(late.status).toBe(409);
    expect(await stateOf()).toBe(before);
    expect((await registrations()).registrationOpen).toBe(false);
    expect((await rsvp(conference.id, FRIDA.email, { answer: "no" })).body.status).toBe("cancelled");
  });
});

describe("the door", () => {
  it("checks in by code (as typed) once, tells the second time, refuses someone without a place, feeds attendance", async () => {
    const anna = (await built.deps.places.rsvpOf(conference.id, ANNA.email))?.code ?? "";
    const first = await api("POST", `${confApi()}/check-in`, { code: anna.toLowerCase().replace("-", " ") });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: "checked_in", name: ANNA.name });
    const again = await api("POST", `${confApi()}/check-in`, { code: anna });
    expect(again.body).toMatchObject({ status: "already", at: first.body.at });
    expect((await api("POST", `${confApi()}/check-in`, { code: "AAAA-AAAA" })).status).toBe(404);
    expect((await api("POST", `${confApi()}/check-in`, { email: CORA.email })).status).toBe(409);
    const attendance = await api("GET", `${confApi()}/attendance`);
    expect(attendance.body.entries).toEqual([expect.objectContaining({ email: ANNA.email, status: "present" })]);
    expect((await allItems(table)).filter((i) => i.action === "attendance.check_in")).toHaveLength(1);
  });

  it("opens the check-in page from the QR code's link, finds a name by POST, and checks in by the button", async () => {
    const code = (await built.deps.places.rsvpOf(conference.id, EMIL.email))?.code ?? "";
    const qr = await pages.get(`/konsole/einlass/${conference.id}/${code}`);
    expect(qr.status).toBe(303);
    expect(qr.location).toBe(`/konsole/tagungen/${conference.id}/einlass?code=${code}`);
    const opened = await pages.get(qr.location ?? "");
    expect(opened.html).toContain("Emil &lt;b&gt;Eins&lt;/b&gt; einchecken");
    expect(await htmlProblems(opened.html)).toEqual([]);
    const found = await pages.post(`/konsole/tagungen/${conference.id}/einlass`, { q: "diakonie" });
    expect(found.html).toContain("Emil &lt;b&gt;Eins&lt;/b&gt;");
    const done = await pages.post(`/konsole/tagungen/${conference.id}/einlass`, { email: EMIL.email });
    expect(done.status).toBe(200);
    expect(done.html).toContain("ist eingecheckt.");
    const twice = await pages.post(`/konsole/tagungen/${conference.id}/einlass`, { email: EMIL.email });
    expect(twice.status).toBe(409);
    expect(twice.html).toContain("ist bereits eingecheckt");
    expect((await pages.get(`/konsole/einlass/${conference.id}/not-a-code`)).status).toBe(404);
  });
});

describe("the lists in the console", () => {
  it("shows places, the waiting list and cancellations, and exports German CSV", async () => {
    const page = await pages.get(`/konsole/tagungen/${conference.id}/anmeldungen`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("Mit Platz");
    expect(page.html).toContain("Warteliste");
    expect(page.html).toContain("Abgesagt");
    expect(await htmlProblems(page.html)).toEqual([]);
    const csv = await built.app.request(`/konsole/tagungen/${conference.id}/anmeldungen.csv`, {
      headers: { Cookie: coordinator.cookie },
    });
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(text.split("\r\n")[0]).toBe(
      "Status;Platz auf der Warteliste;Name;Organisation;E-Mail;Vertretung;Workshops;Code;Zugesagt am;Eingecheckt am",
    );
    expect(text).toContain("Platz bestätigt;;Anna Arbeit;Jobcenter Schwerin;anna@example.org");
    // The attendees' spreadsheet names the workshops each person has a place in.
    const attendees = await built.app.request(`/konsole/tagungen/${conference.id}/teilnehmende.csv`, {
      headers: { Cookie: coordinator.cookie },
    });
    const rows = (await attendees.text()).split("\r\n");
    expect(rows[0]).toContain("Vertretung;Workshops");
    expect(rows.find((row) => row.startsWith("Anna Arbeit;"))).toMatch(/;Forum Wohnen$/);
  });

  it("lets a table's contact keep its meeting's list and door, and nobody else's", async () => {
    const path = `/konsole/tische/${TABLE_II}/treffen/${meeting.id}`;
    await rsvp(meeting.id, ANNA.email, { answer: "yes" });
    await rsvp(meeting.id, BERND.email, { answer: "yes" });
    const own = await pages.get(`${path}/anmeldungen`, contact);
    expect(own.status).toBe(200);
    expect(own.html).toContain("Bernd Beruf");
    expect((await pages.get(`${path}/anmeldungen`, otherContact)).status).toBe(403);
    expect((await pages.get(`${path}/einlass`, otherContact)).status).toBe(403);
    const removed = await pages.post(`${path}/anmeldungen/entfernen`, { email: ANNA.email }, contact);
    expect(removed.html).toContain("Die Person ist entfernt");
    expect((await built.deps.places.rsvpOf(meeting.id, BERND.email))?.status).toBe("confirmed");
    // Another table's contact cannot remove anyone: nothing changes.
    const refused = await pages.post(`${path}/anmeldungen/entfernen`, { email: BERND.email }, otherContact);
    expect(refused.status).toBe(403);
    expect((await built.deps.places.rsvpOf(meeting.id, BERND.email))?.status).toBe("confirmed");
  });
});
