import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Conference } from "../../shared/domain/conference.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { erasePerson } from "../../shared/use-cases/person-data.ts";
import { FIRST_COORDINATOR, testApp } from "../support/app.ts";
import { htmlProblems } from "../support/html.ts";
import { type ConsoleSession, consolePages, signedInAs } from "../support/sessions.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

/**
 * Issue 21, the minutes in the console: the contact person drafts their table's meeting's minutes (frame filled in
 * from attendance and agenda, decisions and tasks with empty rows for new ones, the owner from a list) and
 * publishes them; HTML typed into them stays text; an owner nobody offered, a missing due date and a stale form get
 * an error next to the field; another table's contact gets 403; nothing changes then.
 */
const TABLE_II = "ausbildung-und-arbeit";
const CONTACT_I = "ljahn@schwerin.de";
const CONTACT_II = "herold@adwi.de";
const ANNA = { email: "anna.protokoll@example.org", name: "Anna <em>Arbeit</em>", organisation: "Jobcenter" };
let table: TestTable;
let built: ReturnType<typeof testApp>;
let contact: ConsoleSession;
let otherContact: ConsoleSession;
let meeting: Conference;
const page = () => `/konsole/tische/${TABLE_II}/treffen/${meeting.id}/protokoll`;
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

beforeAll(async () => {
  table = await createTestTable("minutes-console");
  built = testApp(table, { deployed: true });
  await loadSeed(built.deps.workTables);
  await built.deps.partners.importPartner({ ...ANNA, workTableIds: [TABLE_II] }, new Date());
  meeting = await built.deps.conferences.create(
    {
      season: "spring",
      title: "Treffen II",
      startsAt: day(20),
      endsAt: day(20.1),
      location: "Raum 3",
      inviteAt: day(5),
    },
    new Date(),
    { actor: "test", action: "meeting.create" },
    { workTableId: TABLE_II, table: { numeral: "II", name: "Arbeit" }, replyTo: { name: "K", email: CONTACT_II } },
  );
  await built.deps.attendance.replace(meeting, [{ ...ANNA, status: "present" }], [], "test", new Date());
  contact = await signedInAs(table, built.deps, [FIRST_COORDINATOR], CONTACT_II);
  otherContact = await signedInAs(table, built.deps, [FIRST_COORDINATOR], CONTACT_I);
});
afterAll(() => table.drop());

const { get, post } = consolePages({ request: (path, init) => built.app.request(path, init) }, () => contact);
const stored = async () => (await allItems(table)).find((i) => i.sk === "MINUTES" && i.conferenceId === meeting.id);

