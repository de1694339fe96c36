import * as z from "zod/mini";
import type { Rsvp } from "./conference.ts";
import { once } from "./once.ts";
import { emailAddress, personName } from "./text.ts";
import { ATTENDANCE_STATUSES } from "./vocabulary.ts";

/**
 * Who was at an event (issue 21): one entry per person, recorded by the contact person (a meeting) or a
 * coordinator (a conference) on the day, starting from the answers to the invitation. A member may send a deputy
 * from their own organisation: then the entry is `present` and names the deputy.
 */
export { ATTENDANCE_STATUSES };
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** More entries than a network has partners is a mistake; the bound keeps one PUT a bounded write. */
export const MAX_ATTENDANCE_ENTRIES = 1000;

export const attendanceEntryInput = once(() =>
  z
    .strictObject({
      email: emailAddress(),
      status: z.enum(ATTENDANCE_STATUSES),
      deputy: z.optional(personName(120)),
    })
    .check(
      z.refine((entry) => entry.deputy === undefined || entry.status === "present", {
        message: "a deputy attends in the member's place: only with status present",
        path: ["deputy"],
      }),
    ),
);

/** The whole list, as `PUT …/attendance` takes it: a person left out has no entry any more. */
export const attendanceInputSchema = once(() =>
  z.strictObject({
    entries: z.array(attendanceEntryInput()).check(
      z.maxLength(MAX_ATTENDANCE_ENTRIES),
      z.refine((entries) => new Set(entries.map((e) => e.email)).size === entries.length, {
        message: "names each person once",
      }),
    ),
  }),
);
export type AttendanceInput = z.output<ReturnType<typeof attendanceInputSchema>>;

/**
 * One person's entry as stored: who (name and organisation as the directory had them), the state, the deputy. An
 * erased person's entry keeps the organisation and the state, without an address, named `ERASED_NAME`.
 */
export interface AttendanceEntry {
  conferenceId: string;
  /** Absent once the person was erased. */
  email?: string;
  name: string;
  organisation?: string | null;
  status: AttendanceStatus;
  deputy?: string;
  recordedAt: string;
  recordedBy: string;
}

export { ERASED_NAME } from "./erased-name.ts";

/** Someone the list starts with: a member of the table (a meeting), or a partner who answered (a conference). */
export interface ExpectedPerson {
  email: string;
  name: string;
  organisation?: string | null;
}

/** A row of the list before it is saved: the recorded state, else what the answer suggests. */
export interface AttendanceRow extends ExpectedPerson {
  status: AttendanceStatus;
  deputy?: string;
  /** Whether the state was recorded (false: suggested by the answer, or nothing known yet). */
  recorded: boolean;
  answer?: Rsvp["answer"];
}

/**
 * The list as the console shows it on the day: everyone expected, everyone who answered and everyone already
 * recorded, once each, by name. A recorded entry wins; otherwise a "yes" suggests present (with the deputy the
 * member named), a "no" excused, no answer absent.
 */
export function attendanceRows(
  expected: readonly ExpectedPerson[],
  rsvps: readonly Rsvp[],
  recorded: readonly AttendanceEntry[],
): AttendanceRow[] {
  const rows = new Map<string, AttendanceRow>();
  const answers = new Map(rsvps.map((r) => [r.email, r]));
  for (const person of [...expected, ...rsvps]) {
    if (rows.has(person.email)) continue;
    const answer = answers.get(person.email);
    rows.set(person.email, {
      email: person.email,
      name: person.name,
      organisation: person.organisation ?? null,
      // A "yes" still waiting for a place (issue 22) is no one expected at the door.
      status:
        answer?.answer === "yes" && answer.status !== "waitlisted"
          ? "present"
          : answer?.answer === "no"
            ? "excused"
            : "absent",
      ...(answer?.deputy ? { deputy: answer.deputy } : {}),
      recorded: false,
      ...(answer ? { answer: answer.answer } : {}),
    });
  }
  for (const entry of recorded) {
    if (!entry.email) continue;
    const answer = answers.get(entry.email)?.answer;
    rows.set(entry.email, {
      email: entry.email,
      name: entry.name,
      organisation: entry.organisation ?? null,
      status: entry.status,
      ...(entry.deputy ? { deputy: entry.deputy } : {}),
      recorded: true,
      ...(answer ? { answer } : {}),
    });
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, "de") || a.email.localeCompare(b.email));
}
