import * as z from "zod/mini";
import { emailAddress } from "../domain/text.ts";
import { logLevel, nonEmpty, positiveInt, readConfig } from "./env.ts";

const mailerConfigSchema = z.object({
  TABLE_NAME: nonEmpty(),
  TOKEN_KEY_PARAMETER: nonEmpty(),
  /** Where a mail goes back to after a transient failure, with its pause as the message's delay. */
  MAIL_QUEUE_URL: nonEmpty(),
  SENDER_ADDRESS: emailAddress(),
  SENDER_NAME: z._default(z.string(), "Netzwerk Migration Schwerin"),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }),
  /** Unset on AWS: the account's own rate is read from SES at start. */
  SES_MAX_SEND_RATE: z.optional(z.coerce.number().check(z.gt(0))),
  CONFIGURATION_SET_NAME: z.optional(z.string().check(z.minLength(1))),
  /** How many send-mail functions run at once (the event source's maximum concurrency). */
  SEND_CONCURRENCY: positiveInt(2),
  LOG_LEVEL: logLevel(),
});

export type MailerConfig = z.output<typeof mailerConfigSchema>;

export function readMailerConfig(env: NodeJS.ProcessEnv = process.env): MailerConfig {
  return readConfig(mailerConfigSchema, env);
}
