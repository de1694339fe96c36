import type { Answer, Conference, Rsvp } from "../domain/conference.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { LinkOutcome } from "./link-outcome.ts";
import type { AuditLog, Conferences } from "./ports.ts";

type PartnerForRsvp = { email: string; name: string; organisation?: string | null };

export interface RsvpDeps {
  conferences: Pick<Conferences, "get" | "rsvpOf" | "answer">;
  partners: { byHandle(handle: string): Promise<PartnerForRsvp | undefined> };
  signer: () => Promise<TokenSigner>;
  audit: AuditLog;
}

export type RsvpLoad = LinkOutcome<{
  conference: Conference;
  partner: PartnerForRsvp;
  current: Rsvp | undefined;
  open: boolean;
}>;

/** The conference and partner an RSVP link names; `open` while answers may still change (until the start). */
export async function loadRsvp(deps: RsvpDeps, token: string, now: Date): Promise<RsvpLoad> {
  const check = (await deps.signer()).verify(token, "rsvp", now);
  if (!check.ok) return { kind: check.reason };
  const [conferenceId, handle] = check.subject.split("|");
  if (!conferenceId || !handle) return { kind: "invalid" };
  const [conference, partner] = await Promise.all([deps.conferences.get(conferenceId), deps.partners.byHandle(handle)]);
  if (!conference || !partner) return { kind: "not_found" };
  const current = await deps.conferences.rsvpOf(conference.id, partner.email);
  const open = conference.status === "planned" && Date.parse(conference.startsAt) > now.getTime();
  return { kind: "ok", conference, partner, current, open };
}

export type RsvpOutcome = RsvpLoad | { kind: "closed"; conference: Conference };

/**
 * Records (or changes) a partner's answer, until the conference starts; with a "yes", the deputy from their
 * organisation who comes in their place, if any.
 */
export async function answerRsvp(
  deps: RsvpDeps,
  token: string,
  answer: Answer,
  now: Date,
  deputy?: string,
): Promise<RsvpOutcome> {
  const loaded = await loadRsvp(deps, token, now);
  if (loaded.kind !== "ok") return loaded;
  if (!loaded.open) return { kind: "closed", conference: loaded.conference };
  const kept = answer === "yes" ? deputy : undefined;
  const current = await deps.conferences.answer(loaded.conference, loaded.partner, answer, now, kept);
  if (loaded.current?.answer !== answer || loaded.current?.deputy !== kept) {
    await deps.audit.record(
      {
        at: now.toISOString(),
        actor: "link:partner",
        action: "rsvp.answer",
        subject: { type: "partner", id: loaded.partner.email },
        before: { answer: loaded.current?.answer ?? null, deputy: loaded.current?.deputy ?? null },
        after: { conference: loaded.conference.id, answer, deputy: kept ?? null },
      },
      now,
    );
  }
  return { ...loaded, current };
}
