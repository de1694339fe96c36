import { SendMessageBatchCommand, type SQSClient } from "@aws-sdk/client-sqs";
import type { MailQueue } from "./queue.ts";

/** The mail queue on AWS: SendMessageBatch, ten ids a call; any refused entry fails the whole call for a retry. */
export function sqsMailQueue(client: SQSClient, queueUrl: string): MailQueue {
  return {
    async enqueue(mailIds) {
      for (let start = 0; start < mailIds.length; start += 10) {
        const chunk = mailIds.slice(start, start + 10);
        const { Failed = [] } = await client.send(
          new SendMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: chunk.map((mailId, index) => ({ Id: String(index), MessageBody: JSON.stringify({ mailId }) })),
          }),
        );
        if (Failed.length > 0) throw new Error(`SQS refused ${Failed.length} of ${chunk.length} mail ids`);
      }
    },
  };
}
