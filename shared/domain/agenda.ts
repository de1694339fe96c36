import * as z from "zod/mini";
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
  }),
);

/** The whole agenda, as `PUT …/agenda` takes it: the order of the items is the agenda's order. */
export const agendaInputSchema = once(() =>
  z.strictObject({ items: z.array(agendaItemInput()).check(z.maxLength(MAX_AGENDA_ITEMS)) }),
);
export type AgendaInput = z.output<ReturnType<typeof agendaInputSchema>>;

export interface AgendaItem {
  id: string;
  title: string;
  presenter?: string;
  minutes?: number;
  note?: string;
  status: AgendaStatus;
}

/** The items with ids (a new item gets one) and a status (accepted unless said). */
export function agendaItems(input: AgendaInput, newId: () => string): AgendaItem[] {
  return input.items.map((item) => ({
    ...item,
    id: item.id ?? newId(),
    status: item.status ?? "accepted",
  }));
}

/** What invitations, reminders and calendar entries show: the accepted items, in order. */
export const acceptedItems = (items: readonly AgendaItem[] | undefined) =>
  (items ?? []).filter((item) => item.status === "accepted");
