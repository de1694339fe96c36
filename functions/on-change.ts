import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { SQSClient } from "@aws-sdk/client-sqs";
import type { DynamoDBStreamEvent } from "aws-lambda";
import { readOnChangeConfig } from "../shared/config/on-change-config.ts";
import { eventBridgeConfig } from "../shared/config/scheduler-config.ts";
import { reactToConference } from "../shared/jobs/conference-schedules.ts";
import { createLogger } from "../shared/logging/logger.ts";
import { handleChanges } from "../shared/mail/on-change.ts";
import { sqsMailQueue } from "../shared/mail/sqs-mail-queue.ts";
import { eventBridgeScheduler } from "../shared/scheduling/eventbridge-scheduler.ts";

const config = readOnChangeConfig();
const queue = sqsMailQueue(new SQSClient({}), config.MAIL_QUEUE_URL);
const scheduler = eventBridgeScheduler(new SchedulerClient({}), eventBridgeConfig(config));
const logger = createLogger({ service: "netzwerk-on-change", level: config.LOG_LEVEL });
/** EventBridge Scheduler wants a time in the future: "now" is a minute from now. */
const SOON_MS = 60_000;

/**
 * DynamoDB stream → queued mails to the mail queue, conference changes to their schedules. Partial batch
 * response: a failure retries from the failed record on; after the mapping's retry limit the record's position
 * goes to the stream failure queue (its alarm tells the operators) and the records behind it go on.
 */
export const handler = (event: DynamoDBStreamEvent) =>
  handleChanges(event.Records, queue, logger, (record) => reactToConference(record, scheduler, new Date(), SOON_MS));
