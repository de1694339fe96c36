/**
 * How a mail travels from the outbox to SES, and where it can end. Pure rules: the mailer, the queues and the
 * sweep apply them (shared/mail/), docs/reliability.md explains them to operators.
 *
 *   queued ──claim──► sending ──SES accepted──► sent
 *     ▲                  │ ├─ SES refused for good (MessageRejected, an invalid address, …) ──► failed
 *     │                  │ ├─ no answer after the request went out (a hanging SES) ──────────► uncertain
 *     └─ transient ◄─────┘ └─ interrupted (the process died mid-send; found by the sweep) ───► uncertain
 *        (connection errors, throttling, 5xx: again after a growing pause, for at least an hour; then failed)
 *
 * `uncertain` means "may have gone out": it is never sent again by itself (no mail twice), but a coordinator
 * sees it, and sends it again after checking, as a failed one.
 */
export const MAIL_STATUSES = ["queued", "sending", "sent", "failed", "uncertain"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** The states a person must look at: shown to coordinators, retried only by them. */
export const ATTENTION_STATUSES = ["failed", "uncertain"] as const satisfies readonly MailStatus[];
export type AttentionStatus = (typeof ATTENTION_STATUSES)[number];

export interface DeliveryPolicy {
  /** Transient failures are retried at least this long after the first one; a failure after it fails the mail. */
  retryWindowMs: number;
  /** The first pause; each further one doubles, up to `maxDelayMs`. */
  firstDelayMs: number;
  /** The longest pause (SQS delays a message 15 minutes at most). */
  maxDelayMs: number;
  /**
   * A mail claimed longer ago than this, with no outcome, was interrupted: SES calls time out after seconds and
   * send-mail runs 30 seconds at most, so nothing still working on it can be this old.
   */
  staleAfterMs: number;
}

export const DELIVERY_POLICY: DeliveryPolicy = {
  retryWindowMs: 60 * 60_000,
  firstDelayMs: 10_000,
  maxDelayMs: 15 * 60_000,
  staleAfterMs: 2 * 60_000,
};

/**
 * The pause before try number `attempt + 1` after `attempt` tries: exponential, capped, with jitter (between half
 * and the whole of the step), so many mails failing at once do not come back at once.
 */
export function retryDelayMs(attempt: number, policy: DeliveryPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * random());
}

/** Whether a transient failure now still gets another try, counted from the mail's first failure. */
export function mayRetry(firstFailedAt: string | undefined, now: Date, policy: DeliveryPolicy): boolean {
  const since = firstFailedAt ? Date.parse(firstFailedAt) : now.getTime();
  return now.getTime() - since < policy.retryWindowMs;
}

/**
 * SES's own words for the log, without the addresses they may quote ("Email address is not verified: x@y"):
 * logs carry no personal data. The mail item keeps the full text for the coordinators.
 */
export function withoutAddresses(text: string): string {
  return text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, "<address>");
}
