/** Hands outbox mail ids to the mailer: SQS on AWS, an in-process queue locally. */
export interface MailQueue {
  /** Queues the ids, to be handed out after `delayMs` (at most 15 minutes, SQS's limit), at once by default. */
  enqueue(mailIds: string[], options?: { delayMs?: number }): Promise<void>;
}

/** SQS delays a message at most 15 minutes. */
export const MAX_QUEUE_DELAY_MS = 15 * 60_000;
