import {
  type Conference,
  MEETING_REMINDER_DAYS,
  seasonOf,
  timeIssues,
  withChanges,
  withWorkshopIds,
} from "../domain/conference.ts";
import { type ConferenceInput, OPTIONAL_EVENT_FIELDS } from "../domain/conference-input.ts";
import { isUuid } from "../domain/ids.ts";
import { placeIssues } from "../domain/places.ts";
import type { WorkTable } from "../domain/work-table.ts";
import { fillAfterChange, placeRuleIssues, type RegistrationDeps } from "./registrations.ts";

/** Who made a change and as what: the audit entry the store writes with it. */
export interface MeetingChangeRecord {
  actor: string;
  action: "meeting.create" | "meeting.update" | "meeting.cancel";
  note?: string;
}

/** What the meeting use cases need of the stored events (ConferenceRepository is one). */
export interface MeetingStore {
  get(id: string): Promise<Conference | undefined>;
  /** One work table's meetings, latest start first. */
  meetings(workTableId: string): Promise<Conference[]>;
  /** The meeting and its audit entry, at once. */
  create(
    input: ConferenceInput,
    now: Date,
    record: MeetingChangeRecord,
    meeting: Required<Pick<Conference, "workTableId" | "table" | "replyTo">>,
  ): Promise<Conference>;
  /** The changed meeting and its audit entry, only if nobody changed it since `before` was read; else undefined. */
  replace(
    before: Conference,
    changes: Partial<Conference>,
    now: Date,
    record: MeetingChangeRecord,
  ): Promise<Conference | undefined>;
}

export interface MeetingDeps extends Partial<Pick<RegistrationDeps, "places" | "partners" | "logger">> {
  conferences: Pick<MeetingStore, "get" | "create" | "replace">;
}

/** A rule a meeting's times break: the field and the domain's message (see `timeIssues`). */
export type MeetingIssue = { path: string; message: string };

/** What a meeting is planned with: a conference's fields but the season, which is its start's. */
export type MeetingInput = Omit<ConferenceInput, "season">;

/** A change of a meeting: any of its fields; `null` removes an optional one (link, agenda, reminder). */
export type MeetingChanges = {
  [K in keyof MeetingInput]?: K extends (typeof OPTIONAL_EVENT_FIELDS)[number]
    ? MeetingInput[K] | null
    : MeetingInput[K];
};

/** A form that shows every field (the console's): what it leaves empty is removed. */
export function wholeMeeting(input: MeetingInput): MeetingChanges {
  const changes: MeetingChanges = { ...input };
  for (const field of OPTIONAL_EVENT_FIELDS) {
    if (input[field] === undefined) (changes as Record<string, unknown>)[field] = null;
  }
  return changes;
}

/** A meeting to plan as a script sends it: the title, the invitation and the reminder may be left out. */
export type MeetingDraft = Omit<MeetingInput, "title" | "inviteAt" | "reminderAt"> & {
  title?: string | undefined;
  inviteAt?: string | undefined;
  /** `null`: no reminder. */
  reminderAt?: string | null | undefined;
};

const DAY_MS = 86_400_000;

/**
 * What the console's form does with the fields left empty: the table's title (`defaultTitle`), invited a minute
 * from now (the schedule needs a time ahead), reminded two days before the start when that is more than a day
 * after the invitation.
 */
export function meetingWithDefaults(draft: MeetingDraft, defaultTitle: string, now: Date): MeetingInput {
  const { title, inviteAt, reminderAt, ...rest } = draft;
  const invite = inviteAt ?? new Date(now.getTime() + 60_000).toISOString();
  const remind = new Date(Date.parse(draft.startsAt) - MEETING_REMINDER_DAYS * DAY_MS);
  const reminder =
    reminderAt === undefined
      ? remind.getTime() > Date.parse(invite) + DAY_MS
        ? remind.toISOString()
        : undefined
      : (reminderAt ?? undefined);
  return { ...rest, title: title ?? defaultTitle, inviteAt: invite, ...(reminder ? { reminderAt: reminder } : {}) };
}

/** The meeting of this id, only if it belongs to this table (an id of another shape names none). */
export async function meetingOf(
  deps: { conferences: Pick<MeetingStore, "get"> },
  table: Pick<WorkTable, "id">,
  id: string,
): Promise<Conference | undefined> {
  const meeting = isUuid(id) ? await deps.conferences.get(id) : undefined;
  return meeting?.workTableId === table.id ? meeting : undefined;
}

export type PlanOutcome = { kind: "ok"; meeting: Conference } | { kind: "invalid"; issues: MeetingIssue[] };

