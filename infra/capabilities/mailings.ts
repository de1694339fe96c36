import { fileURLToPath } from "node:url";
import { Duration } from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type * as iam from "aws-cdk-lib/aws-iam";
import type { Construct } from "constructs";
import { tableDefinition } from "../../shared/store/table-definition.ts";
import { Capability, schedulerRoleFor } from "../constructs/capability.ts";
import { ProjectFunction } from "../constructs/project-function.ts";
import type { TokenKeys } from "../constructs/token-keys.ts";
import type { Scheduling } from "./scheduling.ts";

/**
 * conference-mailing reads the conference, partners, RSVPs, suppressions and its own progress (indexes included),
 * queues outbox mails with conditional Puts, saves its progress with PutItem, and gives a partner stored before
 * link handles existed its handle (UpdateItem).
 */
export const conferenceMailingTableActions = [
  "dynamodb:GetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:ConditionCheckItem",
] as const;

/** conference-mailing's timeout; it stops half a minute before and goes on in a continuation schedule. */
export const CONFERENCE_MAILING_TIMEOUT_MINUTES = 5;

/** conference-mailing only (re)creates its continuation schedule; EventBridge deletes schedules once they ran. */
export const conferenceMailingSchedulerActions = ["scheduler:CreateSchedule", "scheduler:UpdateSchedule"] as const;

export interface MailingsProps {
  readonly table: dynamodb.ITableV2;
  /** The link key: an erased person is suppressed by the keyed hash of their address. */
  readonly tokenKeys: TokenKeys;
  readonly scheduling: Scheduling;
}

/**
 * Conference mailings: a one-time schedule (made by on-change when a conference changes, or by a mailing that goes
 * on later) invokes conference-mailing, which writes one outbox mail per partner; mail delivery sends them like
 * any other.
 */
export class Mailings extends Capability {
  /** Fans a conference mailing out into the outbox; started by one-time schedules. */
  readonly mailingFunction: ProjectFunction;
  /** The role the one-time mailing schedules run as: it may only invoke conference-mailing. */
  readonly schedulerRole: iam.Role;

  constructor(scope: Construct, id: string, props: MailingsProps) {
    super(scope, id);
    const indexNames = tableDefinition.globalSecondaryIndexes.map((index) => index.indexName);
    this.mailingFunction = new ProjectFunction(this, "ConferenceMailingFunction", {
      entry: fileURLToPath(new URL("../../functions/conference-mailing.ts", import.meta.url)),
      description: "Netzwerk: queues the mails of a conference mailing (started by one-time schedules)",
      timeout: Duration.minutes(CONFERENCE_MAILING_TIMEOUT_MINUTES),
      memorySize: 512,
      environment: { LOG_LEVEL: "INFO" },
    });
    this.mailingFunction.bindTable(props.table, conferenceMailingTableActions, indexNames);
    props.tokenKeys.grantRead(this.mailingFunction, "TOKEN_KEY_PARAMETER");
    this.schedulerRole = schedulerRoleFor(
      this,
      "MailingSchedulerRole",
      "Assumed by EventBridge Scheduler to invoke conference-mailing from one-time mailing schedules",
      this.mailingFunction,
      props.scheduling.deadLetterQueue.queue,
    );
    // Its continuation schedules invoke the function itself (context.invokedFunctionArn), as the same role.
    this.mailingFunction.manageSchedules({
      ...this.scheduleAccess(props.scheduling),
      actions: conferenceMailingSchedulerActions,
    });
  }

  /** What a function needs to create this capability's one-time schedules (with its own list of actions). */
  scheduleAccess(scheduling: Scheduling) {
    return {
      group: scheduling.group,
      schedulerRole: this.schedulerRole,
      deadLetterQueue: scheduling.deadLetterQueue.queue,
    };
  }
}
