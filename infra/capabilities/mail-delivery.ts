import { fileURLToPath } from "node:url";
import { ArnFormat, Duration, Stack } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import { SqsEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import * as logs from "aws-cdk-lib/aws-logs";
import * as ses from "aws-cdk-lib/aws-ses";
import * as sqs from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import { type AlarmedQueue, alarmOnFirst, Capability, deadLetterQueue } from "../constructs/capability.ts";
import { ProjectFunction } from "../constructs/project-function.ts";
import type { TokenKeys } from "../constructs/token-keys.ts";
import type { Scheduling } from "./scheduling.ts";

/** How often SQS hands a mail to send-mail before it moves to the dead-letter queue. */
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

export interface MailDeliveryProps {
  readonly table: dynamodb.ITableV2;
  readonly tokenKeys: TokenKeys;
  readonly scheduling: Scheduling;
  readonly senderAddress: string;
  /** The sender's name in every mail. */
  readonly senderName: string;
  /** The SES identity's domain: send-mail may send as it (and as the address itself). */
  readonly senderDomain: string;
  /** Base of the links in mails, without trailing slash: a custom domain, or the HTTP API's own endpoint. */
  readonly publicBaseUrl: string;
  /**
   * Mails per second send-mail may hand to SES.
   * @default the account's maximum send rate, which send-mail reads with ses:GetSendQuota when it starts
   */
  readonly sesMaxSendRate?: number;
}

/**
 * Mail delivery: outbox item (status queued) → stream → on-change → mail queue → send-mail → SES. Owns the queue
 * and its dead-letter queue, send-mail (SES only as the sender's identities, with the configuration set), the
 * outbox sweep on a five-minute schedule, and the alarm of mails that ended failed or uncertain.
 */
export class MailDelivery extends Capability {
  /** Mails on their way to SES; on-change fills it, send-mail drains it (and re-queues a retry with a delay). */
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: AlarmedQueue;
  readonly sendMailFunction: ProjectFunction;
  /** The outbox's safety net, every five minutes (shared/mail/sweep-outbox.ts). */
  readonly mailSweepFunction: ProjectFunction;
  /** Every mail goes out with it; mail feedback adds its bounce and complaint destination. */
  readonly configurationSet: ses.ConfigurationSet;
  /** Raised by every mail that ended failed or uncertain: a person should look at `GET /api/admin/mails`. */
  readonly attentionAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: MailDeliveryProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const { senderDomain } = props;

    this.deadLetterQueue = deadLetterQueue(this, "MailDeadLetterQueue", "mails send-mail gave up on");
    this.queue = new sqs.Queue(this, "MailQueue", {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(SEND_MAIL_TIMEOUT_SECONDS * 6),
      deadLetterQueue: { queue: this.deadLetterQueue.queue, maxReceiveCount: MAIL_MAX_RECEIVES },
    });

    this.configurationSet = new ses.ConfigurationSet(this, "MailConfigurationSet", {
      configurationSetName: `${stack.stackName.toLowerCase()}-mail`,
    });

    this.sendMailFunction = new ProjectFunction(this, "SendMailFunction", {
      entry: fileURLToPath(new URL("../../functions/send-mail.ts", import.meta.url)),
      description: "Netzwerk: sends queued mails through SES",
      timeout: Duration.seconds(SEND_MAIL_TIMEOUT_SECONDS),
      environment: {
        SERVICE_NAME: "netzwerk-send-mail",
        LOG_LEVEL: "INFO",
        SENDER_ADDRESS: props.senderAddress,
        SENDER_NAME: props.senderName,
        PUBLIC_BASE_URL: props.publicBaseUrl,
        SEND_CONCURRENCY: String(SEND_MAIL_MAX_CONCURRENCY),
        CONFIGURATION_SET_NAME: this.configurationSet.configurationSetName,
        // Unset, send-mail reads the account's own rate from SES when it starts.
        ...(props.sesMaxSendRate === undefined ? {} : { SES_MAX_SEND_RATE: String(props.sesMaxSendRate) }),
      },
    });
    this.sendMailFunction.bindTable(props.table, sendMailTableActions);
    props.tokenKeys.grantRead(this.sendMailFunction, "TOKEN_KEY_PARAMETER");
    // A transient failure goes back on the queue with its pause as the message's delay.
    this.sendMailFunction.bindQueue(this.queue, "MAIL_QUEUE_URL");
    // SES authorises a send against the verified identity (the address itself or its domain) and against the
    // configuration set the mail names. Nothing else.
    this.sendMailFunction.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ["ses:SendRawEmail"],
        resources: [
          ...[props.senderAddress, senderDomain].map((identity) =>
            stack.formatArn({
              service: "ses",
              resource: "identity",
              resourceName: identity,
              arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
            }),
          ),
          stack.formatArn({
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
      new SqsEventSource(this.queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        maxConcurrency: SEND_MAIL_MAX_CONCURRENCY,
      }),
    );

    this.mailSweepFunction = new ProjectFunction(this, "MailSweepFunction", {
      entry: fileURLToPath(new URL("../../functions/mail-sweep.ts", import.meta.url)),
      description: "Netzwerk: outbox sweep (stuck sends become uncertain, lost queue messages are made good)",
      timeout: Duration.seconds(60),
      environment: { LOG_LEVEL: "INFO" },
    });
    this.mailSweepFunction.bindTable(props.table, mailSweepTableActions, ["gsi2"]);
    this.mailSweepFunction.bindQueue(this.queue, "MAIL_QUEUE_URL");
    props.scheduling.recurring(this, this.mailSweepFunction, {
      scheduleId: "MailSweepSchedule",
      roleId: "MailSweepSchedulerRole",
      scheduleDescription: "Runs mail-sweep every five minutes",
      roleDescription: "Assumed by EventBridge Scheduler to invoke mail-sweep",
      expression: MAIL_SWEEP_SCHEDULE,
      // The next run comes in five minutes anyway.
      retryPolicy: { maximumRetryAttempts: 0, maximumEventAge: Duration.minutes(5) },
    });

    this.attentionAlarm = this.mailsNeedingAttention(stack.stackName);
  }

  /**
   * Mails that need a person: every "mail failed" or "mail uncertain" line of send-mail and mail-sweep counts. Both
   * log groups' filters publish into one metric, so the alarm watches (and is billed for) a single metric.
   */
  private mailsNeedingAttention(stackName: string): cloudwatch.Alarm {
    const metricNamespace = `Netzwerk/${stackName}`;
    const metricName = "MailsNeedingAttention";
    for (const fn of [this.sendMailFunction, this.mailSweepFunction]) {
      new logs.MetricFilter(this, `${fn.node.id}AttentionFilter`, {
        logGroup: fn.logGroup,
        filterPattern: logs.FilterPattern.any(
          ...MAIL_ATTENTION_MESSAGES.map((message) => logs.FilterPattern.stringValue("$.message", "=", message)),
        ),
        metricNamespace,
        metricName,
        metricValue: "1",
      });
    }
    return alarmOnFirst(
      this,
      "MailAttentionAlarm",
      "Netzwerk: at least one mail ended failed or uncertain - see the console's mails or GET /api/admin/mails?status=failed|uncertain",
      new cloudwatch.Metric({ namespace: metricNamespace, metricName, statistic: "Sum", period: Duration.minutes(5) }),
    );
  }
}
