import type { Conference, MailingKind, MailingTarget } from "../domain/conference.ts";
import type { ConferenceMailData, Recipient } from "../domain/mail.ts";
import { conferenceMail, conferenceMailId as mailIdOf, mailingKey, minutesMail } from "../domain/mailing-mail-data.ts";
import type { Minutes, Task } from "../domain/minutes.ts";
import type { Partner } from "../domain/partner.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { AuditRepository } from "../store/audit.ts";
import type { ConferenceRepository, MailingProgress } from "../store/conference-repository.ts";
import { emailHash } from "../store/keys.ts";
import type { MailRepository } from "../store/mail-repository.ts";
import type { SuppressionRepository } from "../store/suppression-repository.ts";

export { mailingKey };

/** The partner directory, page by page (a Query on its index; see partner-repository.ts). */
export interface PartnerPages {
  list(filter: {
    /** Only the members of this work table (a meeting's audience). */
    workTableId?: string;
    limit: number;
    startKey?: Record<string, unknown>;
  }): Promise<{ items: Partner[]; nextKey?: Record<string, unknown> }>;
  /** The partner's link handle, made for a partner stored before handles existed. */
  ensureHandle(partner: Pick<Partner, "email" | "handle">): Promise<string>;
}

export interface MailingDeps {
  conferences: ConferenceRepository;
  /** An event's published minutes, for their mailing (issue 21). */
  minutes: { get(conferenceId: string): Promise<Minutes | undefined>; tasks(scope: string): Promise<Task[]> };
  mails: MailRepository;
  partners: PartnerPages;
  suppressions: SuppressionRepository;
  /** The link key: an erased person is suppressed by the keyed hash of their address. */
  signer: () => Promise<TokenSigner>;
  /** Every mailing's start and end go into the audit log (actor "system"). */
  audit: Pick<AuditRepository, "record">;
  /** Runs the same mailing again soon, to go on where this run stopped (a one-time schedule on AWS). */
  continueLater(target: MailingTarget): Promise<void>;
  /** Milliseconds this run may still take (the Lambda's remaining time, less a margin). */
  timeLeft(): number;
  pageSize?: number;
}

export type { MailingTarget };

/** A partner's mail of a mailing: the same id however often the mailing runs, so it is queued once. */
export function conferenceMailId(conferenceId: string, key: string, email: string): string {
  return mailIdOf(conferenceId, key, emailHash(email));
}

/**
 * Fans a mailing out into one outbox mail per partner. Pages through the directory with Query and records its
 * progress after every page, so a run that is cut short (or a second run: schedule fired twice, retried,
 * send-now after the schedule) goes on where the last one stopped, and every mail is put conditionally on its
 * deterministic id: each partner gets it at most once. Unsubscribed and suppressed addresses are skipped and
 * counted; a reminder skips who said no; an update or cancellation goes only to those who were invited. A
 * meeting's mailing reads only its table's members, so who left the table meanwhile gets nothing more.
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

  // The minutes' mailing sends the publication its key names; none published (yet), nothing to send.
  const publication = target.kind === "minutes" ? (await deps.minutes.get(conference.id))?.published : undefined;
  if (target.kind === "minutes" && publication?.number !== conference.minutesPublication) return undefined;
  const key = mailingKey(target.kind, conference);
  const saved = await deps.conferences.progress(conference.id, key);
  const progress: MailingProgress = saved ?? {
    key,
    done: false,
    queued: 0,
    skippedUnsubscribed: 0,
    skippedSuppressed: 0,
    skippedAnswer: 0,
    startedAt: now.toISOString(),
  };
  if (progress.done) return progress;
  const record = (action: string, after: Record<string, unknown>) =>
    deps.audit.record(
      { at: now.toISOString(), actor: "system", action, subject: { type: "conference", id: conference.id }, after },
      now,
    );
  if (!saved) await record("mailing.start", { key });

  const invitationKey = mailingKey("invitation", conference);
  // A meeting's invitation and reminder carry its table's open tasks, the follow-up of the last minutes.
  const openTasks =
    conference.workTableId && (target.kind === "invitation" || target.kind === "reminder")
      ? (await deps.minutes.tasks(conference.workTableId))
          .filter((task) => task.status === "open")
          .map(({ text, ownerName, due }) => ({ text, ownerName, due }))
      : [];
  const signer = await deps.signer();
  for (;;) {
    // The audience: every partner for a conference, the members of its table for a meeting.
    const page = await deps.partners.list({
      ...(conference.workTableId ? { workTableId: conference.workTableId } : {}),
      limit: deps.pageSize ?? 100,
      ...(progress.cursor ? { startKey: progress.cursor } : {}),
    });
    for (const partner of page.items) {
      if (partner.unsubscribedAt) {
        progress.skippedUnsubscribed++;
        continue;
      }
      if (await deps.suppressions.has(partner.email, signer.personHash(partner.email))) {
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
        !(await deps.mails.exists(conferenceMailId(conference.id, invitationKey, partner.email)))
      ) {
        continue; // never invited: nothing to update or cancel
      }
      const handle = await deps.partners.ensureHandle(partner);
      const queued = publication
        ? await deps.mails.queue(
            minutesMail(
              conference,
              publication,
              { ...partner, handle },
              { id: conferenceMailId(conference.id, key, partner.email) },
            ),
            now,
          )
        : await queuePartnerMail(
            deps,
            conference,
            target.kind as MailingKind,
            key,
            { ...partner, handle },
            now,
            false,
            openTasks,
          );
      if (queued) progress.queued++;
    }
    if (page.nextKey) progress.cursor = page.nextKey;
    else {
      delete progress.cursor;
      progress.done = true;
      progress.finishedAt = now.toISOString();
    }
    await deps.conferences.saveProgress(conference.id, progress);
    if (progress.done) {
      await record("mailing.finish", {
        key,
        queued: progress.queued,
        skippedUnsubscribed: progress.skippedUnsubscribed,
        skippedSuppressed: progress.skippedSuppressed,
        skippedAnswer: progress.skippedAnswer,
      });
      return progress;
    }
    if (deps.timeLeft() <= 0) {
      await deps.continueLater(target);
      return progress;
    }
  }
}

/** Queues one partner's mail; false when it was queued before (a repeated run). */
async function queuePartnerMail(
  deps: Pick<MailingDeps, "mails">,
  conference: Conference,
  kind: MailingKind,
  key: string,
  partner: Pick<Partner, "email" | "name" | "locale" | "handle">,
  now: Date,
  test = false,
  openTasks: ConferenceMailData["openTasks"] = [],
): Promise<boolean> {
  const id = test
    ? `conf-${conference.id}-${key}-test-${now.getTime()}`
    : conferenceMailId(conference.id, key, partner.email);
  // A conditional put: "queued before" only when it exists; any other failure stops the mailing here, and its
  // next run retries this page, so no partner is silently skipped.
  return deps.mails.queue(conferenceMail(conference, kind, partner, { id, test }, openTasks), now);
}

/** A test send: the mailing's mail to one coordinator only, marked as a test, counted nowhere. */
export async function sendTestMail(
  deps: Pick<MailingDeps, "mails">,
  conference: Conference,
  kind: MailingKind,
  recipient: Recipient,
  now: Date,
): Promise<void> {
  await queuePartnerMail(
    deps,
    conference,
    kind,
    mailingKey(kind, conference),
    { email: recipient.email, name: recipient.name ?? "Koordination", locale: "de" },
    now,
    true,
  );
}
