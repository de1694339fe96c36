import type { Stack } from "aws-cdk-lib";
import { Annotations, Match, Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { describe, expect, it } from "vitest";
import {
  ADMIN_TIMEOUT_SECONDS,
  adminTableActions,
  apiTableActions,
  LINK_API_PREFIXES,
  webTableActions,
} from "../../infra/capabilities/http-surface.ts";
import { tableDefinition } from "../../shared/store/table-definition.ts";
import { buildForTest } from "../support/cdk.ts";
import {
  asArray,
  isScheduleGroupGrant,
  isUnscopedGrant,
  logicalIdOf,
  policyStatements,
  type Resource,
  type Statement,
  single,
  UNSCOPED_ACTIONS,
  wildcardActions,
  wildcardResources,
} from "./template-helpers.ts";

const { stateful, stateless } = buildForTest();
// Synthesising runs the cdk-nag plugin registered by buildApp; a finding would already fail here.
const template = Template.fromStack(stateless);
const dataTemplate = Template.fromStack(stateful);

type FunctionProperties = {
  Runtime: string;
  Architectures: string[];
  Role: { "Fn::GetAtt": [string, string] };
  LoggingConfig?: { LogFormat?: string; LogGroup?: { Ref: string } };
  Environment: { Variables: Record<string, unknown> };
};

const [tableId] = single(dataTemplate, "AWS::DynamoDB::GlobalTable");
const apiFunctionId = logicalIdOf(stateless, stateless.http.apiFunction);
const apiFunction = template.toJSON().Resources[apiFunctionId].Properties as FunctionProperties;
const apiRoleId = apiFunction.Role["Fn::GetAtt"][0];
const webFunctionId = logicalIdOf(stateless, stateless.http.webFunction);
const webFunction = template.toJSON().Resources[webFunctionId].Properties as FunctionProperties;
const webRoleId = webFunction.Role["Fn::GetAtt"][0];
const adminFunctionId = logicalIdOf(stateless, stateless.http.adminFunction);
const adminFunction = template.toJSON().Resources[adminFunctionId].Properties as FunctionProperties & {
  Timeout: number;
  MemorySize: number;
};
const adminRoleId = adminFunction.Role["Fn::GetAtt"][0];
const functionIds = { api: apiFunctionId, admin: adminFunctionId, web: webFunctionId } as const;

/** The export name under which the data stack publishes `value`, i.e. what the API stack must import. */
function exportOf(value: unknown): string {
  const output = Object.values(dataTemplate.findOutputs("*")).find(
    (o) => o.Export !== undefined && JSON.stringify(o.Value) === JSON.stringify(value),
  );
  if (!output?.Export?.Name) throw new Error(`data stack exports no ${JSON.stringify(value)}`);
  return output.Export.Name as string;
}

/** The name of the link keys' parameter, which the functions are told. */
const keyParameterName = "/NetzwerkData/token-keys";

/** The routes of the JSON endpoints behind links in mails, served by the web function. */
const linkRouteKeys = ["confirmations", "decisions", "rsvp", "unsubscribe"].map((link) => `ANY /api/${link}/{proxy+}`);

function routeByKey(routeKey: string): Resource {
  const routes = Object.values(
    template.findResources("AWS::ApiGatewayV2::Route", { Properties: { RouteKey: routeKey } }),
  );
  expect(routes).toHaveLength(1);
  return routes[0] as Resource;
}

/** The function logical id a route's Lambda integration invokes. */
function integratedFunctionOf(route: Resource): string {
  const target = route.Properties?.Target as { "Fn::Join": [string, unknown[]] };
  const [, integration] = target["Fn::Join"][1] as [string, { Ref: string }];
  const integrations = template.toJSON().Resources as Record<string, Resource>;
  const uri = integrations[integration.Ref]?.Properties?.IntegrationUri as { "Fn::GetAtt": [string, string] };
  return uri["Fn::GetAtt"][0];
}

/** The one statement of a role that grants DynamoDB actions. */
function dynamoStatementOf(roleId: string): Statement | undefined {
  const policies = template.findResources("AWS::IAM::Policy", {
    Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) },
  });
  const statements = policyStatements(policies as Record<string, Resource>);
  const dynamoStatements = statements.filter((s) => asArray(s.Action).some((a) => a.startsWith("dynamodb:")));
  expect(dynamoStatements).toHaveLength(1);
  return dynamoStatements[0];
}

