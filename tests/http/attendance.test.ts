import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Conference } from "../../shared/domain/conference.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { asCoordinator, body, FIRST_COORDINATOR, jsonRequest, testApp, testSigner } from "../support/app.ts";
import { htmlProblems } from "../support/html.ts";
import { type ConsoleSession, consolePages, signedInAs } from "../support/sessions.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

/**
 * Issue 21, attendance: a member answers with a deputy from their organisation; on the day the contact person
 * records who was there on the list that starts from the answers (console, and coordinators through the JSON API
 * for every event); the paper list has a line per person with a signature column; another table's contact gets
 * 403, strangers and bad bodies 422, a cancelled event 409, and nothing changes then; an erased person's entry
 * keeps the organisation under "(gelöscht)".
 */
const TABLE_II = "ausbildung-und-arbeit";
const TABLE_I = "kita-uebergang-schule";
const CONTACT_I = "ljahn@schwerin.de";
const CONTACT_II = "herold@adwi.de";
const ANNA = { email: "anna.arbeit@example.org", name: "Anna Arbeit", organisation: "Jobcenter Schwerin" };
const BERND = { email: "bernd.beruf@example.org", name: "Bernd <b>Beruf</b>", organisation: "ADWI e. V." };
const CORA = { email: "cora.chance@example.org", name: "Cora Chance", organisation: "Caritas" };
const MEMBERS = [ANNA, BERND, CORA];
const OUTSIDER = { email: "otto.anders@example.org", name: "Otto Anders", organisation: "Stadtbibliothek" };

let table: TestTable;
let built: ReturnType<typeof testApp>;
let contact: ConsoleSession;
let otherContact: ConsoleSession;
let meeting: Conference;
let conference: Conference;
const meetingPath = () => `/konsole/tische/${TABLE_II}/treffen/${meeting.id}`;
const meetingApi = () => `/api/admin/work-tables/${TABLE_II}/meetings/${meeting.id}/attendance`;
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

beforeAll(async () => {
  table = await createTestTable("attendance");
  built = testApp(table);
  await loadSeed(built.deps.workTables);
  const now = new Date();
  for (const member of MEMBERS) await built.deps.partners.importPartner({ ...member, workTableIds: [TABLE_II] }, now);
  await built.deps.partners.importPartner({ ...OUTSIDER, workTableIds: [TABLE_I] }, now);
  meeting = await built.deps.conferences.create(
    {
      season: "spring",
      title: "Treffen II",
      startsAt: day(20),
      endsAt: day(20.1),
      location: "Raum 3",
      inviteAt: day(5),
    },
    now,
    { actor: "test", action: "meeting.create" },
    { workTableId: TABLE_II, table: { numeral: "II", name: "Arbeit" }, replyTo: { name: "K", email: CONTACT_II } },
  );
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
  contact = await signedInAs(table, built.deps, [FIRST_COORDINATOR], CONTACT_II);
  otherContact = await signedInAs(table, built.deps, [FIRST_COORDINATOR], CONTACT_I);
});
afterAll(() => table.drop());

