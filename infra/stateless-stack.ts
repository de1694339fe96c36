import { CfnOutput, type StackProps } from "aws-cdk-lib";
import type * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import { FollowUps } from "./capabilities/follow-ups.ts";
import { type HttpSettings, HttpSurface } from "./capabilities/http-surface.ts";
import { MailDelivery } from "./capabilities/mail-delivery.ts";
import { MailFeedback } from "./capabilities/mail-feedback.ts";
import { Mailings } from "./capabilities/mailings.ts";
import { Scheduling } from "./capabilities/scheduling.ts";
import { TableReactions } from "./capabilities/table-reactions.ts";
import { CapabilityStack } from "./constructs/capability.ts";

export interface StatelessStackProps extends StackProps {
  readonly table: dynamodb.ITableV2;
  /** HMAC key of the links in mails, from the stateful stack. */
  readonly tokenSecret: secretsmanager.ISecret;
  readonly http: HttpSettings;
  readonly senderAddress: string;
  /** Base of the links in mails, without trailing slash. @default the HTTP API's endpoint */
  readonly publicBaseUrl?: string;
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
  /** Every alarm of a dead-letter queue; alerting (actions) is added separately. */
  readonly deadLetterAlarms: cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { table, tokenSecret } = props;
    this.http = new HttpSurface(this, "Http", { table, tokenSecret, settings: props.http });
    this.scheduling = new Scheduling(this, "Scheduling");
    this.mail = new MailDelivery(this, "Mail", {
      table,
      tokenSecret,
      scheduling: this.scheduling,
      senderAddress: props.senderAddress,
      // The API's own endpoint depends only on the HttpApi, not on send-mail: no cycle.
      publicBaseUrl: props.publicBaseUrl || this.http.httpApi.apiEndpoint,
      ...(props.sesMaxSendRate === undefined ? {} : { sesMaxSendRate: props.sesMaxSendRate }),
    });
    this.mailings = new Mailings(this, "Mailings", { table, tokenSecret, scheduling: this.scheduling });
    this.reactions = new TableReactions(this, "Reactions", {
      table,
      mailQueue: this.mail.queue,
      mailings: this.mailings,
      scheduling: this.scheduling,
    });
    this.feedback = new MailFeedback(this, "Feedback", { table, configurationSet: this.mail.configurationSet });
    this.followUps = new FollowUps(this, "FollowUps", {
      table,
      tokenSecret,
      scheduling: this.scheduling,
      coordinatorEmails: props.http.coordinatorEmails,
    });
    this.deadLetterAlarms = [
      this.mail.deadLetterQueue.alarm,
      this.reactions.streamFailureQueue.alarm,
      this.scheduling.deadLetterQueue.alarm,
      this.feedback.deadLetterQueue.alarm,
    ];

    new CfnOutput(this, "ApiUrl", { value: this.http.stage.url, description: "Base URL of the HTTP API" });
    new CfnOutput(this, "ScheduleGroupName", { value: this.scheduling.group.ref });
    new CfnOutput(this, "ConfigurationSetName", { value: this.mail.configurationSet.configurationSetName });
  }
}
