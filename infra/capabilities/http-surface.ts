import { fileURLToPath } from "node:url";
import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import * as apigwv2 from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as logs from "aws-cdk-lib/aws-logs";
import type * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import { tableDefinition } from "../../shared/store/table-definition.ts";
import { Capability } from "../constructs/capability.ts";
import { ProjectFunction } from "../constructs/project-function.ts";

/**
 * What the API function may do with the data table: it writes applications, rate counters and the confirmation
 * mail in transactions. TransactWriteItems has no IAM action of its own: it is authorised per contained
 * Put/Update/Delete/ConditionCheck, so those cover transactions too.
 */
export const apiTableActions = [
  "dynamodb:GetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:ConditionCheckItem",
] as const;

/** The pages do the same with the table as the API: they read work tables and take applications and decisions. */
export const webTableActions = apiTableActions;

/**
 * The coordinators' API and console work on the same items as the public one (work tables, applications,
 * partners, conferences, suppressions, mails; sessions, tokens, the audit log), in the same transactions; a
 * partner import (its preview too) reads the partners it names 100 at a time with BatchGetItem, and erasing a
 * person (Art. 17) deletes their items 25 at a time with BatchWriteItem (deletions only).
 */
export const adminTableActions = [...apiTableActions, "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem"] as const;

/**
 * The JSON endpoints behind links in mails (`mountLinkApi`): served by the web function, which holds the
 * link-signing key, under more specific routes than the api function's /api/{proxy+}.
 */
export const LINK_API_PREFIXES = ["confirmations", "decisions", "rsvp", "unsubscribe"] as const;

/** The console's pages and its sign-in, served by the admin function beside the coordinators' JSON API. */
export const CONSOLE_PATHS = ["/anmelden", "/konsole"] as const;

/** The admin function's timeout: CSV imports write many items. HTTP APIs wait at most 30 seconds for a function. */
export const ADMIN_TIMEOUT_SECONDS = 29;

/** What the HTTP functions are told, from the CDK context. */
export interface HttpSettings {
  readonly rateLimitPerEmail: number;
  readonly rateLimitPerClient: number;
  readonly minFillSeconds: number;
  /** Browser origins the API answers CORS for; empty means same-origin only. */
  readonly allowedOrigins: readonly string[];
  /** The first coordinators: the table's list starts with them when it is empty. */
  readonly coordinatorEmails: readonly string[];
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
}

export interface HttpSurfaceProps {
  readonly table: dynamodb.ITableV2;
  readonly tokenSecret: secretsmanager.ISecret;
  readonly settings: HttpSettings;
}

// Deliberately without $context.identity.sourceIp, user agent or path: those identify people or carry ids.
const accessLogFields: Record<string, { value: string; numeric?: boolean }> = {
  requestId: { value: "$context.requestId" },
  requestTime: { value: "$context.requestTimeEpoch", numeric: true },
  routeKey: { value: "$context.routeKey" },
  status: { value: "$context.status", numeric: true },
  responseLatency: { value: "$context.responseLatency", numeric: true },
  integrationError: { value: "$context.integrationErrorMessage" },
  authorizerError: { value: "$context.authorizer.error" },
};
const accessLogFormat = `{${Object.entries(accessLogFields)
  .map(([key, { value, numeric }]) => `"${key}":${numeric ? value : `"${value}"`}`)
  .join(",")}}`;

/**
 * The public HTTP surface: one HTTP API, split over three functions so each cold start loads only its part: `api`
 * (the public JSON API: work tables, applying), `admin` (the console with its sign-in, and /api/admin/*) and `web`
 * (the public pages, and the JSON endpoints behind links in mails). They read the same configuration
 * (shared/config/api-config.ts) and work on the same data. People sign in with a mailed link and a session in
 * the table; the admin function checks every request itself (session cookie or personal API token), the same
 * locally and on AWS, so there is no user pool and no authorizer.
 */
export class HttpSurface extends Capability {
  /**
   * The public JSON API under /api/ (work tables, applying, health), without the coordinators' routes and without
   * the endpoints behind links in mails: it has no link-signing key.
   */
  readonly apiFunction: ProjectFunction;
  /** The console (/anmelden, /konsole) and the coordinators' JSON API (/api/admin/), which it authorises itself. */
  readonly adminFunction: ProjectFunction;
  /** The server-rendered pages (everything outside /api/) and the JSON endpoints behind links in mails. */
  readonly webFunction: ProjectFunction;
  readonly httpApi: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;

