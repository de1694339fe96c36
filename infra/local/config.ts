import * as z from "zod/mini";
import { commaList, positiveInt, readConfig } from "../../shared/config/env.ts";

const port = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(65535)), fallback);
const optionalUrl = z.optional(z.url({ protocol: /^https?$/ }));

/** The local stack's settings (see README). Unset ports take their defaults; a bad value stops the start. */
const localConfigSchema = z.object({
  PORT: port(3000),
  DYNAMODB_PORT: port(8000),
  SES_PORT: port(8005),
  DATA_DIR: z._default(z.string().check(z.minLength(1)), ".data"),
  TABLE_NAME: z._default(z.string().check(z.minLength(3)), "netzwerk"),
  COORDINATOR_TOKEN: z.optional(z.string().check(z.minLength(16, "must be at least 16 characters"))),
  DYNAMODB_ENDPOINT: optionalUrl,
  SES_ENDPOINT: optionalUrl,
  ALLOWED_ORIGINS: commaList(),
  /** Links in mails point here; by default the app's own local address. */
  PUBLIC_BASE_URL: optionalUrl,
  SENDER_ADDRESS: z._default(z.string().check(z.email()), "netzwerk@schwerin.example"),
  COORDINATOR_ADDRESSES: z._default(commaList(), ["koordination@schwerin.example"]),
  RATE_LIMIT_PER_EMAIL: positiveInt(3),
  RATE_LIMIT_PER_CLIENT: positiveInt(30),
  MIN_FILL_SECONDS: z._default(z.coerce.number().check(z.gte(0)), 3),
  MAIL_MAX_ATTEMPTS: positiveInt(5),
  /** Mails per second, like SES's maximum send rate (a new SES account allows 14). */
  SES_MAX_SEND_RATE: z._default(z.coerce.number().check(z.gt(0)), 14),
  MAIL_CONCURRENCY: positiveInt(4),
  /** How long one local conference-mailing run may take before it goes on in a new run (like a Lambda's limit). */
  MAILING_RUN_BUDGET_MS: z._default(z.coerce.number().check(z.int(), z.gte(1)), 60_000),
  MAIL_RETRY_BACKOFF_MS: z._default(z.coerce.number().check(z.int(), z.gte(0)), 2000),
});

export type LocalConfig = z.output<typeof localConfigSchema>;

export function readLocalConfig(env: NodeJS.ProcessEnv = process.env): LocalConfig {
  // An empty variable means "not set", as in a shell that exports `SES_ENDPOINT=`.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  return readConfig(localConfigSchema, given);
}
