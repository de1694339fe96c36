import { CfnOutput, type StackProps } from "aws-cdk-lib";
import type * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type { Construct } from "constructs";
import { Alerting } from "./capabilities/alerting.ts";
import { FollowUps } from "./capabilities/follow-ups.ts";
import { type CustomDomain, type HttpSettings, HttpSurface } from "./capabilities/http-surface.ts";
import { MailDelivery } from "./capabilities/mail-delivery.ts";
import { MailFeedback } from "./capabilities/mail-feedback.ts";
import { Mailings } from "./capabilities/mailings.ts";
import { Scheduling } from "./capabilities/scheduling.ts";
import { TableReactions } from "./capabilities/table-reactions.ts";
import { CapabilityStack } from "./constructs/capability.ts";
import type { TokenKeys } from "./constructs/token-keys.ts";

export interface StatelessStackProps extends StackProps {
  readonly table: dynamodb.ITableV2;
  /** HMAC key of the links in mails, from the stateful stack. */
  readonly tokenKeys: TokenKeys;
  readonly http: HttpSettings;
  readonly senderAddress: string;
  /** The sender's name in every mail: the network's name. */
  readonly senderName: string;
  /** The domain of the SES identity (the sender address is at it or below it). */
  readonly senderDomain: string;
  /** Base of the links in mails, without trailing slash. @default the custom domain, else the HTTP API's endpoint */
  readonly publicBaseUrl?: string;
  readonly customDomain?: CustomDomain;
  /** Who the alarms notify. */
  readonly alarmEmail?: string;
  readonly sesMaxSendRate?: number;
}

/**
 * Compute: replaceable at any time, the data (the people and their sessions included) lives in the stateful
 * stack's table. The stack only composes capabilities; each one owns its
 * functions, grants, queues and alarms (infra/capabilities/), and all of them keep the logical ids their
 * resources had on the stack itself (see CapabilityStack).
 */
export class StatelessStack extends CapabilityStack {
  readonly http: HttpSurface;
  readonly scheduling: Scheduling;
  readonly mail: MailDelivery;
  readonly mailings: Mailings;
  readonly reactions: TableReactions;
  readonly feedback: MailFeedback;
  readonly followUps: FollowUps;
  /** Every alarm of a dead-letter queue. */
  readonly deadLetterAlarms: cloudwatch.Alarm[];
  /** The alarm topic (and the e-mail subscribed to it) every alarm notifies. */
  readonly alerting: Alerting;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { table, tokenKeys } = props;
    this.http = new HttpSurface(this, "Http", {
      table,
      tokenKeys,
      settings: props.http,
      ...(props.customDomain ? { customDomain: props.customDomain } : {}),
    });
    // Where links in mails point and what browsers see as this site: the API's own endpoint (it depends only on the
    // HttpApi, not on any function: no cycle) unless something else fronts it.
    const publicBaseUrl = props.publicBaseUrl || this.http.publicUrl;
    // Passkeys are bound to this site's name: the admin function takes it from here, never from a request.
    this.http.adminFunction.addEnvironment("PUBLIC_BASE_URL", publicBaseUrl);
    this.scheduling = new Scheduling(this, "Scheduling");
    this.mail = new MailDelivery(this, "Mail", {
      table,
      tokenKeys,
      scheduling: this.scheduling,
      senderAddress: props.senderAddress,
      senderName: props.senderName,
      senderDomain: props.senderDomain,
      publicBaseUrl,
      ...(props.sesMaxSendRate === undefined ? {} : { sesMaxSendRate: props.sesMaxSendRate }),
    });
    this.mailings = new Mailings(this, "Mailings", { table, tokenKeys, scheduling: this.scheduling });
    this.reactions = new TableReactions(this, "Reactions", {
      table,
      mailQueue: this.mail.queue,
      mailings: this.mailings,
      scheduling: this.scheduling,
    });
    this.feedback = new MailFeedback(this, "Feedback", { table, configurationSet: this.mail.configurationSet });
    this.followUps = new FollowUps(this, "FollowUps", {
      table,
      tokenKeys,
      scheduling: this.scheduling,
      coordinatorEmails: props.http.coordinatorEmails,
    });
    this.deadLetterAlarms = [
      this.mail.deadLetterQueue.alarm,
      this.reactions.streamFailureQueue.alarm,
      this.scheduling.deadLetterQueue.alarm,
      this.feedback.deadLetterQueue.alarm,
    ];
    this.alerting = new Alerting(this, "Alerting", {
      ...(props.alarmEmail ? { alarmEmail: props.alarmEmail } : {}),
      alarms: [...this.deadLetterAlarms, this.mail.attentionAlarm],
    });

    new CfnOutput(this, "ApiUrl", {
      value: props.customDomain ? `${this.http.publicUrl}/` : this.http.stage.url,
      description: "Base URL of the HTTP API",
    });
    new CfnOutput(this, "AlarmTopicArn", { value: this.alerting.topic.topicArn });
    new CfnOutput(this, "ScheduleGroupName", { value: this.scheduling.group.ref });
    new CfnOutput(this, "ConfigurationSetName", { value: this.mail.configurationSet.configurationSetName });
  }
}
