import * as z from "zod/mini";
import { DEFAULT_REGION } from "../../shared/config/region.ts";
import { DELIVERY_POLICY } from "../../shared/domain/mail-delivery.ts";
import { SES_REQUEST_TIMEOUT_MS } from "../../shared/mail/ses-client.ts";

/** The local stack reads its settings with zod (it is no Lambda function: its start-up time does not matter). */
function readConfig<S extends z.ZodMiniObject>(schema: S, env: NodeJS.ProcessEnv): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new Error(`Invalid configuration: ${problems}`);
}
const commaList = () =>
  z.pipe(
    z._default(z.string(), ""),
    z.transform((value) =>
      value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  );
const positiveInt = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.gte(1)), fallback);
const port = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(65535)), fallback);
const optionalUrl = z.optional(z.url({ protocol: /^https?$/ }));

/** The local stack's settings (see docs/local-stack.md). Unset ports take their defaults; a bad value stops the start. */
const localConfigSchema = z.object({
  PORT: port(3000),
  DYNAMODB_PORT: port(8000),
  SES_PORT: port(8005),
  DATA_DIR: z._default(z.string().check(z.minLength(1)), ".data"),
  TABLE_NAME: z._default(z.string().check(z.minLength(3)), "netzwerk"),
  /** Which network the stack runs for: a profile in profiles/ (e.g. musterstadt) or a path to one (issue 20). */
  NETWORK_PROFILE: z.optional(z.string().check(z.minLength(1))),
  COORDINATOR_TOKEN: z.optional(z.string().check(z.minLength(16, "must be at least 16 characters"))),
  DYNAMODB_ENDPOINT: optionalUrl,
  SES_ENDPOINT: optionalUrl,
  ALLOWED_ORIGINS: commaList(),
  /** Links in mails point here; by default the app's own local address. */
  PUBLIC_BASE_URL: optionalUrl,
  SENDER_ADDRESS: z._default(z.string().check(z.email()), "netzwerk@netzwerk.example"),
  /** The first coordinators (the table's list starts with them); they sign in to the console. */
  COORDINATOR_EMAILS: z._default(commaList(), ["koordination@netzwerk.example"]),
  RATE_LIMIT_PER_EMAIL: positiveInt(3),
  RATE_LIMIT_PER_CLIENT: positiveInt(30),
  MIN_FILL_SECONDS: z._default(z.coerce.number().check(z.gte(0)), 3),
  /** How often a mail whose delivery threw (DynamoDB unreachable, …) is handed out again, like SQS's redrive. */
  MAIL_MAX_RECEIVES: positiveInt(5),
  /** Mails per second, like SES's maximum send rate (a new SES account allows 14). */
  SES_MAX_SEND_RATE: z._default(z.coerce.number().check(z.gt(0)), 14),
  MAIL_CONCURRENCY: positiveInt(4),
  /** How long one local conference-mailing run may take before it goes on in a new run (like a Lambda's limit). */
  MAILING_RUN_BUDGET_MS: z._default(z.coerce.number().check(z.int(), z.gte(1)), 60_000),
  /** The first pause before a mail is tried again; each further pause doubles, up to 15 minutes. */
  MAIL_RETRY_BACKOFF_MS: z._default(z.coerce.number().check(z.int(), z.gte(0)), DELIVERY_POLICY.firstDelayMs),
  /** Transient failures are retried at least this long (an hour, as on AWS). */
  MAIL_RETRY_WINDOW_MS: z._default(z.coerce.number().check(z.int(), z.gte(0)), DELIVERY_POLICY.retryWindowMs),
  /** A mail claimed this long ago without an outcome was interrupted; the sweep makes it uncertain. */
  MAIL_STALE_AFTER_MS: z._default(z.coerce.number().check(z.int(), z.gte(1)), DELIVERY_POLICY.staleAfterMs),
  /** Longest wait for SES's answer to a send; past it the mail may have gone out and is kept as uncertain. */
  SES_REQUEST_TIMEOUT_MS: z._default(z.coerce.number().check(z.int(), z.gte(100)), SES_REQUEST_TIMEOUT_MS),
  /** How often the outbox sweep runs. */
  MAIL_SWEEP_INTERVAL_MS: z._default(z.coerce.number().check(z.int(), z.gte(100)), 30_000),
  /** The region the local clients name (DynamoDB Local and the SES emulator ignore it; data stays on this machine). */
  AWS_REGION: z._default(z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/)), DEFAULT_REGION),
});

export type LocalConfig = z.output<typeof localConfigSchema>;

export function readLocalConfig(env: NodeJS.ProcessEnv = process.env): LocalConfig {
  // An empty variable means "not set", as in a shell that exports `SES_ENDPOINT=`.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  return readConfig(localConfigSchema, given);
}