/**
 * A contact person or a coordinator plans a meeting of the table: mailed by the conference engine to the table's
 * members only, replies to the table's contact. Its times follow the conferences' rules; its season is its start's.
 */
export async function planMeeting(
  deps: MeetingDeps,
  table: Pick<WorkTable, "id" | "numeral" | "name" | "contact">,
  input: MeetingInput,
  actor: string,
  now: Date,
): Promise<PlanOutcome> {
  const issues = [
    ...timeIssues(input, now),
    ...placeIssues({ ...input, workshops: withWorkshopIds(input.workshops ?? []) }, new Map()),
  ];
  if (issues.length > 0) return { kind: "invalid", issues };
  const meeting = await deps.conferences.create(
    { ...input, season: seasonOf(input.startsAt) },
    now,
    { actor, action: "meeting.create" },
    {
      workTableId: table.id,
      table: { numeral: table.numeral, name: table.name },
      replyTo: { name: table.contact.name, email: table.contact.email },
    },
  );
  return { kind: "ok", meeting };
}

export type ChangeOutcome =
  | { kind: "ok"; meeting: Conference }
  | { kind: "not_found" }
  /** Cancelled: nothing about it changes any more. */
  | { kind: "cancelled"; meeting: Conference }
  /** Changed since the version the change was made from (`expectedVersion`). */
  | { kind: "stale"; meeting: Conference }
  | { kind: "invalid"; meeting: Conference; issues: MeetingIssue[] }
  /** Changed by someone else at the same moment: nothing written. */
  | { kind: "conflict" };

/**
 * A planned meeting changes: only over the version it was read in (`expectedVersion`, its `updatedAt`; without
 * it, the version read now). An invitation already sent keeps its time; times already passed may stay, new ones
 * must be ahead (`timeIssues`). A change of time or place reaches the invited as an update (the stream's work).
 */
export async function changeMeeting(
  deps: MeetingDeps,
  table: Pick<WorkTable, "id">,
  meetingId: string,
  changes: MeetingChanges,
  options: { expectedVersion?: string; actor: string },
  now: Date,
): Promise<ChangeOutcome> {
  const before = await meetingOf(deps, table, meetingId);
  if (!before) return { kind: "not_found" };
  if (before.status !== "planned") return { kind: "cancelled", meeting: before };
  if (options.expectedVersion !== undefined && options.expectedVersion !== before.updatedAt) {
    return { kind: "stale", meeting: before };
  }
  const change: Partial<Record<keyof Conference, unknown>> = { ...changes };
  // An invitation already sent stays as it was (its time is in the past and cannot change).
  if (change.inviteAt !== undefined && Date.parse(before.inviteAt) <= now.getTime()) change.inviteAt = before.inviteAt;
  if (typeof change.startsAt === "string") change.season = seasonOf(change.startsAt);
  const candidate = withChanges(before, change);
  const issues = [
    ...timeIssues(candidate, now, before),
    ...(deps.places ? await placeRuleIssues({ places: deps.places }, before, candidate) : []),
  ];
  if (issues.length > 0) return { kind: "invalid", meeting: before, issues };
  const updated = await deps.conferences.replace(before, change as Partial<Conference>, now, {
    actor: options.actor,
    action: "meeting.update",
  });
  if (updated && deps.places && deps.partners) {
    // More places: the first waiting get them at once.
    const { places, partners, logger } = deps;
    await fillAfterChange(
      { places, partners, conferences: deps.conferences, ...(logger ? { logger } : {}) },
      updated.id,
      now,
    );
  }
  return updated ? { kind: "ok", meeting: updated } : { kind: "conflict" };
}

export type CancelOutcome =
  | { kind: "ok"; meeting: Conference }
  | { kind: "not_found" }
  /** Cancelled before: nothing changed now. */
  | { kind: "cancelled"; meeting: Conference }
  | { kind: "conflict" };

/** A planned meeting is cancelled, with an optional note the cancellation mail carries (and the audit entry). */
export async function cancelMeeting(
  deps: MeetingDeps,
  table: Pick<WorkTable, "id">,
  meetingId: string,
  note: string | undefined,
  actor: string,
  now: Date,
): Promise<CancelOutcome> {
  const meeting = await meetingOf(deps, table, meetingId);
  if (!meeting) return { kind: "not_found" };
  if (meeting.status !== "planned") return { kind: "cancelled", meeting };
  const cancelled = await deps.conferences.replace(
    meeting,
    { status: "cancelled", cancelledAt: now.toISOString(), ...(note ? { cancellationNote: note } : {}) },
    now,
    { actor, action: "meeting.cancel", ...(note ? { note } : {}) },
  );
  return cancelled ? { kind: "ok", meeting: cancelled } : { kind: "conflict" };
}