/** The table's ARN and those of its declared indexes, as the API stack imports them. */
function tableAndIndexArns(): unknown[] {
  const tableArn = { "Fn::ImportValue": exportOf({ "Fn::GetAtt": [tableId, "Arn"] }) };
  return [
    tableArn,
    ...tableDefinition.globalSecondaryIndexes.map((index) => ({
      "Fn::Join": ["", [tableArn, `/index/${index.indexName}`]],
    })),
  ];
}

describe("api function", () => {
  it("runs on Node.js 22 or newer on arm64", () => {
    const runtime = apiFunction.Runtime;
    expect(runtime).toMatch(/^nodejs\d+\.x$/);
    expect(Number(/^nodejs(\d+)/.exec(runtime)?.[1])).toBeGreaterThanOrEqual(22);
    expect(apiFunction.Architectures).toEqual(["arm64"]);
  });

  it("logs as JSON to its own log group with a retention, without a log-retention custom resource", () => {
    const logGroupId = apiFunction.LoggingConfig?.LogGroup?.Ref ?? "";
    expect(apiFunction.LoggingConfig?.LogFormat).toBe("JSON");
    const logGroups = template.findResources("AWS::Logs::LogGroup");
    expect(logGroups[logGroupId]?.Properties?.RetentionInDays).toBeGreaterThan(0);
    template.resourceCountIs("Custom::LogRetention", 0);
  });

  it("gets TABLE_NAME from the data stack's table and source maps enabled", () => {
    const variables = apiFunction.Environment.Variables;
    expect(variables.TABLE_NAME).toEqual({ "Fn::ImportValue": exportOf({ Ref: tableId }) });
    expect(variables.NODE_OPTIONS).toContain("--enable-source-maps");
    // The service name is fixed per entry file.
    expect(variables.SERVICE_NAME).toBeUndefined();
    expect(variables.LOG_LEVEL).toBe("INFO");
    // It sends no mail (mails go through the outbox and send-mail), so it does not know the sender.
    expect(variables.SENDER_ADDRESS).toBeUndefined();
    expect(variables.ALLOWED_ORIGINS).toBe("");
    // Only the coordinators' API sends test mails to the coordinators.
    expect(variables.COORDINATOR_EMAILS).toBeUndefined();
  });

  it("has no variable that could switch on a local authentication mode", () => {
    const names = Object.keys(apiFunction.Environment.Variables);
    expect(names.filter((name) => /AUTH_MODE|COORDINATOR_TOKEN/i.test(name))).toEqual([]);
    // Not even the link-signing key: the endpoints behind links in mails are the web function's.
    expect(names.filter((name) => /TOKEN|SECRET/i.test(name))).toEqual([]);
    expect(apiFunction.Environment.Variables.TOKEN_KEY_PARAMETER).toBeUndefined();
  });

  it("gets the anti-abuse limits of the application form", () => {
    const variables = apiFunction.Environment.Variables;
    expect(variables.RATE_LIMIT_PER_EMAIL).toBe("3");
    expect(variables.RATE_LIMIT_PER_CLIENT).toBe("30");
    expect(variables.MIN_FILL_SECONDS).toBe("3");
  });

  it("may use exactly the listed DynamoDB actions, on the table and its declared indexes only", () => {
    const statement = dynamoStatementOf(apiRoleId);
    expect(statement?.Effect).toBe("Allow");
    expect(asArray(statement?.Action ?? []).toSorted()).toEqual([...apiTableActions].toSorted());
    expect(statement?.Resource).toEqual(tableAndIndexArns());
  });

  it("uses a role of its own without AWS-managed policies", () => {
    const role = template.findResources("AWS::IAM::Role")[apiRoleId];
    expect(role).toBeDefined();
    expect(role?.Properties?.ManagedPolicyArns).toBeUndefined();
  });
});

