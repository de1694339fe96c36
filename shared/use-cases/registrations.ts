import type { NewAuditEntry } from "../domain/audit.ts";
import type { Conference, Rsvp } from "../domain/conference.ts";
import type { Locale } from "../domain/locale.ts";
import type { RegistrationMailData } from "../domain/mail.ts";
import { eventMailFacts } from "../domain/mailing-mail-data.ts";
import {
  CHECK_IN_ALPHABET,
  EVENT_LIST,
  hasFreePlace,
  type PlaceCount,
  type PlanRequest,
  placeIssues,
  planRegistration,
  type Registration,
  type RegistrationStatus,
} from "../domain/places.ts";
import type { AppLogger } from "../logging/logger.ts";
import type { Places } from "./ports.ts";

/** Who a registration is for, as the directory knows them (locale and handle for their mail and its links). */
export interface RegistrationPerson {
  email: string;
  name: string;
  organisation?: string | null;
  locale?: Locale;
  handle?: string;
}

export interface RegistrationDeps {
  places: Places;
  conferences: { get(id: string): Promise<Conference | undefined> };
  partners: { get(email: string): Promise<RegistrationPerson | undefined> };
  logger?: Pick<AppLogger, "warn" | "error">;
  /** Pauses between tries when answers collide (tests and benches may shorten them). */
  pause?: (attempt: number) => Promise<void>;
}

/** How often a write is tried when others write the same counts at the same moment. */
const ATTEMPTS = 400;

/**
 * A random pause that grows with each try (up to a second): many answers at once spread out instead of all
 * reading and writing again together, so each round writes one and wastes few tries.
 */
const defaultPause = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.random() * Math.min(1000, 8 * 2 ** Math.min(attempt, 7))));

