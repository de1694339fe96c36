import { RETENTION } from "../domain/application.ts";
import {
  archiveSubject,
  checkInPath,
  decisionLinkSubject,
  linkPath,
  NETWORK_ARCHIVE,
  ONE_CLICK_UNSUBSCRIBE,
} from "../domain/link-paths.ts";
import type { ConferenceMailData, OutboxMail, Recipient, RegistrationMailData } from "../domain/mail.ts";
import {
  DELIVERY_POLICY,
  type DeliveryPolicy,
  mayRetry,
  retryDelayMs,
  withoutAddresses,
} from "../domain/mail-delivery.ts";
import { NOTICE_PATHS } from "../domain/notices.ts";
import { SIGN_IN } from "../domain/people.ts";
import { type Network, networkLogo, refreshNetwork } from "../i18n/network.ts";
import type { AppLogger } from "../logging/logger.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { MailRepository } from "../store/mail-repository.ts";
import { checkInQrPng } from "./check-in-qr.ts";
import { composeMime } from "./compose.ts";
import { conferenceIcs } from "./ics.ts";
import { settleStale, tally } from "./settle-stale.ts";
import { CHECK_IN_QR_CID, loadMailTexts, type MailLinks, mailContent, renderHtml, renderText } from "./templates.ts";
import { type MailTransport, PermanentMailError, TransientMailError, UncertainMailError } from "./transport.ts";

export interface MailerDeps {
  mails: MailRepository;
  transport: MailTransport;
  signer: () => Promise<TokenSigner>;
  sender: Recipient;
  /** Where the pages behind the links live, e.g. https://netzwerk.example.org (no trailing slash). */
  baseUrl: string;
  logger: AppLogger;
  /** Retry window, pauses and staleness; DELIVERY_POLICY unless a test or the local stack shortens them. */
  policy?: DeliveryPolicy;
  /** Waits for a slot under SES's maximum send rate; called right before each SES call, never for a skipped mail. */
  pace?: () => Promise<void>;
  now?: () => Date;
  random?: () => number;
  /** The network's profile as the coordinators saved it: mails name the network as edited (issue 20). */
  network?: { get(): Promise<Network | undefined> };
}

/**
 * sent: SES took it now. skipped: nothing to do (sent before, being sent by another worker, not queued).
 * retry: a transient failure; the mail is queued again and its queue must hand it back after `delayMs`.
 * failed / uncertain: it ended there; a person looks at it (see shared/domain/mail-delivery.ts).
 */
export type SendOutcome =
  | { outcome: "sent" | "skipped" }
  | { outcome: "retry"; delayMs: number }
  | { outcome: "failed" | "uncertain"; reason: string };

const DAY_MS = 86_400_000;

/**
 * Sends one outbox mail, at most once: the mail is claimed (queued → sending) with a conditional update before
 * SES is called, so a second delivery of the same id finds nothing to do. A transient failure puts it back to
 * queued for a later try, with growing pauses for at least the retry window; a permanent one fails it at once
 * with SES's reason; an SES call that got no answer, or a claim found stale (its worker died mid-send), makes
 * it uncertain: it may have gone out, so it is never sent again by itself.
 */
