import type { DynamoDBRecord } from "aws-lambda";
import type { MailQueue } from "./queue.ts";

export interface BatchResult {
  batchItemFailures: { itemIdentifier: string }[];
}

/**
 * Which stream records mean "a mail is waiting": a new outbox item, or a failed one a coordinator put back to
 * queued. A mail set back to queued by the mailer itself is retried by its queue, not enqueued a second time.
 */
export function queuedMailId(record: DynamoDBRecord): string | undefined {
  const image = record.dynamodb?.NewImage;
  if (!image?.pk?.S?.startsWith("MAIL#") || image.status?.S !== "queued") return undefined;
  const before = record.dynamodb?.OldImage?.status?.S;
  if (record.eventName === "INSERT" || before === "failed") return image.id?.S;
  return undefined;
}

/**
 * Reacts to the table's changes in stream order. On a failure it reports that record: the stream retries from
 * there, and records before it are not delivered again (partial batch response).
 */
export async function handleChanges(records: DynamoDBRecord[], queue: MailQueue): Promise<BatchResult> {
  const pending: { mailId: string; sequence: string }[] = [];
  for (const record of records) {
    const mailId = queuedMailId(record);
    if (mailId) pending.push({ mailId, sequence: record.dynamodb?.SequenceNumber ?? "" });
  }
  for (let start = 0; start < pending.length; start += 10) {
    const chunk = pending.slice(start, start + 10);
    try {
      await queue.enqueue(chunk.map((p) => p.mailId));
    } catch {
      return { batchItemFailures: [{ itemIdentifier: chunk[0]?.sequence ?? "" }] };
    }
  }
  return { batchItemFailures: [] };
}
