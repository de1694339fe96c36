import type { Conference } from "../domain/conference.ts";
import { NETWORK_ARCHIVE } from "../domain/link-paths.ts";
import type { Publication, Task } from "../domain/minutes.ts";
import type { WorkTable } from "../domain/work-table.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { LinkOutcome } from "./link-outcome.ts";

/**
 * The links a table's mails carry for its work (issue 21), each signed for one purpose and naming no address: a
 * task's owner marks it done; a member reads the table's published minutes (the archive), only while a member.
 */

export interface TaskLinkDeps {
  minutes: {
    task(id: string): Promise<Task | undefined>;
    markDone(task: Task, actor: string, now: Date): Promise<boolean>;
  };
  signer: () => Promise<TokenSigner>;
}

/** The task a link names. */
export async function loadTaskLink(deps: TaskLinkDeps, token: string, now: Date): Promise<LinkOutcome<{ task: Task }>> {
  const check = (await deps.signer()).verify(token, "task", now);
  if (!check.ok) return { kind: check.reason };
  const task = await deps.minutes.task(check.subject);
  return task ? { kind: "ok", task } : { kind: "not_found" };
}

/** Marks the link's task done, once (audited as done by "link:owner"); `changed` false when it was done before. */
export async function markTaskDoneByLink(
  deps: TaskLinkDeps,
  token: string,
  now: Date,
): Promise<LinkOutcome<{ task: Task; changed: boolean }>> {
  const loaded = await loadTaskLink(deps, token, now);
  if (loaded.kind !== "ok") return loaded;
  if (loaded.task.status === "done") return { kind: "ok", task: loaded.task, changed: false };
  const changed = await deps.minutes.markDone(loaded.task, "link:owner", now);
  return { kind: "ok", task: (await deps.minutes.task(loaded.task.id)) ?? loaded.task, changed };
}

export interface ArchiveDeps {
  signer: () => Promise<TokenSigner>;
  partners: { byHandle(handle: string): Promise<{ workTableIds: Set<string> } | undefined> };
  workTables: { get(id: string): Promise<WorkTable | undefined> };
  conferences: { meetings(workTableId: string): Promise<Conference[]>; list(): Promise<Conference[]> };
  minutes: { get(conferenceId: string): Promise<{ published?: Publication } | undefined> };
}

export type ArchiveOutcome =
  | LinkOutcome<{ table: WorkTable | undefined; entries: { event: Conference; publication: Publication }[] }>
  /** The link's person is no member of the table any more (or was erased): no minutes for them. */
  | { kind: "no_access" };

/**
 * The published minutes an archive link opens, newest event first: a table's meetings' for a current member of
 * the table, the conferences' for a partner of the network. Who left the table (or was erased) gets `no_access`.
 */
export async function loadArchive(deps: ArchiveDeps, token: string, now: Date): Promise<ArchiveOutcome> {
  const check = (await deps.signer()).verify(token, "archive", now);
  if (!check.ok) return { kind: check.reason };
  const [scope, handle, ...rest] = check.subject.split("|");
  if (!scope || !handle || rest.length > 0) return { kind: "invalid" };
  const partner = await deps.partners.byHandle(handle);
  const table = scope === NETWORK_ARCHIVE ? undefined : await deps.workTables.get(scope);
  if (scope !== NETWORK_ARCHIVE && !table) return { kind: "not_found" };
  if (!partner || (table && !partner.workTableIds.has(table.id))) return { kind: "no_access" };
  const events = table
    ? await deps.conferences.meetings(table.id)
    : (await deps.conferences.list()).filter((event) => !event.workTableId);
  return { kind: "ok", table, entries: await publishedMinutes(deps, events) };
}

/** The events' published minutes, in the events' order (newest first as the lists give them); drafts are left out. */
export async function publishedMinutes(
  deps: Pick<ArchiveDeps, "minutes">,
  events: readonly Conference[],
): Promise<{ event: Conference; publication: Publication }[]> {
  const entries: { event: Conference; publication: Publication }[] = [];
  for (const event of events) {
    const publication = (await deps.minutes.get(event.id))?.published;
    if (publication) entries.push({ event, publication });
  }
  return entries;
}
