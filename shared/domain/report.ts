import { createHash } from "node:crypto";
import type { OrganisationType } from "./application.ts";
import { once } from "./once.ts";
import { ORGANISATION_TYPES } from "./vocabulary.ts";

/**
 * The annual report (issue 23): the network's year in counts. Each figure is computed here, by one function, from
 * what the store read for the period; the console page, its CSV and the JSON API show the same result. Nothing in
 * a report names a person: the inputs are counts, anonymous records and events.
 */

/** A period of Berlin calendar days, both ends included (`YYYY-MM-DD`). */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** The longest period one report covers: five years (a council's term), so its reads stay bounded. */
export const MAX_REPORT_DAYS = 5 * 366;
/** A breakdown figure about people below this is shown as "< 3" (issue 23: only counts leave the console). */
export const SMALL_COUNT = 3;
export type MaskedCount = number | "< 3";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether a string is a real calendar date `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The calendar date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The number of days of a period, both ends counted. */
export function periodDays(period: ReportPeriod): number {
  return Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / DAY_MS) + 1;
}

export const yearPeriod = (year: number): ReportPeriod => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** What is wrong with a period asked for: no date, the end before the start, longer than five years. */
export function periodIssue(period: ReportPeriod): "date" | "order" | "length" | undefined {
  if (!isCalendarDate(period.from) || !isCalendarDate(period.to)) return "date";
  if (period.to < period.from) return "order";
  if (periodDays(period) > MAX_REPORT_DAYS) return "length";
  return undefined;
}

/** The same dates a year earlier (29 February becomes the 28th): what the year-over-year change compares with. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const back = (date: string) => {
    const year = Number(date.slice(0, 4)) - 1;
    const candidate = `${year}${date.slice(4)}`;
    return isCalendarDate(candidate) ? candidate : `${year}${date.slice(4, 8)}28`;
  };
  return { from: back(period.from), to: back(period.to) };
}

/** The months a period touches, `YYYY-MM`, in order. */
export function periodMonths(period: ReportPeriod): string[] {
  const months: string[] = [];
  let [year, month] = [Number(period.from.slice(0, 4)), Number(period.from.slice(5, 7))];
  const last = period.to.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, "0")}`;
    months.push(current);
    if (current >= last) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

/** The earlier of two days `YYYY-MM-DD` (they sort as strings). */
export const earlierDay = (a: string, b: string): string => [a, b].sort()[0] as string;

/** The first day after a month `YYYY-MM`. */
export const monthEnd = (month: string): string => {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, "0")}-01`;
};

// ---- members ----

/** Members and organisations (distinct names, case and spacing ignored) of one table, or of one organisation type. */
export interface Headcount {
  members: number;
  organisations: number;
}

/** The members of every table at one moment, and the people of the whole network by organisation type. */
export interface MemberState {
  tables: Record<string, Headcount>;
  /** People in at least one table, by the type their accepted application named ("unknown" for imported ones). */
  types: Record<string, Headcount>;
}

/** Joins and leaves per table. */
export interface MemberMoves {
  joins: Record<string, number>;
  leaves: Record<string, number>;
}

/**
 * What the daily run recorded on one Berlin day: the state it found, the joins and leaves since the run before,
 * and all joins and leaves since the first count (`totals`): the joins of a period are the difference of two
 * snapshots' totals, so a report reads the snapshots at the period's edges and month ends, not every day.
 */
export interface MemberSnapshot extends MemberMoves {
  day: string;
  state: MemberState;
  totals: MemberMoves;
  /** The first run: nothing to compare with, so no joins or leaves are counted. */
  baseline?: boolean;
}

/** One member as the snapshot counts them: the tables, the organisation's key and type, a short hash of the address. */
export interface CountedMember {
  person: string;
  workTableIds: readonly string[];
  organisation?: string;
  organisationType?: string;
}

/**
 * A member as the daily count compares them: the first 16 hex digits of the SHA-256 of the address (lower case),
 * enough to tell a network's members apart, kept only until the next count.
 */
export function memberKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 16);
}

/** Members, organisations and types of the directory as it is. */
export function memberState(members: readonly CountedMember[]): MemberState {
  const tables: Record<string, { members: number; organisations: Set<string> }> = {};
  const types: Record<string, { members: number; organisations: Set<string> }> = {};
  for (const member of members) {
    if (member.workTableIds.length === 0) continue;
    for (const id of member.workTableIds) {
      tables[id] ??= { members: 0, organisations: new Set() };
      tables[id].members++;
      if (member.organisation) tables[id].organisations.add(member.organisation);
    }
    const type = member.organisationType ?? "unknown";
    types[type] ??= { members: 0, organisations: new Set() };
    types[type].members++;
    if (member.organisation) types[type].organisations.add(member.organisation);
  }
  const counted = (groups: typeof tables) =>
    Object.fromEntries(
      Object.entries(groups).map(([id, g]) => [id, { members: g.members, organisations: g.organisations.size }]),
    );
  return { tables: counted(tables), types: counted(types) };
}

/** Two counts of moves added, table by table. */
export function addMoves(a: MemberMoves, b: MemberMoves): MemberMoves {
  const add = (x: Record<string, number>, y: Record<string, number>) => {
    const out = { ...x };
    for (const [id, n] of Object.entries(y)) out[id] = (out[id] ?? 0) + n;
    return out;
  };
  return { joins: add(a.joins, b.joins), leaves: add(a.leaves, b.leaves) };
}

export const NO_MOVES: MemberMoves = { joins: {}, leaves: {} };

/**
 * The days whose snapshot (the last one on or before the day) a report needs: the first day, each month's end
 * (the day after it) and the day after the last, for the period and the year before; none after today.
 */
export function snapshotDays(periods: readonly ReportPeriod[], today: string): string[] {
  const days = periods.flatMap((p) => {
    const endDay = addDays(p.to, 1);
    return [p.from, ...periodMonths(p).map((m) => earlierDay(monthEnd(m), endDay)), endDay];
  });
  return [...new Set(days.map((d) => earlierDay(d, today)))].sort();
}

/** Who joined and who left each table between two sets of members (by the short hashes). */
export function memberChanges(
  before: ReadonlyMap<string, ReadonlySet<string>>,
  after: ReadonlyMap<string, ReadonlySet<string>>,
): { joins: Record<string, number>; leaves: Record<string, number> } {
  const joins: Record<string, number> = {};
  const leaves: Record<string, number> = {};
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(id) ?? new Set<string>();
    const is = after.get(id) ?? new Set<string>();
    const joined = [...is].filter((p) => !was.has(p)).length;
    const left = [...was].filter((p) => !is.has(p)).length;
    if (joined) joins[id] = joined;
    if (left) leaves[id] = left;
  }
  return { joins, leaves };
}

export interface TableMembers {
  workTableId: string;
  /** At the start of the period; null when the daily run had not counted yet. */
  start: Headcount | null;
  end: Headcount | null;
  joins: number;
  leaves: number;
}

export interface MemberFigures {
  tables: TableMembers[];
  /** People in at least one table (each once), at the start and the end; null before the first count. */
  network: { start: number | null; end: number | null };
  /** Members of each table at the end of each month (null: not counted yet, or still to come). */
  byMonth: { month: string; tables: Record<string, number | null> }[];
}

/**
 * The snapshots a report reads, in order, with the directory as it is now (`live`, day = today) last: the state
 * at any day is the last one on or before it, the directory's for a day still to come.
 */
export function memberTimeline(snapshots: readonly MemberSnapshot[], today: string, live?: MemberSnapshot) {
  const ordered = [...snapshots].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  if (live) ordered.push(live);
  const at = (day: string) => (day > today ? ordered.at(-1) : ordered.filter((s) => s.day <= day).at(-1));
  return { ordered, at };
}

/**
 * Members per table at the start and end of the period, and the joins and leaves in it: the start is the last
 * snapshot on or before the first day, the end the last one on or before the day after the last (the directory
 * now while that day has not come); the joins and leaves are the difference of the two snapshots' totals (all of
 * them since the first count when the period began before it), so start + joins − leaves = end.
 */
export function memberFigures(
  period: ReportPeriod,
  tableIds: readonly string[],
  timeline: ReturnType<typeof memberTimeline>,
  today: string,
): MemberFigures {
  const first = timeline.ordered.filter((s) => s.day <= period.from).at(-1);
  const endDay = addDays(period.to, 1);
  const last = timeline.at(endDay);
  const moved = (kind: keyof MemberMoves, id: string) => (last?.totals[kind][id] ?? 0) - (first?.totals[kind][id] ?? 0);
  const tables = tableIds.map((workTableId) => ({
    workTableId,
    start: first ? headcount(first.state, workTableId) : null,
    end: last ? headcount(last.state, workTableId) : null,
    joins: moved("joins", workTableId),
    leaves: moved("leaves", workTableId),
  }));
  const byMonth = periodMonths(period).map((month) => {
    const edge = earlierDay(monthEnd(month), endDay);
    const snapshot = `${month}-01` <= today ? timeline.at(edge) : undefined;
    return {
      month,
      tables: Object.fromEntries(
        tableIds.map((id) => [id, snapshot ? (snapshot.state.tables[id]?.members ?? 0) : null]),
      ),
    };
  });
  const people = (state: MemberState | undefined) =>
    state ? sum(Object.values(state.types).map((t) => t.members)) : null;
  return { tables, network: { start: people(first?.state), end: people(last?.state) }, byMonth };
}

const headcount = (state: MemberState, id: string): Headcount => state.tables[id] ?? { members: 0, organisations: 0 };

/** People by organisation type at the end of the period; below three people shown as "< 3". */
export interface TypeFigure {
  type: OrganisationType | "unknown";
  people: MaskedCount;
  organisations: number;
}

/** People by organisation type as the period ended (the same state as the members' end). */
export function organisationTypeFigures(
  period: ReportPeriod,
  timeline: ReturnType<typeof memberTimeline>,
): TypeFigure[] {
  const end = timeline.at(addDays(period.to, 1))?.state;
  return [...ORGANISATION_TYPES, "unknown" as const].map((type) => {
    const count = end?.types[type] ?? { members: 0, organisations: 0 };
    return { type, people: masked(count.members), organisations: count.organisations };
  });
}

/** A count of people as a breakdown may show it: none, or three and more; one or two become "< 3". */
export const masked = (n: number): MaskedCount => (n > 0 && n < SMALL_COUNT ? "< 3" : n);

// ---- applications ----

export const APPLICATION_OUTCOMES = ["accepted", "declined", "withdrawn"] as const;
export type ApplicationOutcome = (typeof APPLICATION_OUTCOMES)[number];

/** An application as the report keeps it: its table, when it came in (confirmed), and how it ended. */
export interface ApplicationFact {
  workTableId: string;
  receivedAt: string;
  outcome?: ApplicationOutcome;
  decidedAt?: string;
}

export interface ApplicationCounts {
  received: number;
  accepted: number;
  declined: number;
  withdrawn: number;
  /** Still waiting for a decision. */
  open: number;
}

export interface TableApplications extends ApplicationCounts {
  workTableId: string;
  /** Median days from receipt to the decision of the decided ones (one decimal); null when none was decided. */
  medianDaysToDecision: number | null;
}

export interface ApplicationFigures {
  tables: TableApplications[];
  total: TableApplications & { workTableId: "all" };
  /** Applications received in each month, by how they ended. */
  byMonth: ({ month: string } & ApplicationCounts)[];
}

/** Applications received in the period (by Berlin day), with their outcomes and the time to a decision. */
export function applicationFigures(
  period: ReportPeriod,
  tableIds: readonly string[],
  facts: readonly ApplicationFact[],
): ApplicationFigures {
  // Each fact's Berlin day once (a time zone's formatting is the costly part with thousands of facts).
  const received = facts
    .map((fact) => ({ fact, day: berlinDayOf(fact.receivedAt) }))
    .filter(({ day }) => day >= period.from && day <= period.to);
  const inPeriod = received.map(({ fact }) => fact);
  const figure = (list: readonly ApplicationFact[]) => {
    const counts = countOutcomes(list);
    const days = list.flatMap((f) =>
      f.decidedAt && (f.outcome === "accepted" || f.outcome === "declined")
        ? [(Date.parse(f.decidedAt) - Date.parse(f.receivedAt)) / DAY_MS]
        : [],
    );
    return { ...counts, medianDaysToDecision: median(days) };
  };
  const byMonth = periodMonths(period).map((month) => ({
    month,
    ...countOutcomes(received.filter(({ day }) => day.startsWith(month)).map(({ fact }) => fact)),
  }));
  return {
    tables: tableIds.map((workTableId) => ({
      workTableId,
      ...figure(inPeriod.filter((f) => f.workTableId === workTableId)),
    })),
    total: { workTableId: "all", ...figure(inPeriod) },
    byMonth,
  };
}

function countOutcomes(list: readonly ApplicationFact[]): ApplicationCounts {
  const counts = { received: list.length, accepted: 0, declined: 0, withdrawn: 0, open: 0 };
  for (const fact of list) counts[fact.outcome ?? "open"]++;
  return counts;
}

/** The median of some numbers, to one decimal; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.round(value * 10) / 10;
}

// ---- events ----

/** One meeting or conference as the report counts it (read by the store from the event's items). */
export interface EventFacts {
  id: string;
  title: string;
  /** A meeting's table; absent for a conference. */
  workTableId?: string;
  startsAt: string;
  cancelled: boolean;
  capacity?: number;
  /** Invitations queued by the event's invitation mailing. */
  invited: number;
  /** Partners the event's mailings skipped because their address is suppressed (bounced, complained, erased). */
  suppressed: number;
  answers: { yes: number; no: number; waitlisted: number };
  /** Attendance recorded as present (in person or by a deputy), and their distinct organisations. */
  present: number;
  organisationsPresent: number;
  /** Whether anyone's attendance was recorded at all. */
  recorded: boolean;
  /** Organisations of the people with a place (the fallback while no attendance is recorded). */
  organisationsAnswered: number;
}

export interface EventAttendance {
  id: string;
  title: string;
  workTableId?: string;
  date: string;
  /** Present as recorded, or, while nothing was recorded, the answers with a place. */
  people: number;
  organisations: number;
  source: "attendance" | "answers";
}

export interface TableMeetings {
  workTableId: string;
  held: number;
  /** People present, summed over the meetings (one person at three meetings counts three times). */
  attendances: number;
  /** The largest number of organisations at one of the meetings. */
  organisationsAtMost: number;
}

export interface ConferenceFigure extends EventAttendance {
  invited: number;
  answersYes: number;
  answersNo: number;
  waitlisted: number;
  capacity: number | null;
}

export interface EventFigures {
  tables: TableMeetings[];
  total: { held: number; attendances: number };
  meetings: EventAttendance[];
  conferences: ConferenceFigure[];
}

/** Events held in the period (started by now, not cancelled): meetings per table, and the conferences. */
export function eventFigures(
  period: ReportPeriod,
  tableIds: readonly string[],
  events: readonly EventFacts[],
  now: Date,
): EventFigures {
  const held = events
    .filter((e) => !e.cancelled && inBerlinPeriod(e.startsAt, period) && Date.parse(e.startsAt) <= now.getTime())
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const attendance = (e: EventFacts): EventAttendance => ({
    id: e.id,
    title: e.title,
    ...(e.workTableId ? { workTableId: e.workTableId } : {}),
    date: berlinDayOf(e.startsAt),
    people: e.recorded ? e.present : e.answers.yes,
    organisations: e.recorded ? e.organisationsPresent : e.organisationsAnswered,
    source: e.recorded ? "attendance" : "answers",
  });
  const meetings = held.filter((e) => e.workTableId).map(attendance);
  const tables = tableIds.map((workTableId) => {
    const mine = meetings.filter((m) => m.workTableId === workTableId);
    return {
      workTableId,
      held: mine.length,
      attendances: sum(mine.map((m) => m.people)),
      organisationsAtMost: Math.max(0, ...mine.map((m) => m.organisations)),
    };
  });
  const conferences = held
    .filter((e) => !e.workTableId)
    .map((e) => ({
      ...attendance(e),
      invited: e.invited,
      answersYes: e.answers.yes,
      answersNo: e.answers.no,
      waitlisted: e.answers.waitlisted,
      capacity: e.capacity ?? null,
    }));
  return {
    tables,
    total: { held: meetings.length, attendances: sum(meetings.map((m) => m.people)) },
    meetings,
    conferences,
  };
}

// ---- mails ----

export interface MailDay {
  day: string;
  sent: number;
  failed: number;
  uncertain: number;
}

export interface MailFigures {
  sent: number;
  failed: number;
  uncertain: number;
  /** Partners the mailings of the period's events skipped: their address is on the suppression list. */
  suppressed: number;
}

export function mailFigures(
  period: ReportPeriod,
  days: readonly MailDay[],
  events: readonly EventFacts[],
): MailFigures {
  const inPeriod = days.filter((d) => d.day >= period.from && d.day <= period.to);
  return {
    sent: sum(inPeriod.map((d) => d.sent)),
    failed: sum(inPeriod.map((d) => d.failed)),
    uncertain: sum(inPeriod.map((d) => d.uncertain)),
    suppressed: sum(events.filter((e) => inBerlinPeriod(e.startsAt, period)).map((e) => e.suppressed)),
  };
}

// ---- the report ----

export interface ReportFigures {
  period: ReportPeriod;
  members: MemberFigures;
  organisationTypes: TypeFigure[];
  applications: ApplicationFigures;
  events: EventFigures;
  mails: MailFigures;
}

/** Whether a period had anything to count: the year before "exists" for the comparison only then. */
export function hasActivity(figures: ReportFigures): boolean {
  return (
    figures.members.tables.some((t) => (t.end?.members ?? 0) > 0 || t.joins > 0) ||
    figures.applications.total.received > 0 ||
    figures.events.total.held > 0 ||
    figures.events.conferences.length > 0 ||
    figures.mails.sent > 0
  );
}

/**
 * The change from the year before (one decimal; the page and the CSV write it "+3", "−2", "±0"); none where either
 * number is missing or masked.
 */
export function change(current: number | "< 3" | null | undefined, previous: number | "< 3" | null | undefined) {
  if (typeof current !== "number" || typeof previous !== "number") return undefined;
  const difference = Math.round((current - previous) * 10) / 10;
  return difference;
}

/** The Berlin calendar day of an instant. */
export function berlinDayOf(iso: string): string {
  return berlinDay().format(new Date(iso));
}
const berlinDay = once(
  () =>
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Berlin",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }),
);

export const inBerlinPeriod = (iso: string, period: ReportPeriod) => {
  const day = berlinDayOf(iso);
  return day >= period.from && day <= period.to;
};

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
