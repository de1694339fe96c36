/**
 * Annual report benchmark (issue 23): "for a network of 150 members, 40 meetings and 2,000 applications a year the
 * page is under 500 ms at p95". One in-memory DynamoDB Local holds two whole past years, the report's year (last
 * year) and the year before (the report reads both for the year-over-year change), each with:
 * - the seed's work tables, 150 partners over the two years (about 40 organisations), members joining (accepted
 *   applications, as the decision writes them) and leaving tables (`removeFromTable`) on days spread over the years;
 * - the daily members' count (`countMembers`) run on every day of both years and of this January up to the clock
 *   (at 03:00 Berlin, before that day's changes): each day, as the daily job does;
 * - 2,000 applications a year as the report's facts (the builders of report-facts.ts, by BatchWrite), accepted,
 *   declined, withdrawn or still open;
 * - 40 meetings a year (8 per table) with their invitation mailing's progress, some answers (the answer use case)
 *   and an attendance list of 10–15 people; 2 conferences a year with places, answers from (nearly) every partner
 *   of the time, their invitation mailing's progress and an attendance list;
 * - each day's mail counts (the `DAY#` items, written directly).
 * The clock stands in January of this year. Measured: `annualReport` for last year (BENCH_REPORT_RUNS times after 3
 * warm-up runs), and the console page `/konsole/bericht?jahr=…` through the whole app as a signed-in coordinator
 * gets it, as often. The report's figures are checked against a tally of the seed.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { BatchWriteCommand, type DynamoDBDocumentClient, ScanCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Application, OrganisationType } from "../../shared/domain/application.ts";
import type { AttendanceStatus } from "../../shared/domain/attendance.ts";
import { berlinToday } from "../../shared/domain/berlin-time.ts";
import { type Conference, seasonOf } from "../../shared/domain/conference.ts";
import {
  addDays,
  earlierDay,
  previousPeriod,
  type ReportPeriod,
  snapshotDays,
  yearPeriod,
} from "../../shared/domain/report.ts";
import { ORGANISATION_TYPES } from "../../shared/domain/vocabulary.ts";
import type { WorkTable } from "../../shared/domain/work-table.ts";
import { createApp } from "../../shared/http/app.tsx";
import { storeDependencies } from "../../shared/http/dependencies.ts";
import { createLogger } from "../../shared/logging/logger.ts";
import { tokenSigner } from "../../shared/security/tokens.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import type { TransactItem } from "../../shared/store/dynamo-helpers.ts";
import { keys } from "../../shared/store/keys.ts";
import { acceptedPartnerUpdate } from "../../shared/store/partner-repository.ts";
import {
  decidedApplicationFact,
  receivedApplicationFact,
  withdrawApplicationFact,
} from "../../shared/store/report-facts.ts";
import { changeRegistration, type RegistrationDeps } from "../../shared/use-cases/registrations.ts";
import { type AnnualReport, annualReport, countMembers, type ReportDeps } from "../../shared/use-cases/report.ts";
// The pages name the network: Schwerin's profile, as `npm start` and the tests choose it.
import "../support/network.ts";
import { benchCoordinatorSession } from "./coordinator-session.ts";
import { inMemoryTable } from "./in-memory-table.ts";

const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 40);
const WARM_UP = 3;
const APPLICATIONS = 2000;
const MEETINGS_PER_TABLE = 8;
const CONFERENCE_CAPACITY = 120;
const TABLE = "bench-report";
const COORDINATOR = "koordination@schwerin.example";

/** The clock: January of this year; the report is on last year, and reads the year before it too. */
const THIS_YEAR = new Date().getUTCFullYear();
const YEAR = THIS_YEAR - 1;
const BEFORE = YEAR - 1;
const NOW = new Date(`${THIS_YEAR}-01-15T09:00:00.000Z`);
const TODAY = NOW.toISOString().slice(0, 10);

