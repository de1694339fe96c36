import type { DynamoDBRecord } from "aws-lambda";
import type { AppLogger } from "../logging/logger.ts";
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
 * What a log line may say about a record: its event, position and keys, with any part of a key that is not a plain
 * id (an address in `PARTNER#…`, `MFA#…`) replaced by `…`. Never an image: items hold names and addresses.
 */
export function recordForLog(record: DynamoDBRecord): Record<string, string> {
  const keys = record.dynamodb?.Keys as Record<string, { S?: string }> | undefined;
  const safe = (key: string | undefined) =>
    key
      ?.split("#")
      .map((part) => (/^[A-Za-z0-9_.:-]{0,80}$/.test(part) && !part.includes("@") ? part : "…"))
      .join("#") ?? "";
  return {
    eventName: record.eventName ?? "",
    sequence: record.dynamodb?.SequenceNumber ?? "",
    pk: safe(keys?.pk?.S),
    sk: safe(keys?.sk?.S),
  };
}

/**
 * Reacts to the table's changes in stream order: queued mails go to the mail queue (ten at a time), other
 * reactions run per record. On a failure it logs the record's keys and the error, and reports that record: the
 * stream retries from there, and records before it are not delivered again (partial batch response). A record
 * that keeps failing is set aside by the reader (on AWS the mapping's retry limit and its on-failure queue,
 * locally the stream poller), so it never holds up the records behind it.
 */
export async function handleChanges(
  records: DynamoDBRecord[],
  queue: MailQueue,
  logger: AppLogger,
  react?: ChangeReaction,
): Promise<BatchResult> {
  let pending: { mailId: string; record: DynamoDBRecord }[] = [];
  const failed = (record: DynamoDBRecord, what: string, error: unknown): BatchResult => {
    logger.error(what, { ...recordForLog(record), error: (error as Error)?.name ?? String(error) });
    return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? "" }] };
  };
  const flush = async (): Promise<BatchResult | undefined> => {
    for (let start = 0; start < pending.length; start += 10) {
      const chunk = pending.slice(start, start + 10);
      try {
        await queue.enqueue(chunk.map((p) => p.mailId));
      } catch (error) {
        // Retried from the chunk's first record; the outbox sweep also finds a mail whose message never arrives.
        return failed(chunk[0]?.record ?? {}, "mail could not be queued", error);
      }
    }
    pending = [];
    return undefined;
  };
  for (const record of records) {
    const mailId = queuedMailId(record);
    if (mailId) {
      pending.push({ mailId, record });
      continue;
    }
    if (!react) continue;
    const failedMail = await flush();
    if (failedMail) return failedMail;
    try {
      await react(record);
    } catch (error) {
      return failed(record, "change reaction failed", error);
    }
  }
  return (await flush()) ?? { batchItemFailures: [] };
}
