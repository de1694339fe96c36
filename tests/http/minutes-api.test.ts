import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stackAdminApi, startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { linkIn, mailsTo, waitForMatching } from "../support/mailbox.ts";
import { allItems } from "../support/tables.ts";

/**
 * Issue 21, the minutes through the JSON API on the local stack: drafted with decisions and a task, their frame
 * filled in from the attendance and the agenda, published to the table's members once (a plain mail, HTML typed
 * into them as text), a correction sent once and marked, the task listed by status; a stranger as a task's owner,
 * publishing nothing new, another table's ids and a cancelled event get a 4xx and change nothing.
 */
let stack: TestStack;
const TOKEN = { Authorization: "Bearer test-coordinator-token-0123456789" };
const TABLE_II = "ausbildung-und-arbeit";
const members = { anna: uniqueEmail("anna"), bert: uniqueEmail("bert"), other: uniqueEmail("andere") };
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const dayIn = (days: number) => inDays(days).slice(0, 10);

const call = stackAdminApi(() => stack);

let meeting = "";
const path = () => `/api/admin/work-tables/${TABLE_II}/meetings/${meeting}`;
beforeAll(async () => {
  stack = await startTestStack();
  const csv = [
    "name,organisation,email,workTables",
    `Anna Arbeit,Jobcenter,${members.anna},II`,
    `Bert <i>Beruf</i>,ADWI,${members.bert},II`,
    `Andere Person,Stadt,${members.other},I`,
  ].join("\n");
  const imported = await fetch(`${stack.appUrl}/api/admin/partners/import`, {
    method: "POST",
    headers: { ...TOKEN, "Content-Type": "text/csv" },
    body: csv,
  });
  expect(imported.status).toBe(200);
  const planned = await call("POST", `/api/admin/work-tables/${TABLE_II}/meetings`, {
    startsAt: inDays(20),
    endsAt: inDays(20.1),
    location: "Raum 3",
  });
  expect(planned.status, JSON.stringify(planned.body)).toBe(201);
  meeting = planned.body.id;
  await call("PUT", `${path()}/agenda`, { items: [{ title: "Bericht <script>x</script>", presenter: "Anna" }] });
  await call("PUT", `${path()}/attendance`, {
    entries: [
      { email: members.anna, status: "present" },
      { email: members.bert, status: "excused" },
    ],
  });
});
afterAll(() => stack.close());

const minutesMails = async (address: string) => (await mailsTo(address)).filter((m) => m.subject.includes("Protokoll"));

