import { randomUUID } from "node:crypto";
import { type AgendaInput, agendaItems } from "../domain/agenda.ts";
import type { Conference } from "../domain/conference.ts";

/** What saving an agenda needs of the stored events (ConferenceRepository is one). */
export interface AgendaDeps {
  conferences: {
    replace(
      before: Conference,
      changes: Partial<Conference>,
      now: Date,
      record: { actor: string; action: string },
    ): Promise<Conference | undefined>;
  };
}

/** Why an agenda was not saved: the event is cancelled, or someone changed it since it was read. */
export type AgendaRefusal = "cancelled" | "stale";

/**
 * A coordinator (a conference) or a table's contact person (its meeting) sets the event's agenda: the items in
 * their order, a new one with a fresh id, each accepted unless said otherwise (issue 21). Saved over the version
 * read, with the items before and after in the audit log. No mail goes out for it: the next reminder carries it.
 */
export async function saveAgenda(
  deps: AgendaDeps,
  event: Conference,
  input: AgendaInput,
  actor: string,
  now: Date,
  newId: () => string = randomUUID,
): Promise<{ ok: true; event: Conference } | { ok: false; reason: AgendaRefusal }> {
  if (event.status === "cancelled") return { ok: false, reason: "cancelled" };
  const saved = await deps.conferences.replace(event, { agendaItems: agendaItems(input, newId) }, now, {
    actor,
    action: "agenda.update",
  });
  return saved ? { ok: true, event: saved } : { ok: false, reason: "stale" };
}