export async function sendOutboxMail(deps: MailerDeps, mailId: string): Promise<SendOutcome> {
  const clock = deps.now ?? (() => new Date());
  const policy = deps.policy ?? DELIVERY_POLICY;
  const mail = await deps.mails.claim(mailId, clock());
  if (!mail) return settleUnclaimed(deps, mailId, clock(), policy);

  let raw: Buffer;
  try {
    raw = await compose(deps, mail, clock());
  } catch (error) {
    // Nothing went to SES: a mail that cannot be built (a bug, a missing key) is retried like a transient failure.
    return retryOrFail(deps, mail, `${(error as Error).name}: ${(error as Error).message}`, clock(), policy);
  }
  let messageId: string;
  try {
    await deps.pace?.();
    ({ messageId } = await deps.transport.sendRaw(raw));
  } catch (error) {
    if (error instanceof TransientMailError) return retryOrFail(deps, mail, error.reason, clock(), policy);
    if (error instanceof PermanentMailError) return fail(deps, mail, error.reason, clock());
    if (error instanceof UncertainMailError) return uncertain(deps, mail, error.reason, clock());
    throw error;
  }
  try {
    await deps.mails.markSent(mailId, messageId, clock());
  } catch (error) {
    // SES took the mail but DynamoDB did not record it: it stays "sending", so nothing sends it again, and the
    // sweep makes it uncertain. The log line keeps SES's message id for whoever looks.
    deps.logger.error("mail sent, not recorded", { mailId, messageId, error: (error as Error).name });
    throw error;
  }
  await tally(deps, mailId, "sent", clock());
  return { outcome: "sent" };
}

async function compose(deps: MailerDeps, mail: OutboxMail, now: Date): Promise<Buffer> {
  // Every mail names the Impressum and the privacy notice (they are pages of the product).
  const links = {
    ...(await signLinks(deps, mail, now)),
    imprint: `${deps.baseUrl}${NOTICE_PATHS.impressum}`,
    privacy: `${deps.baseUrl}${NOTICE_PATHS.datenschutz}`,
  };
  await Promise.all([loadMailTexts([mail.locale]), deps.network ? refreshNetwork(deps.network) : undefined]);
  const content = mailContent(mail, links);
  const logo = networkLogo();
  return composeMime({
    from: deps.sender,
    to: mail.to,
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    subject: content.subject,
    text: renderText(content, mail.locale),
    html: renderHtml(content, mail.locale, logo?.type === "image/png" ? { logoUrl: deps.baseUrl + logo.path } : {}),
    ...(await conferenceParts(mail, links, deps.sender.email)),
  });
}

async function retryOrFail(
  deps: MailerDeps,
  mail: OutboxMail,
  reason: string,
  now: Date,
  policy: DeliveryPolicy,
): Promise<SendOutcome> {
  if (!mayRetry(mail.firstFailedAt, now, policy)) {
    return fail(
      deps,
      mail,
      `gave up after ${mail.attempts} tries in ${Math.round(policy.retryWindowMs / 60_000)} minutes; last: ${reason}`,
      now,
    );
  }
  const delayMs = retryDelayMs(mail.attempts, policy, deps.random);
  await deps.mails.markRetry(mail.id, reason, new Date(now.getTime() + delayMs), now);
  deps.logger.warn("mail retry", {
    mailId: mail.id,
    kind: mail.kind,
    attempts: mail.attempts,
    delayMs,
    reason: withoutAddresses(reason),
  });
  return { outcome: "retry", delayMs };
}

async function fail(deps: MailerDeps, mail: OutboxMail, reason: string, now: Date): Promise<SendOutcome> {
  await deps.mails.markFailed(mail.id, reason, now);
  await tally(deps, mail.id, "failed", now);
  deps.logger.error("mail failed", {
    mailId: mail.id,
    kind: mail.kind,
    attempts: mail.attempts,
    reason: withoutAddresses(reason),
  });
  return { outcome: "failed", reason };
}

async function uncertain(deps: MailerDeps, mail: OutboxMail, reason: string, now: Date): Promise<SendOutcome> {
  const text = `no answer from SES; it may have gone out (${reason})`;
  await deps.mails.markUncertain(mail.id, text, now);
  await tally(deps, mail.id, "uncertain", now);
  deps.logger.error("mail uncertain", {
    mailId: mail.id,
    kind: mail.kind,
    attempts: mail.attempts,
    reason: withoutAddresses(text),
  });
  return { outcome: "uncertain", reason: text };
}

