import type { AuditEntry } from "../domain/audit.ts";

/** Where a list goes on: opaque here (the store's position, or one of this module's); the edge seals it. */
type Position = Record<string, unknown>;

/** What reading the audit log needs (AuditRepository is one). */
export interface AuditReader {
  /** Newest first; `action` keeps entries whose action starts with it, `actor` those of one actor. */
  list(filter: {
    action?: string;
    actor?: string;
    limit: number;
    startKey?: Position;
  }): Promise<{ items: AuditEntry[]; nextKey?: Position }>;
  /** Every entry about one thing, oldest first. */
  about(type: string, id: string): Promise<AuditEntry[]>;
}

export interface AuditQuery {
  /** The thing the entries are about, e.g. `{ type: "application", id }`. */
  subject?: { type: string; id: string };
  /** Who made the changes (an address, `link:partner`, `system`). */
  actor?: string;
  /** The start of the action, e.g. `meeting.` or `partner.remove_from_table`. */
  action?: string;
  /** Entries at or after this instant. */
  from?: Date;
  /** Entries at or before this instant. */
  to?: Date;
  limit: number;
  /** Where the page before ended. */
  position?: Position;
}

export type AuditQueryOutcome =
  | { kind: "ok"; items: AuditEntry[]; next?: Position }
  /** A position of another kind of query (with a subject, or without): start from the first page. */
  | { kind: "bad_position" };

/** How many pages of the whole log one query reads at most, skipping entries after `to`; then it hands a position back. */
const MAX_READS = 5;

/**
 * The audit log, newest first, by thing, actor, action and period, page by page. Without a subject it reads the
 * whole log's index (entries after `to` are passed over, entries before `from` end the list); with one, the thing's
 * own entries. A page may hold fewer entries than asked for while a position follows.
 */
export async function queryAudit(deps: { audit: AuditReader }, query: AuditQuery): Promise<AuditQueryOutcome> {
  const actor = query.actor?.trim().toLowerCase() || undefined;
  const action = query.action?.trim() || undefined;
  const inPeriod = (entry: AuditEntry) => {
    const at = Date.parse(entry.at);
    return (!query.from || at >= query.from.getTime()) && (!query.to || at <= query.to.getTime());
  };
  if (query.subject) {
    const after = query.position?.after;
    if (query.position && (typeof after !== "string" || Object.keys(query.position).length !== 1)) {
      return { kind: "bad_position" };
    }
    const before = typeof after === "string" ? after : undefined;
    const entries = (await deps.audit.about(query.subject.type, query.subject.id))
      .filter((e) => (!actor || e.actor === actor) && (!action || e.action.startsWith(action)) && inPeriod(e))
      .map((e) => ({ entry: e, key: `${e.at}#${e.id}` }))
      .sort((a, b) => b.key.localeCompare(a.key))
      .filter(({ key }) => before === undefined || key < before);
    const page = entries.slice(0, query.limit);
    const last = page.at(-1);
    return {
      kind: "ok",
      items: page.map(({ entry }) => entry),
      ...(entries.length > query.limit && last ? { next: { after: last.key } } : {}),
    };
  }
  if (query.position && "after" in query.position) return { kind: "bad_position" };
  const items: AuditEntry[] = [];
  let position = query.position;
  for (let reads = 0; reads < MAX_READS; reads++) {
    const page = await deps.audit.list({
      ...(action ? { action } : {}),
      ...(actor ? { actor } : {}),
      limit: query.limit - items.length,
      ...(position ? { startKey: position } : {}),
    });
    position = page.nextKey;
    let older = false;
    let later = false;
    for (const entry of page.items) {
      if (query.to && Date.parse(entry.at) > query.to.getTime()) {
        later = true;
        continue;
      }
      if (query.from && Date.parse(entry.at) < query.from.getTime()) {
        older = true;
        break;
      }
      items.push(entry);
    }
    if (older) return { kind: "ok", items };
    // Only entries after the period passed over make it read on; the store fills a page as far as it can.
    if (!position || items.length >= query.limit || !later) break;
  }
  return { kind: "ok", items, ...(position ? { next: position } : {}) };
}
