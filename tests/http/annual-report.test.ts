import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applicationInputSchema } from "../../shared/domain/application-input.ts";
import type { Conference } from "../../shared/domain/conference.ts";
import type { OutboxMail } from "../../shared/domain/mail.ts";
import type { AnnualReportBody } from "../../shared/http/api/openapi/response-schemas.ts";
import { runMailing } from "../../shared/jobs/conference-mailing.ts";
import { sendOutboxMail } from "../../shared/mail/send-outbox-mail.ts";
import { createSesClient } from "../../shared/mail/ses-client.ts";
import { sesTransport } from "../../shared/mail/ses-transport.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { answerRsvp } from "../../shared/use-cases/answer-rsvp.ts";
import { recordAttendance } from "../../shared/use-cases/attendance.ts";
import { confirmSubmission } from "../../shared/use-cases/confirm-submission.ts";
import { decideOnBehalf } from "../../shared/use-cases/decide-application.ts";
import { cancelMeeting } from "../../shared/use-cases/meetings.ts";
import { erasePerson } from "../../shared/use-cases/person-data.ts";
import { countMembers, dailyReportRecords } from "../../shared/use-cases/report.ts";
import { submitApplication } from "../../shared/use-cases/submit-application.ts";
import { removeMember } from "../../shared/use-cases/table-members.ts";
import { asCoordinator, FIRST_COORDINATOR, recordingLogger, testApp, testSigner } from "../support/app.ts";
import { htmlProblems } from "../support/html.ts";
import { type ConsoleSession, consolePages, signedInAs } from "../support/sessions.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

/**
 * Issue 23, done when: a known year is seeded through the product's own use cases (applications with every
 * outcome, members joining and leaving, the daily members' count, meetings with and without an attendance list, a
 * cancelled one, a conference with places, a suppressed address, its invitations sent), and every figure of the
 * page, the CSV and the API is checked against the tally of the seed, with the year before for the comparison.
 * The years lie ahead of today (so nothing the seed writes expires under DynamoDB Local's TTL); the app's clock
 * stands in January after the year.
 */
const Y = new Date().getUTCFullYear() + 2;
const P = Y - 1;
const I = "kita-uebergang-schule";
const II = "ausbildung-und-arbeit";
const at = (date: string, time = "10:00") => new Date(`${date}T${time}:00Z`);

const person = (key: string, organisation: string | undefined, organisationType: string) => ({
  name: `Person ${key}`,
  email: `report-${key.toLowerCase()}@example.org`,
  ...(organisation ? { organisation } : {}),
  organisationType,
});
const P1 = person("P1", "Caritas", "association");
const P2 = person("P2", "Stadtbibliothek", "public");
const P3 = person("P3", "Jobcenter Schwerin", "public");
const P4 = person("P4", "Volkshochschule", "institution");
const P5 = person("P5", "ADWI e. V.", "association");
const P6 = person("P6", "caritas ", "association");
const P7 = person("P7", "Migrantenbeirat", "association");
const P8 = person("P8", undefined, "institution");

const HOSTILE_TITLE = '=HYPERLINK("https://example.org") <b>Treffen</b> & "Gäste"';

let table: TestTable;
let built: ReturnType<typeof testApp>;
let clock = at(`${P}-01-01`);
let conference: Conference;
let session: ConsoleSession;

/** Applies (one submission for all `tables`) and confirms the address at `when`: the application ids by table. */
async function applied(who: ReturnType<typeof person>, tables: string[], when: Date): Promise<Record<string, string>> {
  const input = applicationInputSchema().parse({
    workTableIds: tables,
    name: who.name,
    email: who.email,
    ...(who.organisation ? { organisation: who.organisation } : {}),
    organisationType: who.organisationType,
    engagement: "professional",
    consent: true,
  });
  const outcome = await submitApplication(built.deps, input, "203.0.113.23", when);
  if (outcome.kind !== "accepted") throw new Error(`not accepted: ${outcome.kind}`);
  const token = testSigner.sign("confirm", outcome.result.submissionId, new Date(when.getTime() + 86_400_000));
  expect((await confirmSubmission(built.deps, token, when)).kind).toBe("ok");
  return Object.fromEntries(outcome.result.applications.map((a) => [a.workTableId, a.id]));
}

