import { SQSClient } from "@aws-sdk/client-sqs";
import type { DynamoDBStreamEvent } from "aws-lambda";
import * as z from "zod/mini";
import { nonEmpty, readConfig } from "../shared/config/env.ts";
import { handleChanges } from "../shared/mail/on-change.ts";
import { sqsMailQueue } from "../shared/mail/sqs-mail-queue.ts";

const config = readConfig(z.object({ MAIL_QUEUE_URL: nonEmpty() }));
const queue = sqsMailQueue(new SQSClient({}), config.MAIL_QUEUE_URL);

/** DynamoDB stream → the mail queue. Partial batch response: a failure retries from the failed record on. */
export const handler = (event: DynamoDBStreamEvent) => handleChanges(event.Records, queue);