/** The mail was not queued: sent, failed or uncertain already, missing, being sent, or stuck mid-send. */
async function settleUnclaimed(
  deps: MailerDeps,
  mailId: string,
  now: Date,
  policy: DeliveryPolicy,
): Promise<SendOutcome> {
  const mail = await deps.mails.get(mailId);
  if (
    mail?.status === "sending" &&
    mail.claimedAt &&
    now.getTime() - Date.parse(mail.claimedAt) > policy.staleAfterMs
  ) {
    const settled = await settleStale(deps, mail, now);
    if (settled) return settled;
  }
  return { outcome: "skipped" };
}

/**
 * A conference mail carries its calendar entry, and it and the minutes' mail the one-click unsubscribe headers
 * (RFC 8058).
 */
async function conferenceParts(mail: OutboxMail, links: MailLinks & { unsubscribeApi?: string }, organizer: string) {
  if (mail.kind === "registration") return registrationParts(mail.data as RegistrationMailData, links, organizer);
  if (mail.kind !== "conference" && mail.kind !== "minutes") return {};
  const calendar =
    mail.kind === "conference"
      ? {
          calendar: {
            method:
              (mail.data as ConferenceMailData).mailing === "cancellation" ? ("CANCEL" as const) : ("REQUEST" as const),
            content: await conferenceIcs(mail.data as ConferenceMailData, organizer),
          },
        }
      : {};
  return {
    ...calendar,
    ...(links.unsubscribeApi
      ? {
          headers: {
            "List-Unsubscribe": `<${links.unsubscribeApi}>`,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          },
        }
      : {}),
  };
}

/**
 * A registration mail (issue 22) carries the calendar entry with a place (a cancelling one when the organisers
 * removed the person; none while they wait), the workshops chosen in its description, and the QR code for the door.
 */
async function registrationParts(d: RegistrationMailData, links: MailLinks, organizer: string) {
  const placed = d.outcome === "confirmed" || d.outcome === "promoted" || d.outcome === "workshop_promoted";
  const removed = d.outcome === "removed";
  const entry: ConferenceMailData = {
    ...d,
    mailing: removed ? "cancellation" : "update",
    ...(d.workshops?.length ? { choices: d.workshops.map((w) => `${w.slot}: ${w.title}`) } : {}),
  };
  const calendar =
    placed || removed
      ? {
          calendar: {
            method: removed ? ("CANCEL" as const) : ("REQUEST" as const),
            content: await conferenceIcs(entry, organizer),
          },
        }
      : {};
  const images =
    d.code && links.checkIn
      ? {
          images: [
            {
              cid: CHECK_IN_QR_CID,
              filename: "einlass.png",
              content: await checkInQrPng(links.checkIn),
              contentType: "image/png",
            },
          ],
        }
      : {};
  return { ...calendar, ...images };
}

const YEAR_MS = 365 * DAY_MS;

const checkInLink = (baseUrl: string, d: RegistrationMailData) => baseUrl + checkInPath(d.conferenceId, d.code ?? "");

