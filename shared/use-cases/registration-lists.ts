import type { AttendanceEntry } from "../domain/attendance.ts";
import type { Conference, Rsvp } from "../domain/conference.ts";
import { EVENT_LIST, normaliseCheckInCode, type PickStatus, type RegistrationStatus } from "../domain/places.ts";
import { takesRegistrations } from "./answer-rsvp.ts";
import {
  changeRegistration,
  fillPlaces,
  isActive,
  listsOf,
  type RegistrationDeps,
  type RegistrationPerson,
  registrationOf,
} from "./registrations.ts";

/**
 * What the organisers do with an event's places (issue 22): the lists (with a place, waiting in order,
 * cancelled), removing someone, moving someone up a waiting list, and checking people in at the door.
 */

export interface RegistrationRow {
  email: string;
  name: string;
  organisation: string | null;
  status: RegistrationStatus;
  position?: number;
  deputy?: string;
  workshops: { id: string; status: PickStatus; position?: number }[];
  answeredAt: string;
  code?: string;
  checkedInAt?: string;
}

export interface PlaceSummary {
  id: string;
  title?: string;
  slot?: string;
  capacity?: number;
  confirmed: number;
  waitlisted: number;
}

export interface RegistrationLists {
  /** With a place (by answer time), waiting (by position), cancelled (by answer time). */
  rows: RegistrationRow[];
  places: PlaceSummary[];
  registrationOpen: boolean;
}

export interface ListDeps extends RegistrationDeps {
  attendance: { list(conferenceId: string): Promise<AttendanceEntry[]> };
}

const ORDER: Record<RegistrationStatus, number> = { confirmed: 0, waitlisted: 1, cancelled: 2 };

/** Everyone who said yes to an event, where they stand, and the counts of every list: one Query per list. */
export async function registrationLists(deps: ListDeps, event: Conference, now: Date): Promise<RegistrationLists> {
  const lists = listsOf(event);
  const [rsvps, counts, attendance, queues] = await Promise.all([
    deps.places.rsvps(event.id),
    deps.places.counts(event.id, lists),
    deps.attendance.list(event.id),
    Promise.all(lists.map(async (list) => [list, await deps.places.waiting(event.id, list)] as const)),
  ]);
  // A position is the place in its list's order: the waiting lists are read once, not once per person.
  const positions = new Map<string, Map<number, number>>(
    queues.map(([list, entries]) => [list, new Map(entries.map((e, index) => [e.rank, index + 1]))]),
  );
  const present = new Map(attendance.flatMap((a) => (a.email && a.status === "present" ? [[a.email, a]] : [])));
  const rows: RegistrationRow[] = [];
  for (const read of rsvps) {
    const rsvp = registrationOf(read);
    if (!rsvp?.status) continue;
    const position =
      rsvp.status === "waitlisted" && rsvp.rank !== undefined ? positions.get(EVENT_LIST)?.get(rsvp.rank) : undefined;
    const checkedIn = present.get(rsvp.email);
    rows.push({
      email: rsvp.email,
      name: rsvp.name,
      organisation: rsvp.organisation ?? null,
      status: rsvp.status,
      ...(position ? { position } : {}),
      ...(rsvp.deputy && isActive(rsvp.status) ? { deputy: rsvp.deputy } : {}),
      workshops: (rsvp.picks ?? []).map((pick) => {
        const at =
          pick.status === "waitlisted" && pick.rank !== undefined
            ? positions.get(pick.workshopId)?.get(pick.rank)
            : undefined;
        return { id: pick.workshopId, status: pick.status, ...(at ? { position: at } : {}) };
      }),
      answeredAt: rsvp.answeredAt,
      ...(rsvp.status === "confirmed" && rsvp.code ? { code: rsvp.code } : {}),
      ...(checkedIn ? { checkedInAt: checkedIn.recordedAt } : {}),
    });
  }
  rows.sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      (a.position ?? 0) - (b.position ?? 0) ||
      a.answeredAt.localeCompare(b.answeredAt),
  );
  const places: PlaceSummary[] = lists.map((list) => {
    const count = counts.get(list);
    const workshop = event.workshops?.find((w) => w.id === list);
    const capacity = list === EVENT_LIST ? event.capacity : workshop?.capacity;
    return {
      id: list,
      ...(workshop ? { title: workshop.title, slot: workshop.slot } : {}),
      ...(capacity !== undefined ? { capacity } : {}),
      confirmed: count?.confirmed ?? 0,
      waitlisted: count?.waiting ?? 0,
    };
  });
  return { rows, places, registrationOpen: takesRegistrations(event, now) };
}

async function personOf(deps: RegistrationDeps, rsvp: Rsvp): Promise<RegistrationPerson> {
  const partner = await deps.partners.get(rsvp.email);
  return {
    email: rsvp.email,
    name: partner?.name ?? rsvp.name,
    organisation: rsvp.organisation ?? null,
    ...(partner?.locale ? { locale: partner.locale } : {}),
    ...(partner?.handle ? { handle: partner.handle } : {}),
  };
}

