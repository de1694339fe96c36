import type { SQSEvent } from "aws-lambda";
import { readMailerConfig } from "../shared/config/mailer-config.ts";
import { regionFromEnvironment } from "../shared/config/region.ts";
import { network } from "../shared/i18n/network.ts";
import { createLogger } from "../shared/logging/logger.ts";
import { pacer } from "../shared/mail/pace.ts";
import { sendBatch } from "../shared/mail/send-batch.ts";
import { createSesClient } from "../shared/mail/ses-client.ts";
import { accountSendRate, sesTransport } from "../shared/mail/ses-transport.ts";
import { sqsMailQueue } from "../shared/mail/sqs-mail-queue.ts";
import { ssmParameterKey } from "../shared/security/ssm-parameter-key.ts";
import { cachedSigner } from "../shared/security/tokens.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";
import { MailRepository } from "../shared/store/mail-repository.ts";
import { NetworkRepository } from "../shared/store/network-repository.ts";

const config = readMailerConfig();
const ses = createSesClient();
const db = createDocumentClient();
const queue = sqsMailQueue(async () => new (await import("@aws-sdk/client-sqs")).SQSClient({}), config.MAIL_QUEUE_URL);
const deps = {
  mails: new MailRepository(db, config.TABLE_NAME),
  network: new NetworkRepository(db, config.TABLE_NAME),
  transport: sesTransport(ses, config.CONFIGURATION_SET_NAME),
  signer: cachedSigner(
    ssmParameterKey(config.TOKEN_KEY_PARAMETER, {
      region: regionFromEnvironment(),
      credentials: db.config.credentials,
    }),
  ),
  sender: { name: config.SENDER_NAME ?? network().senderName, email: config.SENDER_ADDRESS },
  baseUrl: config.PUBLIC_BASE_URL.replace(/\/$/, ""),
  logger: createLogger({ service: "netzwerk-send-mail", level: config.LOG_LEVEL }),
  // Honours the account's maximum send rate, shared by the concurrent send-mail functions; throttling that
  // happens anyway is retried, never dropped.
  pace: pacer(config.SES_MAX_SEND_RATE ?? (await accountSendRate(ses)), config.SEND_CONCURRENCY),
};

/** Mail queue → SES. Partial batch response: only messages that could not be handled at all come back. */
export const handler = (event: SQSEvent) => sendBatch(event.Records, deps, queue);