async function signLinks(
  deps: MailerDeps,
  mail: OutboxMail,
  now: Date,
): Promise<MailLinks & { unsubscribeApi?: string }> {
  const signer = await deps.signer();
  // The archive of the mail's table (or the conferences'): opens only while the reader takes part (issue 21).
  const archiveLink = (workTableId: string | undefined, handle: string) => ({
    archive:
      deps.baseUrl +
      linkPath(
        "archive",
        signer.sign(
          "archive",
          archiveSubject(workTableId ?? NETWORK_ARCHIVE, handle),
          new Date(now.getTime() + YEAR_MS),
        ),
        mail.locale,
      ),
  });
  switch (mail.kind) {
    case "confirm_submission": {
      const data = mail.data as OutboxMail<"confirm_submission">["data"];
      const expires = new Date(Date.parse(data.createdAt) + RETENTION.unconfirmedDays * DAY_MS);
      return {
        confirm: deps.baseUrl + linkPath("confirm", signer.sign("confirm", data.submissionId, expires), mail.locale),
      };
    }
    case "new_application":
    case "decision_reminder": {
      const data = mail.data as OutboxMail<"new_application">["data"];
      const expires = new Date(now.getTime() + RETENTION.decisionLinkDays * DAY_MS);
      // Bound to the recipient: once the application is handed on, this link decides nothing.
      const subject = decisionLinkSubject(signer.personHash, data.applicationId, mail.to[0]?.email ?? "");
      return { decide: deps.baseUrl + linkPath("decide", signer.sign("decide", subject, expires)) };
    }
    case "conference": {
      const data = mail.data as ConferenceMailData;
      if (data.test || !data.partnerHandle) return {};
      const unsubscribeToken = signer.sign("unsubscribe", data.partnerHandle, new Date(now.getTime() + YEAR_MS));
      const rsvpToken = signer.sign("rsvp", `${data.conferenceId}|${data.partnerHandle}`, new Date(data.endsAt));
      const leaveToken = data.workTableId
        ? signer.sign("leave", `${data.workTableId}|${data.partnerHandle}`, new Date(now.getTime() + YEAR_MS))
        : undefined;
      // Proposals until the deadline the contact set: the link stops working then.
      const proposeUntil = data.proposalsUntil ? new Date(data.proposalsUntil) : undefined;
      const propose =
        proposeUntil && proposeUntil.getTime() > now.getTime()
          ? {
              propose:
                deps.baseUrl +
                linkPath(
                  "propose",
                  signer.sign("propose", `${data.conferenceId}|${data.partnerHandle}`, proposeUntil),
                  mail.locale,
                ),
            }
          : {};
      return {
        ...archiveLink(data.workTableId, data.partnerHandle),
        ...propose,
        ...(data.mailing === "cancellation" ? {} : { rsvp: deps.baseUrl + linkPath("rsvp", rsvpToken, mail.locale) }),
        ...(leaveToken ? { leave: deps.baseUrl + linkPath("leave", leaveToken, mail.locale) } : {}),
        unsubscribe: deps.baseUrl + linkPath("unsubscribe", unsubscribeToken, mail.locale),
        unsubscribeApi: `${deps.baseUrl}${ONE_CLICK_UNSUBSCRIBE}/${unsubscribeToken}`,
      };
    }
    case "registration": {
      const data = mail.data as RegistrationMailData;
      if (!data.partnerHandle) return data.code ? { checkIn: checkInLink(deps.baseUrl, data) } : {};
      const rsvpToken = signer.sign("rsvp", `${data.conferenceId}|${data.partnerHandle}`, new Date(data.endsAt));
      return {
        rsvp: deps.baseUrl + linkPath("rsvp", rsvpToken, mail.locale),
        ...(data.code ? { checkIn: checkInLink(deps.baseUrl, data) } : {}),
      };
    }
    case "minutes": {
      const data = mail.data as OutboxMail<"minutes">["data"];
      if (!data.partnerHandle) return {};
      const unsubscribeToken = signer.sign("unsubscribe", data.partnerHandle, new Date(now.getTime() + YEAR_MS));
      return {
        ...archiveLink(data.workTableId, data.partnerHandle),
        unsubscribe: deps.baseUrl + linkPath("unsubscribe", unsubscribeToken, mail.locale),
        unsubscribeApi: `${deps.baseUrl}${ONE_CLICK_UNSUBSCRIBE}/${unsubscribeToken}`,
      };
    }
    case "task_reminder": {
      const data = mail.data as OutboxMail<"task_reminder">["data"];
      // Valid a month past the due date: a late task can still be marked done from the reminder.
      const expires = new Date(Date.parse(`${data.due}T23:59:59Z`) + 30 * DAY_MS);
      return { taskDone: deps.baseUrl + linkPath("task", signer.sign("task", data.taskId, expires), mail.locale) };
    }
    case "sign_in_link": {
      const data = mail.data as OutboxMail<"sign_in_link">["data"];
      const expires = new Date(Date.parse(data.createdAt) + SIGN_IN.linkMinutes * 60_000);
      return { signIn: deps.baseUrl + linkPath("signIn", signer.sign("signin", data.requestId, expires), mail.locale) };
    }
    default:
      return {};
  }
}
