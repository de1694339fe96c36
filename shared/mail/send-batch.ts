import type { SQSRecord } from "aws-lambda";
import type { BatchResult } from "./on-change.ts";
import { type MailerDeps, sendOutboxMail } from "./send-outbox-mail.ts";

/**
 * One batch from the mail queue. A mail that failed for good is reported as a failure too: the queue then
 * hands it on to its dead-letter queue (and its alarm) after the last receive, while it stays "failed" in the
 * table with the reason.
 */
export async function sendBatch(
  records: SQSRecord[],
  deps: MailerDeps,
  pace: () => Promise<void>,
): Promise<BatchResult> {
  const batchItemFailures: { itemIdentifier: string }[] = [];
  for (const record of records) {
    try {
      const { mailId } = JSON.parse(record.body) as { mailId?: unknown };
      if (typeof mailId !== "string") continue; // not ours; nothing to retry
      await pace();
      if ((await sendOutboxMail(deps, mailId)) === "failed")
        batchItemFailures.push({ itemIdentifier: record.messageId });
    } catch {
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
