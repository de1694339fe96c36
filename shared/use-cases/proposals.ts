import { randomUUID } from "node:crypto";
import {
  type AgendaItem,
  MAX_AGENDA_ITEMS,
  MAX_PROPOSALS_PER_PERSON,
  type Proposal,
  type ProposalInput,
  proposalsOpen,
} from "../domain/agenda.ts";
import type { Conference } from "../domain/conference.ts";
import type { Locale } from "../domain/locale.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { LinkOutcome } from "./link-outcome.ts";
import type { StoreWrite } from "./ports.ts";

type Proposer = { email: string; name: string; locale: Locale; workTableIds: Set<string> };

export interface ProposalDeps {
  signer: () => Promise<TokenSigner>;
  conferences: {
    get(id: string): Promise<Conference | undefined>;
    replace(
      before: Conference,
      changes: Partial<Conference>,
      now: Date,
      record: { actor: string; action: string },
      extra?: StoreWrite[],
    ): Promise<Conference | undefined>;
  };
  partners: { byHandle(handle: string): Promise<Proposer | undefined> };
  proposals: { list(conferenceId: string): Promise<Proposal[]>; proposalWrite(proposal: Proposal): StoreWrite };
}

/** A member's own proposals for an event, with the state of each as the agenda has it now. */
export type OwnProposal = { item: Pick<AgendaItem, "title" | "status">; proposal: Proposal };

export type ProposalLoad =
  | LinkOutcome<{ event: Conference; proposer: Proposer; mine: OwnProposal[]; open: boolean }>
  /** The link's person left the meeting's table (or was erased). */
  | { kind: "no_access" };

/** The event a proposal link names, the member's own proposals, and whether proposals are still taken. */
export async function loadProposalLink(deps: ProposalDeps, token: string, now: Date): Promise<ProposalLoad> {
  const check = (await deps.signer()).verify(token, "propose", now);
  if (!check.ok) return { kind: check.reason };
  const [conferenceId, handle, ...rest] = check.subject.split("|");
  if (!conferenceId || !handle || rest.length > 0) return { kind: "invalid" };
  const [event, proposer] = await Promise.all([deps.conferences.get(conferenceId), deps.partners.byHandle(handle)]);
  if (!event) return { kind: "not_found" };
  if (!proposer || (event.workTableId && !proposer.workTableIds.has(event.workTableId))) return { kind: "no_access" };
  const items = new Map((event.agendaItems ?? []).map((item) => [item.id, item]));
  const mine = (await deps.proposals.list(event.id))
    .filter((p) => p.email === proposer.email)
    .map((proposal) => ({
      proposal,
      item: items.get(proposal.itemId) ?? { title: "", status: "declined" as const },
    }))
    .filter((own) => own.item.title !== "");
  return { kind: "ok", event, proposer, mine, open: proposalsOpen(event, now) };
}

export type ProposeOutcome =
  | ProposalLoad
  | { kind: "closed"; event: Conference }
  | { kind: "too_many"; event: Conference };

/**
 * A member proposes an agenda item through the link in the invitation (issue 21), until the deadline the contact
 * set: it joins the agenda as `proposed` (the contact accepts or declines it; the proposer is told), at most
 * `MAX_PROPOSALS_PER_PERSON` per person and event. The item, who proposed it and the audit entry are one write;
 * a change of the agenda at the same moment is read again and the proposal added to it.
 */
export async function proposeItem(
  deps: ProposalDeps,
  token: string,
  input: ProposalInput,
  now: Date,
): Promise<ProposeOutcome> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const loaded = await loadProposalLink(deps, token, now);
    if (loaded.kind !== "ok") return loaded;
    const { event, proposer } = loaded;
    if (!loaded.open) return { kind: "closed", event };
    const items = event.agendaItems ?? [];
    if (loaded.mine.length >= MAX_PROPOSALS_PER_PERSON || items.length >= MAX_AGENDA_ITEMS) {
      return { kind: "too_many", event };
    }
    const item: AgendaItem = {
      id: randomUUID(),
      title: input.title,
      ...(input.minutes ? { minutes: input.minutes } : {}),
      ...(input.note ? { note: input.note } : {}),
      status: "proposed",
      fromMember: true,
    };
    const proposal: Proposal = {
      conferenceId: event.id,
      itemId: item.id,
      email: proposer.email,
      name: proposer.name,
      locale: proposer.locale,
      proposedAt: now.toISOString(),
    };
    const saved = await deps.conferences.replace(
      event,
      { agendaItems: [...items, item] },
      now,
      { actor: "link:partner", action: "agenda.propose" },
      [deps.proposals.proposalWrite(proposal)],
    );
    if (saved) return { kind: "ok", event: saved, proposer, mine: [...loaded.mine, { item, proposal }], open: true };
  }
  throw new Error("The agenda kept changing while a proposal was added.");
}