/** A new code for the door: eight letters and digits nobody confuses (`XXXX-XXXX`). */
export function newCheckInCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const chars = [...bytes].map((b) => CHECK_IN_ALPHABET[b % CHECK_IN_ALPHABET.length]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

/** An answer from before places were counted: its "yes" holds a place. */
export function registrationOf(rsvp: Rsvp | undefined): Rsvp | undefined {
  if (!rsvp || rsvp.status || rsvp.answer !== "yes") return rsvp;
  return { ...rsvp, status: "confirmed" };
}

/** Whether the person holds a place or waits for one. */
export const isActive = (status: RegistrationStatus | undefined) => status === "confirmed" || status === "waitlisted";

/** The lists of an event: its own and one per workshop. */
export const listsOf = (event: Pick<Conference, "workshops">) => [
  EVENT_LIST,
  ...(event.workshops ?? []).map((w) => w.id),
];

export const capacityOf = (event: Pick<Conference, "capacity" | "workshops">, list: string) =>
  list === EVENT_LIST ? event.capacity : event.workshops?.find((w) => w.id === list)?.capacity;

export interface Standing {
  rsvp: Rsvp;
  /** The place on the event's waiting list (1: next), when waiting. */
  position?: number;
  /** Per workshop chosen: the place on its waiting list, when waiting. */
  workshopPositions: Record<string, number>;
}

export type RegistrationOutcome =
  | ({ kind: "ok"; changed: boolean } & Standing)
  | { kind: "organisation_full"; limit: number }
  | { kind: "gone" };

interface ChangeOptions {
  actor: string;
  /** The audit entry's action, e.g. `rsvp.answer`, `registration.remove`. */
  action: string;
  deputy?: string;
  /** A coordinator's (or contact's) removal: the person is told. */
  removedBy?: string;
}

/**
 * Writes one change of a person's registration: reads the answer and the counts, plans (domain/places.ts), and
 * writes it all at once with the mail it causes; when another write came first, reads again and tries again.
 * So 50 answers at once for 10 places give exactly 10 places and 40 on the list, in the order they were written.
 */
export async function changeRegistration(
  deps: RegistrationDeps,
  event: Conference,
  person: RegistrationPerson,
  request: PlanRequest,
  options: ChangeOptions,
  now: Date,
): Promise<RegistrationOutcome> {
  let conference = event;
  let eventChanged = false;
  const pause = deps.pause ?? defaultPause;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (attempt > 0) await pause(attempt);
    if (eventChanged) {
      // Only when the event itself changed (its places, its workshops): most tries lost to another answer.
      const fresh = await deps.conferences.get(event.id);
      if (!fresh) return { kind: "gone" };
      conference = fresh;
    }
    const [read, counts] = await Promise.all([
      deps.places.rsvpOf(conference.id, person.email),
      deps.places.counts(conference.id, listsOf(conference)),
    ]);
    const current = registrationOf(read);
    const planned = planRegistration(conference, current, request, counts, person.organisation);
    if (planned.kind !== "ok") return planned;
    const { plan } = planned;
    const unchanged =
      request.kind !== "answer" && plan.counts.length === 0 && plan.put.length === 0 && plan.remove.length === 0;
    if (unchanged) {
      // Nothing to promote or move: the person is not (or no longer) where the request expected them.
      return current ? { kind: "ok", changed: false, ...(await standingOf(deps, current)) } : { kind: "gone" };
    }
    const rsvp = nextRsvp(conference, person, current, request, plan.after, options, now);
    const after = new Map(plan.counts.map((c) => [c.list, c]));
    const positions = positionsAfter(rsvp, plan.put, after);
    const mail = mailOf(conference, person, current, rsvp, request, options, positions);
    const audit: NewAuditEntry = {
      at: now.toISOString(),
      actor: options.actor,
      action: options.action,
      subject: { type: "partner", id: person.email },
      before: summary(current),
      after: { conference: conference.id, ...summary(rsvp) },
    };
    const written = await deps.places.write(
      {
        conference,
        rsvp,
        revisionBefore: read?.revision,
        counts: plan.counts,
        put: plan.put,
        remove: plan.remove,
        ...(mail ? { mail } : {}),
        audit,
      },
      now,
    );
    if (written !== "written") {
      eventChanged = written === "event_changed";
      continue;
    }
    const standing = await standingOf(deps, rsvp, positions.event, positions.workshops);
    return { kind: "ok", changed: true, ...standing };
  }
  deps.logger?.error("registration not written: too many others at once", { conference: event.id });
  throw new Error("The registration could not be written: too many answers at once.");
}

/** What the audit log keeps of a registration: answer, standing and workshops, no name. */
const summary = (rsvp: Rsvp | undefined) => ({
  answer: rsvp?.answer ?? null,
  status: rsvp?.status ?? null,
  deputy: rsvp?.deputy ?? null,
  workshops: rsvp?.picks?.map((p) => `${p.workshopId}:${p.status}`) ?? [],
});

function nextRsvp(
  conference: Conference,
  person: RegistrationPerson,
  current: Rsvp | undefined,
  request: PlanRequest,
  after: Registration,
  options: ChangeOptions,
  now: Date,
): Rsvp {
  const answer = request.kind === "answer" ? request.answer : (current?.answer ?? "yes");
  const deputy = request.kind === "answer" ? (answer === "yes" ? options.deputy : undefined) : current?.deputy;
  const code = current?.code ?? (after.status === "confirmed" ? newCheckInCode() : undefined);
  return {
    conferenceId: conference.id,
    email: person.email,
    name: person.name,
    organisation: person.organisation ?? null,
    answer,
    ...(deputy ? { deputy } : {}),
    answeredAt: request.kind === "answer" ? now.toISOString() : (current?.answeredAt ?? now.toISOString()),
    ...(after.status ? { status: after.status } : {}),
    ...(after.rank !== undefined && after.status === "waitlisted" ? { rank: after.rank } : {}),
    ...(after.picks?.length ? { picks: after.picks } : {}),
    ...(code ? { code } : {}),
    ...(options.removedBy ? { removedBy: options.removedBy } : {}),
    revision: (current?.revision ?? 0) + 1,
  };
}

