import type { SQSClient } from "@aws-sdk/client-sqs";
import { MAX_QUEUE_DELAY_MS, type MailQueue } from "./queue.ts";

/**
 * The mail queue on AWS: SendMessageBatch, ten ids a call, each with the delay asked for (a retry's pause); any
 * refused entry fails the whole call for a retry. `client` may be a function that makes it: the SQS client
 * (23 KiB) is then loaded by the first mail put back, which a send-mail function rarely needs.
 */
export function sqsMailQueue(client: SQSClient | (() => Promise<SQSClient>), queueUrl: string): MailQueue {
  let made: Promise<SQSClient> | undefined;
  const sqs = () => (made ??= typeof client === "function" ? client() : Promise.resolve(client));
  return {
    async enqueue(mailIds, options = {}) {
      const [queue, { SendMessageBatchCommand }] = await Promise.all([sqs(), import("@aws-sdk/client-sqs")]);
      const delaySeconds = Math.ceil(Math.min(MAX_QUEUE_DELAY_MS, Math.max(0, options.delayMs ?? 0)) / 1000);
      for (let start = 0; start < mailIds.length; start += 10) {
        const chunk = mailIds.slice(start, start + 10);
        const { Failed = [] } = await queue.send(
          new SendMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: chunk.map((mailId, index) => ({
              Id: String(index),
              MessageBody: JSON.stringify({ mailId }),
              ...(delaySeconds > 0 ? { DelaySeconds: delaySeconds } : {}),
            })),
          }),
        );
        if (Failed.length > 0) throw new Error(`SQS refused ${Failed.length} of ${chunk.length} mail ids`);
      }
    },
  };
}
