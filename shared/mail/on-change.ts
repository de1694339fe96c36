import type { DynamoDBRecord } from "aws-lambda";
import type { MailQueue } from "./queue.ts";

export interface BatchResult {
  batchItemFailures: { itemIdentifier: string }[];
}

/**
 * Which stream records mean "a mail is waiting": a new outbox item, or a failed or uncertain one a coordinator put
 * back to queued. A mail set back to queued by the mailer itself is retried by its queue, not enqueued again.
 */
export function queuedMailId(record: DynamoDBRecord): string | undefined {
  const image = record.dynamodb?.NewImage;
  if (!image?.pk?.S?.startsWith("MAIL#") || image.status?.S !== "queued") return undefined;
  const before = record.dynamodb?.OldImage?.status?.S;
  if (record.eventName === "INSERT" || before === "failed" || before === "uncertain") return image.id?.S;
  return undefined;
}

/** Other reactions to a change, e.g. a conference's schedules (shared/jobs/conference-schedules.ts). */
export type ChangeReaction = (record: DynamoDBRecord) => Promise<void>;

/**
 * Reacts to the table's changes in stream order: queued mails go to the mail queue (ten at a time), other
 * reactions run per record. On a failure it reports that record: the stream retries from there, and records
 * before it are not delivered again (partial batch response).
 */
export async function handleChanges(
  records: DynamoDBRecord[],
  queue: MailQueue,
  react?: ChangeReaction,
): Promise<BatchResult> {
  let pending: { mailId: string; sequence: string }[] = [];
  const flush = async (): Promise<string | undefined> => {
    for (let start = 0; start < pending.length; start += 10) {
      const chunk = pending.slice(start, start + 10);
      try {
        await queue.enqueue(chunk.map((p) => p.mailId));
      } catch {
        return chunk[0]?.sequence ?? "";
      }
    }
    pending = [];
    return undefined;
  };
  for (const record of records) {
    const sequence = record.dynamodb?.SequenceNumber ?? "";
    const mailId = queuedMailId(record);
    if (mailId) {
      pending.push({ mailId, sequence });
      continue;
    }
    if (!react) continue;
    const failedMail = await flush();
    if (failedMail !== undefined) return { batchItemFailures: [{ itemIdentifier: failedMail }] };
    try {
      await react(record);
    } catch {
      return { batchItemFailures: [{ itemIdentifier: sequence }] };
    }
  }
  const failed = await flush();
  return { batchItemFailures: failed === undefined ? [] : [{ itemIdentifier: failed }] };
}
