import * as z from "zod/mini";

/**
 * Everything a deployment is told through the CDK context (`cdk.json` or `-c key=value`), read by one schema and
 * checked before anything is synthesized. `-c` values arrive as strings, `cdk.json` may hold numbers and lists:
 * both are accepted. Every problem is reported at once, each with its key.
 */

/** Unset, empty or blank means "use the default". */
const blankToUndefined = (value: unknown): unknown =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

const optional = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.transform(blankToUndefined), z.optional(schema));
const withDefault = <T extends z.ZodMiniType>(schema: T, value: z.output<T>) =>
  z.pipe(z.transform(blankToUndefined), z._default(schema, value as never));

const number = () => z.coerce.number().check(z.refine(Number.isFinite, { message: "must be a number" }));
const positiveNumber = () => number().check(z.gt(0, "must be a positive number"));
const wholeNumber = (minimum: number) =>
  number().check(
    z.int(`must be a whole number of at least ${minimum}`),
    z.gte(minimum, `must be a whole number of at least ${minimum}`),
  );

const EMAIL = /^[^@\s,]+@[^@\s,]+\.[^@\s,]+$/;

/** "a, b" or ["a", "b"] → ["a", "b"]. */
const list = () =>
  z.pipe(
    z.transform((value: unknown) => {
      const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
      return items.map((item) => String(item).trim()).filter((item) => item.length > 0);
    }),
    z.array(z.string()),
  );

const addresses = () =>
  list().check(z.refine((items) => items.every((item) => EMAIL.test(item)), { message: "must hold e-mail addresses" }));

const origins = () =>
  list().check(
    z.refine((items) => items.every((item) => URL.canParse(item) && new URL(item).origin === item.replace(/\/$/, "")), {
      message: "must hold origins such as https://koordination.example.org",
    }),
  );

/** An https URL without query or fragment, kept without trailing slash. */
const baseUrl = () =>
  z.pipe(
    z.string().check(
      z.refine(
        (raw) => {
          const url = URL.canParse(raw) ? new URL(raw) : undefined;
          return url?.protocol === "https:" && url.search === "" && url.hash === "";
        },
        { message: "must be an https URL without query or fragment" },
      ),
    ),
    z.transform((raw) => new URL(raw).href.replace(/\/+$/, "")),
  );

const contextSchema = z.object({
  stackPrefix: withDefault(
    z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]{0,30}$/, "must be letters and digits, starting with a letter")),
    "Netzwerk",
  ),
  region: optional(z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "must be an AWS region such as eu-central-1"))),
  senderAddress: withDefault(
    z.string().check(z.trim(), z.regex(EMAIL, "must be an e-mail address")),
    "netzwerk@example.org",
  ),
  allowedOrigins: origins(),
  throttleRateLimit: withDefault(positiveNumber(), 50),
  throttleBurstLimit: withDefault(positiveNumber(), 100),
  rateLimitPerEmail: withDefault(wholeNumber(1), 3),
  rateLimitPerClient: withDefault(wholeNumber(1), 30),
  /** 0 switches the form's minimum fill time off. */
  minFillSeconds: withDefault(wholeNumber(0), 3),
  /** Empty means "the HTTP API's own URL". */
  publicBaseUrl: optional(baseUrl()),
  /** The first coordinators: the table's list of coordinators starts with them. */
  coordinatorEmails: z.pipe(
    addresses(),
    z.transform((items) => (items.length > 0 ? items : ["koordination@example.org"])),
  ),
  /** Unset, send-mail reads the account's own send rate from SES. */
  sesMaxSendRate: optional(positiveNumber()),
});

export type DeploymentContext = z.output<typeof contextSchema>;

/** The deployment's settings from the CDK context; throws one error naming every invalid key. */
export function readContext(get: (key: string) => unknown): DeploymentContext {
  const keys = Object.keys(contextSchema.shape) as (keyof typeof contextSchema.shape)[];
  const raw = Object.fromEntries(keys.map((key) => [key, get(key)]));
  const result = contextSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(context)"}: ${issue.message}`);
  throw new Error(`Invalid CDK context (cdk.json or -c key=value): ${problems.join("; ")}`);
}
