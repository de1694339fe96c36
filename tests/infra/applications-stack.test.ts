import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { DAILY_REMINDERS_SCHEDULE, dailyRemindersTableActions } from "../../infra/capabilities/follow-ups.ts";
import { ADMIN_TIMEOUT_SECONDS } from "../../infra/capabilities/http-surface.ts";
import {
  MAIL_ATTENTION_MESSAGES,
  MAIL_MAX_RECEIVES,
  MAIL_SWEEP_SCHEDULE,
  mailSweepTableActions,
  SEND_MAIL_MAX_CONCURRENCY,
  SEND_MAIL_TIMEOUT_SECONDS,
  sendMailTableActions,
} from "../../infra/capabilities/mail-delivery.ts";
import { FOLLOW_UP_DAYS } from "../../shared/domain/application.ts";

const REMINDER_AFTER_DAYS = FOLLOW_UP_DAYS.remindAfter;
const ESCALATE_AFTER_DAYS = FOLLOW_UP_DAYS.escalateAfter;

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
  Role: { "Fn::GetAtt": [string, string] };
  LoggingConfig?: { LogFormat?: string; LogGroup?: { Ref: string } };
  Environment: { Variables: Record<string, unknown> };
};

const functions = {
  api: stateless.http.apiFunction,
  admin: stateless.http.adminFunction,
  web: stateless.http.webFunction,
  onChange: stateless.reactions.onChangeFunction,
  sendMail: stateless.mail.sendMailFunction,
  dailyReminders: stateless.followUps.dailyRemindersFunction,
  conferenceMailing: stateless.mailings.mailingFunction,
  sesFeedback: stateless.feedback.sesFeedbackFunction,
  mailSweep: stateless.mail.mailSweepFunction,
};
const functionId = (name: keyof typeof functions) => logicalIdOf(stateless, functions[name]);
const functionProps = (name: keyof typeof functions) =>
  resources[functionId(name)]?.Properties as unknown as FunctionProperties;
const roleOf = (name: keyof typeof functions) => functionProps(name).Role["Fn::GetAtt"][0];
const statementsOf = (roleId: string): Statement[] => statementsByRole(template).get(roleId) ?? [];

const [tableId] = single(dataTemplate, "AWS::DynamoDB::GlobalTable");

/** What the API stack imports for `value` of the data stack. */
function imported(value: unknown): { "Fn::ImportValue": string } {
  const output = Object.values(dataTemplate.findOutputs("*")).find(
    (o) => o.Export !== undefined && JSON.stringify(o.Value) === JSON.stringify(value),
  );
  if (!output?.Export?.Name) throw new Error(`data stack exports no ${JSON.stringify(value)}`);
  return { "Fn::ImportValue": output.Export.Name as string };
}
const tableArn = imported({ "Fn::GetAtt": [tableId, "Arn"] });
const streamArn = imported({ "Fn::GetAtt": [tableId, "StreamArn"] });
const keyParameterName = "/NetzwerkData/token-keys";
const keyParameterArn = "arn:<AWS::Partition>:ssm:eu-central-1:123456789012:parameter/NetzwerkData/token-keys";

const arnOf = (id: string) => ({ "Fn::GetAtt": [id, "Arn"] });
const queueIds = {
  mail: logicalIdOf(stateless, stateless.mail.queue),
  mailDlq: logicalIdOf(stateless, stateless.mail.deadLetterQueue.queue),
  streamDlq: logicalIdOf(stateless, stateless.reactions.streamFailureQueue.queue),
  schedulerDlq: logicalIdOf(stateless, stateless.scheduling.deadLetterQueue.queue),
  feedbackDlq: logicalIdOf(stateless, stateless.feedback.deadLetterQueue.queue),
};
const deadLetterQueueIds = [queueIds.mailDlq, queueIds.streamDlq, queueIds.schedulerDlq, queueIds.feedbackDlq];

function mappingsOf(name: keyof typeof functions): Record<string, unknown>[] {
  return Object.values(template.findResources("AWS::Lambda::EventSourceMapping"))
    .map((mapping) => mapping.Properties as Record<string, unknown>)
    .filter((properties) => JSON.stringify(properties.FunctionName) === JSON.stringify({ Ref: functionId(name) }));
}