/**
 * Positions known from the write itself: a person who joins a list now is last on it, so their position is the
 * list's count of waiting people after the write.
 */
function positionsAfter(
  rsvp: Rsvp,
  put: readonly { list: string; rank: number }[],
  counts: ReadonlyMap<string, PlaceCount>,
): { event?: number; workshops: Record<string, number> } {
  const joined = (list: string, rank: number | undefined) =>
    put.some((p) => p.list === list && p.rank === rank) && (counts.get(list)?.nextRank ?? 0) === (rank ?? 0) + 1;
  const result: { event?: number; workshops: Record<string, number> } = { workshops: {} };
  if (rsvp.status === "waitlisted" && joined(EVENT_LIST, rsvp.rank)) {
    result.event = counts.get(EVENT_LIST)?.waiting;
  }
  for (const pick of rsvp.picks ?? []) {
    if (pick.status === "waitlisted" && joined(pick.workshopId, pick.rank)) {
      const waiting = counts.get(pick.workshopId)?.waiting;
      if (waiting !== undefined) result.workshops[pick.workshopId] = waiting;
    }
  }
  return result;
}

/** Where a person stands: their answer and, where they wait, their positions (read where not known). */
export async function standingOf(
  deps: Pick<RegistrationDeps, "places">,
  rsvp: Rsvp,
  eventPosition?: number,
  workshopPositions: Record<string, number> = {},
): Promise<Standing> {
  const position =
    rsvp.status === "waitlisted" && rsvp.rank !== undefined
      ? (eventPosition ?? (await deps.places.position(rsvp.conferenceId, EVENT_LIST, rsvp.rank)))
      : undefined;
  const positions = { ...workshopPositions };
  for (const pick of rsvp.picks ?? []) {
    if (pick.status === "waitlisted" && pick.rank !== undefined && positions[pick.workshopId] === undefined) {
      positions[pick.workshopId] = await deps.places.position(rsvp.conferenceId, pick.workshopId, pick.rank);
    }
  }
  return { rsvp, ...(position !== undefined ? { position } : {}), workshopPositions: positions };
}

const picksKey = (rsvp: Rsvp | undefined) =>
  JSON.stringify((rsvp?.picks ?? []).map((p) => [p.workshopId, p.status === "pending" ? "pending" : p.status]));

/** The mail a change causes, if any: a new standing, a place from a list, a removal. A "no" by link sends none. */
function mailOf(
  conference: Conference,
  person: RegistrationPerson,
  before: Rsvp | undefined,
  after: Rsvp,
  request: PlanRequest,
  options: ChangeOptions,
  positions: { event?: number; workshops: Record<string, number> },
) {
  let outcome: RegistrationMailData["outcome"] | undefined;
  if (request.kind === "promote") outcome = request.list === EVENT_LIST ? "promoted" : "workshop_promoted";
  else if (request.kind === "answer" && request.answer === "yes") {
    const newStanding = !isActive(before?.status);
    if (newStanding || picksKey(before) !== picksKey(after)) {
      outcome = after.status === "waitlisted" ? "waitlisted" : "confirmed";
    }
  } else if (request.kind === "answer" && options.removedBy && isActive(before?.status)) outcome = "removed";
  if (!outcome) return undefined;
  const workshops = (after.picks ?? []).flatMap((pick) => {
    const workshop = conference.workshops?.find((w) => w.id === pick.workshopId);
    if (!workshop) return [];
    const position = positions.workshops[pick.workshopId];
    return [{ slot: workshop.slot, title: workshop.title, status: pick.status, ...(position ? { position } : {}) }];
  });
  const data: RegistrationMailData = {
    ...eventMailFacts(conference),
    outcome,
    ...(after.status === "waitlisted" && positions.event ? { position: positions.event } : {}),
    ...(after.status === "confirmed" && after.code && outcome !== "removed" ? { code: after.code } : {}),
    ...(workshops.length > 0 && outcome !== "removed" ? { workshops } : {}),
    partnerName: person.name,
    partnerEmail: person.email,
    ...(person.handle ? { partnerHandle: person.handle } : {}),
  };
  return {
    id: `registration-${conference.id}-${after.revision}-${crypto.randomUUID().slice(0, 8)}`,
    kind: "registration" as const,
    to: [{ name: person.name, email: person.email }],
    ...(conference.replyTo ? { replyTo: conference.replyTo } : {}),
    locale: person.locale ?? "de",
    data,
  };
}