const decide = async (id: string | undefined, decision: "accept" | "decline", when: Date) =>
  expect((await decideOnBehalf(built.deps, id ?? "", decision, undefined, FIRST_COORDINATOR, when)).kind).toBe("ok");
const count = (when: Date) => countMembers(built.deps, when);

async function meeting(workTableId: string, numeral: string, date: string, title?: string): Promise<Conference> {
  return built.deps.conferences.create(
    {
      season: "spring",
      title: title ?? `Treffen ${numeral} am ${date}`,
      startsAt: `${date}T14:00:00.000Z`,
      endsAt: `${date}T16:00:00.000Z`,
      location: "Rathaus",
      inviteAt: at(date, "08:00").toISOString(),
    },
    at(date, "00:00"),
    { actor: FIRST_COORDINATOR, action: "meeting.create" },
    { workTableId, table: { numeral, name: numeral }, replyTo: { name: "K", email: FIRST_COORDINATOR } },
  );
}

const rsvpToken = async (eventId: string, email: string) => {
  const handle = (await built.deps.partners.get(email))?.handle ?? "";
  return testSigner.sign("rsvp", `${eventId}|${handle}`, new Date(`${Y + 5}-01-01T00:00:00Z`));
};
const answer = async (eventId: string, email: string, reply: "yes" | "no", when: Date) =>
  expect((await answerRsvp(built.deps, await rsvpToken(eventId, email), reply, when)).kind).toBe("ok");
const present = async (event: Conference, entries: { email: string; status: "present" | "excused" }[], when: Date) =>
  expect((await recordAttendance(built.deps, event, { entries }, FIRST_COORDINATOR, when)).kind).toBe("ok");