describe("web function", () => {
  it("runs on nodejs22.x on arm64 with its own role and log group", () => {
    expect(webFunction.Runtime).toBe("nodejs22.x");
    expect(webFunction.Architectures).toEqual(["arm64"]);
    expect(webRoleId).not.toBe(apiRoleId);
    const role = template.findResources("AWS::IAM::Role")[webRoleId];
    expect(role).toBeDefined();
    expect(role?.Properties?.ManagedPolicyArns).toBeUndefined();
    const logGroupId = webFunction.LoggingConfig?.LogGroup?.Ref ?? "";
    expect(webFunction.LoggingConfig?.LogFormat).toBe("JSON");
    expect(logGroupId).not.toBe(apiFunction.LoggingConfig?.LogGroup?.Ref);
    expect(template.findResources("AWS::Logs::LogGroup")[logGroupId]?.Properties?.RetentionInDays).toBeGreaterThan(0);
  });

  it("reads the same table and form limits as the api function, and the link keys' parameter", () => {
    const variables = webFunction.Environment.Variables;
    expect(variables.TABLE_NAME).toEqual({ "Fn::ImportValue": exportOf({ Ref: tableId }) });
    expect(variables.TOKEN_KEY_PARAMETER).toBe(keyParameterName);
    expect(variables).toMatchObject({
      RATE_LIMIT_PER_EMAIL: "3",
      RATE_LIMIT_PER_CLIENT: "30",
      MIN_FILL_SECONDS: "3",
      LOG_LEVEL: "INFO",
    });
    expect(variables.NODE_OPTIONS).toContain("--enable-source-maps");
    expect(variables.SERVICE_NAME).toBeUndefined();
    const names = Object.keys(variables);
    expect(names.filter((name) => /AUTH_MODE|COORDINATOR_TOKEN/i.test(name))).toEqual([]);
    expect(names.filter((name) => /TOKEN|SECRET/i.test(name))).toEqual(["TOKEN_KEY_PARAMETER"]);
  });

  it("may use exactly the listed DynamoDB actions, on the table and its declared indexes only", () => {
    const statement = dynamoStatementOf(webRoleId);
    expect(statement?.Effect).toBe("Allow");
    expect(asArray(statement?.Action ?? []).toSorted()).toEqual([...webTableActions].toSorted());
    // The api function never deletes; a decision (web) deletes the applicant's open-application marker.
    expect(apiTableActions).not.toContain("dynamodb:DeleteItem");
    expect([...webTableActions].toSorted()).toEqual([...apiTableActions, "dynamodb:DeleteItem"].toSorted());
    expect(statement?.Resource).toEqual(tableAndIndexArns());
  });
});

describe("admin function", () => {
  it("runs on nodejs22.x on arm64 with its own role and log group", () => {
    expect(adminFunction.Runtime).toBe("nodejs22.x");
    expect(adminFunction.Architectures).toEqual(["arm64"]);
    expect(new Set([adminRoleId, apiRoleId, webRoleId]).size).toBe(3);
    const role = template.findResources("AWS::IAM::Role")[adminRoleId];
    expect(role).toBeDefined();
    expect(role?.Properties?.ManagedPolicyArns).toBeUndefined();
    const logGroupId = adminFunction.LoggingConfig?.LogGroup?.Ref ?? "";
    expect(adminFunction.LoggingConfig?.LogFormat).toBe("JSON");
    expect([apiFunction.LoggingConfig?.LogGroup?.Ref, webFunction.LoggingConfig?.LogGroup?.Ref]).not.toContain(
      logGroupId,
    );
    expect(template.findResources("AWS::Logs::LogGroup")[logGroupId]?.Properties?.RetentionInDays).toBeGreaterThan(0);
  });

  it("has time for CSV imports within API Gateway's 30 seconds", () => {
    expect(adminFunction.Timeout).toBe(ADMIN_TIMEOUT_SECONDS);
    expect(adminFunction.Timeout).toBeLessThan(30);
    expect(adminFunction.MemorySize).toBeGreaterThanOrEqual(512);
  });

  it("reads the api function's configuration, the link keys' parameter and the first coordinators", () => {
    const variables = adminFunction.Environment.Variables;
    expect(variables.TABLE_NAME).toEqual({ "Fn::ImportValue": exportOf({ Ref: tableId }) });
    expect(variables.TOKEN_KEY_PARAMETER).toBe(keyParameterName);
    expect(variables).toMatchObject({
      RATE_LIMIT_PER_EMAIL: "3",
      RATE_LIMIT_PER_CLIENT: "30",
      MIN_FILL_SECONDS: "3",
      ALLOWED_ORIGINS: "",
      LOG_LEVEL: "INFO",
      // The table's list of coordinators starts with them.
      COORDINATOR_EMAILS: "koordination@example.org",
    });
    expect(variables.NODE_OPTIONS).toContain("--enable-source-maps");
    expect(variables.SERVICE_NAME).toBeUndefined();
    const names = Object.keys(variables);
    expect(names.filter((name) => /AUTH_MODE|COORDINATOR_TOKEN/i.test(name))).toEqual([]);
    expect(names.filter((name) => /TOKEN|SECRET/i.test(name))).toEqual(["TOKEN_KEY_PARAMETER"]);
  });

  it("may use exactly the listed DynamoDB actions, on the table and its declared indexes only", () => {
    const statement = dynamoStatementOf(adminRoleId);
    expect(statement?.Effect).toBe("Allow");
    expect(asArray(statement?.Action ?? []).toSorted()).toEqual([...adminTableActions].toSorted());
    expect([...adminTableActions].toSorted()).toEqual(
      [
        "dynamodb:BatchGetItem",
        "dynamodb:BatchWriteItem",
        "dynamodb:ConditionCheckItem",
        "dynamodb:DeleteItem",
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:Query",
        "dynamodb:UpdateItem",
      ].toSorted(),
    );
    expect(statement?.Resource).toEqual(tableAndIndexArns());
  });
});

