import * as z from "zod/mini";
import type { Locale } from "./locale.ts";
import { once } from "./once.ts";
import { line, paragraph } from "./text.ts";
import { AGENDA_STATUSES } from "./vocabulary.ts";

/**
 * An event's agenda (issue 21): items with who presents, the planned minutes and a note. `accepted` items are the
 * agenda; `proposed` ones wait for the contact person (a member's proposal), `declined` ones stay on record.
 */
export { AGENDA_STATUSES };
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];

/** At most this many items; an agenda longer than that is a programme, not a meeting's agenda. */
export const MAX_AGENDA_ITEMS = 40;

/** One item as a coordinator or contact person sends it: a new one without `id`, a kept one with its id. */
export const agendaItemInput = once(() =>
  z.strictObject({
    id: z.optional(z.uuid()),
    title: line(200),
    presenter: z.optional(line(120)),
    minutes: z.optional(z.int().check(z.gte(1), z.lte(600))),
    note: z.optional(paragraph(1000)),
    status: z.optional(z.enum(AGENDA_STATUSES)),
    /** What a read returns for a member's proposal; ignored (the stored item says whose it is). */
    fromMember: z.optional(z.literal(true)),
  }),
);

/**
 * The whole agenda, as `PUT …/agenda` takes it: the order of the items is the agenda's order; `proposalsUntil`
 * is when members' proposals close (null: none taken; absent: as it was).
 */
export const agendaInputSchema = once(() =>
  z.strictObject({
    items: z.array(agendaItemInput()).check(z.maxLength(MAX_AGENDA_ITEMS)),
    proposalsUntil: z.optional(z.nullable(z.iso.datetime({ offset: true }))),
  }),
);
export type AgendaInput = z.output<ReturnType<typeof agendaInputSchema>>;

export interface AgendaItem {
  id: string;
  title: string;
  presenter?: string;
  minutes?: number;
  note?: string;
  status: AgendaStatus;
  /** Proposed by a member through the link in the invitation (who: the event's proposal items). */
  fromMember?: true;
}

/**
 * The items with ids (a new item gets one) and a status (accepted unless said); an item a member proposed stays
 * marked as theirs (`before`: the items as stored).
 */
export function agendaItems(input: AgendaInput, newId: () => string, before: readonly AgendaItem[] = []): AgendaItem[] {
  const fromMember = new Set(before.filter((item) => item.fromMember).map((item) => item.id));
  return input.items.map(({ fromMember: _claimed, ...item }) => ({
    ...item,
    id: item.id ?? newId(),
    status: item.status ?? "accepted",
    ...(item.id && fromMember.has(item.id) ? { fromMember: true as const } : {}),
  }));
}

/** At most this many proposals per person and event. */
export const MAX_PROPOSALS_PER_PERSON = 5;

/** A member's proposal as the link's form sends it. */
export const proposalInputSchema = once(() =>
  z.strictObject({
    title: line(200),
    minutes: z.optional(z.int().check(z.gte(1), z.lte(600))),
    note: z.optional(paragraph(1000)),
  }),
);
export type ProposalInput = z.output<ReturnType<typeof proposalInputSchema>>;

/**
 * Who proposed an agenda item (issue 21), kept apart from the event so the event holds no address: told when the
 * contact accepts or declines it, found and erased with the person's other data.
 */
export interface Proposal {
  conferenceId: string;
  itemId: string;
  email: string;
  name: string;
  locale: Locale;
  proposedAt: string;
  /** Set when the proposer was told: accepted, or declined (a proposal taken off the agenda counts as declined). */
  decided?: "accepted" | "declined";
  decidedAt?: string;
}

/** Whether members may still propose: before `proposalsUntil`, and the event planned and not yet begun. */
export const proposalsOpen = (
  event: { status: string; startsAt: string; proposalsUntil?: string | undefined },
  now: Date,
) =>
  event.status === "planned" &&
  event.proposalsUntil !== undefined &&
  Date.parse(event.proposalsUntil) > now.getTime() &&
  Date.parse(event.startsAt) > now.getTime();

/** What invitations, reminders and calendar entries show: the accepted items, in order. */
export const acceptedItems = (items: readonly AgendaItem[] | undefined) =>
  (items ?? []).filter((item) => item.status === "accepted");
