import { randomUUID } from "node:crypto";
import type { AttendanceEntry } from "../domain/attendance.ts";
import type { Conference } from "../domain/conference.ts";
import {
  canonicalJson,
  hasUnpublishedChanges,
  type Minutes,
  type MinutesBody,
  type MinutesFrame,
  type MinutesInput,
  minutesFrame,
  type Publication,
} from "../domain/minutes.ts";
import type { WorkTable } from "../domain/work-table.ts";

/** What drafting and publishing minutes need: the stored minutes, the attendance, who may own a task. */
export interface MinutesDeps {
  minutes: {
    get(conferenceId: string): Promise<Minutes | undefined>;
    saveDraft(
      event: Conference,
      before: Minutes | undefined,
      body: MinutesBody,
      actor: string,
      now: Date,
    ): Promise<Minutes | undefined>;
    publish(
      event: Conference,
      minutes: Minutes,
      frame: MinutesFrame,
      actor: string,
      now: Date,
    ): Promise<Publication | undefined>;
  };
  attendance: { list(conferenceId: string): Promise<AttendanceEntry[]> };
  partners: {
    get(email: string): Promise<{ name: string; workTableIds: Set<string> } | undefined>;
  };
  workTables: { get(id: string): Promise<WorkTable | undefined> };
  access: { coordinator(email: string): Promise<{ name?: string } | undefined> };
}

type Issue = { path: string; message: string };

export type SaveMinutesOutcome =
  | { kind: "ok"; minutes: Minutes }
  | { kind: "cancelled" }
  /** Someone saved or published since the version the change was made from. */
  | { kind: "stale" }
  | { kind: "invalid"; issues: Issue[] };

/**
 * Who may own a task, with the name the minutes show: for a meeting its table's members, contact and deputy; for a
 * conference any partner; a coordinator always. Undefined for anyone else (the reminder would go to a stranger).
 */
async function ownerName(deps: MinutesDeps, event: Conference, email: string): Promise<string | undefined> {
  const table = event.workTableId ? await deps.workTables.get(event.workTableId) : undefined;
  for (const person of [table?.contact, table?.deputy]) {
    if (person && person.email.toLowerCase() === email) return person.name;
  }
  const partner = await deps.partners.get(email);
  if (partner && (!event.workTableId || partner.workTableIds.has(event.workTableId))) return partner.name;
  const coordinator = await deps.access.coordinator(email);
  return coordinator ? (coordinator.name ?? email) : undefined;
}

/**
 * Saves the minutes' draft (issue 21): the text, the decisions and the tasks in their order, a new entry with a
 * fresh id; each task's owner must be someone of the event (see `ownerName`). Over the version the change was
 * made from (`expected`: the draft's `updatedAt`, or "" when there was none yet). Nothing is sent: publishing does.
 */
export async function saveMinutes(
  deps: MinutesDeps,
  event: Conference,
  input: MinutesInput,
  expected: string | undefined,
  actor: string,
  now: Date,
  newId: () => string = randomUUID,
): Promise<SaveMinutesOutcome> {
  if (event.status === "cancelled") return { kind: "cancelled" };
  const before = await deps.minutes.get(event.id);
  if (expected !== undefined && expected !== (before?.updatedAt ?? "")) return { kind: "stale" };
  const issues: Issue[] = [];
  const tasks = await Promise.all(
    (input.tasks ?? []).map(async (task, index) => {
      const name = await ownerName(deps, event, task.owner);
      if (!name) {
        issues.push({
          path: `tasks.${index}.owner`,
          message: event.workTableId
            ? "is not a member, contact person or coordinator of this work table"
            : "is not a partner of the network or a coordinator",
        });
      }
      return { id: task.id ?? newId(), text: task.text, owner: task.owner, ownerName: name ?? "", due: task.due };
    }),
  );
  if (issues.length > 0) return { kind: "invalid", issues };
  const body: MinutesBody = {
    ...(input.text ? { text: input.text } : {}),
    decisions: (input.decisions ?? []).map((d) => ({ id: d.id ?? newId(), text: d.text })),
    tasks,
  };
  const saved = await deps.minutes.saveDraft(event, before, body, actor, now);
  return saved ? { kind: "ok", minutes: saved } : { kind: "stale" };
}

export type PublishOutcome =
  | { kind: "ok"; publication: Publication }
  | { kind: "cancelled" }
  /** No minutes written yet. */
  | { kind: "empty" }
  /** Nothing changed since the last publication: a correction needs a change. */
  | { kind: "unchanged" }
  | { kind: "stale" };

/**
 * Publishes the minutes (issue 21) with their frame filled in from the event, its attendance and its agenda: the
 * table's members (a conference's: every partner) get them by mail, once per publication, the archive files them,
 * and their tasks become items of their own. A second publication is a correction and says so.
 */
export async function publishMinutes(
  deps: MinutesDeps,
  event: Conference,
  actor: string,
  now: Date,
): Promise<PublishOutcome> {
  if (event.status === "cancelled") return { kind: "cancelled" };
  const minutes = await deps.minutes.get(event.id);
  if (!minutes || (!minutes.text && minutes.decisions.length === 0 && minutes.tasks.length === 0)) {
    return { kind: "empty" };
  }
  const frame = minutesFrame(event, await deps.attendance.list(event.id));
  // A correction needs a change: of the text, decisions or tasks, or of the frame (attendance, agenda, place).
  const sameFrame = canonicalJson(frame) === canonicalJson(minutes.published?.frame);
  if (!hasUnpublishedChanges(minutes) && sameFrame) return { kind: "unchanged" };
  const publication = await deps.minutes.publish(event, minutes, frame, actor, now);
  return publication ? { kind: "ok", publication } : { kind: "stale" };
}
