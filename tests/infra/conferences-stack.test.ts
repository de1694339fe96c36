import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { sesFeedbackTableActions } from "../../infra/capabilities/mail-feedback.ts";
import {
  CONFERENCE_MAILING_TIMEOUT_MINUTES,
  conferenceMailingSchedulerActions,
  conferenceMailingTableActions,
} from "../../infra/capabilities/mailings.ts";
import { onChangeFilterPatterns, onChangeSchedulerActions } from "../../infra/capabilities/table-reactions.ts";
import { tableDefinition } from "../../shared/store/table-definition.ts";
import { buildForTest } from "../support/cdk.ts";
import {
  asArray,
  joined,
  logicalIdOf,
  type Resource,
  rolesAllowing,
  type Statement,
  single,
  statementsByRole,
} from "./template-helpers.ts";

// Synthesising runs the cdk-nag plugin registered by buildApp; a finding would already fail here.
const { stateful, stateless } = buildForTest();
const template = Template.fromStack(stateless);
const dataTemplate = Template.fromStack(stateful);
const resources = template.toJSON().Resources as Record<string, Resource>;

type FunctionProperties = {
  Runtime: string;
  Architectures: string[];
  Timeout: number;
  MemorySize: number;
  Role: { "Fn::GetAtt": [string, string] };
  LoggingConfig?: { LogFormat?: string; LogGroup?: { Ref: string } };
  Environment: { Variables: Record<string, unknown> };
  DeadLetterConfig?: { TargetArn?: unknown };
};

const functions = {
  conferenceMailing: stateless.mailings.mailingFunction,
  onChange: stateless.reactions.onChangeFunction,
  sesFeedback: stateless.feedback.sesFeedbackFunction,
  sendMail: stateless.mail.sendMailFunction,
};
const functionId = (name: keyof typeof functions) => logicalIdOf(stateless, functions[name]);
const functionProps = (name: keyof typeof functions) =>
  resources[functionId(name)]?.Properties as unknown as FunctionProperties;
const roleOf = (name: keyof typeof functions) => functionProps(name).Role["Fn::GetAtt"][0];
const statementsOf = (roleId: string): Statement[] => statementsByRole(template).get(roleId) ?? [];
const serviceStatements = (roleId: string, service: string) =>
  statementsOf(roleId).filter((s) => asArray(s.Action).some((action) => action.startsWith(`${service}:`)));
const arnOf = (id: string) => ({ "Fn::GetAtt": [id, "Arn"] });

const [tableId] = single(dataTemplate, "AWS::DynamoDB::GlobalTable");
function imported(value: unknown): { "Fn::ImportValue": string } {
  const output = Object.values(dataTemplate.findOutputs("*")).find(
    (o) => o.Export !== undefined && JSON.stringify(o.Value) === JSON.stringify(value),
  );
  if (!output?.Export?.Name) throw new Error(`data stack exports no ${JSON.stringify(value)}`);
  return { "Fn::ImportValue": output.Export.Name as string };
}
const tableArn = imported({ "Fn::GetAtt": [tableId, "Arn"] });
const tableAndIndexArns = [
  tableArn,
  ...tableDefinition.globalSecondaryIndexes.map((index) => ({
    "Fn::Join": ["", [tableArn, `/index/${index.indexName}`]],
  })),
];

const [groupId] = single(template, "AWS::Scheduler::ScheduleGroup");
const mailingSchedulerRoleId = logicalIdOf(stateless, stateless.mailings.schedulerRole);
const schedulerDlqId = logicalIdOf(stateless, stateless.scheduling.deadLetterQueue.queue);
const feedbackDlqId = logicalIdOf(stateless, stateless.feedback.deadLetterQueue.queue);
const ruleId = logicalIdOf(stateless, stateless.feedback.rule);
const configurationSetId = logicalIdOf(stateless, stateless.mail.configurationSet);
const scheduleGroupSchedules =
  "arn:<AWS::Partition>:scheduler:eu-central-1:123456789012:schedule/netzwerkapi-schedules/*";
const passMailingRole = {
  Effect: "Allow",
  Action: "iam:PassRole",
  Resource: arnOf(mailingSchedulerRoleId),
  Condition: { StringEquals: { "iam:PassedToService": "scheduler.amazonaws.com" } },
};

