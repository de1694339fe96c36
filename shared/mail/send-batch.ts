import type { SQSRecord } from "aws-lambda";
import type { BatchResult } from "./on-change.ts";
import type { MailQueue } from "./queue.ts";
import { type MailerDeps, sendOutboxMail } from "./send-outbox-mail.ts";

/**
 * One batch from the mail queue. A transient failure comes back through the queue itself: the mail is queued
 * again with its pause as the message's delay, and this message is done. A mail that ended (sent, failed,
 * uncertain, skipped) is done too: failed and uncertain ones are in the table for coordinators, and their log
 * lines raise the mail alarm. Only a message this function could not handle at all (DynamoDB or SQS down, a
 * bug) is reported as a batch failure: SQS hands it out again, and after the last receive it goes to the
 * dead-letter queue and its alarm.
 */
export async function sendBatch(records: SQSRecord[], deps: MailerDeps, queue: MailQueue): Promise<BatchResult> {
  const batchItemFailures: { itemIdentifier: string }[] = [];
  for (const record of records) {
    try {
      const { mailId } = JSON.parse(record.body) as { mailId?: unknown };
      if (typeof mailId !== "string") continue; // not ours; nothing to retry
      const result = await sendOutboxMail(deps, mailId);
      if (result.outcome === "retry") await queue.enqueue([mailId], { delayMs: result.delayMs });
    } catch {
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