/** The statements of a role that mention an action of `service`. */
const serviceStatements = (roleId: string, service: string) =>
  statementsOf(roleId).filter((s) => asArray(s.Action).some((action) => action.startsWith(`${service}:`)));

describe("every function", () => {
  it.each(Object.keys(functions) as (keyof typeof functions)[])(
    "%s: nodejs22.x on arm64, JSON logs to its own log group, own role without managed policies",
    (name) => {
      const props = functionProps(name);
      expect(props.Runtime).toBe("nodejs22.x");
      expect(props.Architectures).toEqual(["arm64"]);
      expect(props.LoggingConfig?.LogFormat).toBe("JSON");
      const logGroup = resources[props.LoggingConfig?.LogGroup?.Ref ?? ""];
      expect(logGroup?.Type).toBe("AWS::Logs::LogGroup");
      expect(logGroup?.Properties?.RetentionInDays).toBeGreaterThan(0);
      const role = resources[roleOf(name)];
      expect(role?.Type).toBe("AWS::IAM::Role");
      expect(role?.Properties?.ManagedPolicyArns).toBeUndefined();
    },
  );

  it("each function has a role of its own", () => {
    const roles = Object.keys(functions).map((name) => roleOf(name as keyof typeof functions));
    expect(new Set(roles).size).toBe(roles.length);
  });

  it("has the timeouts of their jobs", () => {
    expect(functionProps("admin").Timeout).toBe(ADMIN_TIMEOUT_SECONDS);
    expect(functionProps("onChange").Timeout).toBe(30);
    expect(functionProps("sendMail").Timeout).toBe(SEND_MAIL_TIMEOUT_SECONDS);
    expect(functionProps("dailyReminders").Timeout).toBe(60);
    expect(functionProps("conferenceMailing").Timeout).toBe(300);
  });

  it("no function has a variable that could switch on a local authentication mode", () => {
    for (const name of Object.keys(functions) as (keyof typeof functions)[]) {
      const names = Object.keys(functionProps(name).Environment.Variables);
      expect(names.filter((variable) => /AUTH_MODE|COORDINATOR_TOKEN/i.test(variable))).toEqual([]);
    }
  });
});

describe("link-signing key", () => {
  // Not the public api function: the endpoints behind links in mails are the web function's. The mailing and the
  // daily run use it for the keyed hash of erased people only (Art. 17: suppressed without their address).
  const readers = ["admin", "web", "sendMail", "conferenceMailing", "dailyReminders"] as const;
  const readerRoles = readers.map((name) => roleOf(name));

  it("only the roles that sign, verify or hash with it may read it, and only that parameter", () => {
    expect(rolesAllowing(template, "ssm:GetParameter")).toEqual(readerRoles.toSorted());
    for (const name of readers) {
      const statements = serviceStatements(roleOf(name), "ssm").map((s) => ({ ...s, Resource: joined(s.Resource) }));
      expect(statements).toEqual([{ Effect: "Allow", Action: "ssm:GetParameter", Resource: keyParameterArn }]);
    }
    // No role of any other kind either (the scheduler role, for instance).
    const others = [...statementsByRole(template)]
      .filter(([roleId]) => !readerRoles.includes(roleId))
      .flatMap(([, statements]) => statements)
      .filter((s) => asArray(s.Action).some((action) => /^(ssm|secretsmanager|kms):/.test(action)));
    expect(others).toEqual([]);
  });

  it("reaches those functions as TOKEN_KEY_PARAMETER, the parameter's name and never the value", () => {
    for (const name of readers) {
      expect(functionProps(name).Environment.Variables.TOKEN_KEY_PARAMETER).toBe(keyParameterName);
    }
    for (const name of ["api", "onChange", "sesFeedback", "mailSweep"] as const) {
      expect(functionProps(name).Environment.Variables.TOKEN_KEY_PARAMETER).toBeUndefined();
    }
  });
});

