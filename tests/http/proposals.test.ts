import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stackAdminApi, startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { linkIn, mailsTo, waitForMatching } from "../support/mailbox.ts";

/**
 * Issue 21, members' agenda proposals: the invitation carries a personal link until the deadline the contact set;
 * a member proposes an item there (HTML as text), at most five; the contact accepts or declines it (dropping it
 * declines it) and the proposer is told once; the reminder carries the changed agenda; after the deadline, for
 * someone who left the table and with an empty title nothing is added.
 */
let stack: TestStack;
const TOKEN = { Authorization: "Bearer test-coordinator-token-0123456789" };
const TABLE_II = "ausbildung-und-arbeit";
const members = { anna: uniqueEmail("vorschlag-anna"), bert: uniqueEmail("vorschlag-bert") };
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const call = stackAdminApi(() => stack);
const propose = async (link: string, fields: Record<string, string>) => {
  const response = await fetch(link, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, html: await response.text() };
};

let meeting = "";
const agendaPath = () => `/api/admin/work-tables/${TABLE_II}/meetings/${meeting}/agenda`;
const links: Record<string, string> = {};
beforeAll(async () => {
  stack = await startTestStack();
  const csv = ["name,email,workTables", `Anna Antrag,${members.anna},II`, `Bert Bleibtnicht,${members.bert},II`];
  const imported = await fetch(`${stack.appUrl}/api/admin/partners/import`, {
    method: "POST",
    headers: { ...TOKEN, "Content-Type": "text/csv" },
    body: csv.join("\n"),
  });
  expect(imported.status).toBe(200);
  const planned = await call("POST", `/api/admin/work-tables/${TABLE_II}/meetings`, {
    startsAt: inDays(20),
    endsAt: inDays(20.1),
    location: "Raum 5",
    inviteAt: new Date(Date.now() + 1_500).toISOString(),
    reminderAt: inDays(18),
  });
  expect(planned.status).toBe(201);
  meeting = planned.body.id;
  const agenda = await call("PUT", agendaPath(), { items: [{ title: "Begrüßung" }], proposalsUntil: inDays(10) });
  expect(agenda.status).toBe(200);
  await new Promise((resolve) => setTimeout(resolve, 1_700));
  await stack.fireMailing({ conferenceId: meeting, kind: "invitation" });
  for (const [name, address] of Object.entries(members)) {
    const [invitation] = await waitForMatching(address, (m) => m.subject.startsWith("Einladung"), 1);
    expect(invitation?.body.text).toContain("Einen Punkt für die Tagesordnung vorschlagen (bis");
    links[name] = linkIn(invitation, `${stack.appUrl}/vorschlag/`);
  }
});
afterAll(() => stack.close());

const decidedMails = async (address: string) =>
  (await mailsTo(address)).filter((m) => m.subject.startsWith("Ihr Vorschlag für die Tagesordnung"));

describe("members' agenda proposals", () => {
  it("takes a proposal by the mailed link as a proposed item, HTML as text; an empty title adds nothing", async () => {
    const page = await fetch(links.anna ?? "");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Vorschlag senden");
    const empty = await propose(links.anna ?? "", { title: " ", minutes: "", note: "" });
    expect(empty.status).toBe(422);
    const taken = await propose(links.anna ?? "", { title: "Bericht <b>Jobcenter</b>", minutes: "15", note: "" });
    expect(taken.status).toBe(200);
    expect(taken.html).toContain("Vielen Dank, Ihr Vorschlag ist eingegangen.");
    expect(taken.html).toContain("Bericht &lt;b&gt;Jobcenter&lt;/b&gt; – wartet auf Entscheidung");
    const agenda = (await call("GET", agendaPath())).body;
    expect(agenda.items.map((i: { title: string; status: string }) => `${i.status}: ${i.title}`)).toEqual([
      "accepted: Begrüßung",
      "proposed: Bericht <b>Jobcenter</b>",
    ]);
    expect(agenda.items[1]).toMatchObject({ minutes: 15, fromMember: true });
  });

  it("takes at most five proposals of one person", async () => {
    for (const n of [2, 3, 4, 5]) {
      expect((await propose(links.anna ?? "", { title: `Vorschlag ${n}` })).status).toBe(200);
    }
    const sixth = await propose(links.anna ?? "", { title: "Vorschlag 6" });
    expect(sixth.status).toBe(422);
    expect(sixth.html).toContain("schon fünf Punkte");
    expect((await call("GET", agendaPath())).body.items).toHaveLength(6);
  });

  it("tells the proposer once when the contact accepts, declines or drops a proposal; the reminder has the agenda", async () => {
    const { items } = (await call("GET", agendaPath())).body as {
      items: { id: string; title: string; status: string }[];
    };
    const [welcome, report, second, third, ...rest] = items;
    const decided = await call("PUT", agendaPath(), {
      items: [
        welcome,
        { ...report, status: "accepted" },
        { ...second, status: "declined" },
        // the third is dropped: declined
        ...rest,
      ],
    });
    expect(decided.status).toBe(200);
    expect(third).toBeDefined();
    const mails = await waitForMatching(
      members.anna,
      (m) => m.subject.startsWith("Ihr Vorschlag für die Tagesordnung"),
      3,
    );
    const texts = mails.map((m) => m.body.text ?? "");
    expect(texts.filter((t) => t.includes("steht jetzt auf der Tagesordnung"))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("kommt diesmal nicht auf die Tagesordnung"))).toHaveLength(2);
    expect(texts.find((t) => t.includes("steht jetzt"))).toContain("„Bericht <b>Jobcenter</b>“");
    expect(mails.find((m) => (m.body.text ?? "").includes("steht jetzt"))?.body.html).toContain("&lt;b&gt;Jobcenter");
    // Saving the same agenda again tells nobody anything more.
    expect((await call("PUT", agendaPath(), (await call("GET", agendaPath())).body)).status).toBe(200);
    await stack.mailIdle();
    expect(await decidedMails(members.anna)).toHaveLength(3);

    await stack.fireMailing({ conferenceId: meeting, kind: "reminder" });
    const [reminder] = await waitForMatching(members.anna, (m) => m.subject.startsWith("Erinnerung"), 1);
    expect(reminder?.body.text).toContain("2. Bericht <b>Jobcenter</b> (15 Min.)");
    expect(reminder?.body.text).not.toContain("Vorschlag 2");
  });

  it("refuses someone who left the table (403) and proposals after the deadline (409); nothing is added", async () => {
    const removed = await call(
      "POST",
      `/api/admin/work-tables/${TABLE_II}/members/${encodeURIComponent(members.bert)}/remove`,
      { note: "ausgeschieden" },
    );
    expect(removed.status).toBe(200);
    expect((await fetch(links.bert ?? "")).status).toBe(403);
    expect((await propose(links.bert ?? "", { title: "Noch einer" })).status).toBe(403);

    const agenda = (await call("GET", agendaPath())).body;
    expect((await call("PUT", agendaPath(), { items: agenda.items, proposalsUntil: null })).status).toBe(200);
    const closedPage = await fetch(links.anna ?? "");
    expect(await closedPage.text()).toContain("nicht mehr möglich");
    expect((await propose(links.anna ?? "", { title: "Zu spät" })).status).toBe(409);
    expect((await call("GET", agendaPath())).body.items).toHaveLength(agenda.items.length);
    expect((await fetch(`${stack.appUrl}/vorschlag/kaputt.token`)).status).toBe(404);
  });
});
