import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stackAdminApi, startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { waitForMail } from "../support/mailbox.ts";
import { allItems } from "../support/tables.ts";

/**
 * Issue 21, the agenda: coordinators set a conference's agenda and a table's meeting's through the JSON API; the
 * invitation carries the accepted items as text (HTML typed into them stays text); the audit log has the change;
 * odd ids, another table's meeting, a stale version and bad bodies get a 4xx and change nothing.
 */
let stack: TestStack;
const TABLE_II = "ausbildung-und-arbeit";
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const call = stackAdminApi(() => stack);

let conferenceId = "";
let meetingId = "";
beforeAll(async () => {
  stack = await startTestStack();
  const conference = await call("POST", "/api/admin/conferences", {
    season: "autumn",
    title: "Herbsttagung 2027",
    startsAt: inDays(30),
    endsAt: new Date(Date.now() + 30 * 86_400_000 + 6 * 3_600_000).toISOString(),
    location: "Stadthaus",
    inviteAt: inDays(10),
  });
  expect(conference.status, JSON.stringify(conference.body)).toBe(201);
  conferenceId = conference.body.id;
  const meeting = await call("POST", `/api/admin/work-tables/${TABLE_II}/meetings`, {
    startsAt: inDays(20),
    endsAt: new Date(Date.now() + 20 * 86_400_000 + 2 * 3_600_000).toISOString(),
    location: "Raum 3",
  });
  expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
  meetingId = meeting.body.id;
});
afterAll(() => stack.close());

const agendaAudit = async () =>
  (await allItems(stack.table)).filter((item) => item.action === "agenda.update") as {
    subject: { id: string };
    before: Record<string, unknown>;
    after: { agendaItems?: { title: string }[] };
  }[];

describe("an event's agenda through the JSON API", () => {
  it("starts empty, takes the items in order, gives new ones ids, and the invitation shows the accepted ones", async () => {
    const path = `/api/admin/conferences/${conferenceId}/agenda`;
    const empty = await call("GET", path);
    expect(empty).toMatchObject({ status: 200, body: { items: [] } });
    const saved = await call("PUT", path, {
      items: [
        { title: "Begrüßung", presenter: "Luise Jahn", minutes: 10 },
        { title: "Berichte <b>aus</b> den Arbeitstischen", minutes: 45, note: "je fünf Minuten" },
        { title: "Ein Vorschlag", status: "proposed" },
        { title: "Abgelehnt", status: "declined" },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.items.map((i: { title: string; status: string }) => `${i.status} ${i.title}`)).toEqual([
      "accepted Begrüßung",
      "accepted Berichte <b>aus</b> den Arbeitstischen",
      "proposed Ein Vorschlag",
      "declined Abgelehnt",
    ]);
    for (const item of saved.body.items) expect(item.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.etag).toMatch(/^W\/"/);
    expect((await call("GET", path)).body).toEqual(saved.body);

    const to = uniqueEmail("agenda");
    const test = await call("POST", `/api/admin/conferences/${conferenceId}/send-now`, {
      kind: "invitation",
      test: true,
      to,
    });
    expect(test.status).toBe(202);
    const mail = await waitForMail(to, () => true);
    expect(mail?.body.text).toContain(
      "Tagesordnung:\n1. Begrüßung (Luise Jahn, 10 Min.)\n2. Berichte <b>aus</b> den Arbeitstischen (45 Min.)",
    );
    expect(mail?.body.text).not.toMatch(/Ein Vorschlag|Abgelehnt|je fünf Minuten/);
    expect(mail?.body.html).toContain("Berichte &lt;b&gt;aus&lt;/b&gt; den Arbeitstischen");
    expect(mail?.body.html).not.toContain("<b>aus</b>");
    const calendar = mail?.attachments.find((a) => a.contentType.startsWith("text/calendar"));
    expect(Buffer.from(calendar?.content ?? "", "base64").toString("utf8")).toContain(
      "1. Begrüßung (Luise Jahn\\, 10 min)",
    );

    const [entry] = await agendaAudit();
    expect(entry?.subject.id).toBe(conferenceId);
    expect(entry?.after.agendaItems?.map((i) => i.title)).toContain("Begrüßung");
  });

  it("keeps ids of kept items, drops the ones left out, and refuses a change over someone else's (412)", async () => {
    const path = `/api/admin/conferences/${conferenceId}/agenda`;
    const read = await call("GET", path);
    const [first] = read.body.items;
    const kept = await call("PUT", path, { items: [{ ...first, minutes: 15 }] }, { "If-Match": read.etag ?? "" });
    expect(kept.status).toBe(200);
    expect(kept.body.items).toEqual([{ ...first, minutes: 15 }]);
    const stale = await call("PUT", path, { items: [] }, { "If-Match": read.etag ?? "" });
    expect(stale.status).toBe(412);
    expect((await call("GET", path)).body.items).toHaveLength(1);
  });

  it("is a table's meeting's too, reached only through its own table", async () => {
    const path = `/api/admin/work-tables/${TABLE_II}/meetings/${meetingId}/agenda`;
    const saved = await call("PUT", path, { items: [{ title: "Rückblick", presenter: "Katharina Herold" }] });
    expect(saved.status).toBe(200);
    expect((await call("GET", path)).body.items).toMatchObject([{ title: "Rückblick", status: "accepted" }]);
    for (const [method, wrong] of [
      ["GET", `/api/admin/work-tables/kita-uebergang-schule/meetings/${meetingId}/agenda`],
      ["PUT", `/api/admin/work-tables/kita-uebergang-schule/meetings/${meetingId}/agenda`],
      ["GET", `/api/admin/conferences/${meetingId}/agenda`],
      ["GET", `/api/admin/work-tables/${TABLE_II}/meetings/${conferenceId}/agenda`],
      ["GET", "/api/admin/conferences/kein-termin/agenda"],
      ["PUT", `/api/admin/work-tables/Kein_Tisch/meetings/${meetingId}/agenda`],
    ] as const) {
      const response = await call(method, wrong, method === "PUT" ? { items: [] } : undefined);
      expect(response.status, wrong).toBe(404);
    }
    expect((await call("GET", path)).body.items).toHaveLength(1);
  });

  it("refuses bad bodies, no token and a cancelled event with a 4xx, changing nothing", async () => {
    const path = `/api/admin/conferences/${conferenceId}/agenda`;
    const before = (await call("GET", path)).body;
    for (const payload of [
      { items: [{ title: "" }] },
      { items: [{ title: "Punkt", minutes: 0 }] },
      { items: [{ title: "Punkt", status: "maybe" }] },
      { items: [{ title: "Punkt", id: "../../etc" }] },
      { items: [{ title: "Zeile\r\nBcc: x@example.org" }] },
      { items: Array.from({ length: 41 }, (_, i) => ({ title: `Punkt ${i}` })) },
      { items: [{ title: "Punkt", extra: true }] },
      { items: "alles" },
    ]) {
      expect((await call("PUT", path, payload)).status, JSON.stringify(payload).slice(0, 60)).toBe(422);
    }
    const anonymous = await fetch(`${stack.appUrl}${path}`, { method: "PUT", body: JSON.stringify({ items: [] }) });
    expect(anonymous.status).toBe(401);
    expect((await call("GET", path)).body).toEqual(before);
    expect((await call("DELETE", `/api/admin/conferences/${conferenceId}`)).status).toBe(200);
    expect((await call("PUT", path, { items: [] })).status).toBe(409);
    expect((await call("GET", path)).body).toEqual(before);
  });
});
