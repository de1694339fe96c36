import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { AppLogger } from "../../shared/logging/logger.ts";
import type { MailQueue } from "../../shared/mail/queue.ts";
import { keys } from "../../shared/store/keys.ts";
import { queryAll } from "../../shared/store/query-all.ts";

/**
 * What SQS and the send-mail event source do on AWS, in process: every id is handed to `deliver`; when it
 * throws, the id comes back after a growing pause (like a visibility timeout), at most `maxReceives` times.
 * Mails are never lost with the process: the outbox in DynamoDB is the record, and `sweep` re-queues what is
 * still queued there at start.
 */
export function localMailQueue(options: {
  deliver: (mailId: string) => Promise<unknown>;
  logger: AppLogger;
  maxReceives: number;
  concurrency?: number;
  backoffMs?: number;
}): MailQueue & {
  idle(): Promise<void>;
  stop(): void;
  sweep(db: DynamoDBDocumentClient, tableName: string): Promise<number>;
} {
  const waiting: { mailId: string; receives: number }[] = [];
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

  const pump = () => {
    while (!stopped && active < (options.concurrency ?? 2) && waiting.length > 0) {
      const message = waiting.shift() as { mailId: string; receives: number };
      active++;
      const receives = message.receives + 1;
      options
        .deliver(message.mailId)
        .catch(() => {
          if (receives >= options.maxReceives) {
            options.logger.error("mail gave up after the last receive", { mailId: message.mailId, receives });
            return;
          }
          const delay = (options.backoffMs ?? 1000) * 2 ** (receives - 1);
          const timer = setTimeout(() => {
            timers.delete(timer);
            waiting.push({ mailId: message.mailId, receives });
            pump();
          }, delay);
          timers.add(timer);
        })
        .finally(() => {
          active--;
          pump();
          settleIdle();
        });
    }
    settleIdle();
  };

  return {
    async enqueue(mailIds) {
      for (const mailId of mailIds) waiting.push({ mailId, receives: 0 });
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
    async sweep(db, tableName) {
      const queued = await queryAll(db, {
        TableName: tableName,
        IndexName: "gsi2",
        KeyConditionExpression: "gsi2pk = :pk",
        ExpressionAttributeValues: { ":pk": keys.mailsStatusPartition("queued") },
      });
      await this.enqueue(queued.map((item) => String(item.id)));
      return queued.length;
    },
  };
}
