import { berlinToday } from "../domain/berlin-time.ts";
import type { Partner } from "../domain/partner.ts";
import { organisationKey } from "../domain/places.ts";
import {
  addDays,
  addMoves,
  applicationFigures,
  type CountedMember,
  eventFigures,
  hasActivity,
  type MemberSnapshot,
  mailFigures,
  memberChanges,
  memberFigures,
  memberKey,
  memberState,
  memberTimeline,
  NO_MOVES,
  organisationTypeFigures,
  previousPeriod,
  type ReportFigures,
  type ReportPeriod,
  snapshotDays,
} from "../domain/report.ts";
import type { WorkTable } from "../domain/work-table.ts";
import type { ReportRecords } from "./ports.ts";

/** What the report reads: its own records and events, the directory (members now), the tables. */
export interface ReportDeps {
  reports: Pick<ReportRecords, "applicationFacts" | "mailDays" | "memberSnapshotsAt" | "memberSets" | "events">;
  partners: { all(): Promise<Partner[]> };
  workTables: { list(options?: { includeArchived?: boolean }): Promise<WorkTable[]> };
}

/** What the daily members' count reads and writes. */
export interface CountDeps {
  reports: Pick<ReportRecords, "memberSets" | "memberSnapshot" | "memberSnapshotsAt" | "recordMembers">;
  partners: { all(): Promise<Partner[]> };
}

export interface ReportTable {
  id: string;
  numeral: string;
  name: string;
  archived: boolean;
}

/** The report of a period: its figures, and the same figures of the year before when that year had any. */
export interface AnnualReport {
  period: ReportPeriod;
  generatedAt: string;
  tables: ReportTable[];
  current: ReportFigures;
  previous?: ReportFigures;
}

/**
 * The report of a period (issue 23). Reads the period and the year before at once, each source with one Query by
 * period (the events then one Query each), and computes every figure with the one function of domain/report.ts
 * that the page, the CSV and the API all show.
 */
export async function annualReport(deps: ReportDeps, period: ReportPeriod, now: Date): Promise<AnnualReport> {
  const before = previousPeriod(period);
  const today = berlinToday(now);
  const span = { from: before.from, to: period.to };
  const endDay = addDays(period.to, 1);
  const allTables = await deps.workTables.list({ includeArchived: true });
  // A table archived before the period began had no part in it.
  const tables = allTables.filter((t) => !t.archivedAt || t.archivedAt.slice(0, 10) >= before.from);
  const ids = tables.map((t) => t.id);
  const [facts, mailDays, snapshots, events, directory] = await Promise.all([
    deps.reports.applicationFacts(span),
    deps.reports.mailDays(span),
    deps.reports.memberSnapshotsAt(snapshotDays([before, period], today)),
    deps.reports.events(span, ids),
    endDay > today ? liveMembers(deps, today) : undefined,
  ]);
  // The directory now continues the last count: its totals are that count's and the changes since.
  const lastCount = snapshots.at(-1);
  const live = directory && { ...directory, totals: addMoves(lastCount?.totals ?? NO_MOVES, directory) };
  const timeline = memberTimeline(snapshots, today, live);
  const figures = (p: ReportPeriod): ReportFigures => ({
    period: p,
    members: memberFigures(p, ids, timeline, today),
    organisationTypes: organisationTypeFigures(p, timeline),
    applications: applicationFigures(p, ids, facts),
    events: eventFigures(p, ids, events, now),
    mails: mailFigures(p, mailDays, events),
  });
  const previous = figures(before);
  return {
    period,
    generatedAt: now.toISOString(),
    tables: tables.map((t) => ({ id: t.id, numeral: t.numeral, name: t.name, archived: Boolean(t.archivedAt) })),
    current: figures(period),
    ...(hasActivity(previous) ? { previous } : {}),
  };
}

/** The directory's members as the report counts them: tables, organisation, type, a short hash of the address. */
function counted(partners: readonly Partner[]): CountedMember[] {
  return partners.map((p) => ({
    person: memberKey(p.email),
    workTableIds: [...p.workTableIds],
    ...(organisationKey(p.organisation) ? { organisation: organisationKey(p.organisation) } : {}),
    ...(p.organisationType ? { organisationType: p.organisationType } : {}),
  }));
}

function setsOf(members: readonly CountedMember[], known: Iterable<string>): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>([...known].map((id) => [id, new Set<string>()]));
  for (const member of members) {
    for (const id of member.workTableIds) {
      const set = sets.get(id) ?? new Set<string>();
      set.add(member.person);
      sets.set(id, set);
    }
  }
  return sets;
}

/** The members now, with the joins and leaves since the last daily run: the end of a period still running. */
async function liveMembers(deps: Pick<ReportDeps, "reports" | "partners">, today: string): Promise<MemberSnapshot> {
  const [partners, last] = await Promise.all([deps.partners.all(), deps.reports.memberSets()]);
  const members = counted(partners);
  const changes = last.counted ? memberChanges(last.sets, setsOf(members, last.sets.keys())) : undefined;
  return {
    day: today,
    state: memberState(members),
    joins: changes?.joins ?? {},
    leaves: changes?.leaves ?? {},
    totals: NO_MOVES, // set by the caller from the last count
    ...(changes ? {} : { baseline: true }),
  };
}

/**
 * The daily run's count of the members (issue 23): the state of every table, and who joined or left since the
 * run before, by comparing the tables' members (short hashes) with those it kept. The first run counts no joins.
 * A second run on the same day adds what changed since the first. Returns what it counted.
 */
export async function countMembers(deps: CountDeps, now: Date): Promise<MemberSnapshot> {
  const day = berlinToday(now);
  for (let attempt = 0; ; attempt++) {
    const [partners, last, earlier, [before]] = await Promise.all([
      deps.partners.all(),
      deps.reports.memberSets(),
      deps.reports.memberSnapshot(day),
      deps.reports.memberSnapshotsAt([addDays(day, -1)]),
    ]);
    const members = counted(partners);
    const sets = setsOf(members, last.sets.keys());
    const changes = last.counted ? memberChanges(last.sets, sets) : NO_MOVES;
    // A second run on the same day adds what changed since the first to the day's moves and the totals.
    const todays = earlier ? addMoves(earlier.snapshot, changes) : changes;
    const snapshot: MemberSnapshot = {
      day,
      state: memberState(members),
      joins: todays.joins,
      leaves: todays.leaves,
      totals: addMoves(earlier?.snapshot.totals ?? before?.totals ?? NO_MOVES, changes),
      ...(last.counted && !earlier?.snapshot.baseline ? {} : { baseline: true }),
    };
    const written = await deps.reports.recordMembers(snapshot, sets, earlier?.version, now.toISOString());
    if (written) return snapshot;
    if (attempt >= 2) throw new Error("the members' count of today was written by another run three times");
  }
}

/**
 * The report's part of the daily run: once, the records of applications from before the report existed; then the
 * members' count of the day. Returns what it did, for the log (counts only).
 */
export async function dailyReportRecords(
  deps: {
    reports: CountDeps["reports"] & Pick<ReportRecords, "backfillApplications">;
    partners: CountDeps["partners"];
  },
  now: Date,
): Promise<{ backfilled: number; joins: Record<string, number>; leaves: Record<string, number> }> {
  const backfilled = await deps.reports.backfillApplications(now.toISOString());
  const counted = await countMembers(deps, now);
  return { backfilled, joins: counted.joins, leaves: counted.leaves };
}