  constructor(scope: Construct, id: string, props: HttpSurfaceProps) {
    super(scope, id);
    const { settings } = props;
    const indexNames = tableDefinition.globalSecondaryIndexes.map((index) => index.indexName);
    const httpEnvironment = {
      LOG_LEVEL: "INFO",
      RATE_LIMIT_PER_EMAIL: String(settings.rateLimitPerEmail),
      RATE_LIMIT_PER_CLIENT: String(settings.rateLimitPerClient),
      MIN_FILL_SECONDS: String(settings.minFillSeconds),
      ALLOWED_ORIGINS: settings.allowedOrigins.join(","),
    };

    this.apiFunction = new ProjectFunction(this, "ApiFunction", {
      entry: fileURLToPath(new URL("../../functions/api.ts", import.meta.url)),
      description: "Netzwerk public JSON API under /api/ (Hono), without the coordinators' routes",
      environment: httpEnvironment,
    });
    // No link-signing key: the endpoints behind links in mails are the web function's, so this bundle, whose cold
    // start most users wait for, carries no token code, and its role cannot read the key.
    this.apiFunction.bindTable(props.table, apiTableActions, indexNames);

    this.adminFunction = new ProjectFunction(this, "AdminFunction", {
      entry: fileURLToPath(new URL("../../functions/admin.ts", import.meta.url)),
      description: "Netzwerk console (/konsole, /anmelden) and coordinators' JSON API (/api/admin/) (Hono)",
      // CSV imports write many items in one request; API Gateway gives up after 30 seconds anyway.
      timeout: Duration.seconds(ADMIN_TIMEOUT_SECONDS),
      memorySize: 1024,
      // No switch for a shared token on purpose: deployed, only sessions and personal API tokens sign requests.
      environment: { ...httpEnvironment, COORDINATOR_EMAILS: settings.coordinatorEmails.join(",") },
    });
    this.adminFunction.bindTable(props.table, adminTableActions, indexNames);
    // The key signs the sign-in links' requests and seals the list cursors.
    this.adminFunction.bindSecret(props.tokenSecret, "TOKEN_SECRET_ARN");

    // ALLOWED_ORIGINS for the JSON endpoints behind links in mails.
    this.webFunction = new ProjectFunction(this, "WebFunction", {
      entry: fileURLToPath(new URL("../../functions/web.ts", import.meta.url)),
      description:
        "Netzwerk pages (Hono) and the JSON endpoints behind links in mails (confirm, decide, RSVP, unsubscribe)",
      environment: httpEnvironment,
    });
    this.webFunction.bindTable(props.table, webTableActions, indexNames);
    this.webFunction.bindSecret(props.tokenSecret, "TOKEN_SECRET_ARN");

    this.httpApi = new apigwv2.HttpApi(this, "HttpApi", {
      description: "Netzwerk API",
      // The stage is created below so it can carry throttling and access logging.
      createDefaultStage: false,
    });

    const accessLogs = new logs.LogGroup(this, "ApiAccessLogs", {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new apigwv2.HttpStage(this, "DefaultStage", {
      httpApi: this.httpApi,
      stageName: "$default",
      autoDeploy: true,
      throttle: settings.throttle,
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(accessLogFormat),
      },
    });
    this.addRoutes();
  }

  private addRoutes() {
    const apiIntegration = new HttpLambdaIntegration("ApiIntegration", this.apiFunction);
    const adminIntegration = new HttpLambdaIntegration("AdminIntegration", this.adminFunction);
    const webIntegration = new HttpLambdaIntegration("WebIntegration", this.webFunction);
    const publicRoute = (path: string, integration: HttpLambdaIntegration, reason: string) => {
      for (const route of this.httpApi.addRoutes({ path, methods: [apigwv2.HttpMethod.ANY], integration })) {
        Validations.of(route).acknowledge({ id: "AwsSolutions-APIG4", reason });
      }
    };
    // API Gateway picks the most specific route: /api/admin/... goes to the admin function's route below, the endpoints behind links in mails to the web function, any other /api/... to the public API route,
    // everything else to the pages.
    const publicApiReason =
      "Public by design: the work-table reads, the application form's POST and the health check are for " +
      "anonymous visitors. Coordinator endpoints live in the admin function under /api/admin/, which checks " +
      "sessions and API tokens itself; the api function has no coordinator routes at all.";
    publicRoute("/api", apiIntegration, publicApiReason);
    publicRoute("/api/{proxy+}", apiIntegration, publicApiReason);
    const publicPagesReason =
      "Public by design: server-rendered pages for anonymous visitors (work tables, the application form, the " +
      "pages behind signed links in mails, a 404 page). The web function has no coordinator or contact-person " +
      "features; those live in the admin function (/konsole, /api/admin/), which checks sessions itself.";
    publicRoute("/", webIntegration, publicPagesReason);
    publicRoute("/{proxy+}", webIntegration, publicPagesReason);
    // After the pages, so that the web integration keeps the logical id it had before these routes existed.
    for (const link of LINK_API_PREFIXES) {
      publicRoute(
        `/api/${link}/{proxy+}`,
        webIntegration,
        `Public by design: the JSON endpoint behind the ${link} links in mails is called by their recipients, ` +
          "who have no account. Like the pages behind the same links, each request is authorised by the signed, " +
          "expiring token in its path, which the web function verifies with the link-signing key; without a " +
          "valid token it changes nothing. Coordinator endpoints live under /api/admin/, in the admin function.",
      );
    }

    // The console and the coordinators' API: public routes at the gateway, because the admin function authorises
    // every request itself (a session in the table, or a personal API token), locally and on AWS alike.
    const consoleReason =
      "Authorised in the function, not at the gateway: people sign in with a one-time link mailed to them and a " +
      "session kept in the table (HttpOnly cookie, CSRF token per session); scripts send personal API tokens " +
      "stored as hashes. Every /konsole page and /api/admin request without a valid session or token is " +
      "redirected to the sign-in page or refused with 401/403; /anmelden is the sign-in itself.";
    for (const path of CONSOLE_PATHS) {
      publicRoute(path, adminIntegration, consoleReason);
      publicRoute(`${path}/{proxy+}`, adminIntegration, consoleReason);
    }
    publicRoute("/api/admin/{proxy+}", adminIntegration, consoleReason);
  }
}
