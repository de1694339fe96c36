import { fileURLToPath } from "node:url";
import { CfnOutput, Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import * as apigwv2 from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import * as acm from "aws-cdk-lib/aws-certificatemanager";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as logs from "aws-cdk-lib/aws-logs";
import * as route53 from "aws-cdk-lib/aws-route53";
import * as route53Targets from "aws-cdk-lib/aws-route53-targets";
import type { Construct } from "constructs";
import { tableDefinition } from "../../shared/store/table-definition.ts";
import { Capability } from "../constructs/capability.ts";
import { ProjectFunction } from "../constructs/project-function.ts";
import type { TokenKeys } from "../constructs/token-keys.ts";

/**
 * What the API function may do with the data table: it writes submissions, rate counters and the confirmation
 * mail in transactions; it never deletes. TransactWriteItems has no IAM action of its own: it is authorised per
 * contained Put/Update/Delete/ConditionCheck, so those cover transactions too.
 */
export const apiTableActions = [
  "dynamodb:GetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:ConditionCheckItem",
] as const;

/**
 * The pages do what the API does, and take decisions and confirmations: a decision deletes the applicant's open
 * application marker of that table (in the decision's transaction).
 */
export const webTableActions = [...apiTableActions, "dynamodb:DeleteItem"] as const;

/**
 * The coordinators' API and console work on the same items as the public one (work tables, applications,
 * partners, conferences, suppressions, mails; sessions, tokens, the audit log), in the same transactions; a
 * partner import (its preview too) reads the partners it names 100 at a time with BatchGetItem, and erasing a
 * person (Art. 17) deletes their items 25 at a time with BatchWriteItem (deletions only).
 */
export const adminTableActions = [...webTableActions, "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem"] as const;

/**
 * The JSON endpoints behind links in mails (`mountLinkApi`): served by the web function, which holds the
 * link-signing key, under more specific routes than the api function's /api/{proxy+}.
 */
export const LINK_API_PREFIXES = ["confirmations", "decisions", "rsvp", "unsubscribe"] as const;

/** The API's description (OpenAPI 3.1) and its reference page, served by the web function. */
export const API_DESCRIPTION_PATHS = ["/api/openapi.json", "/api/docs"] as const;

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

/** A domain of the city's own for the HTTP API, instead of the execute-api address. */
export interface CustomDomain {
  readonly domainName: string;
  /** An ACM certificate in the stack's region; unset, one is requested and validated in `hostedZone`. */
  readonly certificateArn?: string;
  /** A public hosted zone: the certificate's validation record and, if the domain is in it, its alias go there. */
  readonly hostedZone?: { readonly id: string; readonly name: string };
}

export interface HttpSurfaceProps {
  readonly table: dynamodb.ITableV2;
  readonly tokenKeys: TokenKeys;
  readonly settings: HttpSettings;
  readonly customDomain?: CustomDomain;
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
  /** The custom domain, when one is configured. */
  readonly domainName?: apigwv2.DomainName;
  /** Where people reach the product: the custom domain, else the HTTP API's own endpoint. */
  readonly publicUrl: string;

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
    props.tokenKeys.grantRead(this.adminFunction, "TOKEN_KEY_PARAMETER");

    // ALLOWED_ORIGINS for the JSON endpoints behind links in mails.
    this.webFunction = new ProjectFunction(this, "WebFunction", {
      entry: fileURLToPath(new URL("../../functions/web.ts", import.meta.url)),
      description:
        "Netzwerk pages (Hono) and the JSON endpoints behind links in mails (confirm, decide, RSVP, unsubscribe)",
      environment: httpEnvironment,
    });
    this.webFunction.bindTable(props.table, webTableActions, indexNames);
    props.tokenKeys.grantRead(this.webFunction, "TOKEN_KEY_PARAMETER");

    this.httpApi = new apigwv2.HttpApi(this, "HttpApi", {
      description: "Netzwerk API",
      // The stage is created below so it can carry throttling and access logging.
      createDefaultStage: false,
      // With a domain of its own, the execute-api address is switched off: one address in every link and log.
      disableExecuteApiEndpoint: props.customDomain !== undefined,
    });
    this.domainName = props.customDomain ? this.customDomain(props.customDomain) : undefined;
    this.publicUrl = props.customDomain ? `https://${props.customDomain.domainName}` : this.httpApi.apiEndpoint;

    const accessLogs = new logs.LogGroup(this, "ApiAccessLogs", {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new apigwv2.HttpStage(this, "DefaultStage", {
      httpApi: this.httpApi,
      stageName: "$default",
      autoDeploy: true,
      throttle: settings.throttle,
      ...(this.domainName ? { domainMapping: { domainName: this.domainName } } : {}),
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(accessLogFormat),
      },
    });
    this.addRoutes();
  }

  /** The domain with its certificate (given, or requested and validated by DNS) and, if possible, its alias. */
  private customDomain(custom: CustomDomain): apigwv2.DomainName {
    const zone = custom.hostedZone
      ? route53.PublicHostedZone.fromHostedZoneAttributes(this, "ApiZone", {
          hostedZoneId: custom.hostedZone.id,
          zoneName: custom.hostedZone.name,
        })
      : undefined;
    let certificate: acm.ICertificate;
    if (custom.certificateArn) {
      certificate = acm.Certificate.fromCertificateArn(this, "ApiCertificate", custom.certificateArn);
    } else if (zone) {
      certificate = new acm.Certificate(this, "ApiCertificate", {
        domainName: custom.domainName,
        validation: acm.CertificateValidation.fromDns(zone),
      });
    } else {
      throw new Error(`The custom domain ${custom.domainName} needs a certificateArn or a hosted zone`);
    }
    const domain = new apigwv2.DomainName(this, "ApiDomainName", {
      domainName: custom.domainName,
      certificate,
      securityPolicy: apigwv2.SecurityPolicy.TLS_1_2,
    });
    const inZone =
      custom.hostedZone !== undefined &&
      (custom.domainName === custom.hostedZone.name || custom.domainName.endsWith(`.${custom.hostedZone.name}`));
    if (zone && inZone) {
      new route53.ARecord(this, "ApiAliasRecord", {
        zone,
        recordName: custom.domainName,
        target: route53.RecordTarget.fromAlias(
          new route53Targets.ApiGatewayv2DomainProperties(domain.regionalDomainName, domain.regionalHostedZoneId),
        ),
      });
    } else {
      new CfnOutput(this, "ApiDomainDnsRecord", {
        value: `${custom.domainName} CNAME ${domain.regionalDomainName}`,
        description: "Add this record to your DNS so the custom domain reaches the HTTP API",
      });
    }
    return domain;
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

    // The API's own description, built by the web function on first request (the api bundle carries none of it).
    for (const path of API_DESCRIPTION_PATHS) {
      publicRoute(
        path,
        webIntegration,
        "Public by design: the OpenAPI document and its reference page describe the API to anyone who integrates " +
          "with it; they hold no data and change nothing.",
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