/**
 * Gives free places to the first on each waiting list (the event's first, then each workshop's), one at a time,
 * each with its mail: after a "no", a removal, more places. Safe to run at once from several places (each
 * promotion is conditional on the counts it read). Returns how many were promoted.
 */
export async function fillPlaces(deps: RegistrationDeps, eventId: string, now: Date): Promise<number> {
  let promoted = 0;
  let lists = [EVENT_LIST];
  for (let index = 0; index < lists.length; index++) {
    const list = lists[index] as string;
    for (let guard = 0; guard < 10_000; guard++) {
      const event = await deps.conferences.get(eventId);
      if (event?.status !== "planned" || Date.parse(event.startsAt) <= now.getTime()) return promoted;
      if (index === 0) lists = listsOf(event);
      const count = (await deps.places.counts(event.id, [list])).get(list);
      if (!count || count.waiting <= 0 || !hasFreePlace(count, capacityOf(event, list))) break;
      const [first] = await deps.places.waiting(event.id, list, 1);
      if (!first) {
        deps.logger?.warn("waiting list counts people it does not hold", { conference: event.id, list });
        break;
      }
      const rsvp = await deps.places.rsvp(event.id, first.personKey);
      if (!rsvp) {
        // The person's data was erased: their place on the list goes with it.
        await deps.places.dropStale(event.id, { list, rank: first.rank }, count);
        continue;
      }
      const partner = await deps.partners.get(rsvp.email);
      const person: RegistrationPerson = {
        email: rsvp.email,
        name: partner?.name ?? rsvp.name,
        organisation: rsvp.organisation ?? null,
        ...(partner?.locale ? { locale: partner.locale } : {}),
        ...(partner?.handle ? { handle: partner.handle } : {}),
      };
      const outcome = await changeRegistration(
        deps,
        event,
        person,
        { kind: "promote", list },
        { actor: "system", action: "registration.promote" },
        now,
      );
      if (outcome.kind === "ok" && outcome.changed) promoted++;
      else if (outcome.kind === "ok") {
        deps.logger?.warn("first on the waiting list is not waiting", { conference: event.id, list });
        break;
      }
    }
  }
  return promoted;
}

/**
 * The rules on an event's places for a change (domain/places.ts `placeIssues`): the counts of the lists it had and
 * has are read where the event exists already.
 */
export async function placeRuleIssues(
  deps: Pick<RegistrationDeps, "places">,
  before: Conference | undefined,
  after: Conference,
): Promise<{ path: string; message: string }[]> {
  const lists = [...new Set([...(before ? listsOf(before) : []), ...listsOf(after)])];
  const counts = before ? await deps.places.counts(before.id, lists) : new Map<string, PlaceCount>();
  return placeIssues(after, counts);
}

/**
 * After a change of an event's places (more places, a later deadline): the first waiting get the free places at
 * once. The change is written already: a failure is logged, and the stream's reaction retries.
 */
export async function fillAfterChange(deps: RegistrationDeps, eventId: string, now: Date): Promise<void> {
  try {
    await fillPlaces(deps, eventId, now);
  } catch (error) {
    deps.logger?.error("promotion after a change of places failed; the stream retries it", {
      conference: eventId,
      error: (error as Error).name,
    });
  }
}
