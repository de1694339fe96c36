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

/** A DNS name such as netzwerk.example.org: lower-case labels, at least two. */
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const domainName = () =>
  z.string().check(z.trim(), z.toLowerCase(), z.regex(DOMAIN, "must be a domain name such as netzwerk.example.org"));

const contextSchema = z.object({
  /**
   * Shown as the sender's name of every mail and in the stacks' descriptions; without it, the network profile's
   * sender name (NETWORK_PROFILE, see docs/deploy-and-operations.md).
   */
  networkName: optional(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(3, "must have 3 to 80 characters"),
        z.maxLength(80, "must have 3 to 80 characters"),
        z.regex(/^[^"<>\\\p{Cc}]+$/u, "must not contain quotes, angle brackets, backslashes or line breaks"),
      ),
  ),
  stackPrefix: withDefault(
    z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]{0,30}$/, "must be letters and digits, starting with a letter")),
    "Netzwerk",
  ),
  region: optional(z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "must be an AWS region such as eu-central-1"))),
  senderAddress: withDefault(
    z.string().check(z.trim(), z.regex(EMAIL, "must be an e-mail address")),
    "netzwerk@example.org",
  ),
  /**
   * The domain whose SES identity the stack creates (Easy DKIM, custom MAIL FROM); the sender address must be at it
   * or below it. Empty means the sender address's own domain.
   */
  senderDomain: optional(domainName()),
  /** The MAIL FROM subdomain of the sender domain (bounces go there, SPF is checked there). */
  mailFromSubdomain: withDefault(
    z.string().check(z.regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, "must be one DNS label such as mail")),
    "mail",
  ),
  /** A Route 53 public hosted zone (id and name) the stack writes its DNS records into; without, it outputs them. */
  hostedZoneId: optional(z.string().check(z.regex(/^Z[A-Z0-9]{1,32}$/, "must be a Route 53 hosted zone id (Z…)"))),
  hostedZoneName: optional(domainName()),
  /** A custom domain for the HTTP API, e.g. netzwerk.example.org; links in mails then use it. */
  domainName: optional(domainName()),
  /** An ACM certificate (same region) for `domainName`; unset with a hosted zone, the stack requests one itself. */
  certificateArn: optional(
    z
      .string()
      .check(
        z.regex(/^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[0-9a-f-]{36}$/, "must be an ACM certificate ARN"),
      ),
  ),
  /** Who is told when an alarm goes off (an SNS e-mail subscription, confirmed once by that address). */
  alarmEmail: optional(z.string().check(z.trim(), z.regex(EMAIL, "must be an e-mail address"))),
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

export type DeploymentContext = z.output<typeof contextSchema> & { senderDomain: string };

const domainOf = (address: string) => address.slice(address.lastIndexOf("@") + 1).toLowerCase();
const isAtOrBelow = (name: string, parent: string) => name === parent || name.endsWith(`.${parent}`);

/** Rules between keys, each with the key it is reported under. */
function crossChecks(settings: z.output<typeof contextSchema>): string[] {
  const problems: string[] = [];
  const senderDomain = settings.senderDomain ?? domainOf(settings.senderAddress);
  if (!isAtOrBelow(domainOf(settings.senderAddress), senderDomain)) {
    problems.push(`senderDomain: the sender address ${settings.senderAddress} is not at ${senderDomain} or below it`);
  }
  if ((settings.hostedZoneId === undefined) !== (settings.hostedZoneName === undefined)) {
    problems.push("hostedZoneId: give both hostedZoneId and hostedZoneName, or neither");
  }
  if (settings.hostedZoneName !== undefined && !isAtOrBelow(senderDomain, settings.hostedZoneName)) {
    problems.push(`hostedZoneName: the sender domain ${senderDomain} is not in the zone ${settings.hostedZoneName}`);
  }
  if (settings.domainName !== undefined) {
    if (settings.certificateArn === undefined && settings.hostedZoneName === undefined) {
      problems.push("certificateArn: a custom domain needs an ACM certificate, or a hosted zone to request one in");
    }
    if (
      settings.certificateArn === undefined &&
      settings.hostedZoneName !== undefined &&
      !isAtOrBelow(settings.domainName, settings.hostedZoneName)
    ) {
      problems.push(
        `certificateArn: ${settings.domainName} is not in the zone ${settings.hostedZoneName}; give a certificate`,
      );
    }
    if (settings.publicBaseUrl !== undefined && new URL(settings.publicBaseUrl).hostname !== settings.domainName) {
      problems.push(`publicBaseUrl: must be on the custom domain ${settings.domainName} (or be left empty)`);
    }
  } else if (settings.certificateArn !== undefined) {
    problems.push("certificateArn: only used with domainName");
  }
  return problems;
}

/** The deployment's settings from the CDK context; throws one error naming every invalid key. */
export function readContext(get: (key: string) => unknown): DeploymentContext {
  const keys = Object.keys(contextSchema.shape) as (keyof typeof contextSchema.shape)[];
  const raw = Object.fromEntries(keys.map((key) => [key, get(key)]));
  const result = contextSchema.safeParse(raw);
  const problems = result.success
    ? crossChecks(result.data)
    : result.error.issues.map((issue) => `${issue.path.join(".") || "(context)"}: ${issue.message}`);
  if (result.success && problems.length === 0) {
    const settings = result.data;
    return {
      ...settings,
      senderDomain: settings.senderDomain ?? domainOf(settings.senderAddress),
      // Links in mails use the custom domain unless another base is given.
      ...(settings.domainName && !settings.publicBaseUrl ? { publicBaseUrl: `https://${settings.domainName}` } : {}),
    };
  }
  throw new Error(`Invalid CDK context (cdk.json or -c key=value): ${problems.join("; ")}`);
}
