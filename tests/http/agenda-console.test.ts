import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { FIRST_COORDINATOR, testApp } from "../support/app.ts";
import { formFields, htmlProblems } from "../support/html.ts";
import { type ConsoleSession, consolePages, signedInAs } from "../support/sessions.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

/**
 * Issue 21, the agenda in the console: a contact person writes their table's meeting's agenda (a coordinator a
 * conference's), items in order with empty rows for new ones; the meeting's page lists it, HTML typed into it as
 * text; another table's contact gets 403, a stale form 409, a bad row 422 next to it; nothing changes then.
 */
const TABLE_II = "ausbildung-und-arbeit";
const CONTACT_I = "ljahn@schwerin.de";
const CONTACT_II = "herold@adwi.de";
let table: TestTable;
let built: ReturnType<typeof testApp>;
let contact: ConsoleSession;
let otherContact: ConsoleSession;
let meetingId = "";
const base = () => `/konsole/tische/${TABLE_II}/treffen/${meetingId}`;

beforeAll(async () => {
  table = await createTestTable("agenda-console");
  built = testApp(table, { deployed: true });
  await loadSeed(built.deps.workTables);
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
  const meeting = await built.deps.conferences.create(
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
  meetingId = meeting.id;
  contact = await signedInAs(table, built.deps, [FIRST_COORDINATOR], CONTACT_II);
  otherContact = await signedInAs(table, built.deps, [FIRST_COORDINATOR], CONTACT_I);
});
afterAll(() => table.drop());

const { get, post } = consolePages({ request: (path, init) => built.app.request(path, init) }, () => contact);
const stored = async () => {
  const [item] = (await allItems(table)).filter((i) => i.id === meetingId && i.agendaItems !== undefined);
  return item?.agendaItems as { title: string; status: string }[] | undefined;
};

describe("the agenda in the console", () => {
  it("starts with empty rows, saves the filled ones in order, and the meeting's page lists them as text", async () => {
    const page = await get(`${base()}/tagesordnung`);
    expect(page.status).toBe(200);
    expect(await htmlProblems(page.html)).toEqual([]);
    const fields = formFields(page.html, `${base()}/tagesordnung`);
    const saved = await post(`${base()}/tagesordnung`, {
      ...fields,
      "items.0.title": "Begrüßung",
      "items.0.presenter": "Katharina Herold",
      "items.0.minutes": "10",
      "items.2.title": "Neues <script>alert(1)</script> Projekt",
      "items.2.status": "proposed",
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toContain(`${base()}?gespeichert=1`);
    expect((await stored())?.map((i) => `${i.status} ${i.title}`)).toEqual([
      "accepted Begrüßung",
      "proposed Neues <script>alert(1)</script> Projekt",
    ]);
    const meeting = (await get(base())).html;
    expect(meeting).toContain("Begrüßung (Katharina Herold, 10 min)");
    expect(meeting).toContain("Neues &lt;script&gt;alert(1)&lt;/script&gt; Projekt");
    expect(meeting).not.toContain("<script>alert(1)</script>");
    const [entry] = (await allItems(table)).filter((i) => i.action === "agenda.update");
    expect(entry).toMatchObject({ actor: CONTACT_II, subject: { id: meetingId } });
  });

  it("keeps an item's id when it is changed and drops one whose title was emptied", async () => {
    const fields = formFields((await get(`${base()}/tagesordnung`)).html, `${base()}/tagesordnung`);
    const before = await stored();
    const saved = await post(`${base()}/tagesordnung`, { ...fields, "items.0.minutes": "15", "items.1.title": "" });
    expect(saved.status).toBe(303);
    const after = (await stored()) as unknown as { id: string; minutes: number }[];
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe((before as unknown as { id: string }[])[0]?.id);
    expect(after[0]?.minutes).toBe(15);
  });

  it("names a bad row next to its field, refuses a stale form and another table's contact, changing nothing", async () => {
    const before = await stored();
    const fields = formFields((await get(`${base()}/tagesordnung`)).html, `${base()}/tagesordnung`);
    const bad = await post(`${base()}/tagesordnung`, { ...fields, "items.1.title": "Punkt", "items.1.minutes": "0" });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('href="#field-items-1-minutes"');
    expect(bad.html).toContain('id="field-items-1-minutes-error"');
    expect(await htmlProblems(bad.html)).toEqual([]);
    expect((await post(`${base()}/tagesordnung`, { ...fields, version: "2000-01-01T00:00:00.000Z" })).status).toBe(409);
    expect((await get(`${base()}/tagesordnung`, otherContact)).status).toBe(403);
    expect((await post(`${base()}/tagesordnung`, { ...fields, "items.0.title": "Fremd" }, otherContact)).status).toBe(
      403,
    );
    expect(
      (await get(`/konsole/tische/${TABLE_II}/treffen/00000000-0000-4000-8000-000000000000/tagesordnung`)).status,
    ).toBe(404);
    expect(await stored()).toEqual(before);
  });
});
