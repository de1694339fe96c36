import { fileURLToPath } from "node:url";
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import * as apigwv2 from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import * as cognito from "aws-cdk-lib/aws-cognito";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as logs from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import { COORDINATOR_GROUP } from "../shared/http/auth.ts";
import { tableDefinition } from "../shared/store/table-definition.ts";
import { ProjectFunction } from "./constructs/node-function.ts";

/**
 * What the API function may do with the data table. TransactWriteItems has no IAM action of its own: it is
 * authorised per contained Put/Update/Delete/ConditionCheck, so those cover transactions too.
 */
export const apiTableActions = [
  "dynamodb:GetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:ConditionCheckItem",
] as const;

export interface StatelessStackProps extends StackProps {
  readonly table: dynamodb.ITableV2;
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
  readonly apiFunction: ProjectFunction;
  readonly httpApi: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);

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

    this.apiFunction = new ProjectFunction(this, "ApiFunction", {
      entry: fileURLToPath(new URL("../functions/api.ts", import.meta.url)),
      description: "Netzwerk HTTP API (Hono)",
      // No switch for the authentication mode on purpose: deployed, the app only ever trusts the claims that
      // API Gateway's JWT authorizer has verified.
      environment: {
        ALLOWED_ORIGINS: props.allowedOrigins.join(","),
        SENDER_ADDRESS: props.senderAddress,
        SERVICE_NAME: "netzwerk-api",
        LOG_LEVEL: "INFO",
      },
    });
    this.apiFunction.bindTable(
      props.table,
      apiTableActions,
      tableDefinition.globalSecondaryIndexes.map((index) => index.indexName),
    );

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

    const integration = new HttpLambdaIntegration("ApiIntegration", this.apiFunction);
    const publicRoutes = [
      ...this.httpApi.addRoutes({ path: "/", methods: [apigwv2.HttpMethod.ANY], integration }),
      ...this.httpApi.addRoutes({ path: "/{proxy+}", methods: [apigwv2.HttpMethod.ANY], integration }),
    ];
    for (const route of publicRoutes) {
      Validations.of(route).acknowledge({
        id: "AwsSolutions-APIG4",
        reason:
          "Public by design: the work-table listing and the application form are for anonymous visitors. " +
          "Coordinator endpoints live under /api/admin/, which has the JWT authorizer.",
      });
    }

    const coordinatorAuthorizer = new HttpJwtAuthorizer(
      "CoordinatorAuthorizer",
      `https://cognito-idp.${this.region}.amazonaws.com/${this.userPool.userPoolId}`,
      { authorizerName: "coordinator-jwt", jwtAudience: [this.userPoolClient.userPoolClientId] },
    );
    this.httpApi.addRoutes({
      path: "/api/admin/{proxy+}",
      methods: [apigwv2.HttpMethod.ANY],
      integration,
      authorizer: coordinatorAuthorizer,
    });
    // Browsers send CORS preflights without credentials, so they would never get past the JWT authorizer
    // above; the more specific OPTIONS route lets the function answer them from ALLOWED_ORIGINS.
    const [preflightRoute] = this.httpApi.addRoutes({
      path: "/api/admin/{proxy+}",
      methods: [apigwv2.HttpMethod.OPTIONS],
      integration,
    });
    if (preflightRoute) {
      Validations.of(preflightRoute).acknowledge({
        id: "AwsSolutions-APIG4",
        reason:
          "CORS preflights carry no credentials by specification, so they cannot pass the JWT authorizer. The " +
          "function answers them with CORS headers; without verified claims every coordinator handler refuses.",
      });
    }

    new CfnOutput(this, "ApiUrl", { value: this.stage.url, description: "Base URL of the HTTP API" });
    new CfnOutput(this, "UserPoolId", { value: this.userPool.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: this.userPoolClient.userPoolClientId });
  }
}
