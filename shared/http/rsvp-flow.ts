import type { Answer, Conference, Rsvp } from "../domain/conference.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { ConferenceRepository } from "../store/conference-repository.ts";
import type { TokenOutcome } from "./application-flow.ts";

export interface RsvpDeps {
  conferences: ConferenceRepository;
  partners: { get(email: string): Promise<{ email: string; name: string; organisation?: string | null } | undefined> };
  signer: () => Promise<TokenSigner>;
}

export type RsvpLoad = TokenOutcome<{
  conference: Conference;
  email: string;
  current: Rsvp | undefined;
  open: boolean;
}>;

/** The conference and partner an RSVP link names; `open` while answers may still change (until the start). */
export async function loadRsvp(deps: RsvpDeps, token: string, now: Date): Promise<RsvpLoad> {
  const check = (await deps.signer()).verify(token, "rsvp", now);
  if (!check.ok) return { kind: check.reason };
  const [conferenceId, email] = check.subject.split("|");
  if (!conferenceId || !email) return { kind: "invalid" };
  const conference = await deps.conferences.get(conferenceId);
  if (!conference) return { kind: "not_found" };
  const current = await deps.conferences.rsvpOf(conference.id, email);
  const open = conference.status === "planned" && Date.parse(conference.startsAt) > now.getTime();
  return { kind: "ok", conference, email, current, open };
}

export type RsvpOutcome = RsvpLoad | { kind: "closed"; conference: Conference };

/** Records (or changes) a partner's answer, until the conference starts. */
export async function answerRsvp(deps: RsvpDeps, token: string, answer: Answer, now: Date): Promise<RsvpOutcome> {
  const loaded = await loadRsvp(deps, token, now);
  if (loaded.kind !== "ok") return loaded;
  if (!loaded.open) return { kind: "closed", conference: loaded.conference };
  const partner = (await deps.partners.get(loaded.email)) ?? { email: loaded.email, name: loaded.email };
  const current = await deps.conferences.answer(loaded.conference, partner, answer, now);
  return { ...loaded, current };
}
