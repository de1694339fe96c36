import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { body } from "../support/app.ts";
import { type ConsoleClient, consoleSignIn } from "../support/console-http.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { mailsTo, waitForMail } from "../support/mailbox.ts";
import { allItems } from "../support/tables.ts";

/**
 * The console and the JSON API are two doors to one house: what a coordinator does in the console, a script does
 * under /api/admin, through the same use cases, with the same stored result, the same mail and the same audit
 * entry (the caller as actor). On the local stack, so the mails really go out (SES emulator). Refusals (no token,
 * a contact person's session, a cookie without its CSRF token, ids of the wrong shape or of another table, bad
 * bodies) are 4xx and change nothing.
 */
let stack: TestStack;
/** The first coordinator, signed in to the console: the same person at both doors (cookie and X-CSRF-Token). */
let coordinator: ConsoleClient;
/** Table II's contact person, signed in to the console. */
let contact: ConsoleClient;

const COORDINATOR = "koordination@schwerin.example";
const TOKEN = { Authorization: "Bearer test-coordinator-token-0123456789" };
const TABLE_I = "kita-uebergang-schule";
const TABLE_II = "ausbildung-und-arbeit";
const CONTACT_II = { name: "Katharina Herold", email: "herold@adwi.de" };
const members = {
  byConsole: uniqueEmail("konsole-mitglied"),
  byApi: uniqueEmail("api-mitglied"),
  stays: uniqueEmail("bleibt"),
  otherTable: uniqueEmail("tisch-eins"),
};
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  stack = await startTestStack();
  const csv = [
    "name,email,workTables",
    `Konsole Mitglied,${members.byConsole},II`,
    `Api Mitglied,${members.byApi},II|IV`,
    `Bleibt Mitglied,${members.stays},II`,
    `Anderer Tisch,${members.otherTable},I`,
  ].join("\n");
  const imported = await fetch(`${stack.appUrl}/api/admin/partners/import`, {
    method: "POST",
    headers: { ...TOKEN, "Content-Type": "text/csv" },
    body: csv,
  });
  expect(imported.status).toBe(200);
  coordinator = await consoleSignIn(stack.appUrl, COORDINATOR);
  contact = await consoleSignIn(stack.appUrl, CONTACT_II.email);
});
afterAll(() => stack.close());

/** A request to the admin API as a signed-in person (session cookie and its X-CSRF-Token), or with the local token. */
function call(
  as: ConsoleClient | "token" | "nobody",
  method: string,
  path: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  const auth: Record<string, string> =
    as === "token"
      ? TOKEN
      : as === "nobody"
        ? {}
        : { Cookie: as.cookie, "X-CSRF-Token": as.csrf, Origin: stack.appUrl };
  return fetch(`${stack.appUrl}${path}`, {
    method,
    headers: { ...auth, ...(payload === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
}
const asCoordinator = (method: string, path: string, payload?: unknown, headers: Record<string, string> = {}) =>
  call(coordinator, method, path, payload, headers);

/** Applies to table I and confirms by the link's token: an application waiting for a decision. */
async function waitingApplication(name: string) {
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, "-"));
  const applied = await fetch(`${stack.appUrl}/api/applications`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      workTableIds: [TABLE_I],
      name,
      email,
      organisationType: "association",
      engagement: "volunteer",
      consent: true,
    }),
  });
  expect(applied.status).toBe(202);
  const submitted = await body(applied);
  const token = stack.signer.sign("confirm", submitted.id, new Date(Date.now() + 3_600_000));
  expect((await fetch(`${stack.appUrl}/api/confirmations/${token}`, { method: "POST" })).status).toBe(200);
  return { id: String(submitted.applications[0].id), email };
}

const stored = async (path: string) => body(await call("token", "GET", path));

/**
 * The changes people made, as stored: the audit entries of anyone but the mailings (which go on running in the
 * background of the stack, and write their own items).
 */
const changesByPeople = async () =>
  (await allItems(stack.table)).filter((i) => typeof i.action === "string" && i.actor !== "system").length;

/** The audit entries of one action about one thing, as stored (not through the API under test). */
async function auditOf(action: string, type: string, id: string) {
  return (await allItems(stack.table))
    .filter((i) => i.action === action && (i.subject as { type: string; id: string } | undefined)?.id === id)
    .filter((i) => (i.subject as { type: string }).type === type)
    .map((i) => ({ actor: i.actor, before: i.before, after: i.after, note: i.note }));
}

