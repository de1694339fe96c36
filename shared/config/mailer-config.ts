import { emailAddressField, httpUrl, logLevel, nonEmpty, number, optional, positiveInt, readConfig } from "./env.ts";

const mailerConfigFields = {
  TABLE_NAME: nonEmpty(),
  TOKEN_KEY_PARAMETER: nonEmpty(),
  /** Where a mail goes back to after a transient failure, with its pause as the message's delay. */
  MAIL_QUEUE_URL: nonEmpty(),
  SENDER_ADDRESS: emailAddressField(),
  /** Unset: the network profile's sender name (carried in the bundle). */
  SENDER_NAME: optional(nonEmpty()),
  PUBLIC_BASE_URL: httpUrl(),
  /** Unset on AWS: the account's own rate is read from SES at start. */
  SES_MAX_SEND_RATE: optional(number({ min: 0, exclusive: true })),
  CONFIGURATION_SET_NAME: optional(nonEmpty()),
  /** How many send-mail functions run at once (the event source's maximum concurrency). */
  SEND_CONCURRENCY: positiveInt(2),
  LOG_LEVEL: logLevel(),
};

export type MailerConfig = ReturnType<typeof readMailerConfig>;

export function readMailerConfig(env: NodeJS.ProcessEnv = process.env) {
  return readConfig(mailerConfigFields, env);
}