beforeAll(async () => {
  table = await createTestTable("report");
  built = testApp(table, { now: () => clock });
  await loadSeed(built.deps.workTables);

  // ---- the year before: one member joins table I, one is declined; one meeting with its list ----
  await count(at(`${P}-01-05`, "07:00")); // the first count: nothing to compare with
  const p1 = await applied(P1, [I], at(`${P}-03-10`));
  const p2 = await applied(P2, [I], at(`${P}-03-10`));
  await decide(p1[I], "accept", at(`${P}-03-12`));
  await decide(p2[I], "decline", at(`${P}-03-12`));
  await count(at(`${P}-03-13`, "07:00"));
  const before = await meeting(I, "I", `${P}-06-01`);
  await present(before, [{ email: P1.email, status: "present" }], at(`${P}-06-01`, "17:00"));

  // ---- the year: applications with every outcome ----
  const p3 = await applied(P3, [I], at(`${Y}-01-10`));
  const p4 = await applied(P4, [I], at(`${Y}-01-10`));
  const p5 = await applied(P5, [II], at(`${Y}-01-10`));
  const p6 = await applied(P6, [I, II], at(`${Y}-01-10`));
  await decide(p5[II], "accept", at(`${Y}-01-12`)); // 2 days
  await decide(p3[I], "accept", at(`${Y}-01-14`)); // 4 days
  await decide(p4[I], "decline", at(`${Y}-01-20`)); // 10 days
  await decide(p6[I], "accept", at(`${Y}-02-03`)); // 24 days; p6's table II stays open
  await applied(P7, [II], at(`${Y}-02-01`));
  expect((await erasePerson(built.deps, P7.email, FIRST_COORDINATOR, at(`${Y}-02-05`))).kind).toBe("erased");
  await count(at(`${Y}-03-01`, "07:00"));
  const p8 = await applied(P8, [II], at(`${Y}-03-05`));
  await decide(p8[II], "accept", at(`${Y}-03-06`)); // 1 day
  await count(at(`${Y}-03-07`, "07:00"));

  // ---- meetings: I with its list, II with answers only, I once more but cancelled ----
  const meetingI = await meeting(I, "I", `${Y}-04-15`);
  await present(
    meetingI,
    [
      { email: P1.email, status: "present" },
      { email: P6.email, status: "present" },
      { email: P3.email, status: "excused" },
    ],
    at(`${Y}-04-15`, "17:00"),
  );
  const tableI = await built.deps.workTables.get(I);
  if (!tableI) throw new Error("no table I");
  expect(
    (await removeMember(built.deps, tableI, { email: P3.email }, "zieht weg", FIRST_COORDINATOR, at(`${Y}-05-01`)))
      .kind,
  ).toBe("ok");
  await count(at(`${Y}-05-02`, "07:00"));
  // A title with markup and a formula: text on the page, no formula in the spreadsheet.
  const meetingII = await meeting(II, "II", `${Y}-06-20`, HOSTILE_TITLE);
  await answer(meetingII.id, P5.email, "yes", at(`${Y}-06-01`));
  const cancelled = await meeting(I, "I", `${Y}-09-10`);
  expect(
    (await cancelMeeting(built.deps, tableI, cancelled.id, undefined, FIRST_COORDINATOR, at(`${Y}-08-01`))).kind,
  ).toBe("ok");

  // ---- the conference: 2 places, P3's address bounced, the invitations sent through the SES emulator ----
  conference = await built.deps.conferences.create(
    {
      season: "autumn",
      title: "Herbstkonferenz",
      startsAt: `${Y}-10-15T08:00:00.000Z`,
      endsAt: `${Y}-10-15T15:00:00.000Z`,
      location: "Rathaus",
      inviteAt: `${Y}-09-15T06:00:00.000Z`,
      capacity: 2,
    },
    at(`${Y}-09-01`),
    { actor: FIRST_COORDINATOR, action: "conference.create" },
  );
  await built.deps.suppressions.add({
    email: P3.email,
    reason: "bounce",
    detail: "Permanent/General",
    at: `${Y}-09-01T00:00:00Z`,
  });
  clock = at(`${Y}-09-15`, "06:00");
  await runMailing(
    { ...built.deps, continueLater: async () => {}, timeLeft: () => 60_000 },
    { conferenceId: conference.id, kind: "invitation" },
    clock,
  );
  const invitations = (await allItems(table)).filter(
    (i) => String(i.pk).startsWith("MAIL#") && String(i.id).startsWith(`conf-${conference.id}-invitation`),
  ) as unknown as OutboxMail[];
  expect(invitations).toHaveLength(4);
  const transport = sesTransport(
    createSesClient({
      endpoint: inject("sesEndpoint"),
      region: "eu-central-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  );
  for (const mail of invitations) {
    const sent = await sendOutboxMail(
      {
        mails: built.deps.mails,
        transport,
        signer: async () => testSigner,
        sender: { name: "Netzwerk", email: "netzwerk@example.org" },
        baseUrl: "http://localhost:3000",
        logger: recordingLogger(),
        now: () => clock,
      },
      mail.id,
    );
    expect(sent.outcome).toBe("sent");
  }
  await answer(conference.id, P1.email, "yes", at(`${Y}-09-20`));
  await answer(conference.id, P5.email, "yes", at(`${Y}-09-21`));
  await answer(conference.id, P6.email, "yes", at(`${Y}-09-22`)); // the places are taken: waiting list
  await answer(conference.id, P8.email, "no", at(`${Y}-09-23`));
  await present(
    conference,
    [
      { email: P1.email, status: "present" },
      { email: P5.email, status: "present" },
    ],
    at(`${Y}-10-15`, "16:00"),
  );
  await count(at(`${Y + 1}-01-01`, "07:00"));
  clock = at(`${Y + 1}-01-20`);
  session = await signedInAs(table, built.deps, [FIRST_COORDINATOR], FIRST_COORDINATOR, clock);
}, 120_000);
afterAll(() => table.drop());

/** The tally of the seed: what every figure must say. */
const TALLY = {
  members: {
    [I]: {
      start: [1, 1],
      end: [2, 1],
      joins: 2,
      leaves: 1,
      previous: { start: null, end: [1, 1], joins: 1, leaves: 0 },
    },
    [II]: {
      start: [0, 0],
      end: [2, 1],
      joins: 2,
      leaves: 0,
      previous: { start: null, end: [0, 0], joins: 0, leaves: 0 },
    },
  },
  network: { start: 1, end: 4, previousEnd: 1 },
  // Members at each month's end, January to December.
  byMonth: { [I]: [1, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2], [II]: [0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2] },
  applications: {
    [I]: { received: 3, accepted: 2, declined: 1, withdrawn: 0, open: 0, medianDaysToDecision: 10 },
    [II]: { received: 4, accepted: 2, declined: 0, withdrawn: 1, open: 1, medianDaysToDecision: 1.5 },
    all: { received: 7, accepted: 4, declined: 1, withdrawn: 1, open: 1, medianDaysToDecision: 4 },
  },
  previousApplications: { [I]: { received: 2, accepted: 1, declined: 1, medianDaysToDecision: 2 } },
  applicationMonths: {
    "01": { received: 5, accepted: 3, declined: 1, withdrawn: 0, open: 1 },
    "02": { received: 1, accepted: 0, declined: 0, withdrawn: 1, open: 0 },
    "03": { received: 1, accepted: 1, declined: 0, withdrawn: 0, open: 0 },
  },
  meetings: {
    [I]: { held: 1, attendances: 2, organisationsAtMost: 1 },
    [II]: { held: 1, attendances: 1, organisationsAtMost: 1 },
  },
  conference: { invited: 4, answersYes: 2, answersNo: 1, waitlisted: 1, capacity: 2, people: 2, organisations: 2 },
  mails: { sent: 4, failed: 0, uncertain: 0, suppressed: 1 },
  types: { association: 3, institution: "< 3", public: 0, independent: 0, individual: 0, unknown: 0 },
  typeOrganisations: { association: 2, institution: 0 },
};

describe("the annual report of a seeded year", () => {
  it("the API gives every figure of the tally, with the year before", async () => {
    const response = await built.app.request(`/api/admin/reports/${Y}`, { headers: asCoordinator });
    expect(response.status).toBe(200);
    const report = (await response.json()) as AnnualReportBody;
    const now = report.current;
    expect(report.period).toEqual({ from: `${Y}-01-01`, to: `${Y}-12-31` });
    for (const id of [I, II] as const) {
      const members = now.members.tables.find((t) => t.workTableId === id);
      const tally = TALLY.members[id];
      expect(members).toEqual({
        workTableId: id,
        start: { members: tally.start[0], organisations: tally.start[1] },
        end: { members: tally.end[0], organisations: tally.end[1] },
        joins: tally.joins,
        leaves: tally.leaves,
      });
      const previous = report.previous?.members.tables.find((t) => t.workTableId === id);
      expect(previous).toEqual({
        workTableId: id,
        start: null,
        end: { members: tally.previous.end[0], organisations: tally.previous.end[1] },
        joins: tally.previous.joins,
        leaves: tally.previous.leaves,
      });
      expect(now.members.byMonth.map((m) => m.tables[id])).toEqual(TALLY.byMonth[id]);
      expect(now.applications.tables.find((t) => t.workTableId === id)).toEqual({
        workTableId: id,
        ...TALLY.applications[id],
      });
      expect(now.events.tables.find((t) => t.workTableId === id)).toEqual({ workTableId: id, ...TALLY.meetings[id] });
    }
    expect(now.members.network).toEqual({ start: TALLY.network.start, end: TALLY.network.end });
    expect(report.previous?.members.network.end).toBe(TALLY.network.previousEnd);
    expect(now.applications.total).toEqual({ workTableId: "all", ...TALLY.applications.all });
    expect(report.previous?.applications.tables.find((t) => t.workTableId === I)).toMatchObject(
      TALLY.previousApplications[I],
    );
    for (const month of now.applications.byMonth) {
      const tally = TALLY.applicationMonths[month.month.slice(5) as "01"] ?? {
        received: 0,
        accepted: 0,
        declined: 0,
        withdrawn: 0,
        open: 0,
      };
      expect(month).toEqual({ month: month.month, ...tally });
    }
    expect(now.events.meetings.map((m) => [m.workTableId, m.date, m.people, m.organisations, m.source])).toEqual([
      [I, `${Y}-04-15`, 2, 1, "attendance"],
      [II, `${Y}-06-20`, 1, 1, "answers"],
    ]);
    expect(now.events.total).toEqual({ held: 2, attendances: 3 });
    expect(report.previous?.events.total).toEqual({ held: 1, attendances: 1 });
    expect(now.events.conferences).toHaveLength(1);
    expect(now.events.conferences[0]).toMatchObject({ ...TALLY.conference, source: "attendance", date: `${Y}-10-15` });
    expect(now.mails).toEqual(TALLY.mails);
    expect(report.previous?.mails).toEqual({ sent: 0, failed: 0, uncertain: 0, suppressed: 0 });
    expect(Object.fromEntries(now.organisationTypes.map((t) => [t.type, t.people]))).toEqual(TALLY.types);
    expect(now.organisationTypes.find((t) => t.type === "association")?.organisations).toBe(2);
    // Only counts: no address, no name of the seed anywhere in the answer.
    const text = JSON.stringify(report);
    for (const who of [P1, P2, P3, P4, P5, P6, P7, P8]) {
      expect(text).not.toContain(who.email);
      expect(text).not.toContain(who.name);
    }
  });

  it("the CSV has the same figures, the year before and the change, in German", async () => {
    const response = await built.app.request(`/api/admin/reports/${Y}`, { headers: asCoordinator });
    const report = (await response.json()) as AnnualReportBody;
    const file = await built.app.request(`/konsole/bericht/csv?jahr=${Y}`, { headers: { Cookie: session.cookie } });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename="jahresbericht-${Y}.csv"`);
    const bytes = Buffer.from(await file.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString("utf8");
    const rows = csv
      .trim()
      .split("\r\n")
      .map((line) => line.split(";").map((cell) => cell.replace(/^"|"$/g, "").replace(/""/g, '"')));
    expect(rows[0]).toEqual(["Bereich", "Kennzahl", "Bezug", "Wert", "Vorjahr", "Veränderung"]);
    const value = (section: string, figure: string, of: string) =>
      rows.find((r) => r[0] === section && r[1] === figure && r[2] === of)?.slice(3);
    const tableI = "I – Kita/Übergang Schule";
    const tableII = "II – Ausbildung und Arbeit";
    const members = "Mitglieder und Organisationen je Arbeitstisch";
    expect(value(members, "Mitglieder am Ende", tableI)).toEqual(["2", "1", "+1"]);
    expect(value(members, "Mitglieder zu Beginn", tableI)).toEqual(["1", "–", ""]);
    expect(value(members, "Eintritte", tableI)).toEqual(["2", "1", "+1"]);
    expect(value(members, "Austritte", tableI)).toEqual(["1", "0", "+1"]);
    expect(value(members, "Organisationen am Ende", tableII)).toEqual(["1", "0", "+1"]);
    expect(value("Mitglieder je Monatsende", `Mai ${Y}`, tableI)).toEqual(["2", "", ""]);
    expect(value("Anträge", "Eingegangen", "Zusammen")).toEqual(["7", "2", "+5"]);
    expect(value("Anträge", "Tage bis zur Entscheidung (Median)", tableII)).toEqual(["1,5", "–", ""]);
    expect(value("Anträge", "Tage bis zur Entscheidung (Median)", "Zusammen")).toEqual(["4", "2", "+2"]);
    expect(value("Anträge", "Zurückgezogen", tableII)).toEqual(["1", "0", "+1"]);
    expect(value("Anträge je Monat nach Ausgang", "Offen", `Januar ${Y}`)).toEqual(["1", "", ""]);
    expect(value("Treffen der Arbeitstische", "Anwesende (Summe)", tableI)).toEqual(["2", "1", "+1"]);
    expect(value("E-Mails", "Gesendet", "")).toEqual(["4", "0", "+4"]);
    expect(value("E-Mails", "Übersprungen (Adresse gesperrt)", "")).toEqual(["1", "0", "+1"]);
    expect(value("Personen nach Organisationsart", "Personen", "Verein oder Initiative")).toEqual(["3", "< 3", ""]);
    expect(value("Personen nach Organisationsart", "Personen", "Einrichtung (z. B. Schule, Kita, Kammer)")).toEqual([
      "< 3",
      "0",
      "",
    ]);
    const conferenceOf = `15.10.${Y} · Herbstkonferenz`;
    expect(value("Tagungen", "Einladungen", conferenceOf)).toEqual(["4", "", ""]);
    expect(value("Tagungen", "Warteliste", conferenceOf)).toEqual(["1", "", ""]);
    // Every figure of the API is a row: one per table and figure, month, meeting, conference, mail and type.
    const expectedRows =
      report.tables.length * 6 +
      2 +
      report.current.members.byMonth.length * report.tables.length +
      (report.tables.length + 1) * 6 +
      report.current.applications.byMonth.length * 5 +
      report.tables.length * 3 +
      report.current.events.meetings.length * 2 +
      report.current.events.conferences.length * 7 +
      4 +
      report.current.organisationTypes.length * 2;
    expect(rows.length - 1).toBe(expectedRows);
    for (const who of [P1, P3, P5, P8]) expect(csv).not.toContain(who.email);
    // No cell starts a formula: a title only ever follows the date.
    expect(rows.filter((r) => r.some((cell) => /^[=@]/.test(cell)))).toEqual([]);
    expect(rows.some((r) => r[2]?.endsWith(HOSTILE_TITLE))).toBe(true);
  });

  it("the page shows the same figures in tables beside its three charts", async () => {
    const page = await consolePages(built.app, () => session).get(`/konsole/bericht?jahr=${Y}`);
    expect(page.status).toBe(200);
    expect(await htmlProblems(page.html)).toEqual([]);
    expect(page.html).toContain(`<h1 id="page-title">Jahresbericht ${Y}</h1>`);
    expect(page.html.match(/<svg viewBox="0 0 400 \d+" role="img"/g)).toHaveLength(3);
    const cells = (caption: string) => tableRows(page.html, caption);
    expect(cells("Mitglieder und Organisationen je Arbeitstisch").slice(0, 2)).toEqual([
      [
        "I – Kita/Übergang Schule",
        "1",
        "2 (Veränderung gegenüber dem Vorjahr: +1)",
        "2 (Veränderung gegenüber dem Vorjahr: +1)",
        "1 (Veränderung gegenüber dem Vorjahr: +1)",
        "1",
        "1 (Veränderung gegenüber dem Vorjahr: ±0)",
      ],
      [
        "II – Ausbildung und Arbeit",
        "0",
        "2 (Veränderung gegenüber dem Vorjahr: +2)",
        "2 (Veränderung gegenüber dem Vorjahr: +2)",
        "0 (Veränderung gegenüber dem Vorjahr: ±0)",
        "0",
        "1 (Veränderung gegenüber dem Vorjahr: +1)",
      ],
    ]);
    const months = cells("Mitglieder je Monatsende");
    expect(months.map((row) => [row[1], row[2]])).toEqual(
      TALLY.byMonth[I].map((n, i) => [String(n), String(TALLY.byMonth[II][i])]),
    );
    const applications = cells("Anträge").map((row) => row.map((cell) => cell.replace(/ \(.*\)$/, "")));
    expect(applications.find((row) => row[0] === "Zusammen")).toEqual(["Zusammen", "7", "4", "1", "1", "1", "4"]);
    expect(applications.find((row) => row[0] === "II – Ausbildung und Arbeit")).toEqual([
      "II – Ausbildung und Arbeit",
      "4",
      "2",
      "0",
      "1",
      "1",
      "1,5",
    ]);
    expect(cells("Anträge je Monat nach Ausgang")[0]).toEqual([`Januar ${Y}`, "5", "3", "1", "0", "1"]);
    expect(cells("Anwesende je Treffen")).toEqual([
      [`15.04.${Y}`, "I", `Treffen I am ${Y}-04-15`, "2", "1", "Anwesenheitsliste"],
      [`20.06.${Y}`, "II", HOSTILE_TITLE, "1", "1", "laut Anmeldung"],
    ]);
    expect(cells("Tagungen")).toEqual([["Herbstkonferenz", `15.10.${Y}`, "4", "2", "1", "1", "2", "2", "2"]]);
    expect(cells("E-Mails").map((row) => [row[0], (row[1] ?? "").replace(/ \(.*\)$/, "")])).toEqual([
      ["Gesendet", "4"],
      ["Fehlgeschlagen", "0"],
      ["Ungewiss (vielleicht gesendet)", "0"],
      ["Übersprungen (Adresse gesperrt)", "1"],
    ]);
    const types = cells("Personen nach Organisationsart").map((row) => [
      row[0],
      (row[1] ?? "").replace(/ \(.*\)$/, ""),
    ]);
    expect(types).toContainEqual(["Verein oder Initiative", "3"]);
    expect(types).toContainEqual(["Einrichtung (z. B. Schule, Kita, Kammer)", "< 3"]);
    expect(page.html).not.toContain("<b>Treffen</b>");
    for (const who of [P1, P3, P5, P8]) {
      expect(page.html).not.toContain(who.email);
      expect(page.html).not.toContain(who.name);
    }
  });

  it("another period, a wrong one, and who may not see it", async () => {
    const half = await built.app.request(`/api/admin/reports/${Y}?from=${Y}-01-01&to=${Y}-01-31`, {
      headers: asCoordinator,
    });
    const january = (await half.json()) as AnnualReportBody;
    expect(january.current.applications.total.received).toBe(5);
    expect(january.current.members.tables.find((t) => t.workTableId === I)?.end?.members).toBe(1);
    for (const [query, path] of [
      ["?from=2026-05-01&to=2026-02-01", "to"],
      ["?from=2026-02-30&to=2026-03-01", "from"],
      ["?from=2020-01-01&to=2026-01-01", "to"],
      ["?from=2026-01-01", "to"],
    ] as const) {
      const wrong = await built.app.request(`/api/admin/reports/${Y}${query}`, { headers: asCoordinator });
      expect(wrong.status).toBe(422);
      expect(((await wrong.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe(path);
    }
    const notYear = await built.app.request("/api/admin/reports/..%2Fetc", { headers: asCoordinator });
    expect([404, 422]).toContain(notYear.status);
    expect((await built.app.request(`/api/admin/reports/${Y}`)).status).toBe(401);
    const wrongPage = await consolePages(built.app, () => session).get(
      `/konsole/bericht?von=${Y}-05-01&bis=${Y}-02-01`,
    );
    expect(wrongPage.status).toBe(422);
    expect(wrongPage.html).toContain("„Bis“ liegt vor „Von“.");
  });
});

describe("a network that ran before the report", () => {
  it("gets a record of every application still stored, once, by the daily run", async () => {
    // As before the report existed: no record of the applications.
    const records = (await allItems(table)).filter((i) => String(i.pk).startsWith("REPORTAPP#"));
    expect(records).toHaveLength(9);
    await table.db.send(
      new BatchWriteCommand({
        RequestItems: {
          [table.tableName]: records.map((i) => ({ DeleteRequest: { Key: { pk: i.pk, sk: i.sk } } })),
        },
      }),
    );
    const emptied = (await (
      await built.app.request(`/api/admin/reports/${Y}`, { headers: asCoordinator })
    ).json()) as AnnualReportBody;
    expect(emptied.current.applications.total.received).toBe(0);

    const first = await dailyReportRecords(built.deps, clock);
    expect(first.backfilled).toBe(8); // every confirmed application still stored; the erased one is gone
    expect((await dailyReportRecords(built.deps, clock)).backfilled).toBe(0);
    const report = (await (
      await built.app.request(`/api/admin/reports/${Y}`, { headers: asCoordinator })
    ).json()) as AnnualReportBody;
    expect(report.current.applications.total).toEqual({
      workTableId: "all",
      ...TALLY.applications.all,
      received: 6,
      withdrawn: 0,
    });
    expect(report.previous?.applications.tables.find((t) => t.workTableId === I)).toMatchObject(
      TALLY.previousApplications[I],
    );
  });
});

/** The cells of the table with this caption, row by row, as text. */
function tableRows(html: string, caption: string): string[][] {
  const start = html.indexOf(`<caption class="hp">${caption}</caption>`);
  if (start < 0) throw new Error(`no table "${caption}"`);
  const body = html.slice(start, html.indexOf("</table>", start));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/gs)]
    .map((row) =>
      [...(row[1] ?? "").matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((cell) =>
        (cell[1] ?? "")
          .replace(/<[^>]+>/g, "")
          .replace(/&lt;/g, "<")
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&gt;/g, ">")
          .replace(/&amp;/g, "&")
          .replace(/\s+/g, " ")
          .trim(),
      ),
    )
    .filter((cells) => cells.length > 0);
}