describe("the console and the API lead to the same stored result", () => {
  it("deciding on the contact's behalf: the application, the partner, the applicant's mail, the audit entry", async () => {
    const viaConsole = await waitingApplication("Konsole Antrag");
    const viaApi = await waitingApplication("Api Antrag");
    const page = await coordinator.post(`/konsole/antraege/${viaConsole.id}/entscheidung`, {
      decision: "accept",
      note: "Willkommen im Tisch!",
    });
    expect(page.status).toBe(200);
    const answered = await asCoordinator("POST", `/api/admin/applications/${viaApi.id}/decision`, {
      decision: "accept",
      note: "Willkommen im Tisch!",
    });
    expect(answered.status).toBe(200);
    expect(await body(answered)).toMatchObject({ id: viaApi.id, status: "accepted" });

    const [a, b] = [
      await stored(`/api/admin/applications/${viaConsole.id}`),
      await stored(`/api/admin/applications/${viaApi.id}`),
    ];
    const outcome = (x: { status: string; decision: { decidedAt: string } & Record<string, unknown> }) => {
      const { decidedAt: _at, ...decision } = x.decision;
      return { status: x.status, decision };
    };
    expect(outcome(a)).toEqual(outcome(b));
    expect(outcome(b)).toEqual({
      status: "accepted",
      decision: { outcome: "accept", note: "Willkommen im Tisch!", by: { role: "coordinator", email: COORDINATOR } },
    });
    const partner = async (email: string) => {
      const p = await stored(`/api/admin/partners/${email}`);
      return { workTableIds: p.workTableIds, source: p.source };
    };
    expect(await partner(viaConsole.email)).toEqual(await partner(viaApi.email));
    expect(await partner(viaApi.email)).toEqual({ workTableIds: [TABLE_I], source: "application" });
    const entries = [
      await auditOf("application.decide_on_behalf", "application", viaConsole.id),
      await auditOf("application.decide_on_behalf", "application", viaApi.id),
    ];
    expect(entries[0]).toEqual(entries[1]);
    expect(entries[1]).toEqual([
      {
        actor: COORDINATOR,
        before: { status: "submitted" },
        after: { status: "accepted" },
        note: "Willkommen im Tisch!",
      },
    ]);
    for (const { email } of [viaConsole, viaApi]) {
      const mail = await waitForMail(email, (m) => m.subject.startsWith("Willkommen"));
      expect(mail?.subject).toBe("Willkommen im Arbeitstisch I – Kita/Übergang Schule");
      expect(mail?.body.text).toContain("Willkommen im Tisch!");
    }
    // Decided once: a different decision is refused and changes nothing; the same one again sends nothing more.
    const again = await asCoordinator("POST", `/api/admin/applications/${viaApi.id}/decision`, { decision: "decline" });
    expect(again.status).toBe(409);
    expect(await body(again)).toMatchObject({ decision: "accept" });
    expect(
      (await asCoordinator("POST", `/api/admin/applications/${viaApi.id}/decision`, { decision: "accept" })).status,
    ).toBe(200);
    expect((await stored(`/api/admin/applications/${viaApi.id}`)).status).toBe("accepted");
  });

  it("removing a member: off the table, the polite mail without the note, the audit entry with it", async () => {
    const list = await (await coordinator.get(`/konsole/tische/${TABLE_II}/mitglieder`)).text();
    const row = list.split("<tr>").find((r) => r.includes(members.byConsole)) ?? "";
    const handle = /\/mitglieder\/([A-Za-z0-9_-]{22})\/entfernen/.exec(row)?.[1];
    const note = "Hat um Austritt gebeten (Telefon).";
    const page = await coordinator.post(`/konsole/tische/${TABLE_II}/mitglieder/${handle}/entfernen`, { note });
    expect(page.status).toBe(200);
    const answered = await asCoordinator(
      "POST",
      `/api/admin/work-tables/${TABLE_II}/members/${encodeURIComponent(members.byApi)}/remove`,
      { note },
    );
    expect(answered.status).toBe(200);
    expect((await body(answered)).workTableIds).toEqual(["gesellschaftliche-integration"]);

    const tables = async (email: string) => (await stored(`/api/admin/partners/${email}`)).workTableIds;
    expect(await tables(members.byConsole)).toEqual([]);
    expect(await tables(members.byApi)).toEqual(["gesellschaftliche-integration"]);
    const entries = [
      await auditOf("partner.remove_from_table", "partner", members.byConsole),
      await auditOf("partner.remove_from_table", "partner", members.byApi),
    ];
    expect(entries[0]).toEqual(entries[1]);
    expect(entries[1]).toEqual([{ actor: COORDINATOR, before: { workTable: TABLE_II }, after: undefined, note }]);
    for (const email of [members.byConsole, members.byApi]) {
      const mail = await waitForMail(email, (m) => m.subject.startsWith("Ihre Mitgliedschaft"));
      expect(mail?.subject).toBe("Ihre Mitgliedschaft im Arbeitstisch II – Ausbildung und Arbeit");
      expect(mail?.body.text).not.toContain("Telefon");
      expect(mail?.replyTo.join(" ")).toContain(CONTACT_II.email);
    }
    const listed = await body(await asCoordinator("GET", `/api/admin/work-tables/${TABLE_II}/members`));
    expect(listed.items.map((p: { email: string }) => p.email)).toEqual([members.stays]);
  });
});

