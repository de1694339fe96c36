import { DELIVERY_POLICY, type DeliveryPolicy } from "../domain/mail-delivery.ts";
import type { AppLogger } from "../logging/logger.ts";
import type { MailRepository } from "../store/mail-repository.ts";
import type { MailQueue } from "./queue.ts";
import { settleStale } from "./settle-stale.ts";

export interface SweepDeps {
  mails: MailRepository;
  queue: MailQueue;
  logger: AppLogger;
  policy?: DeliveryPolicy;
}

export interface SweepResult {
  /** Mails found claimed long ago without an outcome, now uncertain. */
  uncertain: number;
  /** Queued mails overdue, handed to the queue again. */
  requeued: number;
}

/**
 * The outbox's safety net, run on a schedule (every few minutes on AWS, every half minute locally, and at start):
 * no mail stays `sending` for ever, and no queued mail waits for a queue message that was lost (a crash between
 * the outbox write and the queue, a message given up to the dead-letter queue). A mail handed to the queue
 * twice is still sent once: every send starts with a conditional claim.
 */
export async function sweepOutbox(deps: SweepDeps, now: Date, options: { lateAfterMs: number }): Promise<SweepResult> {
  const policy = deps.policy ?? DELIVERY_POLICY;
  let uncertain = 0;
  for (const mail of await deps.mails.staleSending(new Date(now.getTime() - policy.staleAfterMs))) {
    if (await settleStale(deps, mail, now)) uncertain++;
  }
  const late = await deps.mails.dueQueued(new Date(now.getTime() - options.lateAfterMs));
  if (late.length > 0) await deps.queue.enqueue(late.map((mail) => mail.id));
  if (uncertain > 0 || late.length > 0) deps.logger.info("outbox swept", { uncertain, requeued: late.length });
  return { uncertain, requeued: late.length };
}