describe("mail queue", () => {
  it("hands a mail to send-mail five times before it moves to the dead-letter queue", () => {
    expect(MAIL_MAX_RECEIVES).toBe(5);
    template.hasResourceProperties("AWS::SQS::Queue", {
      RedrivePolicy: { deadLetterTargetArn: arnOf(queueIds.mailDlq), maxReceiveCount: MAIL_MAX_RECEIVES },
    });
    expect(resources[queueIds.mail]?.Properties?.RedrivePolicy).toEqual({
      deadLetterTargetArn: arnOf(queueIds.mailDlq),
      maxReceiveCount: MAIL_MAX_RECEIVES,
    });
  });

  it("keeps a mail invisible for six send-mail timeouts while it is being sent", () => {
    expect(resources[queueIds.mail]?.Properties?.VisibilityTimeout).toBe(6 * SEND_MAIL_TIMEOUT_SECONDS);
  });

  it.each(Object.entries(queueIds))("%s queue is encrypted and refuses requests without TLS", (_name, queueId) => {
    expect(resources[queueId]?.Properties?.SqsManagedSseEnabled).toBe(true);
    const policies = Object.values(template.findResources("AWS::SQS::QueuePolicy")).filter((policy) =>
      ((policy.Properties?.Queues ?? []) as unknown[]).some(
        (queue) => JSON.stringify(queue) === JSON.stringify({ Ref: queueId }),
      ),
    );
    expect(policies).toHaveLength(1);
    expect(JSON.stringify(policies[0]?.Properties?.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
  });
});

describe("dead-letter queues", () => {
  /** Every queue something in the stack uses as a dead-letter queue or failure destination. */
  const deadLetterTargets = new Set(
    Object.values(resources).flatMap((resource) => {
      const props = resource.Properties ?? {};
      const targets: unknown[] = [];
      if (resource.Type === "AWS::SQS::Queue")
        targets.push((props.RedrivePolicy as { deadLetterTargetArn?: unknown })?.deadLetterTargetArn);
      if (resource.Type === "AWS::Lambda::EventSourceMapping") {
        targets.push((props.DestinationConfig as { OnFailure?: { Destination?: unknown } })?.OnFailure?.Destination);
      }
      if (resource.Type === "AWS::Scheduler::Schedule") {
        targets.push((props.Target as { DeadLetterConfig?: { Arn?: unknown } }).DeadLetterConfig?.Arn);
      }
      if (resource.Type === "AWS::Lambda::Function") {
        targets.push((props.DeadLetterConfig as { TargetArn?: unknown })?.TargetArn);
      }
      if (resource.Type === "AWS::SNS::Subscription") {
        targets.push((props.RedrivePolicy as { deadLetterTargetArn?: unknown })?.deadLetterTargetArn);
      }
      return targets.filter((target) => target !== undefined).map((target) => JSON.stringify(target));
    }),
  );

  it("are exactly the mail, stream-failure, scheduler and mail-feedback dead-letter queues", () => {
    expect([...deadLetterTargets].toSorted()).toEqual(
      deadLetterQueueIds.map((id) => JSON.stringify(arnOf(id))).toSorted(),
    );
  });

  it.each([
    ["mail", queueIds.mailDlq],
    ["stream-failure", queueIds.streamDlq],
    ["scheduler", queueIds.schedulerDlq],
    ["mail-feedback", queueIds.feedbackDlq],
  ])("%s dead-letter queue alarms as soon as one message is in it", (_name, queueId) => {
    const alarms = Object.values(template.findResources("AWS::CloudWatch::Alarm")).filter(
      (alarm) =>
        JSON.stringify(alarm.Properties?.Dimensions) ===
        JSON.stringify([{ Name: "QueueName", Value: { "Fn::GetAtt": [queueId, "QueueName"] } }]),
    );
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.Properties).toMatchObject({
      Namespace: "AWS/SQS",
      MetricName: "ApproximateNumberOfMessagesVisible",
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
      Threshold: 1,
      EvaluationPeriods: 1,
      Period: 300,
      TreatMissingData: "notBreaching",
    });
  });

  it("keep their messages for 14 days", () => {
    for (const queueId of deadLetterQueueIds) {
      expect(resources[queueId]?.Properties?.MessageRetentionPeriod).toBe(14 * 24 * 3600);
    }
  });
});

describe("on-change", () => {
  const [mapping, ...more] = mappingsOf("onChange");

  it("consumes the table's stream from the oldest record, in batches of 100", () => {
    expect(more).toEqual([]);
    expect(mapping).toMatchObject({
      EventSourceArn: streamArn,
      StartingPosition: "TRIM_HORIZON",
      BatchSize: 100,
    });
  });

  it("reports partial failures, bisects failing batches, retries 10 times for at most a day", () => {
    expect(mapping).toMatchObject({
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 24 * 3600,
      DestinationConfig: { OnFailure: { Destination: arnOf(queueIds.streamDlq) } },
    });
  });

  it("is only invoked for outbox mails that are queued, and for conferences", () => {
    const filters = (mapping?.FilterCriteria as { Filters: { Pattern: string }[] } | undefined)?.Filters ?? [];
    expect(filters.length).toBeGreaterThanOrEqual(1);
    const mailPattern = filters
      .map((filter) => JSON.parse(filter.Pattern))
      .find((p) => JSON.stringify(p).includes("MAIL#"));
    expect(mailPattern).toEqual({
      eventName: ["INSERT", "MODIFY"],
      dynamodb: { NewImage: { pk: { S: [{ prefix: "MAIL#" }] }, status: { S: ["queued"] } } },
    });
  });

  it("may read exactly this stream and send to exactly the mail queue, nothing of the table's data", () => {
    const statements = statementsOf(roleOf("onChange"));
    const dynamo = serviceStatements(roleOf("onChange"), "dynamodb");
    expect(dynamo).toEqual(
      expect.arrayContaining([
        {
          Effect: "Allow",
          Action: ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
          Resource: streamArn,
        },
        // ListStreams supports no resource-level permissions (acknowledged as AwsSolutions-IAM5[Resource::*]).
        { Effect: "Allow", Action: "dynamodb:ListStreams", Resource: "*" },
      ]),
    );
    expect(dynamo).toHaveLength(2);
    const sendMessage = statements.filter((s) => asArray(s.Action).includes("sqs:SendMessage"));
    expect(sendMessage.map((s) => s.Resource).toSorted()).toEqual(
      [arnOf(queueIds.mail), arnOf(queueIds.streamDlq)].toSorted(),
    );
  });

  it("knows the mail queue and no table", () => {
    // Conferences come from the stream images; on-change never reads the table.
    const variables = functionProps("onChange").Environment.Variables;
    expect(variables.MAIL_QUEUE_URL).toEqual({ Ref: queueIds.mail });
    expect(variables.TABLE_NAME).toBeUndefined();
  });

  it("the ListStreams grant exists before the mapping, which Lambda checks on creation", () => {
    const [mappingId] = Object.entries(template.findResources("AWS::Lambda::EventSourceMapping")).find(
      ([, m]) => JSON.stringify(m.Properties?.FunctionName) === JSON.stringify({ Ref: functionId("onChange") }),
    ) ?? [""];
    const listStreamsPolicy = Object.entries(resources).find(
      ([, r]) => r.Type === "AWS::IAM::Policy" && JSON.stringify(r.Properties?.PolicyDocument).includes("ListStreams"),
    )?.[0];
    expect(template.toJSON().Resources[mappingId].DependsOn).toContain(listStreamsPolicy);
  });
});

describe("send-mail", () => {
  const [mapping, ...more] = mappingsOf("sendMail");
  const roleId = roleOf("sendMail");

  it("drains the mail queue in batches of 10 with partial failures and at most two concurrent invocations", () => {
    expect(more).toEqual([]);
    expect(mapping).toMatchObject({
      EventSourceArn: arnOf(queueIds.mail),
      BatchSize: 10,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      ScalingConfig: { MaximumConcurrency: SEND_MAIL_MAX_CONCURRENCY },
    });
    expect(SEND_MAIL_MAX_CONCURRENCY).toBe(2);
  });

  it("may send raw mail only as the sender address or its domain, with the configuration set", () => {
    const ses = [...statementsByRole(template)].flatMap(([id, statements]) =>
      statements
        .filter((s) => asArray(s.Action).some((action) => action.startsWith("ses:")))
        .map((statement) => [id, statement] as const),
    );
    expect(ses.map(([id]) => id)).toEqual([roleId, roleId]);
    const send = ses.find(([, s]) => asArray(s.Action).includes("ses:SendRawEmail"))?.[1] as Statement;
    expect(send.Effect).toBe("Allow");
    expect(send.Action).toBe("ses:SendRawEmail");
    expect(asArray(send.Resource).map(joined)).toEqual([
      "arn:<AWS::Partition>:ses:eu-central-1:123456789012:identity/netzwerk@example.org",
      "arn:<AWS::Partition>:ses:eu-central-1:123456789012:identity/example.org",
      `arn:<AWS::Partition>:ses:eu-central-1:123456789012:configuration-set/<${logicalIdOf(stateless, stateless.mail.configurationSet)}>`,
    ]);
  });

  it("may read the account's send quota, in a statement and policy of its own (no resource-level permissions)", () => {
    const quota = serviceStatements(roleId, "ses").filter((s) => asArray(s.Action).includes("ses:GetSendQuota"));
    expect(quota).toEqual([{ Effect: "Allow", Action: "ses:GetSendQuota", Resource: "*" }]);
    const policies = Object.entries(resources).filter(
      ([, r]) => r.Type === "AWS::IAM::Policy" && JSON.stringify(r.Properties?.PolicyDocument).includes("GetSendQuota"),
    );
    expect(policies).toHaveLength(1);
    const [policyId, policy] = policies[0] as [string, Resource];
    expect(policy.Properties?.Roles).toEqual([{ Ref: roleId }]);
    expect(policy.Properties?.PolicyDocument).toMatchObject({ Statement: [expect.anything()] });
    // send-mail reads the quota at cold start: the function exists only once the grant does.
    expect(template.toJSON().Resources[functionId("sendMail")].DependsOn).toContain(policyId);
  });

  it("may only get and update items of the table itself", () => {
    const dynamo = serviceStatements(roleId, "dynamodb");
    expect(dynamo).toEqual([{ Effect: "Allow", Action: [...sendMailTableActions], Resource: tableArn }]);
    expect([...sendMailTableActions]).toEqual(["dynamodb:GetItem", "dynamodb:UpdateItem"]);
  });

  it("puts a transiently failing mail back on the mail queue, and may send to no other queue", () => {
    expect(functionProps("sendMail").Environment.Variables.MAIL_QUEUE_URL).toEqual({ Ref: queueIds.mail });
    const sendMessage = statementsOf(roleId).filter((s) => asArray(s.Action).includes("sqs:SendMessage"));
    expect(sendMessage).toEqual([{ Effect: "Allow", Action: "sqs:SendMessage", Resource: arnOf(queueIds.mail) }]);
  });

  it("has sender, link base, concurrency and configuration set, and reads the send rate from SES", () => {
    const variables = functionProps("sendMail").Environment.Variables;
    expect(variables.MAX_ATTEMPTS).toBeUndefined();
    expect(variables).toMatchObject({
      SENDER_ADDRESS: "netzwerk@example.org",
      PUBLIC_BASE_URL: { "Fn::GetAtt": [logicalIdOf(stateless, stateless.http.httpApi), "ApiEndpoint"] },
      SEND_CONCURRENCY: String(SEND_MAIL_MAX_CONCURRENCY),
      CONFIGURATION_SET_NAME: { Ref: logicalIdOf(stateless, stateless.mail.configurationSet) },
      TABLE_NAME: imported({ Ref: tableId }),
      TOKEN_KEY_PARAMETER: keyParameterName,
    });
    // Without the sesMaxSendRate context, send-mail asks SES for the account's rate (ses:GetSendQuota).
    expect(variables.SES_MAX_SEND_RATE).toBeUndefined();
  });
});

/** A recurring schedule of the stack, found by its expression. */
function scheduleWith(expression: string): [string, Record<string, unknown>] {
  const found = Object.entries(template.findResources("AWS::Scheduler::Schedule")).filter(
    ([, r]) => r.Properties?.ScheduleExpression === expression,
  );
  if (found.length !== 1) throw new Error(`expected one schedule with ${expression}, found ${found.length}`);
  const [id, resource] = found[0] as [string, Resource];
  return [id, resource.Properties ?? {}];
}

describe("mail sweep", () => {
  const [scheduleId, schedule] = scheduleWith(MAIL_SWEEP_SCHEDULE);
  const target = schedule.Target as Record<string, unknown>;
  const schedulerRoleId = (target.RoleArn as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];

  it("runs every five minutes, through a role that may invoke only mail-sweep", () => {
    expect(MAIL_SWEEP_SCHEDULE).toBe("rate(5 minutes)");
    expect(target).toMatchObject({
      Arn: arnOf(functionId("mailSweep")),
      DeadLetterConfig: { Arn: arnOf(queueIds.schedulerDlq) },
    });
    expect(statementsOf(schedulerRoleId)).toEqual([
      { Effect: "Allow", Action: "lambda:InvokeFunction", Resource: arnOf(functionId("mailSweep")) },
      { Effect: "Allow", Action: "sqs:SendMessage", Resource: arnOf(queueIds.schedulerDlq) },
    ]);
    // Created after the role's policy (so the first run may invoke); the role itself is ordered by its ARN.
    const schedule = template.toJSON().Resources[scheduleId];
    expect(schedule.Properties.Target.RoleArn).toEqual(arnOf(schedulerRoleId));
    const [policyId] = schedule.DependsOn as string[];
    expect(schedule.DependsOn).toHaveLength(1);
    expect(resources[policyId ?? ""]?.Type).toBe("AWS::IAM::Policy");
    expect(resources[policyId ?? ""]?.Properties?.Roles).toEqual([{ Ref: schedulerRoleId }]);
  });

  it("may query the status index, update mails and send to the mail queue, nothing else", () => {
    expect(serviceStatements(roleOf("mailSweep"), "dynamodb")).toEqual([
      {
        Effect: "Allow",
        Action: [...mailSweepTableActions],
        Resource: [tableArn, { "Fn::Join": ["", [tableArn, "/index/gsi2"]] }],
      },
    ]);
    expect(serviceStatements(roleOf("mailSweep"), "sqs")).toEqual([
      { Effect: "Allow", Action: "sqs:SendMessage", Resource: arnOf(queueIds.mail) },
    ]);
    expect(functionProps("mailSweep").Environment.Variables).toMatchObject({
      MAIL_QUEUE_URL: { Ref: queueIds.mail },
      TABLE_NAME: imported({ Ref: tableId }),
    });
  });

  it("an alarm is raised by any mail that ended failed or uncertain, in send-mail or mail-sweep", () => {
    const filters = Object.values(template.findResources("AWS::Logs::MetricFilter")).map((f) => f.Properties ?? {});
    const logGroupOf = (name: keyof typeof functions) => functionProps(name).LoggingConfig?.LogGroup;
    expect(filters.map((f) => JSON.stringify(f.LogGroupName)).toSorted()).toEqual(
      [logGroupOf("mailSweep"), logGroupOf("sendMail")].map((g) => JSON.stringify(g)).toSorted(),
    );
    for (const filter of filters) {
      for (const message of MAIL_ATTENTION_MESSAGES) expect(filter.FilterPattern).toContain(`$.message = "${message}"`);
    }
    const alarm = resources[logicalIdOf(stateless, stateless.mail.attentionAlarm)]?.Properties;
    expect(alarm).toMatchObject({
      Threshold: 1,
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
      TreatMissingData: "notBreaching",
    });
    // Both filters publish into the one metric the alarm watches (one alarm metric to pay for, not two).
    const metrics = filters.map((f) => (f.MetricTransformations as Record<string, unknown>[])[0]);
    for (const metric of metrics) {
      expect(metric).toMatchObject({
        MetricName: alarm?.MetricName,
        MetricNamespace: alarm?.Namespace,
        MetricValue: "1",
      });
    }
    expect(alarm).toMatchObject({ MetricName: "MailsNeedingAttention", Statistic: "Sum", Period: 300 });
  });
});

describe("daily reminders", () => {
  const [scheduleId, schedule] = scheduleWith(DAILY_REMINDERS_SCHEDULE.expression);
  const [groupId, group] = single(template, "AWS::Scheduler::ScheduleGroup");
  const target = schedule.Target as Record<string, unknown>;
  const schedulerRoleId = (target.RoleArn as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];

  it("run every morning at eight, Berlin time, in the stack's schedule group", () => {
    expect(schedule).toMatchObject({
      ScheduleExpression: "cron(0 8 * * ? *)",
      ScheduleExpressionTimezone: "Europe/Berlin",
      FlexibleTimeWindow: { Mode: "OFF" },
      GroupName: { Ref: groupId },
    });
    expect(DAILY_REMINDERS_SCHEDULE).toEqual({ expression: "cron(0 8 * * ? *)", timezone: "Europe/Berlin" });
    expect(group.Name).toBe("netzwerkapi-schedules");
  });

  it("invoke daily-reminders, retry three times within an hour, then go to the scheduler dead-letter queue", () => {
    expect(target).toMatchObject({
      Arn: arnOf(functionId("dailyReminders")),
      RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
      DeadLetterConfig: { Arn: arnOf(queueIds.schedulerDlq) },
    });
  });

  it("are started by a role only EventBridge Scheduler of this account may assume", () => {
    const role = resources[schedulerRoleId];
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

  it("the scheduler role may only invoke daily-reminders and write to its dead-letter queue", () => {
    expect(statementsOf(schedulerRoleId)).toEqual([
      { Effect: "Allow", Action: "lambda:InvokeFunction", Resource: arnOf(functionId("dailyReminders")) },
      { Effect: "Allow", Action: "sqs:SendMessage", Resource: arnOf(queueIds.schedulerDlq) },
    ]);
    // The only other roles that may invoke a function are those of the mailing schedules and of the mail sweep.
    const mailingSchedulerRoleId = logicalIdOf(stateless, stateless.mailings.schedulerRole);
    const [, sweepSchedule] = scheduleWith(MAIL_SWEEP_SCHEDULE);
    const sweepRoleId = (
      (sweepSchedule.Target as Record<string, unknown>).RoleArn as { "Fn::GetAtt": [string, string] }
    )["Fn::GetAtt"][0];
    expect(rolesAllowing(template, "lambda:InvokeFunction")).toEqual(
      [schedulerRoleId, mailingSchedulerRoleId, sweepRoleId].toSorted(),
    );
  });

  it("the schedule waits for the role's policy", () => {
    const dependsOn = template.toJSON().Resources[scheduleId].DependsOn as string[];
    const policyIds = Object.entries(resources)
      .filter(([, r]) => r.Type === "AWS::IAM::Policy")
      .filter(([, r]) => JSON.stringify(r.Properties?.Roles) === JSON.stringify([{ Ref: schedulerRoleId }]))
      .map(([id]) => id);
    expect(policyIds).toHaveLength(1);
    expect(dependsOn).toEqual(expect.arrayContaining(policyIds));
  });

  it("the function may query both indexes and write to the table with the listed actions only", () => {
    const dynamo = serviceStatements(roleOf("dailyReminders"), "dynamodb");
    expect(dynamo).toEqual([
      {
        Effect: "Allow",
        Action: [...dailyRemindersTableActions],
        Resource: [
          tableArn,
          ...tableDefinition.globalSecondaryIndexes.map((index) => ({
            "Fn::Join": ["", [tableArn, `/index/${index.indexName}`]],
          })),
        ],
      },
    ]);
  });

  it("the function knows the coordinators and the reminder and escalation delays", () => {
    expect(functionProps("dailyReminders").Environment.Variables).toMatchObject({
      COORDINATOR_EMAILS: "koordination@example.org",
      REMINDER_AFTER_DAYS: String(REMINDER_AFTER_DAYS),
      ESCALATE_AFTER_DAYS: String(ESCALATE_AFTER_DAYS),
      TABLE_NAME: imported({ Ref: tableId }),
    });
    expect([REMINDER_AFTER_DAYS, ESCALATE_AFTER_DAYS]).toEqual([7, 14]);
  });

  it("outputs the schedule group's name for later one-time schedules", () => {
    template.hasOutput("ScheduleGroupName", { Value: { Ref: groupId } });
  });
});

describe("context of the applications feature", () => {
  const { stateless: custom } = buildForTest({
    stackPrefix: "Staging",
    senderAddress: "kontakt@mail.example.org",
    rateLimitPerEmail: "5",
    rateLimitPerClient: "50",
    minFillSeconds: "0",
    publicBaseUrl: "https://netzwerk.example.org/",
    coordinatorEmails: "a@example.org, b@example.org",
    sesMaxSendRate: "1",
  });
  const customTemplate = Template.fromStack(custom);
  const variablesOf = (fn: typeof custom.http.apiFunction) =>
    (customTemplate.toJSON().Resources[logicalIdOf(custom, fn)].Properties as FunctionProperties).Environment.Variables;

  it("passes limits, link base, coordinators and send rate through", () => {
    expect(variablesOf(custom.http.apiFunction)).toMatchObject({
      RATE_LIMIT_PER_EMAIL: "5",
      RATE_LIMIT_PER_CLIENT: "50",
      MIN_FILL_SECONDS: "0",
    });
    expect(variablesOf(custom.mail.sendMailFunction)).toMatchObject({
      PUBLIC_BASE_URL: "https://netzwerk.example.org",
      SES_MAX_SEND_RATE: "1",
      SENDER_ADDRESS: "kontakt@mail.example.org",
    });
    expect(variablesOf(custom.http.adminFunction)).toMatchObject({
      RATE_LIMIT_PER_EMAIL: "5",
      RATE_LIMIT_PER_CLIENT: "50",
      MIN_FILL_SECONDS: "0",
      COORDINATOR_EMAILS: "a@example.org,b@example.org",
    });
    expect(variablesOf(custom.followUps.dailyRemindersFunction).COORDINATOR_EMAILS).toBe("a@example.org,b@example.org");
    customTemplate.hasResourceProperties("AWS::Scheduler::ScheduleGroup", { Name: "stagingapi-schedules" });
  });

  it("allows sending as the configured sender and its domain", () => {
    const statement = policyOfAction(customTemplate, "ses:SendRawEmail");
    expect(asArray(statement.Resource).map(joined)).toEqual([
      "arn:<AWS::Partition>:ses:eu-central-1:123456789012:identity/kontakt@mail.example.org",
      "arn:<AWS::Partition>:ses:eu-central-1:123456789012:identity/mail.example.org",
      `arn:<AWS::Partition>:ses:eu-central-1:123456789012:configuration-set/<${logicalIdOf(custom, custom.mail.configurationSet)}>`,
    ]);
    customTemplate.hasResourceProperties("AWS::SES::ConfigurationSet", { Name: "stagingapi-mail" });
  });

  it.each([
    [{ publicBaseUrl: "http://netzwerk.example.org" }, /publicBaseUrl/],
    [{ publicBaseUrl: "netzwerk.example.org" }, /publicBaseUrl/],
    [{ coordinatorEmails: "koordination" }, /coordinatorEmails/],
    [{ rateLimitPerEmail: "0" }, /rateLimitPerEmail/],
    [{ rateLimitPerClient: "2.5" }, /rateLimitPerClient/],
    [{ minFillSeconds: "-1" }, /minFillSeconds/],
    [{ sesMaxSendRate: "fast" }, /sesMaxSendRate/],
    [{ sesMaxSendRate: "0" }, /sesMaxSendRate/],
    [{ senderAddress: "netzwerk" }, /senderAddress/],
  ])("refuses %o", (context, message) => {
    expect(() => buildForTest(context)).toThrow(message);
  });
});

function policyOfAction(tpl: Template, action: string): Statement {
  const statements = [...statementsByRole(tpl).values()].flat().filter((s) => asArray(s.Action).includes(action));
  expect(statements).toHaveLength(1);
  return statements[0] as Statement;
}

describe("the CDK context", () => {
  it("reports every invalid key at once, before anything is synthesized", () => {
    expect(() =>
      buildForTest({
        senderAddress: "netzwerk",
        rateLimitPerEmail: "0",
        publicBaseUrl: "http://x.example",
        region: "x",
      }),
    ).toThrowError(
      /^Invalid CDK context.*senderAddress: must be an e-mail address; .*rateLimitPerEmail: .*publicBaseUrl: must be an https URL/,
    );
  });

  it("takes numbers and lists from cdk.json as well as strings from -c, and blank values as unset", () => {
    const { settings } = buildForTest({
      rateLimitPerEmail: 4,
      coordinatorEmails: ["a@example.org", "b@example.org"],
      throttleRateLimit: "",
      publicBaseUrl: "",
    });
    expect(settings).toMatchObject({
      rateLimitPerEmail: 4,
      coordinatorEmails: ["a@example.org", "b@example.org"],
      throttleRateLimit: 50,
      publicBaseUrl: undefined,
      stackPrefix: "Netzwerk",
    });
  });
});
