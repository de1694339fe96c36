import { fileURLToPath } from "node:url";
import { ArnFormat, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import * as apigwv2 from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as cognito from "aws-cdk-lib/aws-cognito";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import * as kms from "aws-cdk-lib/aws-kms";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { SqsDlq, SqsEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import * as logs from "aws-cdk-lib/aws-logs";
import * as scheduler from "aws-cdk-lib/aws-scheduler";
import type * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import * as ses from "aws-cdk-lib/aws-ses";
import * as sns from "aws-cdk-lib/aws-sns";
import { LambdaSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import * as sqs from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import { COORDINATOR_GROUP } from "../shared/http/auth.ts";
import { tableDefinition } from "../shared/store/table-definition.ts";
import { ProjectFunction } from "./constructs/node-function.ts";

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
 * The coordinators' API works on the same items as the public one (work tables, applications, partners,
 * conferences, suppressions), in the same transactions.
 */
export const adminTableActions = apiTableActions;

/**
 * The JSON endpoints behind links in mails (`mountLinkApi`): served by the web function, which holds the
 * link-signing key, under more specific routes than the api function's /api/{proxy+}.
 */
export const LINK_API_PREFIXES = ["confirmations", "decisions", "rsvp", "unsubscribe"] as const;

/** The admin function's timeout: CSV imports write many items. HTTP APIs wait at most 30 seconds for a function. */
export const ADMIN_TIMEOUT_SECONDS = 29;

/** How often SQS hands a mail to send-mail before it moves to the dead-letter queue; send-mail reads it too. */
export const MAIL_MAX_RECEIVES = 5;

/** send-mail's timeout; the mail queue's visibility timeout is six times this, as Lambda recommends. */
export const SEND_MAIL_TIMEOUT_SECONDS = 30;

/**
 * How many send-mail functions run at once (the mail queue's event source allows no more); they share the
 * account's SES send rate, so send-mail is told this number too.
 */
export const SEND_MAIL_MAX_CONCURRENCY = 2;

/** send-mail reads an outbox mail and records its outcome. */
export const sendMailTableActions = ["dynamodb:GetItem", "dynamodb:UpdateItem"] as const;

/** mail-sweep finds stale and overdue mails (gsi2, by status) and makes stale ones uncertain. */
export const mailSweepTableActions = ["dynamodb:Query", "dynamodb:UpdateItem"] as const;

/** How often the outbox sweep runs: mails stuck in sending become uncertain, lost queue messages are made good. */
export const MAIL_SWEEP_SCHEDULE = "rate(5 minutes)";

/** The log lines of mails that need a person (see shared/mail/send-outbox-mail.ts); each raises the mail alarm. */
export const MAIL_ATTENTION_MESSAGES = ["mail failed", "mail uncertain"] as const;

/** daily-reminders queries due applications (both indexes) and writes reminder mails into the outbox. */
export const dailyRemindersTableActions = [
  "dynamodb:Query",
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:ConditionCheckItem",
] as const;

/**
 * conference-mailing reads the conference, partners, RSVPs, suppressions and its own progress (indexes included),
 * queues outbox mails in transactions of Puts and ConditionChecks, and saves its progress with PutItem.
 */
export const conferenceMailingTableActions = [
  "dynamodb:GetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:ConditionCheckItem",
] as const;

/** conference-mailing's timeout; it stops half a minute before and goes on in a continuation schedule. */
export const CONFERENCE_MAILING_TIMEOUT_MINUTES = 5;

/** conference-mailing only (re)creates its continuation schedule; EventBridge deletes schedules once they ran. */
export const conferenceMailingSchedulerActions = ["scheduler:CreateSchedule", "scheduler:UpdateSchedule"] as const;

/** on-change (re)creates and deletes the schedules of a conference's mailings as the conference changes. */
export const onChangeSchedulerActions = [
  "scheduler:CreateSchedule",
  "scheduler:UpdateSchedule",
  "scheduler:DeleteSchedule",
] as const;

/** ses-feedback only puts addresses on the suppression list. */
export const sesFeedbackTableActions = ["dynamodb:PutItem"] as const;

/** The SES events of mails sent with the configuration set that reach ses-feedback. */
export const SES_FEEDBACK_EVENTS: readonly ses.EmailSendingEvent[] = [
  ses.EmailSendingEvent.BOUNCE,
  ses.EmailSendingEvent.COMPLAINT,
];

/**
 * The stream records on-change is invoked for; every other change of the table never starts it. One pattern per
 * use: a record matching any of them is delivered. Lambda allows five patterns per mapping (more on request).
 */
export const onChangeFilterPatterns: readonly Record<string, unknown>[] = [
  // Outbox mails waiting to be sent: on-change hands them to the mail queue.
  {
    eventName: lambda.FilterRule.or("INSERT", "MODIFY"),
    dynamodb: {
      NewImage: {
        pk: { S: lambda.FilterRule.beginsWith("MAIL#") },
        status: { S: lambda.FilterRule.isEqual("queued") },
      },
    },
  },
  // Conferences (their main item, not RSVPs or mailing progress): on-change keeps their mailing schedules.
  {
    eventName: lambda.FilterRule.or("INSERT", "MODIFY"),
    dynamodb: {
      NewImage: {
        pk: { S: lambda.FilterRule.beginsWith("CONF#") },
        sk: { S: lambda.FilterRule.isEqual("CONF") },
      },
    },
  },
];

/** When daily-reminders runs: every morning at eight, local time in Schwerin (daylight saving included). */
export const DAILY_REMINDERS_SCHEDULE = {
  expression: "cron(0 8 * * ? *)",
  timezone: "Europe/Berlin",
} as const;

/** Days without a decision after which contact persons get a reminder, and after which coordinators are told. */
export const REMINDER_AFTER_DAYS = 7;
export const ESCALATE_AFTER_DAYS = 14;

/** Settings of the membership-applications feature, from the CDK context. */
export interface ApplicationSettings {
  /** Applications per e-mail address and time window the API accepts. */
  readonly rateLimitPerEmail: number;
  /** Applications per client and time window the API accepts. */
  readonly rateLimitPerClient: number;
  /** Forms submitted faster than this are treated as bots. */
  readonly minFillSeconds: number;
  /** Base of the links in mails, without trailing slash. @default the HTTP API's endpoint */
  readonly publicBaseUrl?: string;
  /** Who is told when applications wait too long, and who gets test sends of conference mailings. */
  readonly coordinatorAddresses: readonly string[];
  /**
   * Mails per second send-mail may hand to SES.
   * @default the account's maximum send rate, which send-mail reads with ses:GetSendQuota when it starts
   */
  readonly sesMaxSendRate?: number;
}

export interface StatelessStackProps extends StackProps {
  readonly table: dynamodb.ITableV2;
  /** HMAC key of the links in mails, from the stateful stack. */
  readonly tokenSecret: secretsmanager.ISecret;
  readonly applications: ApplicationSettings;
  /** Browser origins the API answers CORS for; empty means same-origin only. */
  readonly allowedOrigins: readonly string[];
  readonly senderAddress: string;
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
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

/** Compute and identity: replaceable at any time, the data lives in the stateful stack. */
export class StatelessStack extends Stack {
  /**
   * The public JSON API under /api/ (work tables, applying, health), without the coordinators' routes and without
   * the endpoints behind links in mails: it has no link-signing key.
   */
  readonly apiFunction: ProjectFunction;
  /** The coordinators' JSON API under /api/admin/, behind the JWT authorizer. */
  readonly adminFunction: ProjectFunction;
  /** The server-rendered pages (everything outside /api/) and the JSON endpoints behind links in mails. */
  readonly webFunction: ProjectFunction;
  readonly httpApi: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;
  readonly onChangeFunction: ProjectFunction;
  readonly sendMailFunction: ProjectFunction;
  /** The outbox's safety net, every five minutes (shared/mail/sweep-outbox.ts). */
  readonly mailSweepFunction: ProjectFunction;
  /** Raised by every mail that ended failed or uncertain: a person should look at `GET /api/admin/mails`. */
  readonly mailAttentionAlarm: cloudwatch.Alarm;
  readonly dailyRemindersFunction: ProjectFunction;
  /** Fans a conference mailing out into the outbox; started by one-time schedules. */
  readonly conferenceMailingFunction: ProjectFunction;
  /** Puts addresses that bounced or complained on the suppression list. */
  readonly sesFeedbackFunction: ProjectFunction;
  /** Mails on their way to SES; on-change fills it, send-mail drains it. */
  readonly mailQueue: sqs.Queue;
  readonly mailDeadLetterQueue: sqs.Queue;
  /** Where the stream mapping of on-change reports batches it gave up on. */
  readonly streamFailureQueue: sqs.Queue;
  /** Where EventBridge Scheduler puts invocations it could not deliver (daily reminders and mailings alike). */
  readonly schedulerDeadLetterQueue: sqs.Queue;
  /** SES feedback that SNS could not deliver to ses-feedback, or that ses-feedback failed on every retry. */
  readonly mailFeedbackDeadLetterQueue: sqs.Queue;
  /** One alarm per dead-letter queue; alerting (actions) is added separately. */
  readonly deadLetterAlarms: cloudwatch.Alarm[] = [];
  /** Group for the recurring schedule here and for one-time schedules created later. */
  readonly scheduleGroup: scheduler.CfnScheduleGroup;
  /** The role EventBridge Scheduler assumes to invoke daily-reminders. */
  readonly schedulerRole: iam.Role;
  readonly dailyRemindersSchedule: scheduler.CfnSchedule;
  /** The role the one-time mailing schedules run as: it may only invoke conference-mailing. */
  readonly mailingSchedulerRole: iam.Role;
  /** Every mail goes out with it; it publishes bounces and complaints to the feedback topic. */
  readonly configurationSet: ses.ConfigurationSet;
  /** SES bounces and complaints, on their way to ses-feedback. */
  readonly mailFeedbackTopic: sns.Topic;
  /** Encrypts the feedback topic; customer managed, because only such a key's policy can let SES use it. */
  readonly mailFeedbackKey: kms.Key;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { applications } = props;
    const senderDomain = /^[^@\s]+@([^@\s]+\.[^@\s]+)$/.exec(props.senderAddress)?.[1];
    if (senderDomain === undefined) throw new Error(`senderAddress is no e-mail address: ${props.senderAddress}`);
    const indexNames = tableDefinition.globalSecondaryIndexes.map((index) => index.indexName);

    this.userPool = new cognito.UserPool(this, "CoordinatorPool", {
      // Coordinators are invited by an administrator; nobody signs up on their own.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Coordinators see applicants' personal data, so a second factor is mandatory. TOTP only: SMS needs an
      // extra IAM role for SNS and costs per message.
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      deletionProtection: true,
      // The pool holds the coordinators' accounts: losing it on a stack change would lock everyone out.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: "AwsSolutions-COG8",
      reason:
        "The Plus feature plan (threat protection) is a paid add-on. The pool has a handful of invited " +
        "coordinator accounts, no self sign-up, and requires TOTP MFA.",
    });

    this.userPoolClient = this.userPool.addClient("CoordinatorClient", {
      // A browser app cannot keep a secret.
      generateSecret: false,
      authFlows: { userSrp: true },
      // Only SRP sign-in is used; the default OAuth settings would add a hosted-UI callback to example.com.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });

    new cognito.CfnUserPoolGroup(this, "CoordinatorsGroup", {
      userPoolId: this.userPool.userPoolId,
      groupName: COORDINATOR_GROUP,
      description: "Staff who manage work tables, applications and conferences",
    });

    // The three parts of the HTTP surface (public API, coordinators' API, pages) read the same configuration
    // (shared/config/api-config.ts) and work on the same data; they are split only so that each cold start loads
    // just its own part.
    const httpEnvironment = {
      LOG_LEVEL: "INFO",
      RATE_LIMIT_PER_EMAIL: String(applications.rateLimitPerEmail),
      RATE_LIMIT_PER_CLIENT: String(applications.rateLimitPerClient),
      MIN_FILL_SECONDS: String(applications.minFillSeconds),
    };

    this.apiFunction = new ProjectFunction(this, "ApiFunction", {
      entry: fileURLToPath(new URL("../functions/api.ts", import.meta.url)),
      description: "Netzwerk public JSON API under /api/ (Hono), without the coordinators' routes",
      environment: {
        ...httpEnvironment,
        ALLOWED_ORIGINS: props.allowedOrigins.join(","),
        SENDER_ADDRESS: props.senderAddress,
      },
    });
    // No link-signing key: the endpoints behind links in mails are the web function's, so this bundle, whose cold
    // start most users wait for, carries no token code, and its role cannot read the key.
    this.apiFunction.bindTable(props.table, apiTableActions, indexNames);

    this.adminFunction = new ProjectFunction(this, "AdminFunction", {
      entry: fileURLToPath(new URL("../functions/admin.ts", import.meta.url)),
      description: "Netzwerk coordinators' JSON API under /api/admin/ (Hono), behind the JWT authorizer",
      // CSV imports write many items in one request; API Gateway gives up after 30 seconds anyway.
      timeout: Duration.seconds(ADMIN_TIMEOUT_SECONDS),
      memorySize: 1024,
      // No switch for the authentication mode on purpose: deployed, the app only ever trusts the claims that
      // API Gateway's JWT authorizer has verified.
      environment: {
        ...httpEnvironment,
        ALLOWED_ORIGINS: props.allowedOrigins.join(","),
        // Test sends of conference mailings go to the coordinators.
        COORDINATOR_ADDRESSES: applications.coordinatorAddresses.join(","),
      },
    });
    this.adminFunction.bindTable(props.table, adminTableActions, indexNames);
    // The shared configuration requires it; the key itself is only fetched when a route signs a link.
    this.adminFunction.bindSecret(props.tokenSecret, "TOKEN_SECRET_ARN");

    // Never behind the JWT authorizer; ALLOWED_ORIGINS for the JSON endpoints behind links in mails.
    this.webFunction = new ProjectFunction(this, "WebFunction", {
      entry: fileURLToPath(new URL("../functions/web.ts", import.meta.url)),
      description:
        "Netzwerk pages (Hono) and the JSON endpoints behind links in mails (confirm, decide, RSVP, unsubscribe)",
      environment: { ...httpEnvironment, ALLOWED_ORIGINS: props.allowedOrigins.join(",") },
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
      throttle: props.throttle,
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(accessLogFormat),
      },
    });

    const apiIntegration = new HttpLambdaIntegration("ApiIntegration", this.apiFunction);
    const adminIntegration = new HttpLambdaIntegration("AdminIntegration", this.adminFunction);
    const webIntegration = new HttpLambdaIntegration("WebIntegration", this.webFunction);
    const publicRoute = (path: string, integration: HttpLambdaIntegration, reason: string) => {
      for (const route of this.httpApi.addRoutes({ path, methods: [apigwv2.HttpMethod.ANY], integration })) {
        Validations.of(route).acknowledge({ id: "AwsSolutions-APIG4", reason });
      }
    };
    // API Gateway picks the most specific route: /api/admin/... goes to the admin function's authorized route
    // below, the endpoints behind links in mails to the web function, any other /api/... to the public API route,
    // everything else to the pages.
    const publicApiReason =
      "Public by design: the work-table reads, the application form's POST and the health check are for " +
      "anonymous visitors. Coordinator endpoints live in the admin function under /api/admin/, whose more " +
      "specific route has the JWT authorizer; the api function has no coordinator routes at all.";
    publicRoute("/api", apiIntegration, publicApiReason);
    publicRoute("/api/{proxy+}", apiIntegration, publicApiReason);
    const publicPagesReason =
      "Public by design: server-rendered pages for anonymous visitors (work tables, the application form, the " +
      "confirmation and decision pages behind signed links, a 404 page). The web function has no coordinator " +
      "features; those live under /api/admin/, which has the JWT authorizer.";
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
          "valid token it changes nothing. Coordinator endpoints live under /api/admin/, behind the JWT authorizer.",
      );
    }

    const coordinatorAuthorizer = new HttpJwtAuthorizer(
      "CoordinatorAuthorizer",
      `https://cognito-idp.${this.region}.amazonaws.com/${this.userPool.userPoolId}`,
      { authorizerName: "coordinator-jwt", jwtAudience: [this.userPoolClient.userPoolClientId] },
    );
    this.httpApi.addRoutes({
      path: "/api/admin/{proxy+}",
      methods: [apigwv2.HttpMethod.ANY],
      integration: adminIntegration,
      authorizer: coordinatorAuthorizer,
    });
    // Browsers send CORS preflights without credentials, so they would never get past the JWT authorizer
    // above; the more specific OPTIONS route lets the function answer them from ALLOWED_ORIGINS.
    const [preflightRoute] = this.httpApi.addRoutes({
      path: "/api/admin/{proxy+}",
      methods: [apigwv2.HttpMethod.OPTIONS],
      integration: adminIntegration,
    });
    if (preflightRoute) {
      Validations.of(preflightRoute).acknowledge({
        id: "AwsSolutions-APIG4",
        reason:
          "CORS preflights carry no credentials by specification, so they cannot pass the JWT authorizer. The " +
          "function answers them with CORS headers; without verified claims every coordinator handler refuses.",
      });
    }

    // Mail pipeline: outbox item (status queued) -> stream -> on-change -> mail queue -> send-mail -> SES.
    this.mailDeadLetterQueue = this.deadLetterQueue("MailDeadLetterQueue", "mails send-mail gave up on");
    this.mailQueue = new sqs.Queue(this, "MailQueue", {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(SEND_MAIL_TIMEOUT_SECONDS * 6),
      deadLetterQueue: { queue: this.mailDeadLetterQueue, maxReceiveCount: MAIL_MAX_RECEIVES },
    });
    this.streamFailureQueue = this.deadLetterQueue(
      "StreamFailureQueue",
      "table stream batches on-change gave up on (the records' positions, not their data)",
    );
    this.schedulerDeadLetterQueue = this.deadLetterQueue(
      "SchedulerDeadLetterQueue",
      "scheduled invocations EventBridge Scheduler could not deliver",
    );

    this.scheduleGroup = new scheduler.CfnScheduleGroup(this, "ScheduleGroup", {
      name: `${this.stackName.toLowerCase()}-schedules`,
    });

    // Conference mailings: a one-time schedule (made by on-change, or by a mailing that goes on later) invokes
    // conference-mailing, which writes the mails into the outbox; the mail pipeline sends them like any other.
    this.conferenceMailingFunction = new ProjectFunction(this, "ConferenceMailingFunction", {
      entry: fileURLToPath(new URL("../functions/conference-mailing.ts", import.meta.url)),
      description: "Netzwerk: queues the mails of a conference mailing (started by one-time schedules)",
      timeout: Duration.minutes(CONFERENCE_MAILING_TIMEOUT_MINUTES),
      memorySize: 512,
      environment: { LOG_LEVEL: "INFO" },
    });
    this.conferenceMailingFunction.bindTable(props.table, conferenceMailingTableActions, indexNames);
    this.mailingSchedulerRole = this.schedulerRoleFor(
      "MailingSchedulerRole",
      "Assumed by EventBridge Scheduler to invoke conference-mailing from one-time mailing schedules",
      this.conferenceMailingFunction,
    );
    const mailingSchedules = {
      group: this.scheduleGroup,
      schedulerRole: this.mailingSchedulerRole,
      deadLetterQueue: this.schedulerDeadLetterQueue,
    };
    // Its continuation schedules invoke the function itself (context.invokedFunctionArn), as the same role.
    this.conferenceMailingFunction.manageSchedules({ ...mailingSchedules, actions: conferenceMailingSchedulerActions });

    this.onChangeFunction = new ProjectFunction(this, "OnChangeFunction", {
      entry: fileURLToPath(new URL("../functions/on-change.ts", import.meta.url)),
      description: "Netzwerk: reacts to table changes (queues outbox mails, schedules conference mailings)",
      timeout: Duration.seconds(30),
      environment: {
        SERVICE_NAME: "netzwerk-on-change",
        LOG_LEVEL: "INFO",
        MAILING_FUNCTION_ARN: this.conferenceMailingFunction.functionArn,
      },
    });
    this.onChangeFunction.bindQueue(this.mailQueue, "MAIL_QUEUE_URL");
    this.onChangeFunction.manageSchedules({ ...mailingSchedules, actions: onChangeSchedulerActions });
    if (onChangeFilterPatterns.length > 5) throw new Error("Lambda allows five filter patterns per mapping");
    this.onChangeFunction.consumeTableStream(props.table, {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: 100,
      reportBatchItemFailures: true,
      bisectBatchOnError: true,
      retryAttempts: 10,
      maxRecordAge: Duration.days(1),
      onFailure: new SqsDlq(this.streamFailureQueue),
      filters: onChangeFilterPatterns.map((pattern) => lambda.FilterCriteria.filter(pattern)),
    });

    // SES feedback: bounces and complaints of mails sent with the configuration set -> topic -> ses-feedback ->
    // suppression list, so those addresses get no further mailings.
    this.mailFeedbackKey = new kms.Key(this, "MailFeedbackKey", {
      description: "Netzwerk: encrypts SES bounce and complaint notifications in the mail feedback topic",
      enableKeyRotation: true,
      // It only protects notifications on their way through SNS, which keeps none.
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    // SES publishes into the encrypted topic with its own identity, so it must be allowed to use the key: the reason
    // the AWS-managed key aws/sns (whose policy cannot be changed) does not work here. The topic's policy limits
    // publishing to this account's configuration set.
    this.mailFeedbackKey.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal("ses.amazonaws.com")],
        actions: ["kms:GenerateDataKey", "kms:Decrypt"],
        resources: ["*"],
      }),
    );
    this.mailFeedbackTopic = new sns.Topic(this, "MailFeedbackTopic", {
      displayName: "Netzwerk SES bounces and complaints",
      masterKey: this.mailFeedbackKey,
      enforceSSL: true,
    });
    this.configurationSet = new ses.ConfigurationSet(this, "MailConfigurationSet", {
      configurationSetName: `${this.stackName.toLowerCase()}-mail`,
    });
    this.configurationSet.addEventDestination("FeedbackDestination", {
      destination: ses.EventDestination.snsTopic(this.mailFeedbackTopic),
      events: [...SES_FEEDBACK_EVENTS],
    });
    this.mailFeedbackDeadLetterQueue = this.deadLetterQueue(
      "MailFeedbackDeadLetterQueue",
      "SES bounces and complaints ses-feedback did not get or could not process",
    );
    this.sesFeedbackFunction = new ProjectFunction(this, "SesFeedbackFunction", {
      entry: fileURLToPath(new URL("../functions/ses-feedback.ts", import.meta.url)),
      description: "Netzwerk: puts addresses that bounced or complained on the suppression list",
      environment: { LOG_LEVEL: "INFO" },
      // SNS invokes asynchronously: what still fails after Lambda's retries lands here.
      deadLetterQueue: this.mailFeedbackDeadLetterQueue,
    });
    this.sesFeedbackFunction.bindTable(props.table, sesFeedbackTableActions);
    // What SNS cannot deliver to the function at all lands in the same queue.
    this.mailFeedbackTopic.addSubscription(
      new LambdaSubscription(this.sesFeedbackFunction, { deadLetterQueue: this.mailFeedbackDeadLetterQueue }),
    );

    this.sendMailFunction = new ProjectFunction(this, "SendMailFunction", {
      entry: fileURLToPath(new URL("../functions/send-mail.ts", import.meta.url)),
      description: "Netzwerk: sends queued mails through SES",
      timeout: Duration.seconds(SEND_MAIL_TIMEOUT_SECONDS),
      environment: {
        SERVICE_NAME: "netzwerk-send-mail",
        LOG_LEVEL: "INFO",
        SENDER_ADDRESS: props.senderAddress,
        // The API's own endpoint depends only on the HttpApi, not on this function: no cycle.
        PUBLIC_BASE_URL: applications.publicBaseUrl || this.httpApi.apiEndpoint,
        SEND_CONCURRENCY: String(SEND_MAIL_MAX_CONCURRENCY),
        CONFIGURATION_SET_NAME: this.configurationSet.configurationSetName,
        // Unset, send-mail reads the account's own rate from SES when it starts.
        ...(applications.sesMaxSendRate === undefined
          ? {}
          : { SES_MAX_SEND_RATE: String(applications.sesMaxSendRate) }),
      },
    });
    this.sendMailFunction.bindTable(props.table, sendMailTableActions);
    this.sendMailFunction.bindSecret(props.tokenSecret, "TOKEN_SECRET_ARN");
    // A transient failure goes back on the queue with its pause as the message's delay.
    this.sendMailFunction.bindQueue(this.mailQueue, "MAIL_QUEUE_URL");
    // SES authorises a send against the verified identity (the address itself or its domain) and against the
    // configuration set the mail names. Nothing else.
    this.sendMailFunction.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ["ses:SendRawEmail"],
        resources: [
          ...[props.senderAddress, senderDomain].map((identity) =>
            this.formatArn({
              service: "ses",
              resource: "identity",
              resourceName: identity,
              arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
            }),
          ),
          this.formatArn({
            service: "ses",
            resource: "configuration-set",
            resourceName: this.configurationSet.configurationSetName,
            arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
          }),
        ],
      }),
    );
    this.sendMailFunction.grantUnscoped(
      "SendQuotaPolicy",
      ["ses:GetSendQuota"],
      "ses:GetSendQuota supports no resource-level permissions, so it can only be granted on *. send-mail reads " +
        "the account's maximum send rate with it when it starts; it returns three numbers and changes nothing.",
    );
    this.sendMailFunction.addEventSource(
      new SqsEventSource(this.mailQueue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        maxConcurrency: SEND_MAIL_MAX_CONCURRENCY,
      }),
    );

    this.mailSweepFunction = new ProjectFunction(this, "MailSweepFunction", {
      entry: fileURLToPath(new URL("../functions/mail-sweep.ts", import.meta.url)),
      description: "Netzwerk: outbox sweep (stuck sends become uncertain, lost queue messages are made good)",
      timeout: Duration.seconds(60),
      environment: { LOG_LEVEL: "INFO" },
    });
    this.mailSweepFunction.bindTable(props.table, mailSweepTableActions, ["gsi2"]);
    this.mailSweepFunction.bindQueue(this.mailQueue, "MAIL_QUEUE_URL");
    const mailSweepRole = this.schedulerRoleFor(
      "MailSweepSchedulerRole",
      "Assumed by EventBridge Scheduler to invoke mail-sweep",
      this.mailSweepFunction,
    );
    const mailSweepSchedule = new scheduler.CfnSchedule(this, "MailSweepSchedule", {
      description: "Runs mail-sweep every five minutes",
      groupName: this.scheduleGroup.ref,
      scheduleExpression: MAIL_SWEEP_SCHEDULE,
      flexibleTimeWindow: { mode: "OFF" },
      state: "ENABLED",
      target: {
        arn: this.mailSweepFunction.functionArn,
        roleArn: mailSweepRole.roleArn,
        // The next run comes in five minutes anyway.
        retryPolicy: { maximumRetryAttempts: 0, maximumEventAgeInSeconds: 300 },
        deadLetterConfig: { arn: this.schedulerDeadLetterQueue.queueArn },
      },
    });
    mailSweepSchedule.node.addDependency(mailSweepRole);

    // Mails that need a person: every "mail failed" or "mail uncertain" line of send-mail and mail-sweep counts.
    const attention = new cloudwatch.MathExpression({
      expression: "sendMail + mailSweep",
      usingMetrics: Object.fromEntries(
        (
          [
            ["sendMail", this.sendMailFunction],
            ["mailSweep", this.mailSweepFunction],
          ] as const
        ).map(([name, fn]) => [
          name,
          new logs.MetricFilter(this, `${fn.node.id}AttentionFilter`, {
            logGroup: fn.logGroup,
            filterPattern: logs.FilterPattern.any(
              ...MAIL_ATTENTION_MESSAGES.map((message) => logs.FilterPattern.stringValue("$.message", "=", message)),
            ),
            metricNamespace: `Netzwerk/${this.stackName}`,
            metricName: `MailsNeedingAttention-${name}`,
            metricValue: "1",
          }).metric({ statistic: "Sum", period: Duration.minutes(5) }),
        ]),
      ),
      period: Duration.minutes(5),
    });
    this.mailAttentionAlarm = new cloudwatch.Alarm(this, "MailAttentionAlarm", {
      alarmDescription:
        "Netzwerk: at least one mail ended failed or uncertain - see GET /api/admin/mails?status=failed|uncertain",
      metric: attention,
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    this.dailyRemindersFunction = new ProjectFunction(this, "DailyRemindersFunction", {
      entry: fileURLToPath(new URL("../functions/daily-reminders.ts", import.meta.url)),
      description: "Netzwerk: daily reminders about applications waiting for a decision",
      timeout: Duration.seconds(60),
      environment: {
        SERVICE_NAME: "netzwerk-daily-reminders",
        LOG_LEVEL: "INFO",
        COORDINATOR_ADDRESSES: applications.coordinatorAddresses.join(","),
        REMINDER_AFTER_DAYS: String(REMINDER_AFTER_DAYS),
        ESCALATE_AFTER_DAYS: String(ESCALATE_AFTER_DAYS),
      },
    });
    this.dailyRemindersFunction.bindTable(props.table, dailyRemindersTableActions, indexNames);

    this.schedulerRole = this.schedulerRoleFor(
      "SchedulerRole",
      "Assumed by EventBridge Scheduler to invoke the scheduled functions",
      this.dailyRemindersFunction,
    );
    this.dailyRemindersSchedule = new scheduler.CfnSchedule(this, "DailyRemindersSchedule", {
      description: "Runs daily-reminders every morning",
      groupName: this.scheduleGroup.ref,
      scheduleExpression: DAILY_REMINDERS_SCHEDULE.expression,
      scheduleExpressionTimezone: DAILY_REMINDERS_SCHEDULE.timezone,
      flexibleTimeWindow: { mode: "OFF" },
      state: "ENABLED",
      target: {
        arn: this.dailyRemindersFunction.functionArn,
        roleArn: this.schedulerRole.roleArn,
        retryPolicy: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 3600 },
        deadLetterConfig: { arn: this.schedulerDeadLetterQueue.queueArn },
      },
    });
    // The role's policy must exist before the first run, not just the role.
    this.dailyRemindersSchedule.node.addDependency(this.schedulerRole);

    new CfnOutput(this, "ApiUrl", { value: this.stage.url, description: "Base URL of the HTTP API" });
    new CfnOutput(this, "UserPoolId", { value: this.userPool.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: this.userPoolClient.userPoolClientId });
    new CfnOutput(this, "ScheduleGroupName", { value: this.scheduleGroup.ref });
    new CfnOutput(this, "ConfigurationSetName", { value: this.configurationSet.configurationSetName });
  }

  /**
   * A role only EventBridge Scheduler of this account may assume, allowed to invoke exactly `target` and to put
   * what it could not deliver into the scheduler dead-letter queue.
   */
  private schedulerRoleFor(id: string, description: string, target: lambda.IFunction): iam.Role {
    const role = new iam.Role(this, id, {
      description,
      assumedBy: new iam.ServicePrincipal("scheduler.amazonaws.com", {
        conditions: { StringEquals: { "aws:SourceAccount": this.account } },
      }),
    });
    // Not grantInvoke: that adds `<arn>:*` (all versions and aliases), which nothing here uses.
    role.addToPolicy(new iam.PolicyStatement({ actions: ["lambda:InvokeFunction"], resources: [target.functionArn] }));
    role.addToPolicy(
      new iam.PolicyStatement({ actions: ["sqs:SendMessage"], resources: [this.schedulerDeadLetterQueue.queueArn] }),
    );
    return role;
  }

  /** A dead-letter queue kept for 14 days, with an alarm as soon as one message is in it. */
  private deadLetterQueue(id: string, holds: string): sqs.Queue {
    const queue = new sqs.Queue(this, id, {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(queue).acknowledge({
      id: "AwsSolutions-SQS3",
      reason: `Is itself a dead-letter queue (${holds}); a dead-letter queue of its own would only hide failures.`,
    });
    const alarm = new cloudwatch.Alarm(this, `${id}Alarm`, {
      alarmDescription: `Netzwerk: ${holds} - at least one message in ${id}`,
      metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: "Maximum" }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.deadLetterAlarms.push(alarm);
    return queue;
  }
}