/** The one statement of a function's role with scheduler actions, its resources flattened. */
function schedulerGrantOf(name: keyof typeof functions): { actions: string[]; resources: string[] } {
  const statements = serviceStatements(roleOf(name), "scheduler");
  expect(statements).toHaveLength(1);
  const [statement] = statements as [Statement];
  expect(statement.Effect).toBe("Allow");
  return { actions: asArray(statement.Action), resources: asArray(statement.Resource).map(joined) };
}

describe("conference-mailing", () => {
  const props = functionProps("conferenceMailing");
  const roleId = roleOf("conferenceMailing");

  it("runs on nodejs22.x on arm64 with 512 MB for five minutes, JSON logs to its own log group, own role", () => {
    expect(props.Runtime).toBe("nodejs22.x");
    expect(props.Architectures).toEqual(["arm64"]);
    expect(props.MemorySize).toBe(512);
    expect(props.Timeout).toBe(CONFERENCE_MAILING_TIMEOUT_MINUTES * 60);
    expect(CONFERENCE_MAILING_TIMEOUT_MINUTES).toBe(5);
    expect(props.LoggingConfig?.LogFormat).toBe("JSON");
    const logGroup = resources[props.LoggingConfig?.LogGroup?.Ref ?? ""];
    expect(logGroup?.Type).toBe("AWS::Logs::LogGroup");
    expect(logGroup?.Properties?.RetentionInDays).toBeGreaterThan(0);
    expect(resources[roleId]?.Type).toBe("AWS::IAM::Role");
    expect(resources[roleId]?.Properties?.ManagedPolicyArns).toBeUndefined();
  });

  it("knows the table, the schedule group, the mailing scheduler role and the scheduler dead-letter queue", () => {
    expect(props.Environment.Variables).toMatchObject({
      TABLE_NAME: imported({ Ref: tableId }),
      SCHEDULE_GROUP_NAME: { Ref: groupId },
      SCHEDULER_ROLE_ARN: arnOf(mailingSchedulerRoleId),
      SCHEDULER_DLQ_ARN: arnOf(schedulerDlqId),
      LOG_LEVEL: "INFO",
    });
  });

  it("may get, query, put, update (a partner's link handle) and condition-check on the table and its indexes", () => {
    expect([...conferenceMailingTableActions].toSorted()).toEqual([
      "dynamodb:ConditionCheckItem",
      "dynamodb:GetItem",
      "dynamodb:PutItem",
      "dynamodb:Query",
      "dynamodb:UpdateItem",
    ]);
    expect(serviceStatements(roleId, "dynamodb")).toEqual([
      { Effect: "Allow", Action: [...conferenceMailingTableActions], Resource: tableAndIndexArns },
    ]);
  });

  it("may create and update schedules of the stack's schedule group only", () => {
    expect([...conferenceMailingSchedulerActions]).toEqual(["scheduler:CreateSchedule", "scheduler:UpdateSchedule"]);
    expect(schedulerGrantOf("conferenceMailing")).toEqual({
      actions: [...conferenceMailingSchedulerActions],
      resources: [scheduleGroupSchedules],
    });
  });

  it("may pass only the mailing scheduler role, and only to EventBridge Scheduler", () => {
    expect(serviceStatements(roleId, "iam")).toEqual([passMailingRole]);
  });

  it("has no permissions beyond its table, schedules, the role to pass, the link key (to hash) and its logs", () => {
    const services = statementsOf(roleId).flatMap((s) => asArray(s.Action).map((action) => action.split(":")[0]));
    expect([...new Set(services)].toSorted()).toEqual(["dynamodb", "iam", "logs", "scheduler", "ssm"]);
  });
});

