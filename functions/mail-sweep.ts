import { SQSClient } from "@aws-sdk/client-sqs";
import { readMailSweepConfig } from "../shared/config/mail-sweep-config.ts";
import { createLogger } from "../shared/logging/logger.ts";
import { sqsMailQueue } from "../shared/mail/sqs-mail-queue.ts";
import { sweepOutbox } from "../shared/mail/sweep-outbox.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";
import { MailRepository } from "../shared/store/mail-repository.ts";

const config = readMailSweepConfig();
const deps = {
  mails: new MailRepository(createDocumentClient(), config.TABLE_NAME),
  queue: sqsMailQueue(new SQSClient({}), config.MAIL_QUEUE_URL),
  logger: createLogger({ service: "netzwerk-mail-sweep", level: config.LOG_LEVEL }),
};
/**
 * A queued mail this overdue lost its queue message: SQS hands out messages within seconds, and a retry's
 * delay is at most 15 minutes, counted in the mail's due time already.
 */
const LATE_AFTER_MS = 15 * 60_000;

/** Fired every five minutes by an EventBridge Scheduler schedule: no mail stuck in sending, none lost. */
export const handler = async () => sweepOutbox(deps, new Date(), { lateAfterMs: LATE_AFTER_MS });