describe("the minutes through the JSON API", () => {
  it("starts empty with its frame filled in from the attendance and the agenda", async () => {
    const read = await call("GET", `${path()}/minutes`);
    expect(read.status).toBe(200);
    expect(read.etag).toBe('W/"none"');
    expect(read.body).toMatchObject({
      decisions: [],
      tasks: [],
      frame: {
        location: "Raum 3",
        present: [{ name: "Anna Arbeit", organisation: "Jobcenter" }],
        excused: [{ name: "Bert <i>Beruf</i>", organisation: "ADWI" }],
        agenda: [{ title: "Bericht <script>x</script>", presenter: "Anna" }],
      },
    });
    expect(read.body.publication).toBeUndefined();
    const nothing = await call("POST", `${path()}/minutes/publish`);
    expect(nothing.status).toBe(409);
  });

  it("refuses a stranger as a task's owner and bad bodies with 422, and a stale version with 412", async () => {
    const bad = [
      { tasks: [{ text: "Flyer", owner: members.other, due: dayIn(30) }] },
      { tasks: [{ text: "Flyer", owner: members.anna, due: "30.01.2027" }] },
      { decisions: [{ text: "" }] },
      { text: "x", extra: 1 },
    ];
    for (const body of bad) {
      const refused = await call("PUT", `${path()}/minutes`, body);
      expect(refused.status, JSON.stringify(body)).toBe(422);
    }
    const stale = await call("PUT", `${path()}/minutes`, { text: "x" }, { "If-Match": 'W/"2020-01-01T00:00:00.000Z"' });
    expect(stale.status).toBe(412);
    expect((await allItems(stack.table)).some((i) => i.sk === "MINUTES")).toBe(false);
  });

  it("saves the draft: decisions and a task get ids, the owner's name comes from the directory", async () => {
    const saved = await call(
      "PUT",
      `${path()}/minutes`,
      {
        text: "Wir haben über <b>Ausbildung</b> gesprochen.",
        decisions: [{ text: "Der Flyer wird gedruckt." }],
        tasks: [{ text: "Flyer drucken", owner: members.anna, due: dayIn(30) }],
      },
      { "If-Match": 'W/"none"' },
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.tasks).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        text: "Flyer drucken",
        owner: members.anna,
        ownerName: "Anna Arbeit",
        due: dayIn(30),
      },
    ]);
    expect(saved.body.decisions[0].id).toMatch(/^[0-9a-f-]{36}$/);
    // A draft sends nothing.
    await stack.mailIdle();
    expect(await minutesMails(members.anna)).toEqual([]);
  });

  it("publishes once to every member: the frame, the text as text, the decision and the task", async () => {
    const published = await call("POST", `${path()}/minutes/publish`);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.publication).toMatchObject({ number: 1, publishedBy: expect.any(String) });
    const [mail] = await waitForMatching(members.anna, (m) => m.subject.startsWith("Protokoll:"), 1);
    expect(mail?.subject).toMatch(/^Protokoll: Treffen des Arbeitstisches II/);
    const text = mail?.body.text ?? "";
    expect(text).toContain("Anwesend");
    expect(text).toContain("Anna Arbeit (Jobcenter)");
    expect(text).toContain("Bert <i>Beruf</i> (ADWI)");
    expect(text).toContain("Wir haben über <b>Ausbildung</b> gesprochen.");
    expect(text).toContain("1. Der Flyer wird gedruckt.");
    expect(text).toContain("1. Flyer drucken – Anna Arbeit, bis");
    const html = mail?.body.html ?? "";
    expect(html).toContain("&lt;b&gt;Ausbildung&lt;/b&gt;");
    expect(html).not.toContain("<b>Ausbildung</b>");
    expect(html).not.toContain("<script>");
    expect(await waitForMatching(members.bert, (m) => m.subject.startsWith("Protokoll:"), 1)).toHaveLength(1);
    expect(await minutesMails(members.other)).toEqual([]);
    // Publishing again with no change is refused; nothing more is sent.
    expect((await call("POST", `${path()}/minutes/publish`)).status).toBe(409);
    const tasks = await call("GET", `/api/admin/work-tables/${TABLE_II}/tasks?status=open`);
    expect(tasks.body.items).toEqual([
      expect.objectContaining({ text: "Flyer drucken", owner: members.anna, status: "open", conferenceId: meeting }),
    ]);
    expect((await call("GET", `/api/admin/work-tables/${TABLE_II}/tasks?status=done`)).body.items).toEqual([]);
    expect((await call("GET", `/api/admin/work-tables/${TABLE_II}/tasks?status=overdue`)).body.items).toEqual([]);
    expect((await call("GET", `/api/admin/work-tables/${TABLE_II}/tasks?status=later`)).status).toBe(422);
  });

  it("sends a correction once, marked as such, after a change", async () => {
    const read = await call("GET", `${path()}/minutes`);
    const changed = await call(
      "PUT",
      `${path()}/minutes`,
      {
        text: read.body.text,
        decisions: [...read.body.decisions, { text: "Nächstes Treffen im März." }],
        tasks: read.body.tasks,
      },
      { "If-Match": String(read.etag) },
    );
    expect(changed.status).toBe(200);
    const corrected = await call("POST", `${path()}/minutes/publish`);
    expect(corrected.body.publication.number).toBe(2);
    const [mail] = await waitForMatching(members.anna, (m) => m.subject.startsWith("Korrigiertes Protokoll:"), 1);
    expect(mail?.body.text).toContain("2. Nächstes Treffen im März.");
    expect(mail?.body.text).toContain("Es ersetzt die vorige Fassung.");
    await stack.mailIdle();
    expect((await minutesMails(members.anna)).map((m) => m.subject.split(":")[0]).sort()).toEqual([
      "Korrigiertes Protokoll",
      "Protokoll",
    ]);
    const audit = (await allItems(stack.table)).filter((i) => String(i.action).startsWith("minutes."));
    expect(audit.map((i) => i.action).sort()).toEqual([
      "minutes.correct",
      "minutes.publish",
      "minutes.update",
      "minutes.update",
    ]);
  });

  it("a member reads the archive through the mail's link, HTML as text; who left the table gets 403", async () => {
    const [mail] = await waitForMatching(members.bert, (m) => m.subject.startsWith("Korrigiertes Protokoll:"), 1);
    const archive = linkIn(mail, `${stack.appUrl}/archiv/`);
    expect(archive).not.toContain("%40");
    const page = await fetch(archive);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Korrigierte Fassung 2");
    expect(html).toContain("Nächstes Treffen im März.");
    expect(html).toContain("&lt;b&gt;Ausbildung&lt;/b&gt;");
    expect(html).not.toContain("<b>Ausbildung</b>");
    const removed = await call(
      "POST",
      `/api/admin/work-tables/${TABLE_II}/members/${encodeURIComponent(members.bert)}/remove`,
      { note: "Wechsel in einen anderen Tisch" },
    );
    expect(removed.status).toBe(200);
    const gone = await fetch(archive);
    expect(gone.status).toBe(403);
    expect(await gone.text()).not.toContain("Ausbildung");
    // A forged or foreign token opens nothing.
    expect((await fetch(`${stack.appUrl}/archiv/abc.def`)).status).toBe(404);
  });

  it("the next meeting's invitation lists the open task; its owner is reminded once and marks it done by the link", async () => {
    const next = await call("POST", `/api/admin/work-tables/${TABLE_II}/meetings`, {
      startsAt: inDays(40),
      endsAt: inDays(40.1),
      location: "Raum 4",
      inviteAt: new Date(Date.now() + 2_000).toISOString(),
    });
    expect(next.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    await stack.fireMailing({ conferenceId: next.body.id, kind: "invitation" });
    const [invitation] = await waitForMatching(
      members.anna,
      (m) => m.subject.startsWith("Einladung") && (m.body.text ?? "").includes("Raum 4"),
      1,
    );
    expect(invitation?.body.text).toContain("Offene Aufgaben");
    expect(invitation?.body.text).toContain("Flyer drucken – Anna Arbeit, bis");
    expect(invitation?.body.text).toContain(`${stack.appUrl}/archiv/`);

    // Not yet within three days of the due date: nothing; then once, however often the daily run goes.
    await stack.runDaily(new Date(Date.now() + 20 * 86_400_000));
    await stack.mailIdle();
    expect((await mailsTo(members.anna)).filter((m) => m.subject.startsWith("Erinnerung an Ihre Aufgabe"))).toEqual([]);
    await stack.runDaily(new Date(Date.now() + 28 * 86_400_000));
    await stack.runDaily(new Date(Date.now() + 29 * 86_400_000));
    const [reminder] = await waitForMatching(
      members.anna,
      (m) => m.subject.startsWith("Erinnerung an Ihre Aufgabe"),
      1,
    );
    await stack.mailIdle();
    expect(
      (await mailsTo(members.anna)).filter((m) => m.subject.startsWith("Erinnerung an Ihre Aufgabe")),
    ).toHaveLength(1);
    expect(reminder?.body.text).toContain("Flyer drucken");
    const done = linkIn(reminder, `${stack.appUrl}/aufgabe/`);
    // Opening the link (as a mail scanner does) changes nothing.
    const shown = await fetch(done);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain("Als erledigt markieren");
    expect((await call("GET", `/api/admin/work-tables/${TABLE_II}/tasks?status=open`)).body.items).toHaveLength(1);
    const marked = await fetch(done, { method: "POST" });
    expect(await marked.text()).toContain("Vielen Dank, die Aufgabe ist als erledigt markiert.");
    expect(await (await fetch(done, { method: "POST" })).text()).toContain("bereits erledigt");
    expect((await call("GET", `/api/admin/work-tables/${TABLE_II}/tasks?status=done`)).body.items).toEqual([
      expect.objectContaining({ text: "Flyer drucken", status: "done", doneBy: "link:owner" }),
    ]);
    expect((await call("GET", `/api/admin/work-tables/${TABLE_II}/tasks?status=open`)).body.items).toEqual([]);
  });

  it("another table's path and a meeting as a conference are 404; nothing changes", async () => {
    const before = JSON.stringify((await allItems(stack.table)).filter((i) => i.sk === "MINUTES"));
    for (const odd of [
      `/api/admin/work-tables/kita-uebergang-schule/meetings/${meeting}/minutes`,
      `/api/admin/conferences/${meeting}/minutes`,
    ]) {
      expect((await call("PUT", odd, { text: "überschrieben" })).status, odd).toBe(404);
      expect((await call("POST", `${odd}/publish`)).status, odd).toBe(404);
    }
    expect((await call("GET", "/api/admin/work-tables/unbekannt/tasks")).status).toBe(404);
    expect(JSON.stringify((await allItems(stack.table)).filter((i) => i.sk === "MINUTES"))).toBe(before);
  });
});