/** About 40 organisations the partners come from (some people name none). */
const ORGANISATIONS = [
  "Caritas Schwerin",
  "Diakonie Westmecklenburg",
  "AWO Kreisverband",
  "DRK Kreisverband",
  "Jobcenter Schwerin",
  "Volkshochschule",
  "Stadtbibliothek",
  "Migrantenbeirat",
  "Integrationsfachdienst Migration",
  "Agentur für Arbeit",
  "Ausländerbehörde",
  "Jugendmigrationsdienst",
  "Migrationsberatung für Erwachsene",
  "Kita Sonnenschein",
  "Kita Regenbogen",
  "Grundschule am See",
  "Regionalschule Mitte",
  "Berufliche Schule",
  "IHK zu Schwerin",
  "Handwerkskammer",
  "SV Einheit",
  "Frauenhaus",
  "Familienzentrum Lankow",
  "Mehrgenerationenhaus",
  "Ev. Kirchengemeinde",
  "Kath. Pfarrei St. Anna",
  "Islamische Gemeinde",
  "Flüchtlingsrat",
  "Miteinander e. V.",
  "Kulturverein Mueßer Holz",
  "Sprachcafé",
  "Stadtteilbüro Neu Zippendorf",
  "Gesundheitsamt",
  "Sozialamt",
  "Quartiersmanagement",
  "Bildungswerk der Wirtschaft",
  "Ehrenamtsbörse",
  "Deutsch-Arabischer Verein",
  "Ukrainischer Verein",
  "Schweriner Tafel",
];

export interface LatencyFigures {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Node's CPU time per run (the app's side; DynamoDB Local is another process). */
  nodeCpuMs?: number;
}

export interface ReportBenchFigures {
  year: number;
  /** Per seeded year: partners in a table at its end, applications received, meetings held, conferences held. */
  seed: {
    year: number;
    members: number;
    applications: number;
    meetings: number;
    conferences: number;
    conferenceAnswers: number[];
  }[];
  /** Partners the seed created over both years. */
  partners: number;
  /** Items in the table after seeding. */
  items: number;
  seedSeconds: number;
  countSeconds: number;
  /** The daily count's runs. */
  counts: number;
  report: LatencyFigures;
  page: LatencyFigures;
  /** DynamoDB requests of one report, by operation, and the items they returned. */
  requests: { total: number; byCommand: Record<string, number>; items: number };
  pageBytes: number;
  /** Median milliseconds of each of the report's reads alone, and of all of them at once. */
  breakdown: Record<string, number>;
  /** Figures of the report that differ from the seed's tally (empty: all agree). */
  mismatches: string[];
}

/** A small deterministic generator, so every run seeds the same network. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const shuffled = <T>(list: readonly T[]): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return { next, int, pick, shuffled };
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const percentiles = (values: number[]): LatencyFigures => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return { runs: sorted.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
};

/** Every day from `from` to `to`, both included. */
function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Runs `count` tasks on `concurrency` workers. */
async function pool(count: number, concurrency: number, task: (i: number) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) await task(i);
    }),
  );
}

/** Puts items with BatchWriteItem, 25 at a time, retrying what DynamoDB left unprocessed. */
async function putAll(db: DynamoDBDocumentClient, items: Record<string, unknown>[]) {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  await pool(batches.length, 8, async (b) => {
    let requests = (batches[b] ?? []).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 10) throw new Error("BatchWrite kept leaving items unprocessed");
      const { UnprocessedItems } = await db.send(new BatchWriteCommand({ RequestItems: { [TABLE]: requests } }));
      requests = (UnprocessedItems?.[TABLE] ?? []) as typeof requests;
    }
  });
}

/** The item of a `Put` of a transaction (the report's fact builders give transaction items). */
const itemOf = (write: TransactItem): Record<string, unknown> => {
  if (!write.Put?.Item) throw new Error("not a Put");
  return write.Put.Item;
};

interface Person {
  email: string;
  name: string;
  organisation?: string;
  organisationType?: OrganisationType;
  tables: Set<string>;
  /** In the directory (imported, or joined through an application by now). */
  listed: boolean;
}

