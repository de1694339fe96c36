import { fileURLToPath } from "node:url";
import { Duration } from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import type * as sqs from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import { CHANGE_FILTER_PATTERNS } from "../../shared/mail/change-filter.ts";
import { type AlarmedQueue, Capability, deadLetterQueue } from "../constructs/capability.ts";
import { ProjectFunction } from "../constructs/project-function.ts";
import type { Mailings } from "./mailings.ts";
import type { Scheduling } from "./scheduling.ts";

/** on-change (re)creates and deletes the schedules of a conference's mailings as the conference changes. */
export const onChangeSchedulerActions = [
  "scheduler:CreateSchedule",
  "scheduler:UpdateSchedule",
  "scheduler:DeleteSchedule",
] as const;

/**
 * The stream records on-change is invoked for; every other change of the table never starts it. Defined once in
 * shared/mail/change-filter.ts, where the local stream poller reads the same patterns.
 */
export const onChangeFilterPatterns = CHANGE_FILTER_PATTERNS;

export interface TableReactionsProps {
  readonly table: dynamodb.ITableV2;
  readonly mailQueue: sqs.IQueue;
  readonly mailings: Mailings;
  readonly scheduling: Scheduling;
}

/**
 * What follows from a change of the table, read from its stream: queued mails go to the mail queue, a
 * conference's changes move its mailing schedules. The api functions only write; every effect starts here.
 */
export class TableReactions extends Capability {
  readonly onChangeFunction: ProjectFunction;
  /** Where the stream mapping of on-change reports batches it gave up on. */
  readonly streamFailureQueue: AlarmedQueue;

  constructor(scope: Construct, id: string, props: TableReactionsProps) {
    super(scope, id);
    this.streamFailureQueue = deadLetterQueue(
      this,
      "StreamFailureQueue",
      "table stream batches on-change gave up on (the records' positions, not their data)",
    );
    this.onChangeFunction = new ProjectFunction(this, "OnChangeFunction", {
      entry: fileURLToPath(new URL("../../functions/on-change.ts", import.meta.url)),
      description: "Netzwerk: reacts to table changes (queues outbox mails, schedules conference mailings)",
      timeout: Duration.seconds(30),
      environment: {
        SERVICE_NAME: "netzwerk-on-change",
        LOG_LEVEL: "INFO",
        MAILING_FUNCTION_ARN: props.mailings.mailingFunction.functionArn,
      },
    });
    this.onChangeFunction.bindQueue(props.mailQueue, "MAIL_QUEUE_URL");
    this.onChangeFunction.manageSchedules({
      ...props.mailings.scheduleAccess(props.scheduling),
      actions: onChangeSchedulerActions,
    });
    this.onChangeFunction.consumeTableStream(props.table, {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: 100,
      reportBatchItemFailures: true,
      bisectBatchOnError: true,
      retryAttempts: 10,
      maxRecordAge: Duration.days(1),
      onFailure: new SqsDlq(this.streamFailureQueue.queue),
      filters: onChangeFilterPatterns.map((pattern) => lambda.FilterCriteria.filter(pattern)),
    });
  }
}
