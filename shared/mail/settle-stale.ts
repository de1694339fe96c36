import type { OutboxMail } from "../domain/mail.ts";
import type { AppLogger } from "../logging/logger.ts";
import type { MailRepository } from "../store/mail-repository.ts";

/**
 * A mail claimed long ago with no outcome: its sender died between claim and result, and SES may have taken it.
 * It becomes uncertain (unless someone claimed it again meanwhile: then it is not ours to settle, false).
 * Apart from the mailer so the sweep's bundle carries no MIME or template code.
 */
export async function settleStale(
  deps: { mails: MailRepository; logger: AppLogger },
  mail: OutboxMail,
  now: Date,
): Promise<{ outcome: "uncertain"; reason: string } | undefined> {
  const reason = `interrupted while sending (claimed at ${mail.claimedAt}); it may have gone out`;
  if (!(await deps.mails.markUncertain(mail.id, reason, now, mail.claimedAt))) return undefined;
  await tally(deps, mail.id, "uncertain", now);
  deps.logger.error("mail uncertain", { mailId: mail.id, kind: mail.kind, attempts: mail.attempts, reason });
  return { outcome: "uncertain", reason };
}

/**
 * Counts a mail's end for the annual report. The mail's own state is written already; a count that could not be
 * added is logged (the report then shows one fewer), never a reason to send or mark the mail again.
 */
export async function tally(
  deps: { mails: Pick<MailRepository, "tally">; logger: AppLogger },
  mailId: string,
  outcome: "sent" | "failed" | "uncertain",
  now: Date,
): Promise<void> {
  try {
    await deps.mails.tally(outcome, now);
  } catch (error) {
    deps.logger.error("mail not counted for the report", { mailId, outcome, error: (error as Error).name });
  }
}
