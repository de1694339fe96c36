import { type CfnElement, Duration, Stack, Validations } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as sqs from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import { dropImpliedDependencies } from "./implied-dependencies.ts";

/**
 * One capability of the product (its HTTP surface, mail delivery, mailings, …): a construct that creates its
 * functions, grants, queues and alarms, so a capability is read and changed in one file.
 *
 * Capabilities are transparent for logical ids (see CapabilityStack): a resource keeps the id it had when it sat
 * on the stack itself, so moving it into a capability, or from one capability to another, never replaces it.
 */
export class Capability extends Construct {}

/**
 * A stack whose logical ids ignore Capability scopes: `Stack/Mail/MailQueue` gets the id of `Stack/MailQueue`.
 * Two capabilities with a child of the same id would clash; CDK then fails the synth, never silently.
 */
export class CapabilityStack extends Stack {
  protected override allocateLogicalId(element: CfnElement): string {
    const scopes = element.node.scopes;
    const kept = scopes.slice(scopes.indexOf(this) + 1).filter((scope) => !(scope instanceof Capability));
    // Stack's own algorithm (path components → readable id with a hash), on the path without capabilities.
    return super.allocateLogicalId({ node: { scopes: [this, ...kept] }, stack: this } as unknown as CfnElement);
  }

  protected override _toCloudFormation() {
    const template = super._toCloudFormation();
    dropImpliedDependencies(template);
    return template;
  }
}

/** A dead-letter queue and the alarm it raises as soon as one message is in it. */
export interface AlarmedQueue {
  queue: sqs.Queue;
  alarm: cloudwatch.Alarm;
}

/** A dead-letter queue kept for 14 days, with an alarm as soon as one message is in it. */
export function deadLetterQueue(scope: Construct, id: string, holds: string): AlarmedQueue {
  const queue = new sqs.Queue(scope, id, {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(queue).acknowledge({
    id: "AwsSolutions-SQS3",
    reason: `Is itself a dead-letter queue (${holds}); a dead-letter queue of its own would only hide failures.`,
  });
  const alarm = alarmOnFirst(
    scope,
    `${id}Alarm`,
    `Netzwerk: ${holds} - at least one message in ${id}`,
    queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: "Maximum" }),
  );
  return { queue, alarm };
}

/** An alarm that goes off as soon as `metric` reaches 1 in one period; no data counts as fine. */
export function alarmOnFirst(
  scope: Construct,
  id: string,
  description: string,
  metric: cloudwatch.IMetric,
): cloudwatch.Alarm {
  return new cloudwatch.Alarm(scope, id, {
    alarmDescription: description,
    metric,
    threshold: 1,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
}

/**
 * A role only EventBridge Scheduler of this account may assume, allowed to invoke exactly `target` and to put
 * what it could not deliver into `deadLetterQueue`.
 */
export function schedulerRoleFor(
  scope: Construct,
  id: string,
  description: string,
  target: lambda.IFunction,
  deadLetterQueue: sqs.IQueue,
): iam.Role {
  const role = new iam.Role(scope, id, {
    description,
    assumedBy: new iam.ServicePrincipal("scheduler.amazonaws.com", {
      conditions: { StringEquals: { "aws:SourceAccount": Stack.of(scope).account } },
    }),
  });
  // Not grantInvoke: that adds `<arn>:*` (all versions and aliases), which nothing here uses.
  role.addToPolicy(new iam.PolicyStatement({ actions: ["lambda:InvokeFunction"], resources: [target.functionArn] }));
  role.addToPolicy(new iam.PolicyStatement({ actions: ["sqs:SendMessage"], resources: [deadLetterQueue.queueArn] }));
  return role;
}
