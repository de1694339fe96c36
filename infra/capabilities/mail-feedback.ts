import { fileURLToPath } from "node:url";
import { Duration } from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as events from "aws-cdk-lib/aws-events";
import * as targets from "aws-cdk-lib/aws-events-targets";
import * as ses from "aws-cdk-lib/aws-ses";
import type { Construct } from "constructs";
import { SES_FEEDBACK_DETAIL_TYPES } from "../../shared/jobs/ses-feedback.ts";
import { type AlarmedQueue, Capability, deadLetterQueue } from "../constructs/capability.ts";
import { ProjectFunction } from "../constructs/project-function.ts";

/** ses-feedback only puts addresses on the suppression list. */
export const sesFeedbackTableActions = ["dynamodb:PutItem"] as const;

/** The SES events of mails sent with the configuration set that reach ses-feedback. */
export const SES_FEEDBACK_EVENTS: readonly ses.EmailSendingEvent[] = [
  ses.EmailSendingEvent.BOUNCE,
  ses.EmailSendingEvent.COMPLAINT,
];

export interface MailFeedbackProps {
  readonly table: dynamodb.ITableV2;
  /** The configuration set every mail goes out with (mail delivery's). */
  readonly configurationSet: ses.ConfigurationSet;
}

/**
 * SES feedback: bounces and complaints of mails sent with the configuration set → the account's default event
 * bus (the configuration set's EventBridge destination) → a rule → ses-feedback → suppression list, so those
 * addresses get no further mailings.
 *
 * Why not SNS, as before: an SNS topic that SES publishes into must be encrypted with a customer-managed KMS key
 * (only such a key's policy can let SES use it), $1 a month before the first mail; events that AWS services put
 * on the default bus cost nothing, and the rule's target has its own retries and dead-letter queue.
 */
export class MailFeedback extends Capability {
  /** Puts addresses that bounced or complained on the suppression list. */
  readonly sesFeedbackFunction: ProjectFunction;
  /** Passes the configuration set's bounces and complaints from the default bus to ses-feedback. */
  readonly rule: events.Rule;
  /** SES feedback that EventBridge could not deliver to ses-feedback, or that ses-feedback failed on every retry. */
  readonly deadLetterQueue: AlarmedQueue;

  constructor(scope: Construct, id: string, props: MailFeedbackProps) {
    super(scope, id);
    const defaultBus = events.EventBus.fromEventBusName(this, "DefaultBus", "default");
    props.configurationSet.addEventDestination("FeedbackDestination", {
      destination: ses.EventDestination.eventBus(defaultBus),
      events: [...SES_FEEDBACK_EVENTS],
    });
    this.deadLetterQueue = deadLetterQueue(
      this,
      "MailFeedbackDeadLetterQueue",
      "SES bounces and complaints ses-feedback did not get or could not process",
    );
    this.sesFeedbackFunction = new ProjectFunction(this, "SesFeedbackFunction", {
      entry: fileURLToPath(new URL("../../functions/ses-feedback.ts", import.meta.url)),
      description: "Netzwerk: puts addresses that bounced or complained on the suppression list",
      environment: { LOG_LEVEL: "INFO" },
      // EventBridge invokes asynchronously: what still fails after Lambda's retries lands here.
      deadLetterQueue: this.deadLetterQueue.queue,
    });
    this.sesFeedbackFunction.bindTable(props.table, sesFeedbackTableActions);
    this.rule = new events.Rule(this, "MailFeedbackRule", {
      description: "Netzwerk: SES bounces and complaints of the mail configuration set, to ses-feedback",
      eventPattern: {
        source: ["aws.ses"],
        detailType: [...SES_FEEDBACK_DETAIL_TYPES],
        // Only this stack's mails: another application in the account may send with its own configuration set.
        detail: { mail: { tags: { "ses:configuration-set": [props.configurationSet.configurationSetName] } } },
      },
    });
    // What EventBridge cannot deliver to the function at all lands in the same queue.
    this.rule.addTarget(
      new targets.LambdaFunction(this.sesFeedbackFunction, {
        deadLetterQueue: this.deadLetterQueue.queue,
        retryAttempts: 8,
        maxEventAge: Duration.hours(24),
      }),
    );
  }
}