const { get, post } = consolePages({ request: (path, init) => built.app.request(path, init) }, () => contact);
const api = async (method: string, path: string, payload?: unknown) => {
  const response = await built.app.request(
    path,
    payload === undefined ? { method, headers: asCoordinator } : jsonRequest(method, payload, asCoordinator),
  );
  return { status: response.status, body: await body(response) };
};
const rsvpLink = async (eventId: string, email: string) => {
  const handle = (await built.deps.partners.get(email))?.handle ?? "";
  return `/teilnahme/${testSigner.sign("rsvp", `${eventId}|${handle}`, new Date(Date.now() + 3_600_000))}`;
};
const answer = async (eventId: string, email: string, fields: Record<string, string>) => {
  const response = await built.app.request(await rsvpLink(eventId, email), {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, html: await response.text() };
};
const attendanceItems = async () =>
  (await allItems(table)).filter((i) => String(i.sk).startsWith("ATT#") && i.conferenceId === meeting.id);
const auditCount = async () => (await allItems(table)).filter((i) => i.action === "attendance.update").length;

describe("a member's answer with a deputy", () => {
  it("keeps the deputy's name with a yes, shows it on the answer page, and refuses a name that is a link", async () => {
    const yes = await answer(meeting.id, ANNA.email, { answer: "yes", deputy: "Dora Vertretung" });
    expect(yes.status).toBe(200);
    expect(yes.html).toContain("Es kommt in Ihrer Vertretung: Dora Vertretung.");
    expect((await built.deps.conferences.rsvpOf(meeting.id, ANNA.email))?.deputy).toBe("Dora Vertretung");

    const link = await answer(meeting.id, BERND.email, { answer: "yes", deputy: "https://evil.example" });
    expect(link.status).toBe(422);
    expect(link.html).toContain("Bitte geben Sie nur einen Namen ein");
    expect(await built.deps.conferences.rsvpOf(meeting.id, BERND.email)).toBeUndefined();

    // With a "no" a typed deputy is not kept.
    const no = await answer(meeting.id, BERND.email, { answer: "no", deputy: "Egon" });
    expect(no.status).toBe(200);
    expect((await built.deps.conferences.rsvpOf(meeting.id, BERND.email))?.deputy).toBeUndefined();
  });

  it("through the JSON API, a deputy comes only with a yes", async () => {
    const handle = (await built.deps.partners.get(CORA.email))?.handle ?? "";
    const token = testSigner.sign("rsvp", `${conference.id}|${handle}`, new Date(Date.now() + 3_600_000));
    const refused = await built.app.request(`/api/rsvp/${token}`, jsonRequest("POST", { answer: "no", deputy: "X" }));
    expect(refused.status).toBe(422);
    expect(await built.deps.conferences.rsvpOf(conference.id, CORA.email)).toBeUndefined();
    const taken = await built.app.request(
      `/api/rsvp/${token}`,
      jsonRequest("POST", { answer: "yes", deputy: "Fritz" }),
    );
    expect(await body(taken)).toMatchObject({ answer: "yes", deputy: "Fritz" });
  });
});

describe("recording attendance in the console", () => {
  it("starts from the answers: a yes present with the deputy, a no excused, no answer absent", async () => {
    const page = await get(`${meetingPath()}/anwesenheit`);
    expect(page.status).toBe(200);
    expect(await htmlProblems(page.html)).toEqual([]);
    // Members by name; the name typed with HTML stays text.
    expect(page.html).toContain("Bernd &lt;b&gt;Beruf&lt;/b&gt; (ADWI e. V.)");
    expect(page.html).not.toContain("<b>Beruf</b>");
    const checked = [...page.html.matchAll(/name="people\.(\d)\.status" value="(\w+)" checked/g)].map((m) => m[2]);
    expect(checked).toEqual(["present", "excused", "absent"]);
    expect(page.html).toContain('value="Dora Vertretung"');
    expect(page.html).not.toContain(OUTSIDER.name);
  });

  it("saves the list as sent, and the meeting's page counts it; the audit log names people by hash only", async () => {
    const saved = await post(`${meetingPath()}/anwesenheit`, {
      "people.0.email": ANNA.email,
      "people.0.status": "present",
      "people.0.deputy": "Dora Vertretung",
      "people.1.email": BERND.email,
      "people.1.status": "excused",
      "people.2.email": CORA.email,
      "people.2.status": "present",
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`${meetingPath()}/anwesenheit?gespeichert=1`);
    expect((await get(saved.location ?? "")).html).toContain("Die Anwesenheit ist gespeichert.");
    const items = await attendanceItems();
    expect(items.map((i) => `${i.name}: ${i.status}${i.deputy ? ` (${i.deputy})` : ""}`).sort()).toEqual([
      "Anna Arbeit: present (Dora Vertretung)",
      "Bernd <b>Beruf</b>: excused",
      "Cora Chance: present",
    ]);
    expect(items.every((i) => i.recordedBy === CONTACT_II && typeof i.expiresAt === "number")).toBe(true);
    const audit = (await allItems(table)).filter((i) => i.action === "attendance.update");
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toContain("@example.org");
    expect((await get(meetingPath())).html).toContain("Anwesend: 2, entschuldigt: 1, abwesend: 0.");
  });

  it("prints one line per person with the organisation and a signature column, and blank lines", async () => {
    const page = await get(`${meetingPath()}/anwesenheitsliste`);
    expect(page.status).toBe(200);
    expect(await htmlProblems(page.html)).toEqual([]);
    expect(page.html).toContain("Dora Vertretung, Vertretung für Anna Arbeit");
    expect(page.html).toContain('<td data-label="Organisation">Jobcenter Schwerin</td>');
    expect(page.html.match(/class="signature"/g)).toHaveLength(MEMBERS.length + 5);
  });

  it("refuses a deputy's name that is a link next to the field, and another table's contact; nothing changes", async () => {
    const before = JSON.stringify(await attendanceItems());
    const bad = await post(`${meetingPath()}/anwesenheit`, {
      "people.0.email": ANNA.email,
      "people.0.status": "present",
      "people.0.deputy": "www.example.org",
      "people.1.email": BERND.email,
      "people.1.status": "present",
      "people.2.email": CORA.email,
      "people.2.status": "absent",
    });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('href="#field-people-0-deputy"');
    // A list that is not the sheet (a forged address) is shown again, not saved.
    const forged = await post(`${meetingPath()}/anwesenheit`, {
      "people.0.email": OUTSIDER.email,
      "people.0.status": "present",
    });
    expect(forged.status).toBe(409);
    const foreign = await post(
      `${meetingPath()}/anwesenheit`,
      { "people.0.email": ANNA.email, "people.0.status": "absent" },
      otherContact,
    );
    expect(foreign.status).toBe(403);
    expect((await get(`${meetingPath()}/anwesenheitsliste`, otherContact)).status).toBe(403);
    expect(JSON.stringify(await attendanceItems())).toBe(before);
  });
});

describe("attendance through the JSON API", () => {
  it("reads the recorded entries and replaces the whole list; someone left out has no entry any more", async () => {
    const read = await api("GET", meetingApi());
    expect(read.status).toBe(200);
    expect(read.body.entries.map((e: { email: string; status: string }) => `${e.email} ${e.status}`)).toEqual([
      `${ANNA.email} present`,
      `${BERND.email} excused`,
      `${CORA.email} present`,
    ]);
    const audits = await auditCount();
    const put = await api("PUT", meetingApi(), {
      entries: [
        { email: ANNA.email.toUpperCase(), status: "present" },
        { email: BERND.email, status: "absent" },
      ],
    });
    expect(put.status).toBe(200);
    expect(put.body.entries).toEqual([
      expect.objectContaining({ email: ANNA.email, name: "Anna Arbeit", status: "present" }),
      expect.objectContaining({ email: BERND.email, status: "absent", organisation: "ADWI e. V." }),
    ]);
    expect(put.body.entries[0].deputy).toBeUndefined();
    expect(await auditCount()).toBe(audits + 1);
  });

  it("refuses strangers, repeated people, deputies without presence and bad states with 422; nothing changes", async () => {
    const before = JSON.stringify(await attendanceItems());
    const bodies = [
      { entries: [{ email: OUTSIDER.email, status: "present" }] },
      {
        entries: [
          { email: ANNA.email, status: "present" },
          { email: ANNA.email, status: "absent" },
        ],
      },
      { entries: [{ email: ANNA.email, status: "absent", deputy: "Dora" }] },
      { entries: [{ email: ANNA.email, status: "maybe" }] },
      { entries: [{ email: "not an address", status: "present" }] },
      { entries: [{ email: ANNA.email, status: "present", name: "Forged" }] },
      { items: [] },
    ];
    for (const payload of bodies) {
      const refused = await api("PUT", meetingApi(), payload);
      expect(refused.status, JSON.stringify(payload)).toBe(422);
      expect(refused.body.errors?.length, JSON.stringify(payload)).toBeGreaterThan(0);
    }
    const stranger = await api("PUT", meetingApi(), { entries: [{ email: OUTSIDER.email, status: "present" }] });
    expect(stranger.body.errors).toEqual([
      { path: "entries.0.email", message: expect.stringContaining("nicht Mitglied dieses Arbeitstisches") },
    ]);
    expect(JSON.stringify(await attendanceItems())).toBe(before);
  });

  it("takes any partner at a conference; another table's meeting, a meeting as a conference and odd ids are 404", async () => {
    const path = `/api/admin/conferences/${conference.id}/attendance`;
    const put = await api("PUT", path, { entries: [{ email: OUTSIDER.email, status: "present" }] });
    expect(put.status).toBe(200);
    expect(put.body.entries).toEqual([
      expect.objectContaining({ name: "Otto Anders", organisation: "Stadtbibliothek" }),
    ]);
    const unknown = await api("PUT", path, { entries: [{ email: "nobody@example.org", status: "present" }] });
    expect(unknown.status).toBe(422);
    for (const odd of [
      `/api/admin/work-tables/${TABLE_I}/meetings/${meeting.id}/attendance`,
      `/api/admin/conferences/${meeting.id}/attendance`,
      `/api/admin/conferences/..%2F..%2Fx/attendance`,
      `/api/admin/work-tables/${TABLE_II}/meetings/${conference.id}/attendance`,
    ]) {
      expect((await api("GET", odd)).status, odd).toBe(404);
    }
  });

  it("refuses a cancelled event with 409", async () => {
    const cancelled = await built.deps.conferences.create(
      { season: "spring", title: "Abgesagt", startsAt: day(40), endsAt: day(40.1), location: "Raum", inviteAt: day(5) },
      new Date(),
    );
    await built.deps.conferences.replace(cancelled, { status: "cancelled" }, new Date());
    const path = `/api/admin/conferences/${cancelled.id}/attendance`;
    expect((await api("PUT", path, { entries: [{ email: OUTSIDER.email, status: "present" }] })).status).toBe(409);
    expect((await api("GET", path)).body.entries).toEqual([]);
  });
});

describe("erasing a person who attended", () => {
  it("keeps the entry with the organisation, names it (gelöscht), and the export had it before", async () => {
    const exported = await api("GET", `/api/admin/people/${encodeURIComponent(BERND.email)}/export`);
    expect(exported.body.attendance).toEqual([
      expect.objectContaining({ conference: "Treffen II", status: "absent", organisation: "ADWI e. V." }),
    ]);
    const erased = await api("POST", `/api/admin/people/${encodeURIComponent(BERND.email)}/erase`);
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    const entries = (await api("GET", meetingApi())).body.entries;
    expect(entries).toEqual([
      expect.objectContaining({ name: "(gelöscht)", organisation: "ADWI e. V.", status: "absent" }),
      expect.objectContaining({ email: ANNA.email }),
    ]);
    expect(entries[0].email).toBeUndefined();
    expect(JSON.stringify(await allItems(table))).not.toContain(BERND.email);
    // The paper list shows the organisation, without the name.
    const list = await get(`${meetingPath()}/anwesenheitsliste`);
    expect(list.html).toContain("(gelöscht)");
    expect(list.html).not.toContain("Beruf");
  });
});
