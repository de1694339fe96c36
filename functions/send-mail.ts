import { SESClient } from "@aws-sdk/client-ses";
import type { SQSEvent } from "aws-lambda";
import { readMailerConfig } from "../shared/config/mailer-config.ts";
import { pacer } from "../shared/mail/pace.ts";
import { sendBatch } from "../shared/mail/send-batch.ts";
import { sesTransport } from "../shared/mail/ses-transport.ts";
import { secretsManagerKey } from "../shared/security/secrets-manager-key.ts";
import { cachedSigner } from "../shared/security/tokens.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";

const config = readMailerConfig();
const deps = {
  db: createDocumentClient(),
  tableName: config.TABLE_NAME,
  transport: sesTransport(new SESClient({})),
  signer: cachedSigner(secretsManagerKey(config.TOKEN_SECRET_ARN)),
  sender: { name: config.SENDER_NAME, email: config.SENDER_ADDRESS },
  baseUrl: config.PUBLIC_BASE_URL.replace(/\/$/, ""),
  maxAttempts: config.MAX_ATTEMPTS,
};
const pace = pacer(config.SES_MAX_SEND_RATE, config.SEND_CONCURRENCY);

/** Mail queue → SES. Partial batch response: only failed messages come back. */
export const handler = (event: SQSEvent) => sendBatch(event.Records, deps, pace);
