import type { AppLogger } from "../../shared/logging/logger.ts";
import type { MailQueue } from "../../shared/mail/queue.ts";
import type { SendOutcome } from "../../shared/mail/send-outbox-mail.ts";

/**
 * What SQS and the send-mail event source do on AWS, in process: every id is handed to `deliver`. A transient
 * failure comes back as `retry` with its pause, and the id is handed out again after it (as send-mail re-queues it
 * with a delay on AWS). When `deliver` throws (DynamoDB unreachable, a bug), the id comes back after a growing
 * pause, at most `maxReceives` times (SQS's redrive to the dead-letter queue); the outbox sweep finds it later.
 * An id already waiting, running or due for a retry is not taken twice. Mails are never lost with the process: the
 * outbox in DynamoDB is the record, and the sweep queues again what is still queued there.
 */
export function localMailQueue(options: {
  deliver: (mailId: string) => Promise<SendOutcome | undefined>;
  logger: AppLogger;
  maxReceives: number;
  concurrency?: number;
  /** The first pause after a throw; each further one doubles. */
  backoffMs?: number;
}): MailQueue & { idle(): Promise<void>; stop(): void } {
  const waiting: { mailId: string; receives: number }[] = [];
  /** Every id the queue holds in any form: waiting, being delivered, or on a timer. */
  const held = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  let active = 0;
  let stopped = false;
  let idleWaiters: (() => void)[] = [];

  const settleIdle = () => {
    if (active === 0 && waiting.length === 0 && timers.size === 0) {
      for (const done of idleWaiters) done();
      idleWaiters = [];
    }
  };

  const later = (mailId: string, receives: number, delayMs: number) => {
    if (stopped) return; // a send still in flight when the stack stopped; the sweep of the next start has it
    const timer = setTimeout(() => {
      timers.delete(timer);
      waiting.push({ mailId, receives });
      pump();
    }, delayMs);
    timers.add(timer);
  };

  const pump = () => {
    while (!stopped && active < (options.concurrency ?? 2) && waiting.length > 0) {
      const message = waiting.shift() as { mailId: string; receives: number };
      active++;
      const receives = message.receives + 1;
      let keep = false;
      options
        .deliver(message.mailId)
        .then((result) => {
          if (result?.outcome === "retry") {
            keep = true;
            later(message.mailId, 0, result.delayMs);
          }
        })
        .catch(() => {
          if (receives >= options.maxReceives) {
            options.logger.error("mail gave up after the last receive", { mailId: message.mailId, receives });
            return;
          }
          keep = true;
          const base = (options.backoffMs ?? 1000) * 2 ** (receives - 1);
          later(message.mailId, receives, Math.round(base / 2 + (base / 2) * Math.random()));
        })
        .finally(() => {
          if (!keep) held.delete(message.mailId);
          active--;
          pump();
          settleIdle();
        });
    }
    settleIdle();
  };

  return {
    async enqueue(mailIds, enqueueOptions = {}) {
      for (const mailId of mailIds) {
        if (held.has(mailId)) continue;
        held.add(mailId);
        if (enqueueOptions.delayMs) later(mailId, 0, enqueueOptions.delayMs);
        else waiting.push({ mailId, receives: 0 });
      }
      pump();
    },
    /** Resolves once nothing is waiting, running or scheduled for a retry (tests and benchmarks wait on it). */
    idle() {
      return new Promise<void>((done) => {
        idleWaiters.push(done);
        settleIdle();
      });
    },
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
