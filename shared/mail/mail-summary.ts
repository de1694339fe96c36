import type { OutboxMail } from "../domain/mail.ts";
import { mailContent } from "./templates.ts";

/**
 * What coordinators see of a mail (the console's list and `GET /api/admin/mails`): enough to know who it was for,
 * what it was and why it stopped. Its subject is rendered, so the mail's texts must be loaded (`loadMailTexts`).
 */
export function mailSummary(mail: OutboxMail) {
  const reason =
    mail.status === "failed" ? mail.failedReason : mail.status === "uncertain" ? mail.uncertainReason : undefined;
  return {
    id: mail.id,
    kind: mail.kind,
    status: mail.status,
    to: mail.to.map((r) => r.email),
    subject: mailContent(mail, {}).subject,
    attempts: mail.attempts,
    createdAt: mail.createdAt,
    ...(mail.sentAt ? { sentAt: mail.sentAt } : {}),
    ...(mail.failedAt ? { failedAt: mail.failedAt } : {}),
    ...(mail.uncertainAt ? { uncertainAt: mail.uncertainAt } : {}),
    ...(reason ? { reason } : {}),
    ...(mail.lastError ? { lastError: mail.lastError } : {}),
    ...(mail.nextAttemptAt ? { nextAttemptAt: mail.nextAttemptAt } : {}),
    ...(mail.retries ? { retries: mail.retries } : {}),
  };
}