describe("the minutes in the console", () => {
  it("shows the frame from the attendance, and the owners to choose from, as text", async () => {
    const shown = await get(page());
    expect(shown.status).toBe(200);
    expect(await htmlProblems(shown.html)).toEqual([]);
    expect(shown.html).toContain("Anna &lt;em&gt;Arbeit&lt;/em&gt; (Jobcenter)");
    expect(shown.html).not.toContain("<em>Arbeit</em>");
    expect(shown.html).toContain(`<option value="${CONTACT_II}">`);
    expect(shown.html).toContain("Entwurf speichern");
    // No draft yet: nothing to publish.
    expect(shown.html).not.toContain("Protokoll veröffentlichen");
  });

  it("refuses a task without due date or with an owner the list did not offer, next to the field", async () => {
    const refused = await post(page(), {
      version: "",
      text: "Text",
      "tasks.0.text": "Flyer",
      "tasks.0.owner": ANNA.email,
      "tasks.0.due": "",
      "tasks.1.text": "Plakat",
      "tasks.1.owner": "fremd@example.org",
      "tasks.1.due": day(30).slice(0, 10),
    });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('href="#field-tasks-0-due"');
    expect(await stored()).toBeUndefined();
    const stranger = await post(page(), {
      version: "",
      "tasks.0.text": "Plakat",
      "tasks.0.owner": "fremd@example.org",
      "tasks.0.due": day(30).slice(0, 10),
    });
    expect(stranger.status).toBe(422);
    expect(stranger.html).toContain('href="#field-tasks-0-owner"');
    expect(await stored()).toBeUndefined();
  });

  it("saves a draft with a decision and a task, then publishes it once; a stale form is 409", async () => {
    const saved = await post(page(), {
      version: "",
      text: "Wir sprachen über <script>alert(1)</script>.",
      "decisions.0.text": "Der Flyer wird gedruckt.",
      "decisions.1.text": "",
      "tasks.0.text": "Flyer drucken",
      "tasks.0.owner": ANNA.email,
      "tasks.0.due": day(30).slice(0, 10),
      "tasks.1.text": "",
      "tasks.1.owner": "",
      "tasks.1.due": "",
    });
    expect(saved.status).toBe(303);
    const shown = await get(saved.location ?? "");
    expect(shown.html).toContain("Der Entwurf ist gespeichert.");
    expect(shown.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(shown.html).not.toContain("<script>alert");
    expect(shown.html).toContain("Protokoll veröffentlichen");
    const draft = await stored();
    expect(draft?.decisions).toEqual([{ id: expect.any(String), text: "Der Flyer wird gedruckt." }]);
    expect(draft?.tasks).toEqual([expect.objectContaining({ text: "Flyer drucken", ownerName: ANNA.name })]);

    const stale = await post(page(), { version: "2020-01-01T00:00:00.000Z", text: "Überschrieben" });
    expect(stale.status).toBe(409);
    expect((await stored())?.text).toBe("Wir sprachen über <script>alert(1)</script>.");

    const published = await post(`${page()}/veroeffentlichen`, {});
    expect(published.status).toBe(303);
    expect((await get(published.location ?? "")).html).toContain("Das Protokoll ist veröffentlicht");
    const items = await allItems(table);
    expect(items.find((i) => i.sk === "CONF" && i.id === meeting.id)?.minutesPublication).toBe(1);
    expect(items.filter((i) => String(i.pk).startsWith("TASK#"))).toEqual([
      expect.objectContaining({ text: "Flyer drucken", owner: ANNA.email, status: "open" }),
    ]);
    const again = await post(`${page()}/veroeffentlichen`, {});
    expect(again.status).toBe(409);
    expect(again.html).toContain("Seit der Veröffentlichung hat sich nichts geändert.");
    expect((await get(`/konsole/tische/${TABLE_II}/treffen/${meeting.id}`)).html).toContain("Veröffentlicht am");
  });

  it("is another table's contact's 403, and changes nothing", async () => {
    const before = JSON.stringify(await stored());
    expect((await get(page(), otherContact)).status).toBe(403);
    expect((await post(page(), { version: "", text: "fremd" }, otherContact)).status).toBe(403);
    expect((await post(`${page()}/veroeffentlichen`, {}, otherContact)).status).toBe(403);
    expect(JSON.stringify(await stored())).toBe(before);
  });

  it("lists the open task on the table's page and for coordinators; the contact marks it done; the archive shows the minutes", async () => {
    const home = await get(`/konsole/tische/${TABLE_II}`);
    expect(home.html).toContain("Offene Aufgaben");
    expect(home.html).toContain("Flyer drucken");
    const archive = await get(`/konsole/tische/${TABLE_II}/archiv`);
    expect(archive.status).toBe(200);
    expect(await htmlProblems(archive.html)).toEqual([]);
    expect(archive.html).toContain("Der Flyer wird gedruckt.");
    expect(archive.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect((await get(`/konsole/tische/${TABLE_II}/archiv`, otherContact)).status).toBe(403);

    const coordinator = await signedInAs(table, built.deps, [FIRST_COORDINATOR], FIRST_COORDINATOR);
    const all = await get("/konsole/aufgaben", coordinator);
    expect(all.status).toBe(200);
    expect(all.html).toContain("Flyer drucken");
    expect((await get("/konsole/aufgaben", contact)).status).toBe(403);

    const task = (await allItems(table)).find((i) => String(i.pk).startsWith("TASK#"));
    const done = `/konsole/tische/${TABLE_II}/aufgaben/${task?.id}/erledigt`;
    expect((await post(done, {}, otherContact)).status).toBe(403);
    expect(
      (await post(`/konsole/tische/kita-uebergang-schule/aufgaben/${task?.id}/erledigt`, {}, otherContact)).status,
    ).toBe(404);
    expect((await allItems(table)).find((i) => i.id === task?.id)?.status).toBe("open");
    const marked = await post(done, {});
    expect(marked.html).toContain("Die Aufgabe ist als erledigt markiert.");
    expect((await allItems(table)).find((i) => i.id === task?.id)).toMatchObject({
      status: "done",
      doneBy: CONTACT_II,
    });
    expect((await post(done, {})).html).toContain("Diese Aufgabe war schon erledigt.");
  });

  it("an erased member's name gives way to (gelöscht) in the minutes, their task and the audit; the organisation stays", async () => {
    const outcome = await erasePerson(built.deps, ANNA.email, FIRST_COORDINATOR, new Date());
    expect(outcome.kind).toBe("erased");
    const minutes = await stored();
    const published = minutes?.published as {
      frame: { present: { name: string; organisation: string }[] };
      tasks: { owner: string; ownerName: string; text: string }[];
    };
    expect(published.frame.present).toEqual([{ name: "(gelöscht)", organisation: "Jobcenter" }]);
    expect(published.tasks).toEqual([
      expect.objectContaining({ owner: "", ownerName: "(gelöscht)", text: "Flyer drucken" }),
    ]);
    const items = await allItems(table);
    expect(items.filter((i) => String(i.pk).startsWith("TASK#"))).toEqual([
      expect.objectContaining({ owner: "", ownerName: "(gelöscht)", text: "Flyer drucken" }),
    ]);
    const everything = JSON.stringify(items);
    expect(everything).not.toContain(ANNA.email);
    expect(everything).not.toContain(ANNA.name);
    // The console's page shows the frame without the name.
    const shown = await get(page());
    expect(shown.html).toContain("(gelöscht) (Jobcenter)");
    expect(shown.html).not.toContain("Arbeit</em>");
  });
});