describe("HTTP API", () => {
  it("serves from an explicit auto-deployed $default stage with throttling and access logs", () => {
    template.resourceCountIs("AWS::ApiGatewayV2::Stage", 1);
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.anyValue() },
    });
  });

  it("writes access logs as JSON without personal data", () => {
    const [stage] = Object.values(template.findResources("AWS::ApiGatewayV2::Stage"));
    const format = stage?.Properties?.AccessLogSettings?.Format as string;
    const fields = JSON.parse(format.replace(/\$context\.[A-Za-z.]+/g, "0")) as Record<string, unknown>;
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(["requestId", "routeKey", "status", "responseLatency"]));
    expect(format).not.toMatch(/sourceIp|userAgent|\$context\.path|claims|principalId/);
  });

  it("authorises in the functions, the same locally and on AWS: no gateway authorizer, no user pool", () => {
    for (const route of Object.values(template.findResources("AWS::ApiGatewayV2::Route"))) {
      expect(route.Properties?.AuthorizationType ?? "NONE").toBe("NONE");
      expect(route.Properties?.AuthorizerId).toBeUndefined();
    }
    template.resourceCountIs("AWS::ApiGatewayV2::Authorizer", 0);
    template.resourceCountIs("AWS::Cognito::UserPool", 0);
  });

  it("has exactly the routes of the public API, the link endpoints, the admin API and the pages", () => {
    const routeKeys = Object.values(template.findResources("AWS::ApiGatewayV2::Route")).map(
      (r) => r.Properties?.RouteKey,
    );
    expect(routeKeys.toSorted()).toEqual(
      [
        "ANY /",
        "ANY /{proxy+}",
        "ANY /api",
        "ANY /api/{proxy+}",
        ...linkRouteKeys,
        "ANY /api/openapi.json",
        "ANY /api/docs",
        "ANY /api/admin/{proxy+}",
        "ANY /anmelden",
        "ANY /anmelden/{proxy+}",
        "ANY /konsole",
        "ANY /konsole/{proxy+}",
      ].toSorted(),
    );
  });

  it.each([
    ["ANY /api", "api"],
    ["ANY /api/{proxy+}", "api"],
    ["ANY /api/admin/{proxy+}", "admin"],
    ["ANY /anmelden", "admin"],
    ["ANY /anmelden/{proxy+}", "admin"],
    ["ANY /konsole", "admin"],
    ["ANY /konsole/{proxy+}", "admin"],
    ["ANY /api/confirmations/{proxy+}", "web"],
    ["ANY /api/decisions/{proxy+}", "web"],
    ["ANY /api/rsvp/{proxy+}", "web"],
    ["ANY /api/unsubscribe/{proxy+}", "web"],
    // The API's description: built by the web function, so the api bundle carries none of it.
    ["ANY /api/openapi.json", "web"],
    ["ANY /api/docs", "web"],
    ["ANY /", "web"],
    ["ANY /{proxy+}", "web"],
  ] as const)("%s integrates the %s function", (routeKey, name) => {
    expect(integratedFunctionOf(routeByKey(routeKey))).toBe(functionIds[name]);
  });

  it("routes the endpoints behind links in mails (mountLinkApi) to the web function", () => {
    expect([...LINK_API_PREFIXES].toSorted()).toEqual(["confirmations", "decisions", "rsvp", "unsubscribe"]);
    for (const routeKey of LINK_API_PREFIXES.map((link) => `ANY /api/${link}/{proxy+}`)) {
      expect(integratedFunctionOf(routeByKey(routeKey))).toBe(webFunctionId);
    }
  });

  it("integrates only the api, admin and web functions, one integration each", () => {
    const integrations = Object.values(template.findResources("AWS::ApiGatewayV2::Integration"));
    expect(integrations.map((i) => i.Properties?.IntegrationUri)).toEqual(
      expect.arrayContaining(Object.values(functionIds).map((id) => ({ "Fn::GetAtt": [id, "Arn"] }))),
    );
    expect(integrations).toHaveLength(3);
  });

  it("lets API Gateway invoke each HTTP function", () => {
    for (const id of Object.values(functionIds)) {
      const permissions = Object.values(
        template.findResources("AWS::Lambda::Permission", {
          Properties: { FunctionName: { "Fn::GetAtt": [id, "Arn"] }, Principal: "apigateway.amazonaws.com" },
        }),
      );
      expect(permissions.length).toBeGreaterThan(0);
    }
  });
});

