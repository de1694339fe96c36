import type { Answer, Conference, Rsvp } from "../domain/conference.ts";
import type { Locale } from "../domain/locale.ts";
import { type PlaceCount, workshopChoiceIssues } from "../domain/places.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { LinkOutcome } from "./link-outcome.ts";
import {
  changeRegistration,
  fillAfterChange,
  isActive,
  listsOf,
  type RegistrationDeps,
  registrationOf,
  type Standing,
  standingOf,
} from "./registrations.ts";

type PartnerForRsvp = {
  email: string;
  name: string;
  organisation?: string | null;
  locale?: Locale;
  handle?: string;
};

export interface RsvpDeps extends RegistrationDeps {
  partners: RegistrationDeps["partners"] & { byHandle(handle: string): Promise<PartnerForRsvp | undefined> };
  signer: () => Promise<TokenSigner>;
}

export type RsvpLoad = LinkOutcome<{
  conference: Conference;
  partner: PartnerForRsvp;
  current: Rsvp | undefined;
  /** Answers may still change (until the start). */
  open: boolean;
  /** A new "yes" is still taken (open, and before the registration deadline). */
  registrationOpen: boolean;
  /** Where the person stands: positions on waiting lists. */
  standing: Standing | undefined;
  /** The counts of the event's places and its workshops'. */
  places: Map<string, PlaceCount>;
}>;

/** Whether an event still takes a new "yes": planned, not started, before its registration deadline. */
export function takesRegistrations(conference: Conference, now: Date): boolean {
  const open = conference.status === "planned" && Date.parse(conference.startsAt) > now.getTime();
  return open && (!conference.registrationDeadline || Date.parse(conference.registrationDeadline) > now.getTime());
}

/** Whether answers may still change: the event is planned and has not started. */
const answersOpen = (conference: Conference, now: Date) =>
  conference.status === "planned" && Date.parse(conference.startsAt) > now.getTime();

/** The conference and partner an RSVP link names, and nothing more (what answering needs first). */
export async function resolveRsvpLink(
  deps: Pick<RsvpDeps, "signer" | "conferences" | "partners">,
  token: string,
  now: Date,
): Promise<LinkOutcome<{ conference: Conference; partner: PartnerForRsvp }>> {
  const check = (await deps.signer()).verify(token, "rsvp", now);
  if (!check.ok) return { kind: check.reason };
  const [conferenceId, handle] = check.subject.split("|");
  if (!conferenceId || !handle) return { kind: "invalid" };
  const [conference, partner] = await Promise.all([deps.conferences.get(conferenceId), deps.partners.byHandle(handle)]);
  if (!conference || !partner) return { kind: "not_found" };
  return { kind: "ok", conference, partner };
}

/** The conference and partner an RSVP link names, the answer and where the person stands: the page's reads. */
export async function loadRsvp(deps: RsvpDeps, token: string, now: Date): Promise<RsvpLoad> {
  const link = await resolveRsvpLink(deps, token, now);
  if (link.kind !== "ok") return link;
  const { conference, partner } = link;
  const [read, places] = await Promise.all([
    deps.places.rsvpOf(conference.id, partner.email),
    deps.places.counts(conference.id, listsOf(conference)),
  ]);
  const current = registrationOf(read);
  return {
    kind: "ok",
    conference,
    partner,
    current,
    open: answersOpen(conference, now),
    registrationOpen: takesRegistrations(conference, now),
    standing: current ? await standingOf(deps, current) : undefined,
    places,
  };
}

export type RsvpOutcome =
  | RsvpLoad
  | { kind: "closed"; conference: Conference }
  /** A new "yes" after the registration deadline (or once registration was closed). */
  | { kind: "registration_closed"; conference: Conference }
  /** The organisation has as many people registered as the event allows. */
  | { kind: "organisation_full"; conference: Conference; limit: number }
  | { kind: "invalid_workshops"; conference: Conference; issues: string[] };

/**
 * Records (or changes) a partner's answer, until the event starts: with a "yes" a place, or the waiting list when
 * the places are taken (issue 22), the workshops chosen (at most one per time slot) and the deputy from their
 * organisation, if any. A "no" frees the place (or leaves the waiting list): the first waiting gets it at once.
 */
export async function answerRsvp(
  deps: RsvpDeps,
  token: string,
  answer: Answer,
  now: Date,
  deputy?: string,
  workshops: readonly string[] = [],
): Promise<RsvpOutcome> {
  // Only what deciding needs is read before the write; the counts and positions the page shows come after it.
  const link = await resolveRsvpLink(deps, token, now);
  if (link.kind !== "ok") return link;
  const { conference, partner } = link;
  if (!answersOpen(conference, now)) return { kind: "closed", conference };
  const chosen = answer === "yes" ? [...new Set(workshops)] : [];
  const issues = workshopChoiceIssues(conference.workshops, chosen);
  if (issues.length > 0) return { kind: "invalid_workshops", conference, issues };
  const before = registrationOf(await deps.places.rsvpOf(conference.id, partner.email));
  const registrationOpen = takesRegistrations(conference, now);
  if (answer === "yes" && !isActive(before?.status) && !registrationOpen) {
    return { kind: "registration_closed", conference };
  }
  const outcome = await changeRegistration(
    deps,
    conference,
    partner,
    { kind: "answer", answer, workshops: chosen },
    { actor: "link:partner", action: "rsvp.answer", ...(answer === "yes" && deputy ? { deputy } : {}) },
    now,
  );
  if (outcome.kind === "organisation_full") return { kind: "organisation_full", conference, limit: outcome.limit };
  if (outcome.kind === "gone") return { kind: "not_found" };
  // A place given up (the event's, or a workshop's no longer chosen) goes to the first waiting at once.
  const droppedWorkshop = before?.picks?.some((p) => p.status !== "pending" && !chosen.includes(p.workshopId));
  if ((answer === "no" && isActive(before?.status)) || droppedWorkshop) {
    await fillAfterChange(deps, conference.id, now);
  }
  const places = await deps.places.counts(conference.id, listsOf(conference));
  return {
    kind: "ok",
    conference,
    partner,
    current: outcome.rsvp,
    open: true,
    registrationOpen,
    standing: outcome,
    places,
  };
}