export type AdminChangeOutcome = { kind: "ok" } | { kind: "not_found" } | { kind: "closed" };

const closed = (event: Conference, now: Date) =>
  event.status !== "planned" || Date.parse(event.startsAt) <= now.getTime();

/**
 * The organisers take someone off the event (a place or the waiting list): the person is told by mail (with a
 * calendar entry that cancels theirs), and the place goes to the first waiting at once.
 */
export async function removeRegistration(
  deps: RegistrationDeps,
  event: Conference,
  email: string,
  actor: string,
  now: Date,
): Promise<AdminChangeOutcome> {
  if (closed(event, now)) return { kind: "closed" };
  const rsvp = registrationOf(await deps.places.rsvpOf(event.id, email));
  if (!rsvp || !isActive(rsvp.status)) return { kind: "not_found" };
  await changeRegistration(
    deps,
    event,
    await personOf(deps, rsvp),
    { kind: "answer", answer: "no", workshops: [] },
    { actor, action: "registration.remove", removedBy: actor },
    now,
  );
  await fillPlaces(deps, event.id, now);
  return { kind: "ok" };
}

/**
 * The organisers put someone first on a waiting list (the event's, or a workshop's): the next free place is
 * theirs; with one free now, they get it at once.
 */
export async function moveUp(
  deps: RegistrationDeps,
  event: Conference,
  email: string,
  list: string,
  actor: string,
  now: Date,
): Promise<AdminChangeOutcome> {
  if (closed(event, now)) return { kind: "closed" };
  if (!listsOf(event).includes(list)) return { kind: "not_found" };
  const rsvp = registrationOf(await deps.places.rsvpOf(event.id, email));
  const waiting =
    list === EVENT_LIST
      ? rsvp?.status === "waitlisted"
      : rsvp?.picks?.some((p) => p.workshopId === list && p.status === "waitlisted");
  if (!rsvp || !waiting) return { kind: "not_found" };
  const [first] = await deps.places.waiting(event.id, list, 1);
  await changeRegistration(
    deps,
    event,
    await personOf(deps, rsvp),
    { kind: "move_up", list, firstRank: first?.rank ?? Number.MAX_SAFE_INTEGER },
    { actor, action: "registration.move_up" },
    now,
  );
  await fillPlaces(deps, event.id, now);
  return { kind: "ok" };
}

export interface CheckInDeps extends Pick<RegistrationDeps, "places"> {
  attendance: {
    list(conferenceId: string): Promise<AttendanceEntry[]>;
    checkIn(
      event: Conference,
      person: { email: string; name: string; organisation?: string | null; deputy?: string | undefined },
      actor: string,
      now: Date,
    ): Promise<boolean>;
  };
}

export type CheckInOutcome =
  | { kind: "checked_in"; rsvp: Rsvp }
  /** Checked in before: when, and by whom. */
  | { kind: "already"; rsvp: Rsvp; at: string }
  /** Registered, but without a place (waiting, or cancelled): not let in by the list. */
  | { kind: "no_place"; rsvp: Rsvp }
  | { kind: "not_found" }
  | { kind: "cancelled" };

/** Who a code (as typed or scanned) or an address names among an event's answers. */
export async function findRegistration(
  deps: Pick<RegistrationDeps, "places">,
  event: Conference,
  who: { code: string } | { email: string },
): Promise<Rsvp | undefined> {
  if ("email" in who) return registrationOf(await deps.places.rsvpOf(event.id, who.email));
  const code = normaliseCheckInCode(who.code);
  if (!code) return undefined;
  return registrationOf((await deps.places.rsvps(event.id)).find((r) => r.code === code));
}

/**
 * Checks a person in at the door (issue 22): only someone with a place; the attendance of the event says
 * `present` (the work-table year's attendance list, issue 21). The same person twice: "already", nothing written.
 */
export async function checkIn(
  deps: CheckInDeps,
  event: Conference,
  who: { code: string } | { email: string },
  actor: string,
  now: Date,
): Promise<CheckInOutcome> {
  if (event.status !== "planned") return { kind: "cancelled" };
  const rsvp = await findRegistration(deps, event, who);
  if (!rsvp) return { kind: "not_found" };
  if (rsvp.status !== "confirmed") return { kind: "no_place", rsvp };
  const written = await deps.attendance.checkIn(
    event,
    { email: rsvp.email, name: rsvp.name, organisation: rsvp.organisation ?? null, deputy: rsvp.deputy },
    actor,
    now,
  );
  if (written) return { kind: "checked_in", rsvp };
  const entry = (await deps.attendance.list(event.id)).find((a) => a.email === rsvp.email);
  return { kind: "already", rsvp, at: entry?.recordedAt ?? now.toISOString() };
}