describe("outputs", () => {
  it("outputs the API URL", () => {
    template.hasOutput("ApiUrl", Match.anyValue());
    expect(Object.keys(template.findOutputs("*"))).not.toContain("UserPoolId");
  });
});

describe("both stacks", () => {
  const stacks: [string, Stack, Template][] = [
    ["data", stateful, dataTemplate],
    ["api", stateless, template],
  ];

  it.each(stacks)("%s stack: no IAM statement allows a wildcard action", (_name, _stack, tpl) => {
    expect(wildcardActions(tpl)).toEqual([]);
  });

  it.each(stacks)(
    "%s stack: `*` only for actions without resource-level permissions, wildcards only for one schedule group",
    (_name, _stack, tpl) => {
      const grants = wildcardResources(tpl);
      // dynamodb:ListStreams and ses:GetSendQuota support no resource-level permissions, so only `*` grants them;
      // one-time schedules are named at run time, so they are granted as `schedule/<group>/*`.
      expect(grants.filter((grant) => !isUnscopedGrant(grant) && !isScheduleGroupGrant(grant))).toEqual([]);
      for (const grant of grants.filter(isUnscopedGrant)) {
        expect(grant.actions).toHaveLength(1);
      }
    },
  );

  it("the api stack's unscoped grants are exactly ListStreams (on-change) and GetSendQuota (send-mail)", () => {
    const unscoped = wildcardResources(template).filter(isUnscopedGrant);
    expect(unscoped.flatMap((grant) => grant.actions).toSorted()).toEqual([...UNSCOPED_ACTIONS].toSorted());
  });

  it.each(stacks)("%s stack: no cdk-nag AwsSolutions findings, neither errors nor warnings", (_name, stack) => {
    const report = new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(stack);
    expect(report.violations.map((violation) => violation.ruleName)).toEqual([]);
    expect(Annotations.fromStack(stack).findError("*", Match.anyValue())).toEqual([]);
  });
});

describe("context", () => {
  const { stateless: custom } = buildForTest({
    stackPrefix: "Staging",
    allowedOrigins: "https://netzwerk.example.org, https://admin.example.org",
    senderAddress: "kontakt@example.org",
    throttleRateLimit: "10",
    throttleBurstLimit: "20",
  });
  const customTemplate = Template.fromStack(custom);

  it("names the stacks with the prefix and passes origins, sender and throttling through", () => {
    expect(custom.stackName).toBe("StagingApi");
    customTemplate.hasResourceProperties("AWS::Lambda::Function", {
      Environment: {
        Variables: Match.objectLike({ ALLOWED_ORIGINS: "https://netzwerk.example.org,https://admin.example.org" }),
      },
    });
    // The sender goes to the function that sends.
    customTemplate.hasResourceProperties("AWS::Lambda::Function", {
      Environment: { Variables: Match.objectLike({ SENDER_ADDRESS: "kontakt@example.org" }) },
    });
    customTemplate.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      DefaultRouteSettings: { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 },
    });
  });
});
