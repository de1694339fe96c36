import { fileURLToPath } from "node:url";
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import * as kms from "aws-cdk-lib/aws-kms";
import * as ses from "aws-cdk-lib/aws-ses";
import * as sns from "aws-cdk-lib/aws-sns";
import { LambdaSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import type { Construct } from "constructs";
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
 * SES feedback: bounces and complaints of mails sent with the configuration set → SNS topic → ses-feedback →
 * suppression list, so those addresses get no further mailings.
 */
export class MailFeedback extends Capability {
  /** Puts addresses that bounced or complained on the suppression list. */
  readonly sesFeedbackFunction: ProjectFunction;
  /** SES bounces and complaints, on their way to ses-feedback. */
  readonly topic: sns.Topic;
  /** Encrypts the feedback topic; customer managed, because only such a key's policy can let SES use it. */
  readonly key: kms.Key;
  /** SES feedback that SNS could not deliver to ses-feedback, or that ses-feedback failed on every retry. */
  readonly deadLetterQueue: AlarmedQueue;

  constructor(scope: Construct, id: string, props: MailFeedbackProps) {
    super(scope, id);
    this.key = new kms.Key(this, "MailFeedbackKey", {
      description: "Netzwerk: encrypts SES bounce and complaint notifications in the mail feedback topic",
      enableKeyRotation: true,
      // It only protects notifications on their way through SNS, which keeps none.
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    // SES publishes into the encrypted topic with its own identity, so it must be allowed to use the key: the reason
    // the AWS-managed key aws/sns (whose policy cannot be changed) does not work here. The topic's policy limits
    // publishing to this account's configuration set.
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal("ses.amazonaws.com")],
        actions: ["kms:GenerateDataKey", "kms:Decrypt"],
        resources: ["*"],
      }),
    );
    this.topic = new sns.Topic(this, "MailFeedbackTopic", {
      displayName: "Netzwerk SES bounces and complaints",
      masterKey: this.key,
      enforceSSL: true,
    });
    props.configurationSet.addEventDestination("FeedbackDestination", {
      destination: ses.EventDestination.snsTopic(this.topic),
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
      // SNS invokes asynchronously: what still fails after Lambda's retries lands here.
      deadLetterQueue: this.deadLetterQueue.queue,
    });
    this.sesFeedbackFunction.bindTable(props.table, sesFeedbackTableActions);
    // What SNS cannot deliver to the function at all lands in the same queue.
    this.topic.addSubscription(
      new LambdaSubscription(this.sesFeedbackFunction, { deadLetterQueue: this.deadLetterQueue.queue }),
    );
  }
}
