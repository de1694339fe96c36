import { Duration, Validations } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as actions from "aws-cdk-lib/aws-cloudwatch-actions";
import * as sns from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import type { Construct } from "constructs";
import { alarmOnFirst, Capability } from "../constructs/capability.ts";

export interface AlertingProps {
  /** Who is told; unset, the topic has no subscriber until someone subscribes (docs/deploy-and-operations.md). */
  readonly alarmEmail?: string;
  /** Every alarm of the stack; each notifies the topic when it goes off and when it is OK again. */
  readonly alarms: readonly cloudwatch.Alarm[];
}

/**
 * Alerting: one SNS topic every alarm notifies, with the configured address subscribed to it by e-mail, and the
 * alarm for throttled Lambda invocations (the others belong to their capabilities: dead-letter queues, mails that
 * need a person).
 */
export class Alerting extends Capability {
  readonly topic: sns.Topic;
  /** Lambda refused invocations because the account's concurrency was exhausted: requests and mails wait or fail. */
  readonly throttleAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: AlertingProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, "AlarmTopic", {
      displayName: "Netzwerk alarms",
      enforceSSL: true,
    });
    Validations.of(this.topic).acknowledge({
      id: "AwsSolutions-SNS2",
      reason:
        "CloudWatch can only publish to an encrypted topic whose key policy lets it use the key, which the " +
        "AWS-managed aws/sns key does not allow; a customer-managed key costs $1 a month. The notifications carry " +
        "an alarm's name and state only, never personal data, and the topic refuses requests without TLS.",
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    // Account-wide on purpose: one metric (one alarm price) covers every function of the stack.
    this.throttleAlarm = alarmOnFirst(
      this,
      "LambdaThrottleAlarm",
      "Netzwerk: Lambda throttled invocations in this account - requests got 429/503, mails and stream records wait",
      new cloudwatch.Metric({
        namespace: "AWS/Lambda",
        metricName: "Throttles",
        statistic: "Sum",
        period: Duration.minutes(5),
      }),
    );

    const notify = new actions.SnsAction(this.topic);
    for (const alarm of [...props.alarms, this.throttleAlarm]) {
      alarm.addAlarmAction(notify);
      alarm.addOkAction(notify);
    }
  }
}
