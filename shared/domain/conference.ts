import type * as z from "zod/mini";
import type { Registration, Workshop } from "./places.ts";
import type { conferenceRecord } from "./records.ts";
import type { MAILING_KINDS, SEASONS } from "./vocabulary.ts";

export { SEASONS } from "./vocabulary.ts";
export type Season = (typeof SEASONS)[number];

/** The mailings of a conference. `update` and `cancellation` follow a reschedule or a cancellation. */
export type MailingKind = (typeof MAILING_KINDS)[number];

/** What a mailing run sends: one of the event's mails above, or its published minutes (issue 21). */
export type MailingRun = MailingKind | "minutes";

/** One mailing of one conference: what a schedule starts (its JSON input on AWS) and a mailing run works on. */
export interface MailingTarget {
  conferenceId: string;
  kind: MailingRun;
}

/**
 * A conference of the whole network (spring or autumn), or, with `workTableId`, a meeting of one work table (its
 * shape: `conferenceRecord` in records.ts).
 */
export type Conference = z.output<typeof conferenceRecord>;

export type Answer = "yes" | "no";

/**
 * A partner's answer to an event. With a "yes", where they stand (issue 22): a place, the waiting list (`rank`),
 * or cancelled after a "yes"; the workshops they chose; the code they show at the door. An answer from before
 * places were counted has no `status`: its "yes" holds a place.
 */
export interface Rsvp extends Registration {
  conferenceId: string;
  email: string;
  name: string;
  organisation?: string | null;
  answer: Answer;
  /** Who comes in the partner's place, from their organisation (with a "yes" only; issue 21). */
  deputy?: string;
  answeredAt: string;
  /** The code shown at the door (`XXXX-XXXX`), given with the first place. */
  code?: string;
  /** Raised by every write of the answer: a write is conditional on the one it read. */
  revision?: number;
  /** Who removed the person from the event (a coordinator or contact), when that ended their registration. */
  removedBy?: string;
}

/** Whether an answer holds a place: a "yes" that is not waiting (an answer from before places counted holds one). */
export const holdsPlace = (rsvp: Pick<Rsvp, "answer" | "status">) =>
  rsvp.answer === "yes" && (rsvp.status ?? "confirmed") === "confirmed";

/**
 * The rules of a conference's times: nothing planned in the past (times already passed may stay as they are on a
 * change), the end after the start, the invitation before the start, the reminder after the invitation and before
 * the start.
 */
export function timeIssues(
  c: Pick<Conference, "startsAt" | "endsAt" | "inviteAt" | "reminderAt">,
  now: Date,
  unchanged: Partial<Record<"startsAt" | "endsAt" | "inviteAt" | "reminderAt", string>> = {},
): { path: string; message: string }[] {
  const t = (iso: string) => Date.parse(iso);
  // A form shows times to the minute: a time sent back as the form showed it is the time as stored, unchanged.
  const minute = (iso: string | undefined) => (iso === undefined ? undefined : Math.floor(t(iso) / 60_000));
  const issues: { path: string; message: string }[] = [];
  for (const field of ["startsAt", "endsAt", "inviteAt", "reminderAt"] as const) {
    const value = c[field];
    if (value && minute(unchanged[field]) !== minute(value) && t(value) <= now.getTime()) {
      issues.push({ path: field, message: "must be in the future" });
    }
  }
  if (t(c.endsAt) <= t(c.startsAt)) issues.push({ path: "endsAt", message: "must be after startsAt" });
  if (t(c.inviteAt) >= t(c.startsAt)) issues.push({ path: "inviteAt", message: "must be before startsAt" });
  if (c.reminderAt) {
    if (t(c.reminderAt) <= t(c.inviteAt)) issues.push({ path: "reminderAt", message: "must be after inviteAt" });
    if (t(c.reminderAt) >= t(c.startsAt)) issues.push({ path: "reminderAt", message: "must be before startsAt" });
  }
  return issues;
}

/** Workshops as planned, each with an id: kept where given, a new one where not. */
export function withWorkshopIds(
  workshops: readonly (Omit<Workshop, "id"> & { id?: string | undefined })[],
): Workshop[] {
  return workshops.map(({ id, ...rest }) => ({
    id: id ?? `w-${crypto.randomUUID().slice(0, 8)}`,
    ...rest,
  }));
}

/**
 * An event as a change would leave it: the changed fields over the event, a `null` removing an optional one, new
 * workshops given ids. What the rules check before the change is written.
 */
export function withChanges(before: Conference, changes: Record<string, unknown>): Conference {
  const after = { ...before, ...changes } as Conference;
  for (const [field, value] of Object.entries(changes)) {
    if (value === null || value === undefined) delete (after as unknown as Record<string, unknown>)[field];
  }
  if (after.workshops) after.workshops = withWorkshopIds(after.workshops);
  return after;
}

/** Whether a change moves the event in a calendar (and so needs an updated calendar entry). */
export function changesEvent(before: Conference, after: Conference): boolean {
  return (
    before.startsAt !== after.startsAt ||
    before.endsAt !== after.endsAt ||
    before.location !== after.location ||
    before.onlineUrl !== after.onlineUrl ||
    before.title !== after.title
  );
}

/** Words by which a title names a season itself. */
export const SEASON_WORDS: Record<Season, RegExp> = {
  spring: /frühjahr|frühling|spring/i,
  autumn: /herbst|autumn|fall\b/i,
};

/** What mails, pages and calendars put in front of a title; a title never starts with one of these itself. */
const MAIL_PREFIXES = /^(einladung|erinnerung|geändert|abgesagt|absage|test|invitation|reminder|changed|cancell?ed)\b/i;

/** What a title must not do: start with a word mails put in front of it, or name the other season. */
export function titleIssues(
  c: Pick<Conference, "season" | "title"> & { workTableId?: string | undefined },
): { path: string; message: string }[] {
  if (MAIL_PREFIXES.test(c.title)) {
    return [{ path: "title", message: "must be the event's name; mails add words such as Einladung themselves" }];
  }
  if (c.workTableId) return [];
  const other: Season = c.season === "spring" ? "autumn" : "spring";
  if (SEASON_WORDS[other].test(c.title) && !SEASON_WORDS[c.season].test(c.title)) {
    return [{ path: "title", message: `names the ${other} conference, but the season is ${c.season}` }];
  }
  return [];
}

/** The season a date falls in, to file a meeting (January–June spring, July–December autumn). */
export function seasonOf(iso: string): Season {
  return new Date(iso).getUTCMonth() < 6 ? "spring" : "autumn";
}

/** Days before a meeting its reminder goes out, unless the planner sets another time. */
export const MEETING_REMINDER_DAYS = 2;