describe("what else the console does, through the API", () => {
  it("forwards a waiting application to someone named: their mail, the routing, the audit entry", async () => {
    const application = await waitingApplication("Weiter Leitung");
    const deputy = uniqueEmail("vertretung");
    const answered = await asCoordinator("POST", `/api/admin/applications/${application.id}/forward`, {
      to: "other",
      name: "Vera Vertretung",
      email: deputy,
    });
    expect(answered.status).toBe(200);
    expect((await stored(`/api/admin/applications/${application.id}`)).routedTo).toEqual({
      name: "Vera Vertretung",
      email: deputy,
      role: "other",
    });
    const mail = await waitForMail(deputy, (m) => m.subject.startsWith("Neuer Antrag"));
    expect(mail?.subject).toBe("Neuer Antrag für Arbeitstisch I – Kita/Übergang Schule");
    expect(mail?.body.text).toContain(`${stack.appUrl}/entscheidung/`);
    expect(await auditOf("application.reroute", "application", application.id)).toEqual([
      {
        actor: COORDINATOR,
        before: { routedTo: "ljahn@schwerin.de" },
        after: { routedTo: deputy, role: "other" },
        note: undefined,
      },
    ]);
    // Table I has no deputy: nothing to forward to, nothing changed.
    const refused = await asCoordinator("POST", `/api/admin/applications/${application.id}/forward`, { to: "deputy" });
    expect(refused.status).toBe(422);
    expect((await stored(`/api/admin/applications/${application.id}`)).routedTo.email).toBe(deputy);
  });

  it("plans, changes and cancels a meeting of table II: mailed to its members only, each step audited", async () => {
    const meetings = `/api/admin/work-tables/${TABLE_II}/meetings`;
    const planned = await asCoordinator("POST", meetings, {
      startsAt: inDays(21),
      endsAt: inDays(21.1),
      location: "ADWI, Ziegeleiweg 3, Schwerin",
      inviteAt: new Date(Date.now() + 3_000).toISOString(),
    });
    expect(planned.status).toBe(201);
    const meeting = await body(planned);
    expect(planned.headers.get("location")).toBe(`${meetings}/${meeting.id}`);
    expect(meeting).toMatchObject({
      title: "Treffen des Arbeitstisches II – Ausbildung und Arbeit",
      workTableId: TABLE_II,
      replyTo: CONTACT_II,
      status: "planned",
    });
    expect(Date.parse(meeting.startsAt) - Date.parse(meeting.reminderAt)).toBe(2 * 86_400_000);
    // The console shows it on the table's page.
    expect(await (await contact.get(`/konsole/tische/${TABLE_II}`)).text()).toContain(meeting.title);
    expect(await auditOf("meeting.create", "conference", meeting.id)).toHaveLength(1);

    // The invitation's time comes (its schedule fires; firing it here too sends nothing twice).
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(meeting.inviteAt) - Date.now() + 200)));
    await stack.fireMailing({ conferenceId: meeting.id, kind: "invitation" });
    await stack.mailIdle();
    const invitation = await waitForMail(members.stays, (m) => m.subject.startsWith("Einladung"));
    expect(invitation?.subject).toBe(`Einladung: ${meeting.title}`);
    expect((await mailsTo(members.otherTable)).filter((m) => m.subject.includes("Treffen"))).toEqual([]);

    const handle = (await stored(`/api/admin/partners/${members.stays}`)).handle;
    const rsvp = stack.signer.sign("rsvp", `${meeting.id}|${handle}`, new Date(Date.now() + 3_600_000));
    const answered = await fetch(`${stack.appUrl}/api/rsvp/${rsvp}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ answer: "yes" }),
    });
    expect(answered.status).toBe(200);
    const attendees = await body(await asCoordinator("GET", `${meetings}/${meeting.id}/attendees`));
    expect(attendees.items).toEqual([expect.objectContaining({ email: members.stays, answer: "yes" })]);
    const csv = await asCoordinator("GET", `${meetings}/${meeting.id}/attendees`, undefined, { Accept: "text/csv" });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const text = await csv.text();
    expect(text).toContain("Name;E-Mail;Organisation;Zugesagt am");
    expect(text).toContain(members.stays);

    const read = await asCoordinator("GET", `${meetings}/${meeting.id}`);
    expect(await body(read)).toMatchObject({ rsvp: { yes: 1, no: 0 } });
    const etag = String(read.headers.get("etag"));
    const moved = await asCoordinator(
      "PATCH",
      `${meetings}/${meeting.id}`,
      { startsAt: inDays(22), endsAt: inDays(22.1), inviteAt: inDays(1) },
      { "If-Match": etag },
    );
    expect(moved.status).toBe(200);
    const changed = await body(moved);
    // The invitation went out: its time stays.
    expect(changed).toMatchObject({ inviteAt: meeting.inviteAt, sequence: 1 });
    const update = await waitForMail(members.stays, (m) => m.subject.startsWith("Geändert"));
    expect(update?.subject).toBe(`Geändert: ${meeting.title}`);
    // Over a version no longer current: refused, nothing changed.
    const stale = await asCoordinator(
      "PATCH",
      `${meetings}/${meeting.id}`,
      { location: "Anderswo" },
      { "If-Match": etag },
    );
    expect(stale.status).toBe(412);
    expect((await body(await asCoordinator("GET", `${meetings}/${meeting.id}`))).location).toBe(meeting.location);

    const cancelled = await asCoordinator("POST", `${meetings}/${meeting.id}/cancel`, { note: "Der Raum ist belegt." });
    expect(await body(cancelled)).toMatchObject({ status: "cancelled", cancellationNote: "Der Raum ist belegt." });
    const cancellation = await waitForMail(members.stays, (m) => m.subject.startsWith("Abgesagt"));
    expect(cancellation?.body.text).toContain("Der Raum ist belegt.");
    const actions = (await allItems(stack.table))
      .filter(
        (i) => (i.subject as { id?: string } | undefined)?.id === meeting.id && String(i.action).startsWith("meeting."),
      )
      .map((i) => `${i.action} ${i.actor}`)
      .sort();
    expect(actions).toEqual([
      `meeting.cancel ${COORDINATOR}`,
      `meeting.create ${COORDINATOR}`,
      `meeting.update ${COORDINATOR}`,
    ]);
    expect((await asCoordinator("PATCH", `${meetings}/${meeting.id}`, { location: "x" })).status).toBe(409);
  });

  it("adds and removes a coordinator, never the last one, each audited", async () => {
    const person = uniqueEmail("koordination-neu");
    const added = await asCoordinator("POST", "/api/admin/coordinators", { email: person, name: "Nora Neu" });
    expect(added.status).toBe(201);
    expect(await body(added)).toMatchObject({ email: person, name: "Nora Neu", addedBy: COORDINATOR });
    const listed = await body(await asCoordinator("GET", "/api/admin/coordinators"));
    expect(listed.items.map((p: { email: string }) => p.email).sort()).toEqual([COORDINATOR, person].sort());
    // The console's list shows the same.
    expect(await (await coordinator.get("/konsole/koordination")).text()).toContain(person);
    const removed = await asCoordinator("DELETE", `/api/admin/coordinators/${encodeURIComponent(person)}`);
    expect((await body(removed)).items.map((p: { email: string }) => p.email)).toEqual([COORDINATOR]);
    const actions = (await allItems(stack.table))
      .filter((i) => (i.subject as { id?: string } | undefined)?.id === person)
      .map((i) => `${i.action} ${i.actor}`)
      .sort();
    expect(actions).toEqual([`coordinator.add ${COORDINATOR}`, `coordinator.remove ${COORDINATOR}`]);
    const last = await asCoordinator("DELETE", `/api/admin/coordinators/${encodeURIComponent(COORDINATOR)}`);
    expect(last.status).toBe(409);
    expect((await body(await asCoordinator("GET", "/api/admin/coordinators"))).items).toHaveLength(1);
  });

  it("queries the audit log by subject, actor, action and period", async () => {
    const bySubject = await body(
      await asCoordinator("GET", `/api/admin/audit?subject=${encodeURIComponent(`partner:${members.byApi}`)}`),
    );
    expect(bySubject.items.map((e: { action: string }) => e.action)).toContain("partner.remove_from_table");
    expect(bySubject.items.every((e: { subject: { id: string } }) => e.subject.id === members.byApi)).toBe(true);
    const byActor = await body(
      await asCoordinator("GET", `/api/admin/audit?actor=${encodeURIComponent(COORDINATOR)}&action=meeting.&limit=100`),
    );
    expect(byActor.items.map((e: { action: string }) => e.action).sort()).toEqual([
      "meeting.cancel",
      "meeting.create",
      "meeting.update",
    ]);
    const future = await body(await asCoordinator("GET", `/api/admin/audit?from=${encodeURIComponent(inDays(1))}`));
    expect(future.items).toEqual([]);
    const past = await body(await asCoordinator("GET", `/api/admin/audit?to=${encodeURIComponent(inDays(-1))}`));
    expect(past.items).toEqual([]);
    // Newest first, page by page.
    const first = await body(await asCoordinator("GET", "/api/admin/audit?limit=3"));
    const second = await body(await asCoordinator("GET", `/api/admin/audit?limit=3&cursor=${first.nextCursor}`));
    const times = [...first.items, ...second.items].map((e: { at: string }) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(new Set([...first.items, ...second.items].map((e: { id: string }) => e.id)).size).toBe(6);
  });

  it("saves a legal notice over the version read: the public page shows it, the change is audited", async () => {
    const read = await asCoordinator("GET", "/api/admin/notices/impressum");
    const etag = String(read.headers.get("etag"));
    expect(etag).toBe('W/"default"');
    const saved = await asCoordinator(
      "PUT",
      "/api/admin/notices/impressum",
      { de: "## Impressum\n\nLandeshauptstadt Schwerin, Am Packhof 2–6", en: "## Imprint\n\nCity of Schwerin" },
      { "If-Match": etag },
    );
    expect(saved.status).toBe(200);
    expect(await body(saved)).toMatchObject({ kind: "impressum", updatedBy: COORDINATOR });
    expect(await (await fetch(`${stack.appUrl}/impressum`)).text()).toContain("Am Packhof 2–6");
    const stale = await asCoordinator(
      "PUT",
      "/api/admin/notices/impressum",
      { de: "Überschrieben" },
      { "If-Match": etag },
    );
    expect(stale.status).toBe(412);
    expect(await (await fetch(`${stack.appUrl}/impressum`)).text()).not.toContain("Überschrieben");
    const entries = await auditOf("notice.update", "notice", "impressum");
    expect(entries).toHaveLength(1);
    expect(entries[0]?.actor).toBe(COORDINATOR);
  });
});

describe("refusals change nothing", () => {
  it("without a token, with a contact person's session, or a cookie without its CSRF token", async () => {
    const before = await changesByPeople();
    const remove = `/api/admin/work-tables/${TABLE_II}/members/${encodeURIComponent(members.stays)}/remove`;
    const nobody = await call("nobody", "POST", remove, { note: "x" });
    expect(nobody.status).toBe(401);
    // Table II's own contact may remove its members in the console, but the JSON API is the coordinators'.
    const asContact = await call(contact, "POST", remove, { note: "x" });
    expect(asContact.status).toBe(403);
    expect((await call(contact, "GET", `/api/admin/work-tables/${TABLE_II}/members`)).status).toBe(403);
    const noCsrf = await fetch(`${stack.appUrl}${remove}`, {
      method: "POST",
      headers: { Cookie: coordinator.cookie, Origin: stack.appUrl, "Content-Type": "application/json" },
      body: JSON.stringify({ note: "x" }),
    });
    expect(noCsrf.status).toBe(403);
    const wrongCsrf = await call({ ...coordinator, csrf: "erfunden" }, "POST", "/api/admin/coordinators", {
      email: uniqueEmail("eindringling"),
    });
    expect(wrongCsrf.status).toBe(403);
    expect((await stored(`/api/admin/partners/${members.stays}`)).workTableIds).toEqual([TABLE_II]);
    expect(await changesByPeople()).toBe(before);
  });

  it("wrong ids, another table's meeting, unknown addresses, bad bodies: 4xx, nothing stored", async () => {
    const planned = await body(
      await call("token", "POST", `/api/admin/work-tables/${TABLE_I}/meetings`, {
        startsAt: inDays(30),
        endsAt: inDays(30.1),
        location: "Rathaus",
        inviteAt: inDays(20),
      }),
    );
    const before = await changesByPeople();
    const elsewhere = `/api/admin/work-tables/${TABLE_II}/meetings/${planned.id}`;
    const refusals: [string, string, unknown, number][] = [
      ["GET", elsewhere, undefined, 404],
      ["PATCH", elsewhere, { location: "Anderswo" }, 404],
      ["POST", `${elsewhere}/cancel`, {}, 404],
      ["GET", `${elsewhere}/attendees`, undefined, 404],
      ["GET", `/api/admin/work-tables/${TABLE_II}/meetings/kein-treffen`, undefined, 404],
      ["GET", "/api/admin/work-tables/gibt-es-nicht/members", undefined, 404],
      ["POST", "/api/admin/work-tables/Kein_Tisch/meetings", { startsAt: inDays(3) }, 404],
      ["POST", "/api/admin/applications/kein-antrag/decision", { decision: "accept" }, 404],
      ["POST", "/api/admin/applications/00000000-0000-4000-8000-000000000000/forward", { to: "contact" }, 404],
      ["POST", `/api/admin/work-tables/${TABLE_II}/members/niemand@example.org/remove`, { note: "x" }, 404],
      ["POST", `/api/admin/work-tables/${TABLE_II}/members/${"x".repeat(300)}/remove`, { note: "x" }, 404],
      [
        "POST",
        `/api/admin/work-tables/${TABLE_II}/members/${encodeURIComponent(members.otherTable)}/remove`,
        { note: "x" },
        404,
      ],
      ["POST", `/api/admin/work-tables/${TABLE_II}/members/${encodeURIComponent(members.stays)}/remove`, {}, 422],
      [
        "POST",
        `/api/admin/work-tables/${TABLE_II}/members/${encodeURIComponent(members.stays)}/remove`,
        { note: "x", mehr: 1 },
        422,
      ],
      [
        "POST",
        `/api/admin/work-tables/${TABLE_I}/meetings`,
        { startsAt: inDays(2), endsAt: inDays(1), location: "x" },
        422,
      ],
      ["PATCH", `/api/admin/work-tables/${TABLE_I}/meetings/${planned.id}`, { season: "spring" }, 422],
      ["DELETE", "/api/admin/coordinators/niemand@example.org", undefined, 404],
      ["POST", "/api/admin/coordinators", { email: "keine adresse" }, 422],
      ["PUT", "/api/admin/notices/agb", { de: "x" }, 404],
      ["PUT", "/api/admin/notices/datenschutz", { de: "x", fr: "y" }, 422],
      ["GET", "/api/admin/audit?subject=kaputt", undefined, 422],
      ["GET", "/api/admin/audit?cursor=erfunden", undefined, 422],
    ];
    for (const [method, path, payload, status] of refusals) {
      const response = await call("token", method, path, payload);
      expect({ method, path, status: response.status }).toEqual({ method, path, status });
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    expect(await changesByPeople()).toBe(before);
    expect((await stored(`/api/admin/work-tables/${TABLE_I}/meetings/${planned.id}`)).location).toBe("Rathaus");
    expect((await stored(`/api/admin/partners/${members.stays}`)).workTableIds).toEqual([TABLE_II]);
  });
});