/** One change of the directory on a day: a partner joins a table (an accepted application) or leaves one. */
type MemberChange = { kind: "join" | "leave"; person: Person; table: string };

/** What the seed did in a year, as the report should count it. */
interface Tally {
  applications: { received: number; accepted: number; declined: number; withdrawn: number; open: number };
  meetings: number;
  conferences: number;
  /** Answers to each conference. */
  conferenceAnswers: number[];
  attendances: number;
  sent: number;
  failed: number;
  uncertain: number;
  joins: Record<string, number>;
  leaves: Record<string, number>;
  /** Members per table and people in a table, at the start (before the year's first day's changes) and the end. */
  start?: { tables: Record<string, number>; people: number };
  end?: { tables: Record<string, number>; people: number };
}

const newTally = (): Tally => ({
  applications: { received: 0, accepted: 0, declined: 0, withdrawn: 0, open: 0 },
  meetings: 0,
  conferences: 0,
  conferenceAnswers: [],
  attendances: 0,
  sent: 0,
  failed: 0,
  uncertain: 0,
  joins: {},
  leaves: {},
});

export async function benchReport(): Promise<ReportBenchFigures> {
  const table = await inMemoryTable(TABLE);
  try {
    const db = table.db;
    // Counts the requests (and the items they return) while `counted.on`: one report's reads.
    const counted = { on: false, total: 0, items: 0, byCommand: {} as Record<string, number> };
    db.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        if (counted.on) {
          counted.total++;
          counted.byCommand[context.commandName ?? "?"] = (counted.byCommand[context.commandName ?? "?"] ?? 0) + 1;
          const output = result.output as { Items?: unknown[]; Item?: unknown };
          counted.items += output.Items?.length ?? (output.Item ? 1 : 0);
        }
        return result;
      },
      { step: "initialize", name: "benchReportRequests" },
    );
    const signer = tokenSigner(randomBytes(32).toString("base64url"));
    const services = storeDependencies(db, TABLE, async () => signer, {
      perEmail: 1_000_000,
      perClient: 1_000_000,
      minFillSeconds: 0,
    });
    const rng = random(23);
    const seedStarted = performance.now();

    // ---- the work tables and the directory as it was before the first year ----
    const start = new Date(`${BEFORE - 1}-11-01T10:00:00.000Z`);
    await loadSeed(services.workTables, start);
    const tables = await services.workTables.list();
    const tableIds = tables.map((t) => t.id);
    const people: Person[] = [];
    const newPerson = (i: number, type?: OrganisationType): Person => {
      const organisation = i % 11 === 10 ? undefined : ORGANISATIONS[(i * 7) % ORGANISATIONS.length];
      return {
        email: `partner${String(i).padStart(3, "0")}@example.org`,
        name: `Partner:in ${i}`,
        ...(organisation ? { organisation } : {}),
        ...(type ? { organisationType: type } : {}),
        tables: new Set(),
        listed: false,
      };
    };
    const INITIAL = 122;
    for (let i = 0; i < INITIAL; i++) {
      const person = newPerson(i);
      person.tables.add(tableIds[i % tableIds.length] as string);
      if (i % 6 === 0) person.tables.add(tableIds[(i + 2) % tableIds.length] as string);
      person.listed = true;
      people.push(person);
    }
    await services.partners.importPartners(
      people.map((p) => ({
        email: p.email,
        name: p.name,
        ...(p.organisation ? { organisation: p.organisation } : {}),
        workTableIds: [...p.tables],
        legalBasis: `Einwilligung ${BEFORE - 1}`,
      })),
      start,
    );

    // ---- who joins and leaves on which day of the two years ----
    const firstDay = `${BEFORE}-01-01`;
    const lastDay = `${YEAR}-12-31`;
    const seedDays = daysOf(firstDay, lastDay);
    const changes = new Map<string, MemberChange[]>();
    const plan = (day: string, change: MemberChange) => changes.set(day, [...(changes.get(day) ?? []), change]);
    // 28 new partners through accepted applications (150 in all), 16 partners of the directory into another table.
    for (let i = INITIAL; i < 150; i++) {
      const person = newPerson(i, rng.pick(ORGANISATION_TYPES));
      people.push(person);
      plan(rng.pick(seedDays), { kind: "join", person, table: tableIds[i % tableIds.length] as string });
    }
    for (let i = 0; i < 16; i++) {
      const person = people[rng.int(0, INITIAL - 1)] as Person;
      plan(rng.pick(seedDays), { kind: "join", person, table: rng.pick(tableIds) });
    }
    // 24 leaves: who leaves is chosen on the day, among the table's members then.
    const leaves: { day: string; table: string }[] = Array.from({ length: 24 }, () => ({
      day: rng.pick(seedDays),
      table: rng.pick(tableIds),
    }));

    // ---- the events of the two years ----
    type Planned =
      | { day: string; kind: "meeting"; table: WorkTable; index: number }
      | { day: string; kind: "conference"; season: number };
    const events: Planned[] = [];
    for (const year of [BEFORE, YEAR]) {
      tables.forEach((table, t) => {
        for (let k = 0; k < MEETINGS_PER_TABLE; k++) {
          const offset = Math.floor(((k + 0.5) * 365) / MEETINGS_PER_TABLE) + t * 3 - 6;
          events.push({ day: addDays(`${year}-01-01`, offset), kind: "meeting", table, index: k + 1 });
        }
      });
      events.push({ day: `${year}-05-14`, kind: "conference", season: 0 });
      events.push({ day: `${year}-11-12`, kind: "conference", season: 1 });
    }
    const tallies = new Map([BEFORE, YEAR].map((year) => [year, newTally()]));
    const tallyOf = (day: string) => tallies.get(Number(day.slice(0, 4)));
    const registrations: RegistrationDeps = {
      places: services.places,
      conferences: services.conferences,
      partners: services.partners,
      pause: (attempt) => new Promise((done) => setTimeout(done, attempt)),
    };
    const members = (table?: string) => people.filter((p) => (table ? p.tables.has(table) : p.tables.size > 0));
    const state = () => ({
      tables: Object.fromEntries(tableIds.map((id) => [id, members(id).length])),
      people: members().length,
    });
    const mailDays: Record<string, unknown>[] = [];
    const invitations = new Map<string, number>();

    /** A meeting or conference on its day: created weeks before, invited, answered, its attendance recorded. */
    async function holdEvent(event: Planned) {
      const startsAt = new Date(`${event.day}T${event.kind === "meeting" ? "15" : "08"}:00:00.000Z`);
      const hours = (n: number) => new Date(startsAt.getTime() + n * 3_600_000);
      const inviteAt = hours(event.kind === "meeting" ? -14 * 24 : -42 * 24);
      // A meeting's mailing goes to its table's members, a conference's to the whole directory.
      const invited = event.kind === "meeting" ? members(event.table.id) : people.filter((p) => p.listed);
      const conference: Conference =
        event.kind === "meeting"
          ? await services.conferences.create(
              {
                season: seasonOf(startsAt.toISOString()),
                title: `${event.index}. Treffen ${event.table.numeral} ${event.day.slice(0, 4)}`,
                startsAt: startsAt.toISOString(),
                endsAt: hours(2).toISOString(),
                location: "Stadthaus, Raum 2.14",
                inviteAt: inviteAt.toISOString(),
              },
              hours(-21 * 24),
              { actor: event.table.contact.email, action: "meeting.create" },
              {
                workTableId: event.table.id,
                table: { numeral: event.table.numeral, name: event.table.name },
                replyTo: { name: event.table.contact.name, email: event.table.contact.email },
              },
            )
          : await services.conferences.create(
              {
                season: event.season === 0 ? "spring" : "autumn",
                title: `${event.season === 0 ? "Frühjahrs" : "Herbst"}konferenz ${event.day.slice(0, 4)}`,
                startsAt: startsAt.toISOString(),
                endsAt: hours(7).toISOString(),
                location: "Rathaus, Festsaal",
                inviteAt: inviteAt.toISOString(),
                capacity: CONFERENCE_CAPACITY,
              },
              hours(-60 * 24),
              { actor: COORDINATOR, action: "conference.create" },
            );
      const suppressed = event.kind === "meeting" ? 0 : 2;
      const unsubscribed = event.kind === "meeting" ? 0 : 3;
      await services.conferences.saveProgress(conference.id, {
        key: "invitation",
        done: true,
        queued: invited.length - suppressed - unsubscribed,
        skippedUnsubscribed: unsubscribed,
        skippedSuppressed: suppressed,
        skippedAnswer: 0,
        startedAt: inviteAt.toISOString(),
        finishedAt: new Date(inviteAt.getTime() + 600_000).toISOString(),
      });
      const inviteDay = inviteAt.toISOString().slice(0, 10);
      invitations.set(inviteDay, (invitations.get(inviteDay) ?? 0) + invited.length - suppressed - unsubscribed);

      // Answers: some members of a meeting's table, (nearly) everyone to a conference.
      const answering = rng.shuffled(invited).filter(() => rng.next() < (event.kind === "meeting" ? 0.45 : 0.97));
      const yes: Person[] = [];
      for (const [i, person] of answering.entries()) {
        const answer = rng.next() < (event.kind === "meeting" ? 0.75 : 0.85) ? "yes" : "no";
        const outcome = await changeRegistration(
          registrations,
          conference,
          { email: person.email, name: person.name, organisation: person.organisation ?? null },
          { kind: "answer", answer, workshops: [] },
          { actor: "link:partner", action: "rsvp.answer" },
          new Date(inviteAt.getTime() + (i + 1) * 1_800_000),
        );
        if (outcome.kind !== "ok") throw new Error(`answer to ${conference.title}: ${outcome.kind}`);
        if (outcome.rsvp.status === "confirmed") yes.push(person);
      }

      // Attendance: 10–15 people at a meeting (those with a place first), most with a place at a conference.
      const listed =
        event.kind === "meeting"
          ? [...yes, ...rng.shuffled(invited.filter((p) => !yes.includes(p)))].slice(0, rng.int(10, 15))
          : yes.filter(() => rng.next() < 0.85);
      const entries = listed.map((p, i) => {
        const status: AttendanceStatus =
          event.kind === "conference" || i < yes.length * 0.8 ? "present" : i % 3 === 0 ? "absent" : "excused";
        return { email: p.email, name: p.name, organisation: p.organisation ?? null, status };
      });
      await services.attendance.replace(conference, entries, [], COORDINATOR, hours(event.kind === "meeting" ? 3 : 8));
      const tally = tallyOf(event.day);
      if (tally) {
        if (event.kind === "meeting") tally.meetings++;
        else {
          tally.conferences++;
          tally.conferenceAnswers.push(answering.length);
        }
        if (event.kind === "meeting") tally.attendances += entries.filter((e) => e.status === "present").length;
      }
    }

    // ---- day by day: the daily count at 03:00, then the day's joins, leaves and events ----
    const countDeps = { partners: services.partners, reports: services.reports };
    let countMs = 0;
    let countRuns = 0;
    const eventsByDay = new Map<string, Planned[]>();
    for (const event of events) eventsByDay.set(event.day, [...(eventsByDay.get(event.day) ?? []), event]);
    for (const day of daysOf(firstDay, TODAY)) {
      const tally = tallyOf(day);
      if (day.endsWith("-01-01")) {
        const now = state();
        if (tally) tally.start = now;
        const ended = tallies.get(Number(day.slice(0, 4)) - 1);
        if (ended) ended.end = now;
      }
      const t0 = performance.now();
      await countMembers(countDeps, new Date(`${day}T02:00:00.000Z`));
      countMs += performance.now() - t0;
      countRuns++;
      if (!tally) continue; // this January: counted, nothing else happens
      const noon = new Date(`${day}T11:00:00.000Z`);
      for (const change of changes.get(day) ?? []) {
        if (change.person.tables.has(change.table)) continue;
        await db.send(
          // The partner write of an accepted application, as the decision's transaction has it.
          updateOf(
            acceptedPartnerUpdate(
              TABLE,
              {
                name: change.person.name,
                email: change.person.email,
                ...(change.person.organisation ? { organisation: change.person.organisation } : {}),
                ...(change.person.organisationType ? { organisationType: change.person.organisationType } : {}),
                locale: "de",
              },
              change.table,
              noon.toISOString(),
            ),
          ),
        );
        change.person.tables.add(change.table);
        change.person.listed = true;
        tally.joins[change.table] = (tally.joins[change.table] ?? 0) + 1;
      }
      for (const leave of leaves.filter((l) => l.day === day)) {
        const candidates = members(leave.table);
        if (candidates.length === 0) continue;
        const person = rng.pick(candidates);
        const left = await services.partners.removeFromTable(
          person.email,
          leave.table,
          { actor: "link:partner", action: "partner.leave_table" },
          noon,
        );
        if (!left) throw new Error(`${person.email} was not in ${leave.table}`);
        person.tables.delete(leave.table);
        tally.leaves[leave.table] = (tally.leaves[leave.table] ?? 0) + 1;
      }
      for (const event of eventsByDay.get(day) ?? []) await holdEvent(event);
    }

    // ---- each day's mail counts ----
    for (const day of daysOf(firstDay, addDays(TODAY, -1))) {
      const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
      const sent = (weekday === 0 || weekday === 6 ? rng.int(0, 6) : rng.int(8, 35)) + (invitations.get(day) ?? 0);
      const failed = rng.next() < 0.3 ? rng.int(1, 2) : 0;
      const uncertain = rng.next() < 0.05 ? 1 : 0;
      mailDays.push({ ...keys.reportDay(day), sent, failed, uncertain });
      const tally = tallyOf(day);
      if (tally) {
        tally.sent += sent;
        tally.failed += failed;
        tally.uncertain += uncertain;
      }
    }
    await putAll(db, mailDays);

    // ---- 2,000 applications a year: the report's facts, with their outcomes ----
    const facts: Record<string, unknown>[] = [];
    const withdrawn: { id: string; at: string }[] = [];
    for (const year of [BEFORE, YEAR]) {
      const tally = tallies.get(year) as Tally;
      const days = daysOf(`${year}-01-01`, `${year}-12-31`);
      for (let i = 0; i < APPLICATIONS; i++) {
        // 07:00–19:59 UTC: the same Berlin day.
        const receivedAt = new Date(
          `${rng.pick(days)}T${String(rng.int(7, 19)).padStart(2, "0")}:${String(rng.int(0, 59)).padStart(2, "0")}:00.000Z`,
        );
        // Only what the builders read; the rest of an application plays no part in the report.
        const application = {
          id: randomUUID(),
          workTableId: tableIds[Math.min(tableIds.length - 1, Math.floor(rng.next() ** 1.4 * tableIds.length))],
          createdAt: new Date(receivedAt.getTime() - 300_000).toISOString(),
          consent: { confirmedAt: receivedAt.toISOString() },
        } as unknown as Application;
        tally.applications.received++;
        const roll = rng.next();
        const decidedAt = new Date(receivedAt.getTime() + rng.next() ** 2 * 40 * 86_400_000 + 3_600_000);
        if (roll < 0.04) {
          facts.push(itemOf(receivedApplicationFact(TABLE, application, receivedAt.toISOString())));
          withdrawn.push({ id: application.id, at: decidedAt.toISOString() });
          tally.applications.withdrawn++;
        } else if (roll < 0.1 || decidedAt > NOW) {
          facts.push(itemOf(receivedApplicationFact(TABLE, application, receivedAt.toISOString())));
          tally.applications.open++;
        } else {
          const outcome = rng.next() < 0.72 ? "accepted" : "declined";
          facts.push(itemOf(decidedApplicationFact(TABLE, application, outcome, decidedAt.toISOString())));
          tally.applications[outcome]++;
        }
      }
    }
    await putAll(db, facts);
    await pool(withdrawn.length, 8, (i) => {
      const w = withdrawn[i] as { id: string; at: string };
      return withdrawApplicationFact(db, TABLE, w.id, w.at);
    });
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    // ---- the app, and a coordinator's session as the mailed link and the second step give it ----
    const app = createApp({
      ...services,
      firstCoordinators: [COORDINATOR],
      clientAddress: () => "198.51.100.1",
      logger: createLogger({ service: "bench", write: () => undefined }),
      now: () => NOW,
    });
    const { cookie } = await benchCoordinatorSession({
      services,
      db,
      tableName: TABLE,
      signer,
      email: COORDINATOR,
      now: NOW,
    });

    // ---- the measurements ----
    const period: ReportPeriod = yearPeriod(YEAR);
    const deps = { reports: services.reports, partners: services.partners, workTables: services.workTables };
    let report: AnnualReport | undefined;
    const reportTimes: number[] = [];
    let reportCpu = 0;
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      counted.on = i === 0;
      const [t0, cpu] = [performance.now(), process.cpuUsage()];
      report = await annualReport(deps, period, NOW);
      if (i >= WARM_UP) {
        reportTimes.push(performance.now() - t0);
        reportCpu += cpuMs(cpu);
      }
      counted.on = false;
    }
    const path = `/konsole/bericht?jahr=${YEAR}`;
    const pageTimes: number[] = [];
    let pageCpu = 0;
    let pageBytes = 0;
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const [t0, cpu] = [performance.now(), process.cpuUsage()];
      const response = await app.request(path, { headers: { Cookie: cookie } });
      const html = await response.text();
      if (i >= WARM_UP) {
        pageTimes.push(performance.now() - t0);
        pageCpu += cpuMs(cpu);
      }
      if (response.status !== 200 || !html.includes("<table") || !html.includes(`Herbstkonferenz ${YEAR}`)) {
        throw new Error(`${path}: ${response.status} ${html.slice(0, 300)}`);
      }
      pageBytes = Buffer.byteLength(html);
    }

    // Where one report's time goes: each of its reads alone (median of 10), then all of them at once as it reads.
    const before = previousPeriod(period);
    const span = { from: before.from, to: period.to };
    const _snapshotsTo = earlierDay(addDays(period.to, 1), berlinToday(NOW));
    const median = async (read: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        await read();
        times.push(performance.now() - t0);
      }
      return percentiles(times).p50Ms;
    };
    const reads: Record<string, () => Promise<unknown>> = {
      "work tables": () => services.workTables.list({ includeArchived: true }),
      "application facts": () => services.reports.applicationFacts(span),
      "mail days": () => services.reports.mailDays(span),
      "member snapshots (edges and month ends)": () =>
        services.reports.memberSnapshotsAt(snapshotDays([before, period], berlinToday(NOW))),
      "events (lists, then one Query each)": () => services.reports.events(span, tableIds),
    };
    const breakdown: Record<string, number> = {};
    for (const [name, read] of Object.entries(reads)) breakdown[name] = await median(read);
    breakdown["all reads at once"] = await median(async () => {
      await services.workTables.list({ includeArchived: true });
      await Promise.all(
        Object.values(reads)
          .slice(1)
          .map((read) => read()),
      );
    });
    // The figures alone: the same report with every read served from memory.
    const [listed, readFacts, days, snapshots, eventFacts] = await Promise.all([
      services.workTables.list({ includeArchived: true }),
      services.reports.applicationFacts(span),
      services.reports.mailDays(span),
      services.reports.memberSnapshotsAt(snapshotDays([before, period], berlinToday(NOW))),
      services.reports.events(span, tableIds),
    ]);
    const fromMemory: ReportDeps = {
      reports: {
        applicationFacts: async () => readFacts,
        mailDays: async () => days,
        memberSnapshotsAt: async () => snapshots,
        events: async () => eventFacts,
        // Not read for a past year.
        memberSets: () => services.reports.memberSets(),
      },
      partners: services.partners,
      workTables: { list: async () => listed },
    };
    breakdown["figures from memory (no reads)"] = await median(() => annualReport(fromMemory, period, NOW));

    const items = await countItems(db);
    db.destroy();

    const reported = report as AnnualReport;
    return {
      year: YEAR,
      seed: [BEFORE, YEAR].map((year) => {
        const tally = tallies.get(year) as Tally;
        return {
          year,
          members: tally.end?.people ?? 0,
          applications: tally.applications.received,
          meetings: tally.meetings,
          conferences: tally.conferences,
          conferenceAnswers: tally.conferenceAnswers,
        };
      }),
      partners: people.length,
      items,
      seedSeconds,
      countSeconds: countMs / 1000,
      counts: countRuns,
      report: { ...percentiles(reportTimes), nodeCpuMs: reportCpu / RUNS },
      page: { ...percentiles(pageTimes), nodeCpuMs: pageCpu / RUNS },
      breakdown,
      requests: { total: counted.total, byCommand: counted.byCommand, items: counted.items },
      pageBytes,
      mismatches: [
        ...compare(reported.current, tallies.get(YEAR) as Tally, tableIds, "current"),
        ...(reported.previous
          ? compare(reported.previous, tallies.get(BEFORE) as Tally, tableIds, "previous")
          : ["previous: the year before is missing"]),
      ],
    };
  } finally {
    await table.stop();
  }
}

