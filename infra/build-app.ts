import { App, CrossStackReferences, type Environment, ReferenceStrength, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { regionFromEnvironment } from "../shared/config/region.ts";
import { StatefulStack } from "./stateful-stack.ts";
import { StatelessStack } from "./stateless-stack.ts";

const defaults = {
  stackPrefix: "Netzwerk",
  senderAddress: "netzwerk@example.org",
  throttleRateLimit: 50,
  throttleBurstLimit: 100,
  rateLimitPerEmail: 3,
  rateLimitPerClient: 30,
  minFillSeconds: 3,
  coordinatorAddresses: ["koordination@example.org"],
};

/** `-c key=value` arrives as a string, cdk.json may hold a list: accept both. */
function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
  return items.map((item) => String(item).trim()).filter((item) => item.length > 0);
}

function text(value: unknown, fallback: string): string {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : fallback;
}

function positiveNumber(name: string, value: unknown, fallback: number): number {
  if (value === undefined || value === null || value === "") return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new Error(`Context ${name} must be a positive number, got ${value}`);
  }
  return number;
}

/** Like `positiveNumber`, but unset (or empty) stays unset. */
function optionalPositiveNumber(name: string, value: unknown): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  return positiveNumber(name, value, Number.NaN);
}

function wholeNumber(name: string, value: unknown, fallback: number, minimum: number): number {
  if (value === undefined || value === null || value === "") return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < minimum) {
    throw new Error(`Context ${name} must be a whole number of at least ${minimum}, got ${value}`);
  }
  return number;
}

function addresses(name: string, value: unknown, fallback: readonly string[]): string[] {
  const items = list(value);
  const invalid = items.filter((item) => !/^[^@\s,]+@[^@\s,]+\.[^@\s,]+$/.test(item));
  if (invalid.length > 0) throw new Error(`Context ${name} must hold e-mail addresses, got ${invalid.join(", ")}`);
  return items.length > 0 ? items : [...fallback];
}

/** Empty means "use the API's own URL"; anything else must be an absolute https URL (stored without trailing /). */
function baseUrl(name: string, value: unknown): string | undefined {
  const raw = text(value, "");
  if (raw === "") return undefined;
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (url?.protocol !== "https:" || url.search !== "" || url.hash !== "") {
    throw new Error(`Context ${name} must be an https URL without query or fragment, got ${raw}`);
  }
  return url.href.replace(/\/+$/, "");
}

/**
 * The region is chosen, never inherited from whatever the CLI's profile defaults to (CDK_DEFAULT_REGION): the
 * `region` context, else AWS_REGION, else Frankfurt, so a German city's data stays in Germany unless it decides
 * otherwise. The account comes from the credentials (the CLI sets CDK_DEFAULT_ACCOUNT); without one, synth works
 * offline with the account left to deploy time.
 */
function environmentFrom(regionContext: unknown): Environment {
  const region = text(regionContext, regionFromEnvironment());
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
    throw new Error(`Context region must be an AWS region such as eu-central-1, got ${region}`);
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  return account ? { account, region } : { region };
}

/** Builds the CDK app without synthesising it, so tests can inspect the stacks. */
export function buildApp(context: Record<string, unknown> = {}) {
  const app = new App({ context });
  const ctx = (key: string): unknown => app.node.tryGetContext(key);
  const prefix = text(ctx("stackPrefix"), defaults.stackPrefix);
  const env = environmentFrom(ctx("region"));
  // Strong (Fn::ImportValue): CloudFormation refuses to remove the table's exports while the API stack uses them.
  // Set before any stack exists, because context can only be set on a construct without children.
  CrossStackReferences.of(app).consume(ReferenceStrength.STRONG);

  const stateful = new StatefulStack(app, `${prefix}Data`, {
    env,
    description: "Netzwerk data: the DynamoDB table and the link-signing key (both retained on delete)",
  });
  const stateless = new StatelessStack(app, `${prefix}Api`, {
    env,
    description: "Netzwerk compute: HTTP API, Lambda functions, mail queue, schedules, Cognito coordinators",
    table: stateful.table,
    tokenSecret: stateful.tokenSecret,
    allowedOrigins: list(ctx("allowedOrigins")),
    senderAddress: text(ctx("senderAddress"), defaults.senderAddress),
    throttle: {
      rateLimit: positiveNumber("throttleRateLimit", ctx("throttleRateLimit"), defaults.throttleRateLimit),
      burstLimit: positiveNumber("throttleBurstLimit", ctx("throttleBurstLimit"), defaults.throttleBurstLimit),
    },
    applications: {
      rateLimitPerEmail: wholeNumber("rateLimitPerEmail", ctx("rateLimitPerEmail"), defaults.rateLimitPerEmail, 1),
      rateLimitPerClient: wholeNumber("rateLimitPerClient", ctx("rateLimitPerClient"), defaults.rateLimitPerClient, 1),
      // 0 switches the check off.
      minFillSeconds: wholeNumber("minFillSeconds", ctx("minFillSeconds"), defaults.minFillSeconds, 0),
      publicBaseUrl: baseUrl("publicBaseUrl", ctx("publicBaseUrl")),
      coordinatorAddresses: addresses(
        "coordinatorAddresses",
        ctx("coordinatorAddresses"),
        defaults.coordinatorAddresses,
      ),
      // Unset (the default), send-mail reads the account's own send rate from SES.
      sesMaxSendRate: optionalPositiveNumber("sesMaxSendRate", ctx("sesMaxSendRate")),
    },
  });

  // cdk-nag 3 is a policy-validation plugin, no longer an aspect: any finding, warning or error, fails synth.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stateful, stateless };
}