describe("on-change and conferences", () => {
  const roleId = roleOf("onChange");
  const [mapping] = Object.values(template.findResources("AWS::Lambda::EventSourceMapping"))
    .map((m) => m.Properties as Record<string, unknown>)
    .filter((p) => JSON.stringify(p.FunctionName) === JSON.stringify({ Ref: functionId("onChange") }));

  it("knows the mailing function, the schedule group, the mailing scheduler role and the dead-letter queue", () => {
    expect(functionProps("onChange").Environment.Variables).toMatchObject({
      MAILING_FUNCTION_ARN: arnOf(functionId("conferenceMailing")),
      SCHEDULE_GROUP_NAME: { Ref: groupId },
      SCHEDULER_ROLE_ARN: arnOf(mailingSchedulerRoleId),
      SCHEDULER_DLQ_ARN: arnOf(schedulerDlqId),
    });
  });

  it("may create, update and delete schedules of the stack's schedule group only", () => {
    expect([...onChangeSchedulerActions]).toEqual([
      "scheduler:CreateSchedule",
      "scheduler:UpdateSchedule",
      "scheduler:DeleteSchedule",
    ]);
    expect(schedulerGrantOf("onChange")).toEqual({
      actions: [...onChangeSchedulerActions],
      resources: [scheduleGroupSchedules],
    });
  });

  it("may pass only the mailing scheduler role, and only to EventBridge Scheduler", () => {
    expect(serviceStatements(roleId, "iam")).toEqual([passMailingRole]);
  });

  it("only on-change and conference-mailing may manage schedules or pass a role", () => {
    const managers = [roleId, roleOf("conferenceMailing")].toSorted();
    expect(rolesAllowing(template, "scheduler:CreateSchedule")).toEqual(managers);
    expect(rolesAllowing(template, "scheduler:UpdateSchedule")).toEqual(managers);
    expect(rolesAllowing(template, "scheduler:DeleteSchedule")).toEqual([roleId]);
    expect(rolesAllowing(template, "iam:PassRole")).toEqual(managers);
  });

  it("the function is created only after its scheduler grants", () => {
    const policyId = logicalIdOf(stateless, stateless.reactions.onChangeFunction.node.findChild("SchedulesPolicy"));
    expect(template.toJSON().Resources[functionId("onChange")].DependsOn).toContain(policyId);
  });

  it("is also invoked for conferences (their main item), in at most five patterns", () => {
    const filters = (mapping?.FilterCriteria as { Filters: { Pattern: string }[] } | undefined)?.Filters ?? [];
    expect(filters).toHaveLength(onChangeFilterPatterns.length);
    expect(filters.length).toBeLessThanOrEqual(5);
    const patterns = filters.map((filter) => JSON.parse(filter.Pattern));
    const conferencePattern = patterns.find((p) => JSON.stringify(p).includes("CONF#"));
    expect(conferencePattern).toEqual({
      eventName: ["INSERT", "MODIFY"],
      dynamodb: { NewImage: { pk: { S: [{ prefix: "CONF#" }] }, sk: { S: ["CONF"] } } },
    });
  });
});

describe("mailing scheduler role", () => {
  it("only EventBridge Scheduler of this account may assume it", () => {
    const role = resources[mailingSchedulerRoleId];
    expect(role?.Properties?.AssumeRolePolicyDocument).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Action: "sts:AssumeRole",
          Principal: { Service: "scheduler.amazonaws.com" },
          Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } },
        },
      ],
    });
    expect(role?.Properties?.ManagedPolicyArns).toBeUndefined();
  });

  it("may only invoke conference-mailing (that exact ARN) and send to the scheduler dead-letter queue", () => {
    expect(statementsOf(mailingSchedulerRoleId)).toEqual([
      { Effect: "Allow", Action: "lambda:InvokeFunction", Resource: arnOf(functionId("conferenceMailing")) },
      { Effect: "Allow", Action: "sqs:SendMessage", Resource: arnOf(schedulerDlqId) },
    ]);
  });

  it("is another role than the daily-reminders one, which still invokes only daily-reminders", () => {
    const dailyRoleId = logicalIdOf(stateless, stateless.followUps.schedulerRole);
    expect(dailyRoleId).not.toBe(mailingSchedulerRoleId);
    const invoked = statementsOf(dailyRoleId)
      .filter((s) => asArray(s.Action).includes("lambda:InvokeFunction"))
      .map((s) => s.Resource);
    expect(invoked).toEqual([arnOf(logicalIdOf(stateless, stateless.followUps.dailyRemindersFunction))]);
  });
});