/** An `Update` transaction item as a single UpdateCommand. */
function updateOf(write: TransactItem) {
  if (!write.Update) throw new Error("not an Update");
  return new UpdateCommand(write.Update);
}

/** The figures of one year of the report against the seed's tally of that year. */
function compare(figures: AnnualReport["current"], tally: Tally, tableIds: string[], label: string): string[] {
  const out: string[] = [];
  const check = (what: string, got: unknown, expected: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      out.push(`${label} ${what}: ${JSON.stringify(got)}, seeded ${JSON.stringify(expected)}`);
    }
  };
  const { total } = figures.applications;
  check(
    "applications",
    [total.received, total.accepted, total.declined, total.withdrawn, total.open],
    [
      tally.applications.received,
      tally.applications.accepted,
      tally.applications.declined,
      tally.applications.withdrawn,
      tally.applications.open,
    ],
  );
  check("meetings held", figures.events.total.held, tally.meetings);
  check("meeting attendances", figures.events.total.attendances, tally.attendances);
  check("conferences", figures.events.conferences.length, tally.conferences);
  check(
    "mails",
    [figures.mails.sent, figures.mails.failed, figures.mails.uncertain],
    [tally.sent, tally.failed, tally.uncertain],
  );
  check("network start", figures.members.network.start, tally.start?.people ?? null);
  check("network end", figures.members.network.end, tally.end?.people ?? null);
  for (const id of tableIds) {
    const row = figures.members.tables.find((t) => t.workTableId === id);
    check(`${id} start`, row?.start?.members ?? null, tally.start?.tables[id] ?? null);
    check(`${id} end`, row?.end?.members ?? null, tally.end?.tables[id] ?? null);
    check(`${id} joins`, row?.joins, tally.joins[id] ?? 0);
    check(`${id} leaves`, row?.leaves, tally.leaves[id] ?? 0);
  }
  return out;
}

/** How many items the table holds (a Scan counting them). */
async function countItems(db: DynamoDBDocumentClient): Promise<number> {
  let total = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new ScanCommand({ TableName: TABLE, Select: "COUNT", ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    total += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return total;
}
