import * as z from "zod/mini";
import { acceptedItems } from "./agenda.ts";
import type { AttendanceEntry } from "./attendance.ts";
import type { Conference } from "./conference.ts";
import { once } from "./once.ts";
import { emailAddress, line, paragraph } from "./text.ts";

/**
 * An event's minutes (issue 21): a free text, the decisions and the tasks (what, who, by when) as entries of their
 * own, drafted in the console and published to the table's members (a conference's: every partner). Publishing
 * files a copy with its frame (event, time, place, who was there and excused, the agenda) in the archive; a later
 * publication is a correction, sent once and marked as such.
 */

export const MAX_DECISIONS = 50;
export const MAX_TASKS = 50;

/** A calendar date, `YYYY-MM-DD`. */
const isoDate = () => z.iso.date();

export const minutesInputSchema = once(() =>
  z.strictObject({
    text: z.optional(z.string().check(z.trim(), z.maxLength(20_000))).check(
      z.refine((v) => v === undefined || paragraph(20_000).safeParse(v).success || v === "", {
        message: "must not contain control characters",
      }),
    ),
    decisions: z.optional(
      z.array(z.strictObject({ id: z.optional(z.uuid()), text: paragraph(2000) })).check(z.maxLength(MAX_DECISIONS)),
    ),
    tasks: z.optional(
      z
        .array(
          z.strictObject({
            id: z.optional(z.uuid()),
            text: line(300),
            owner: emailAddress(),
            /** What a read returns beside the owner; ignored (the name comes from the directory). */
            ownerName: z.optional(z.string()),
            due: isoDate(),
          }),
        )
        .check(z.maxLength(MAX_TASKS)),
    ),
  }),
);
export type MinutesInput = z.output<ReturnType<typeof minutesInputSchema>>;

export interface Decision {
  id: string;
  text: string;
}

/** A task as the minutes hold it: the owner by address (for the reminder) and by name (for the readers). */
export interface MinutesTask {
  id: string;
  text: string;
  owner: string;
  ownerName: string;
  /** `YYYY-MM-DD`, a day in Europe/Berlin. */
  due: string;
}

/** Who appears in the frame: name and organisation (an erased person: `ERASED_NAME`), and a deputy's name. */
export interface FramePerson {
  name: string;
  organisation?: string | null;
  deputy?: string;
}

/** What the minutes' head says, filled in from the event, its attendance and its agenda when published. */
export interface MinutesFrame {
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  table?: { numeral: string; name: string };
  present: FramePerson[];
  excused: FramePerson[];
  agenda: { title: string; presenter?: string }[];
}

/** The text, decisions and tasks of one version of the minutes. */
export interface MinutesBody {
  text?: string;
  decisions: Decision[];
  tasks: MinutesTask[];
}

/** A published version: the body and frame as sent, when, by whom, and its number (2 and more: corrections). */
export interface Publication extends MinutesBody {
  number: number;
  frame: MinutesFrame;
  publishedAt: string;
  publishedBy: string;
}

/** The minutes of one event as stored: the draft being worked on, and the last publication. */
export interface Minutes extends MinutesBody {
  conferenceId: string;
  workTableId?: string;
  updatedAt: string;
  updatedBy: string;
  published?: Publication;
}

/** The frame of an event's minutes: its facts, who was there or excused (by name), and its accepted agenda. */
export function minutesFrame(event: Conference, attendance: readonly AttendanceEntry[]): MinutesFrame {
  const person = (entry: AttendanceEntry): FramePerson => ({
    name: entry.name,
    organisation: entry.organisation ?? null,
    ...(entry.deputy ? { deputy: entry.deputy } : {}),
  });
  const byName = (a: FramePerson, b: FramePerson) => a.name.localeCompare(b.name, "de");
  return {
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    location: event.location,
    ...(event.table ? { table: event.table } : {}),
    present: attendance
      .filter((e) => e.status === "present")
      .map(person)
      .sort(byName),
    excused: attendance
      .filter((e) => e.status === "excused")
      .map(person)
      .sort(byName),
    agenda: acceptedItems(event.agendaItems).map(({ title, presenter }) => ({
      title,
      ...(presenter ? { presenter } : {}),
    })),
  };
}

/** A value as JSON with every object's keys sorted: stored maps come back in any order of their keys. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Whether the draft differs from what was last published (a correction waits to be sent). */
export function hasUnpublishedChanges(minutes: Minutes): boolean {
  const body = (m: MinutesBody) => canonicalJson([m.text ?? "", m.decisions, m.tasks]);
  return !minutes.published || body(minutes) !== body(minutes.published);
}

/** A task's state: open until its owner (by the link in the reminder) or the contact marks it done. */
export type TaskStatus = "open" | "done";

/**
 * A task as an item of its own, written when its minutes are published (issue 21): the table's list, the
 * reminder before the due date and the next invitation find it by index, and its owner marks it done by a link.
 */
export interface Task {
  id: string;
  conferenceId: string;
  /** The table whose meeting gave the task; none for a conference's. */
  workTableId?: string;
  eventTitle: string;
  /** The event's season, which names a conference in mails. */
  eventSeason: Conference["season"];
  text: string;
  owner: string;
  ownerName: string;
  due: string;
  status: TaskStatus;
  createdAt: string;
  updatedAt: string;
  doneAt?: string;
  doneBy?: string;
  /** When the reminder before the due date was queued: once per task. */
  remindedAt?: string;
}

/** Open and past its due date: the due day (Europe/Berlin) is before `today` (`YYYY-MM-DD`). */
export const isOverdue = (task: Pick<Task, "status" | "due">, today: string) =>
  task.status === "open" && task.due < today;
