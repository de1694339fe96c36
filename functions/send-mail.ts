import { SESClient } from "@aws-sdk/client-ses";
import type { SQSEvent } from "aws-lambda";
import { readMailerConfig } from "../shared/config/mailer-config.ts";
import { pacer } from "../shared/mail/pace.ts";
import { sendBatch } from "../shared/mail/send-batch.ts";
import { accountSendRate, sesTransport } from "../shared/mail/ses-transport.ts";
import { secretsManagerKey } from "../shared/security/secrets-manager-key.ts";
import { cachedSigner } from "../shared/security/tokens.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";

const config = readMailerConfig();
const ses = new SESClient({});
const db = createDocumentClient();
const deps = {
  db,
  tableName: config.TABLE_NAME,
  transport: sesTransport(ses, config.CONFIGURATION_SET_NAME),
  signer: cachedSigner(
    secretsManagerKey(config.TOKEN_SECRET_ARN, {
      region: process.env.AWS_REGION ?? "",
      credentials: db.config.credentials,
    }),
  ),
  sender: { name: config.SENDER_NAME, email: config.SENDER_ADDRESS },
  baseUrl: config.PUBLIC_BASE_URL.replace(/\/$/, ""),
  maxAttempts: config.MAX_ATTEMPTS,
};
// Honours the account's maximum send rate, shared by the concurrent send-mail functions; throttling that happens
// anyway is retried, never dropped.
const pace = pacer(config.SES_MAX_SEND_RATE ?? (await accountSendRate(ses)), config.SEND_CONCURRENCY);

/** Mail queue → SES. Partial batch response: only failed messages come back. */
export const handler = (event: SQSEvent) => sendBatch(event.Records, deps, pace);
