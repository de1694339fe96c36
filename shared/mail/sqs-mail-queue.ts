import { SendMessageBatchCommand, type SQSClient } from "@aws-sdk/client-sqs";
import { MAX_QUEUE_DELAY_MS, type MailQueue } from "./queue.ts";

/**
 * The mail queue on AWS: SendMessageBatch, ten ids a call, each with the delay asked for (a retry's pause); any
 * refused entry fails the whole call for a retry.
 */
export function sqsMailQueue(client: SQSClient, queueUrl: string): MailQueue {
  return {
    async enqueue(mailIds, options = {}) {
      const delaySeconds = Math.ceil(Math.min(MAX_QUEUE_DELAY_MS, Math.max(0, options.delayMs ?? 0)) / 1000);
      for (let start = 0; start < mailIds.length; start += 10) {
        const chunk = mailIds.slice(start, start + 10);
        const { Failed = [] } = await client.send(
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
