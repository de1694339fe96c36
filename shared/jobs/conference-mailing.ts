import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Conference, MailingKind } from "../domain/conference.ts";
import type { Partner } from "../domain/partner.ts";
import { queueMail, type Recipient } from "../mail/outbox.ts";
import { emailHash } from "../store/application-repository.ts";
import type { ConferenceRepository, MailingProgress } from "../store/conference-repository.ts";
import type { SuppressionRepository } from "../store/suppression-repository.ts";

/** The partner directory, page by page (a Query on its index; see partner-repository.ts). */
export interface PartnerPages {
  list(filter: {
    limit: number;
    startKey?: Record<string, unknown>;
  }): Promise<{ items: Partner[]; nextKey?: Record<string, unknown> }>;
  /** The partner's link handle, made for a partner stored before handles existed. */
  ensureHandle(partner: Pick<Partner, "email" | "handle">): Promise<string>;
}

export interface MailingDeps {
  conferences: ConferenceRepository;
  partners: PartnerPages;
  suppressions: SuppressionRepository;
  /** Runs the same mailing again soon, to go on where this run stopped (a one-time schedule on AWS). */
  continueLater(target: { conferenceId: string; kind: MailingKind }): Promise<void>;
  /** Milliseconds this run may still take (the Lambda's remaining time, less a margin). */
  timeLeft(): number;
  pageSize?: number;
}

export interface MailingTarget {
  conferenceId: string;
  kind: MailingKind;
}

/** The key of a mailing: an update is one mailing per calendar SEQUENCE, the others one per conference. */
export function mailingKey(kind: MailingKind, conference: Pick<Conference, "sequence">): string {
  return kind === "update" ? `update-${conference.sequence}` : kind;
}

/** A partner's mail of a mailing: the same id however often the mailing runs, so it is queued once. */
export function conferenceMailId(conferenceId: string, key: string, email: string): string {
  return `conf-${conferenceId}-${key}-${emailHash(email)}`;
}

/**
 * Fans a mailing out into one outbox mail per partner. Pages through the directory with Query and records its
 * progress after every page, so a run that is cut short (or a second run: schedule fired twice, retried,
 * send-now after the schedule) goes on where the last one stopped, and every mail is put conditionally on its
 * deterministic id: each partner gets it at most once. Unsubscribed and suppressed addresses are skipped and
 * counted; a reminder skips who said no; an update or cancellation goes only to those who were invited.
 */
export async function runMailing(
  deps: MailingDeps,
  target: MailingTarget,
  now: Date,
): Promise<MailingProgress | undefined> {
  const conference = await deps.conferences.get(target.conferenceId);
  if (!conference) return undefined;
  if (conference.status === "cancelled" && target.kind !== "cancellation") return undefined;
  if (target.kind === "reminder" && Date.parse(conference.startsAt) <= now.getTime()) return undefined;

  const key = mailingKey(target.kind, conference);
  const progress: MailingProgress = (await deps.conferences.progress(conference.id, key)) ?? {
    key,
    done: false,
    queued: 0,
    skippedUnsubscribed: 0,
    skippedSuppressed: 0,
    skippedAnswer: 0,
    startedAt: now.toISOString(),
  };
  if (progress.done) return progress;

  const invitationKey = mailingKey("invitation", conference);
  for (;;) {
    const page = await deps.partners.list({
      limit: deps.pageSize ?? 100,
      ...(progress.cursor ? { startKey: progress.cursor } : {}),
    });
    for (const partner of page.items) {
      if (partner.unsubscribedAt) {
        progress.skippedUnsubscribed++;
        continue;
      }
      if (await deps.suppressions.has(partner.email)) {
        progress.skippedSuppressed++;
        continue;
      }
      if (
        target.kind === "reminder" &&
        (await deps.conferences.rsvpOf(conference.id, partner.email))?.answer === "no"
      ) {
        progress.skippedAnswer++;
        continue;
      }
      if (
        (target.kind === "update" || target.kind === "cancellation") &&
        !(await deps.conferences.mailExists(conferenceMailId(conference.id, invitationKey, partner.email)))
      ) {
        continue; // never invited: nothing to update or cancel
      }
      const handle = await deps.partners.ensureHandle(partner);
      if (await queuePartnerMail(deps, conference, target.kind, key, { ...partner, handle }, now)) progress.queued++;
    }
    if (page.nextKey) progress.cursor = page.nextKey;
    else {
      delete progress.cursor;
      progress.done = true;
      progress.finishedAt = now.toISOString();
    }
    await deps.conferences.saveProgress(conference.id, progress);
    if (progress.done) return progress;
    if (deps.timeLeft() <= 0) {
      await deps.continueLater(target);
      return progress;
    }
  }
}

/** Queues one conference mail; false when it was queued before (a repeated run). */
async function queuePartnerMail(
  deps: MailingDeps,
  conference: Conference,
  kind: MailingKind,
  key: string,
  partner: Pick<Partner, "email" | "name" | "locale" | "handle">,
  now: Date,
  test = false,
): Promise<boolean> {
  const id = test
    ? `conf-${conference.id}-${key}-test-${now.getTime()}`
    : conferenceMailId(conference.id, key, partner.email);
  const { Put } = queueMail(
    deps.conferences.tableName,
    {
      id,
      kind: "conference",
      to: [{ name: partner.name, email: partner.email }],
      locale: partner.locale,
      data: {
        conferenceId: conference.id,
        mailing: kind,
        sequence: conference.sequence,
        season: conference.season,
        title: conference.title,
        startsAt: conference.startsAt,
        endsAt: conference.endsAt,
        location: conference.location,
        ...(conference.agenda ? { agenda: conference.agenda } : {}),
        partnerName: partner.name,
        partnerEmail: partner.email,
        ...(partner.handle ? { partnerHandle: partner.handle } : {}),
        ...(test ? { test: true } : {}),
      },
      ...(test ? {} : { mailing: { conferenceId: conference.id, key } }),
    },
    now,
  );
  if (!Put) throw new Error("queueMail returned no Put");
  try {
    // A single conditional put: only "it exists" means queued before; any other failure (throttling, …) is
    // thrown, so the mailing stops here and its next run retries this page, and no partner is silently skipped.
    await deps.conferences.db.send(new PutCommand(Put));
    return true;
  } catch (error) {
    if ((error as Error).name === "ConditionalCheckFailedException") return false;
    throw error;
  }
}

/** A test send: the mailing's mail to one coordinator only, marked as a test, counted nowhere. */
export async function sendTestMail(
  deps: Pick<MailingDeps, "conferences">,
  conference: Conference,
  kind: MailingKind,
  recipient: Recipient,
  now: Date,
): Promise<void> {
  await queuePartnerMail(
    deps as MailingDeps,
    conference,
    kind,
    mailingKey(kind, conference),
    { email: recipient.email, name: recipient.name ?? "Koordination", locale: "de" },
    now,
    true,
  );
}
