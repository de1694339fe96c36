/**
 * Places that run out (issue 22): an event's places and its workshops' places, each with a waiting list. Pure
 * rules: what one person's answer (or a promotion, or a move up the list) does to the counts of the lists it
 * touches. The store writes the result in one transaction, conditional on the counts it read (see
 * store/places-repository.ts), so however many people answer at once, each place is given once and the waiting
 * list keeps the order in which the answers were written.
 */

import type { NewAuditEntry } from "./audit.ts";
import type { Rsvp } from "./conference.ts";
import type { NewMail } from "./mail.ts";

/** Where a person stands for an event: a place, the waiting list, or a "yes" taken back (or removed). */
export const REGISTRATION_STATUSES = ["confirmed", "waitlisted", "cancelled"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/**
 * Where a person stands for a workshop they chose: a place, its waiting list, or `pending` while they wait for a
 * place at the event itself (a workshop place is only given to who has one).
 */
export type PickStatus = "confirmed" | "waitlisted" | "pending";

/** A workshop ("Forum") of a conference: in a time slot, with its own places (absent: as many as come). */
export interface Workshop {
  id: string;
  /** The time slot, as people read it ("Vormittag, 10:30–12:00"): workshops with the same slot run in parallel. */
  slot: string;
  title: string;
  capacity?: number;
}

export interface WorkshopPick {
  workshopId: string;
  status: PickStatus;
  /** The place on the workshop's waiting list (lower first). */
  rank?: number;
}

/** The registration part of a person's answer. */
export interface Registration {
  status?: RegistrationStatus;
  /** The place on the event's waiting list (lower first). */
  rank?: number;
  picks?: WorkshopPick[];
}

/** The list of the event itself; a workshop's list is named by its id. */
export const EVENT_LIST = "event";

/** One list's counts as stored: places given, people waiting, the next rank, the "yes" per organisation. */
export interface PlaceCount {
  list: string;
  confirmed: number;
  waiting: number;
  /** The rank the next person joining the waiting list gets; moving someone up gives a rank below the first. */
  nextRank: number;
  /** The event's list only: people with a place or waiting, per organisation (by a key of its name). */
  organisations?: Record<string, number>;
  /** Raised by every write: a write is conditional on the version it read. */
  version: number;
}

export const FIRST_RANK = 1_000_000;

export const emptyCount = (list: string): PlaceCount => ({
  list,
  confirmed: 0,
  waiting: 0,
  nextRank: FIRST_RANK,
  version: 0,
});

/** An organisation as the per-organisation limit counts it: its name, whatever the case and spacing. */
export const organisationKey = (organisation: string | null | undefined) =>
  organisation?.trim().toLowerCase().replace(/\s+/g, " ") || undefined;

export interface PlaceRules {
  /** The event's places (absent: no limit). */
  capacity?: number;
  perOrganisation?: number;
  workshops?: Workshop[];
}

export type PlanRequest =
  /** A "yes" (with the workshops chosen) or a "no". */
  | { kind: "answer"; answer: "yes" | "no"; workshops: string[] }
  /** The first on a list gets a free place (the event's, or a workshop's). */
  | { kind: "promote"; list: string }
  /** A coordinator puts the person first on a list's waiting list (`firstRank`: the first one's rank now). */
  | { kind: "move_up"; list: string; firstRank: number };

export interface QueueChange {
  list: string;
  rank: number;
}

export interface Plan {
  after: Registration;
  /** The counts of the lists the change touches, as they are after it. */
  counts: PlaceCount[];
  put: QueueChange[];
  remove: QueueChange[];
}

export type PlanOutcome = { kind: "ok"; plan: Plan } | { kind: "organisation_full"; limit: number };

/** Whether a list has a free place for the next person (nobody waiting before them). */
export function hasFreePlace(count: PlaceCount, capacity: number | undefined): boolean {
  return capacity === undefined || count.confirmed < capacity;
}

/**
 * What a request does to one person's registration and to the counts of the lists it touches. `counts` holds the
 * counts as read of at least the lists involved (the event's and those of the workshops before and after).
 */
export function planRegistration(
  rules: PlaceRules,
  before: Registration | undefined,
  request: PlanRequest,
  counts: ReadonlyMap<string, PlaceCount>,
  organisation: string | null | undefined,
): PlanOutcome {
  const next = new Map<string, PlaceCount>();
  const count = (list: string) => {
    let c = next.get(list);
    if (!c) {
      const read = counts.get(list) ?? emptyCount(list);
      c = { ...read, ...(read.organisations ? { organisations: { ...read.organisations } } : {}) };
      next.set(list, c);
    }
    return c;
  };
  const capacityOf = (list: string) =>
    list === EVENT_LIST ? rules.capacity : rules.workshops?.find((w) => w.id === list)?.capacity;
  const put: QueueChange[] = [];
  const remove: QueueChange[] = [];
  const take = (list: string): { status: "confirmed" | "waitlisted"; rank?: number } => {
    const c = count(list);
    if (c.waiting === 0 && hasFreePlace(c, capacityOf(list))) {
      c.confirmed++;
      return { status: "confirmed" };
    }
    const rank = c.nextRank++;
    c.waiting++;
    put.push({ list, rank });
    return { status: "waitlisted", rank };
  };
  const release = (list: string, status: string | undefined, rank: number | undefined) => {
    if (status === "confirmed") count(list).confirmed--;
    if (status === "waitlisted") {
      count(list).waiting--;
      if (rank !== undefined) remove.push({ list, rank });
    }
  };
  const orgKey = organisationKey(organisation);
  const countOrganisation = (delta: number) => {
    if (!orgKey) return;
    const c = count(EVENT_LIST);
    const organisations = c.organisations ?? {};
    organisations[orgKey] = Math.max(0, (organisations[orgKey] ?? 0) + delta);
    c.organisations = organisations;
  };
  const active = before?.status === "confirmed" || before?.status === "waitlisted";
  const picksBefore = before?.picks ?? [];
  const done = (after: Registration): PlanOutcome => ({
    kind: "ok",
    plan: { after, counts: [...next.values()], put, remove },
  });
  // Workshops wanted, given the person's standing at the event: a place (or a workshop's waiting list) only
  // with a place at the event; while waiting for one, the choice is kept as pending.
  const choose = (eventStatus: RegistrationStatus, wanted: readonly string[]): WorkshopPick[] => {
    const picks: WorkshopPick[] = [];
    for (const old of picksBefore) {
      if (!wanted.includes(old.workshopId)) release(old.workshopId, old.status, old.rank);
    }
    for (const workshopId of wanted) {
      const old = picksBefore.find((p) => p.workshopId === workshopId);
      if (old && old.status !== "pending") picks.push(old);
      else if (eventStatus === "confirmed") picks.push({ workshopId, ...take(workshopId) });
      else picks.push({ workshopId, status: "pending" });
    }
    return picks;
  };

  switch (request.kind) {
    case "answer": {
      if (request.answer === "no") {
        if (!active) return done({ ...(before?.status ? { status: before.status } : {}), picks: [] });
        release(EVENT_LIST, before?.status, before?.rank);
        countOrganisation(-1);
        for (const old of picksBefore) release(old.workshopId, old.status, old.rank);
        return done({ status: "cancelled", picks: [] });
      }
      if (active && before?.status) {
        const kept: Registration = {
          status: before.status,
          ...(before.rank !== undefined ? { rank: before.rank } : {}),
        };
        return done({ ...kept, picks: choose(before.status, request.workshops) });
      }
      const orgs = count(EVENT_LIST).organisations ?? {};
      if (rules.perOrganisation !== undefined && orgKey && (orgs[orgKey] ?? 0) >= rules.perOrganisation) {
        return { kind: "organisation_full", limit: rules.perOrganisation };
      }
      const event = take(EVENT_LIST);
      countOrganisation(1);
      return done({ ...event, picks: choose(event.status, request.workshops) });
    }
    case "promote": {
      // Only into a free place, as the counts are now (another promotion may have taken it since it was seen).
      if (!hasFreePlace(counts.get(request.list) ?? emptyCount(request.list), capacityOf(request.list))) {
        return done(before ?? {});
      }
      if (request.list === EVENT_LIST) {
        if (before?.status !== "waitlisted") return done(before ?? {});
        release(EVENT_LIST, "waitlisted", before.rank);
        count(EVENT_LIST).confirmed++;
        const wanted = picksBefore.map((p) => p.workshopId);
        return done({ status: "confirmed", picks: choose("confirmed", wanted) });
      }
      const pick = picksBefore.find((p) => p.workshopId === request.list);
      if (pick?.status !== "waitlisted") return done(before ?? {});
      release(request.list, "waitlisted", pick.rank);
      count(request.list).confirmed++;
      return done({
        ...before,
        picks: picksBefore.map((p) => (p === pick ? { workshopId: p.workshopId, status: "confirmed" } : p)),
      });
    }
    case "move_up": {
      const rank = Math.min(request.firstRank - 1, count(request.list).nextRank);
      if (request.list === EVENT_LIST) {
        if (before?.status !== "waitlisted" || before.rank === undefined) return done(before ?? {});
        remove.push({ list: EVENT_LIST, rank: before.rank });
        put.push({ list: EVENT_LIST, rank });
        count(EVENT_LIST);
        return done({ ...before, rank });
      }
      const pick = picksBefore.find((p) => p.workshopId === request.list);
      if (pick?.status !== "waitlisted" || pick.rank === undefined) return done(before ?? {});
      remove.push({ list: request.list, rank: pick.rank });
      put.push({ list: request.list, rank });
      count(request.list);
      return done({ ...before, picks: picksBefore.map((p) => (p === pick ? { ...p, rank } : p)) });
    }
  }
}

/** The workshops' issues of a choice: known ones only, and at most one per time slot. */
export function workshopChoiceIssues(workshops: readonly Workshop[] | undefined, chosen: readonly string[]): string[] {
  const issues: string[] = [];
  const slots = new Set<string>();
  for (const id of chosen) {
    const workshop = workshops?.find((w) => w.id === id);
    if (!workshop) {
      issues.push(`there is no workshop ${JSON.stringify(id.slice(0, 40))}`);
      continue;
    }
    if (slots.has(workshop.slot)) issues.push(`at most one workshop per time slot (${workshop.slot})`);
    slots.add(workshop.slot);
  }
  return issues;
}

/** The time slots of an event's workshops, in the order they were given, each with its workshops. */
export function workshopSlots(workshops: readonly Workshop[] | undefined): { slot: string; workshops: Workshop[] }[] {
  const slots: { slot: string; workshops: Workshop[] }[] = [];
  for (const workshop of workshops ?? []) {
    const slot = slots.find((s) => s.slot === workshop.slot);
    if (slot) slot.workshops.push(workshop);
    else slots.push({ slot: workshop.slot, workshops: [workshop] });
  }
  return slots;
}

/** A short code for the door (issue 22): unambiguous letters and digits, read aloud or typed on a phone. */
export const CHECK_IN_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
export const CHECK_IN_CODE = /^[ACDEFGHJKMNPQRTUVWXY34679]{4}-?[ACDEFGHJKMNPQRTUVWXY34679]{4}$/;

/** A code as typed (any case, with or without the dash and spaces), in its stored form `XXXX-XXXX`. */
export function normaliseCheckInCode(typed: string): string | undefined {
  const plain = typed.toUpperCase().replace(/[\s-]/g, "");
  if (plain.length !== 8 || !CHECK_IN_CODE.test(plain)) return undefined;
  return `${plain.slice(0, 4)}-${plain.slice(4)}`;
}

/**
 * What a change of an event's places must not do: fewer places than are given, a workshop removed (or made
 * smaller than its given places) while people hold places in it or wait for them, two workshops with one id, a
 * deadline after the start.
 */
export function placeIssues(
  after: PlaceRules & { startsAt: string; registrationDeadline?: string | undefined },
  counts: ReadonlyMap<string, PlaceCount>,
): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const event = counts.get(EVENT_LIST);
  if (after.capacity !== undefined && event && after.capacity < event.confirmed) {
    issues.push({ path: "capacity", message: `${event.confirmed} places are given already; no fewer than that` });
  }
  if (after.registrationDeadline && Date.parse(after.registrationDeadline) > Date.parse(after.startsAt)) {
    issues.push({ path: "registrationDeadline", message: "must not be after startsAt" });
  }
  const ids = new Set<string>();
  for (const [index, workshop] of (after.workshops ?? []).entries()) {
    if (ids.has(workshop.id)) issues.push({ path: `workshops.${index}.id`, message: "is given twice" });
    ids.add(workshop.id);
    const count = counts.get(workshop.id);
    if (workshop.capacity !== undefined && count && workshop.capacity < count.confirmed) {
      issues.push({
        path: `workshops.${index}.capacity`,
        message: `${count.confirmed} places are given already; no fewer than that`,
      });
    }
  }
  for (const [list, count] of counts) {
    if (list === EVENT_LIST || ids.has(list)) continue;
    if (count.confirmed > 0 || count.waiting > 0) {
      issues.push({ path: "workshops", message: `workshop ${list} has registrations; it cannot be removed` });
    }
  }
  return issues;
}

/** One place on a waiting list: its rank (lower first) and whose it is (the key of the person's answer). */
export interface WaitingEntry {
  rank: number;
  personKey: string;
}

/**
 * A change of one person's registration for an event (issue 22), written at once: the answer, the counts of the
 * lists it touches (as read: the store conditions on their versions and raises them), the waiting-list entries
 * that come and go, the mail it causes and the audit entry, only while the event is as read (`updatedAt`).
 */
export interface RegistrationWrite {
  conference: { id: string; updatedAt: string };
  rsvp: Rsvp;
  /** The answer's revision as read (undefined: none yet, or one from before revisions). */
  revisionBefore: number | undefined;
  counts: PlaceCount[];
  put: QueueChange[];
  remove: QueueChange[];
  mail?: NewMail;
  audit?: NewAuditEntry;
}