describe("SES feedback", () => {
  it("needs no topic and no key of its own: the configuration set publishes to the default event bus", () => {
    expect(Object.keys(template.findResources("AWS::SNS::Topic"))).toEqual(
      Object.keys(template.findResources("AWS::SNS::Topic")).filter((id) => /Alarm/.test(id)),
    );
    expect(template.findResources("AWS::KMS::Key")).toEqual({});
    expect(resources[configurationSetId]?.Properties?.Name).toBe("netzwerkapi-mail");
    const [, destination] = single(template, "AWS::SES::ConfigurationSetEventDestination");
    expect(destination.ConfigurationSetName).toEqual({ Ref: configurationSetId });
    const eventDestination = destination.EventDestination as Record<string, unknown>;
    expect(eventDestination.SnsDestination).toBeUndefined();
    expect(joined((eventDestination.EventBridgeDestination as { EventBusArn: unknown }).EventBusArn)).toBe(
      "arn:<AWS::Partition>:events:eu-central-1:123456789012:event-bus/default",
    );
    expect((eventDestination.MatchingEventTypes as string[]).toSorted()).toEqual(["bounce", "complaint"]);
    expect(eventDestination.Enabled).toBe(true);
  });

  it("a rule passes only this configuration set's bounces and complaints to ses-feedback", () => {
    const rule = resources[ruleId]?.Properties ?? {};
    expect(rule.EventBusName).toBeUndefined(); // the default bus
    expect(rule.State).toBe("ENABLED");
    expect(rule.EventPattern).toEqual({
      source: ["aws.ses"],
      "detail-type": ["Email Bounced", "Email Complaint Received"],
      detail: { mail: { tags: { "ses:configuration-set": [{ Ref: configurationSetId }] } } },
    });
  });

  it("ses-feedback is the rule's target, with retries and the mail-feedback dead-letter queue", () => {
    const rule = resources[ruleId]?.Properties ?? {};
    expect(rule.Targets).toEqual([
      expect.objectContaining({
        Arn: arnOf(functionId("sesFeedback")),
        DeadLetterConfig: { Arn: arnOf(feedbackDlqId) },
        RetryPolicy: { MaximumEventAgeInSeconds: 86400, MaximumRetryAttempts: 8 },
      }),
    ]);
    template.hasResourceProperties("AWS::Lambda::Permission", {
      Action: "lambda:InvokeFunction",
      FunctionName: arnOf(functionId("sesFeedback")),
      Principal: "events.amazonaws.com",
      SourceArn: arnOf(ruleId),
    });
    // Only EventBridge, for this rule, may put messages into the dead-letter queue besides the function.
    const queuePolicies = Object.values(template.findResources("AWS::SQS::QueuePolicy")).filter((policy) =>
      JSON.stringify(policy.Properties?.Queues).includes(feedbackDlqId),
    );
    const statements = queuePolicies.flatMap(
      (p) => (p.Properties?.PolicyDocument as { Statement?: Record<string, unknown>[] } | undefined)?.Statement ?? [],
    );
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: "Allow",
        Action: "sqs:SendMessage",
        Principal: { Service: "events.amazonaws.com" },
        Condition: { ArnEquals: { "aws:SourceArn": arnOf(ruleId) } },
      }),
    );
    // Invocations that fail on every retry land in the same queue.
    expect(functionProps("sesFeedback").DeadLetterConfig).toEqual({ TargetArn: arnOf(feedbackDlqId) });
  });

  it("ses-feedback may only put items into the table, and knows it", () => {
    expect([...sesFeedbackTableActions]).toEqual(["dynamodb:PutItem"]);
    expect(serviceStatements(roleOf("sesFeedback"), "dynamodb")).toEqual([
      { Effect: "Allow", Action: "dynamodb:PutItem", Resource: tableArn },
    ]);
    expect(functionProps("sesFeedback").Environment.Variables).toMatchObject({
      TABLE_NAME: imported({ Ref: tableId }),
      LOG_LEVEL: "INFO",
    });
  });

  it("ses-feedback runs on nodejs22.x on arm64 with its own role and log group", () => {
    const props = functionProps("sesFeedback");
    expect(props.Runtime).toBe("nodejs22.x");
    expect(props.Architectures).toEqual(["arm64"]);
    expect(resources[props.LoggingConfig?.LogGroup?.Ref ?? ""]?.Type).toBe("AWS::Logs::LogGroup");
    const services = statementsOf(roleOf("sesFeedback")).flatMap((s) =>
      asArray(s.Action).map((action) => action.split(":")[0]),
    );
    expect([...new Set(services)].toSorted()).toEqual(["dynamodb", "logs", "sqs"]);
  });

  it("send-mail sends with the configuration set", () => {
    expect(functionProps("sendMail").Environment.Variables.CONFIGURATION_SET_NAME).toEqual({
      Ref: configurationSetId,
    });
    template.hasOutput("ConfigurationSetName", { Value: { Ref: configurationSetId } });
  });
});
