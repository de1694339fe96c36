import {
  type AttendanceEntry,
  type AttendanceInput,
  type AttendanceRow,
  attendanceRows,
  type ExpectedPerson,
} from "../domain/attendance.ts";
import type { Conference, Rsvp } from "../domain/conference.ts";

/** What recording attendance needs: the stored lists, the answers, the table's members and the directory. */
export interface AttendanceDeps {
  attendance: {
    list(conferenceId: string): Promise<AttendanceEntry[]>;
    replace(
      event: Conference,
      entries: readonly Omit<AttendanceEntry, "recordedAt" | "recordedBy" | "conferenceId">[],
      before: readonly AttendanceEntry[],
      actor: string,
      now: Date,
    ): Promise<number>;
  };
  conferences: { rsvps(conferenceId: string): Promise<Rsvp[]> };
  partners: {
    all(filter: { workTableId?: string }): Promise<ExpectedPerson[]>;
    get(email: string): Promise<ExpectedPerson | undefined>;
  };
}

/** The event's list as it stands: one row per person (recorded, or suggested by the answer), and erased entries. */
export interface AttendanceSheet {
  rows: AttendanceRow[];
  /** Entries of erased people: their organisation and state, no name. */
  erased: AttendanceEntry[];
  recorded: AttendanceEntry[];
}

/**
 * The list to record from: a meeting's members, everyone who answered the invitation, and everyone recorded so far
 * (a member who left since stays on the list of a meeting they were at).
 */
export async function attendanceSheet(deps: AttendanceDeps, event: Conference): Promise<AttendanceSheet> {
  const [members, rsvps, recorded] = await Promise.all([
    event.workTableId ? deps.partners.all({ workTableId: event.workTableId }) : Promise.resolve([]),
    deps.conferences.rsvps(event.id),
    deps.attendance.list(event.id),
  ]);
  return { rows: attendanceRows(members, rsvps, recorded), erased: recorded.filter((e) => !e.email), recorded };
}

export type AttendanceOutcome =
  | { kind: "ok"; changed: number }
  | { kind: "cancelled" }
  /** Addresses of people who are neither on the list nor (for a conference) partners of the network. */
  | { kind: "unknown"; issues: { path: string; message: string }[] };

/**
 * Records who was at an event (issue 21): the whole list as given; someone left out has no entry any more. A
 * meeting records its members and whoever answered or was recorded before; a conference any partner of the
 * network. Names and organisations come from the directory, never from the request. Audited per change.
 */
export async function recordAttendance(
  deps: AttendanceDeps,
  event: Conference,
  input: AttendanceInput,
  actor: string,
  now: Date,
): Promise<AttendanceOutcome> {
  if (event.status === "cancelled") return { kind: "cancelled" };
  const sheet = await attendanceSheet(deps, event);
  const known = new Map<string, ExpectedPerson>(sheet.rows.map((row) => [row.email, row]));
  const issues: { path: string; message: string }[] = [];
  await Promise.all(
    input.entries.map(async (entry, index) => {
      if (known.has(entry.email)) return;
      const partner = event.workTableId ? undefined : await deps.partners.get(entry.email);
      if (partner) known.set(entry.email, partner);
      else {
        issues.push({
          path: `entries.${index}.email`,
          message: event.workTableId
            ? "is not a member of this work table and did not answer the invitation"
            : "is not a partner of the network",
        });
      }
    }),
  );
  if (issues.length > 0) {
    return { kind: "unknown", issues: issues.sort((a, b) => a.path.localeCompare(b.path, "en", { numeric: true })) };
  }
  const entries = input.entries.map((entry) => {
    const person = known.get(entry.email) as ExpectedPerson;
    return {
      email: entry.email,
      name: person.name,
      organisation: person.organisation ?? null,
      status: entry.status,
      ...(entry.deputy ? { deputy: entry.deputy } : {}),
    };
  });
  const changed = await deps.attendance.replace(event, entries, sheet.recorded, actor, now);
  return { kind: "ok", changed };
}
