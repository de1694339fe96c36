import { randomUUID } from "node:crypto";
import { type AgendaInput, type AgendaItem, agendaItems, type Proposal } from "../domain/agenda.ts";
import type { Conference } from "../domain/conference.ts";
import type { NewMail } from "../domain/mail.ts";
import type { StoreWrite } from "./ports.ts";

/** What saving an agenda needs of the stored events (ConferenceRepository is one) and of the proposals. */
export interface AgendaDeps {
  conferences: {
    replace(
      before: Conference,
      changes: Partial<Conference>,
      now: Date,
      record: { actor: string; action: string },
      extra?: StoreWrite[],
    ): Promise<Conference | undefined>;
  };
  proposals: {
    list(conferenceId: string): Promise<Proposal[]>;
    decisionWrites(
      proposal: Proposal,
      outcome: "accepted" | "declined",
      mail: NewMail<"proposal_decided">,
      now: Date,
    ): StoreWrite[];
  };
}

/** Why an agenda was not saved: the event is cancelled, or someone changed it since it was read. */
export type AgendaRefusal = "cancelled" | "stale";

/** The mail that tells a member how the contact decided their proposal; one per proposal. */
export function proposalDecidedMail(
  event: Conference,
  proposal: Proposal,
  item: Pick<AgendaItem, "title">,
  outcome: "accepted" | "declined",
): NewMail<"proposal_decided"> {
  return {
    id: `proposal-${event.id}-${proposal.itemId}`,
    kind: "proposal_decided",
    to: [{ name: proposal.name, email: proposal.email }],
    locale: proposal.locale,
    data: {
      conferenceId: event.id,
      eventTitle: event.title,
      season: event.season,
      ...(event.table ? { table: event.table } : {}),
      title: item.title,
      outcome,
      proposerName: proposal.name,
    },
    ...(event.replyTo ? { replyTo: event.replyTo } : {}),
  };
}

/**
 * A coordinator (a conference) or a table's contact person (its meeting) sets the event's agenda: the items in
 * their order, a new one with a fresh id, each accepted unless said otherwise, and until when members may propose
 * items (issue 21). A member's proposal the change accepts or declines (or drops: declined) is settled and its
 * proposer told by mail, once, in the same transaction. Saved over the version read, with the items before and
 * after in the audit log. No mail goes out for the agenda itself: the next reminder carries it.
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
  const items = agendaItems(input, newId, event.agendaItems);
  const before = new Map((event.agendaItems ?? []).map((item) => [item.id, item]));
  const extra: StoreWrite[] = [];
  for (const proposal of await deps.proposals.list(event.id)) {
    if (proposal.decided) continue;
    const item = items.find((i) => i.id === proposal.itemId);
    const outcome = !item ? "declined" : item.status === "proposed" ? undefined : item.status;
    const title = item?.title ?? before.get(proposal.itemId)?.title;
    if (!outcome || !title) continue;
    extra.push(
      ...deps.proposals.decisionWrites(
        proposal,
        outcome,
        proposalDecidedMail(event, proposal, { title }, outcome),
        now,
      ),
    );
  }
  const changes: Partial<Conference> = { agendaItems: items };
  if (input.proposalsUntil !== undefined) {
    (changes as Record<string, unknown>).proposalsUntil = input.proposalsUntil;
  }
  const saved = await deps.conferences.replace(event, changes, now, { actor, action: "agenda.update" }, extra);
  return saved ? { ok: true, event: saved } : { ok: false, reason: "stale" };
}
