import { fileURLToPath } from "node:url";
import { Duration } from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type * as iam from "aws-cdk-lib/aws-iam";
import type * as scheduler from "aws-cdk-lib/aws-scheduler";
import type { Construct } from "constructs";
import { FOLLOW_UP_DAYS } from "../../shared/domain/application.ts";
import { tableDefinition } from "../../shared/store/table-definition.ts";
import { Capability } from "../constructs/capability.ts";
import { ProjectFunction } from "../constructs/project-function.ts";
import type { TokenKeys } from "../constructs/token-keys.ts";
import type { Scheduling } from "./scheduling.ts";

/**
 * daily-reminders queries due applications (the indexes) and writes reminder mails into the outbox; its retention
 * step erases partners whose time ran out: it deletes their items (BatchWriteItem of deletions) and anonymises
 * audit entries; last, the annual report's count of the members (a Query of the directory, one transaction with
 * the day's counts) and, once, the records of applications from before the report.
 */
export const dailyRemindersTableActions = [
  "dynamodb:Query",
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:ConditionCheckItem",
] as const;

/** When daily-reminders runs: every morning at eight, local time in Germany (daylight saving included). */
export const DAILY_REMINDERS_SCHEDULE = {
  expression: "cron(0 8 * * ? *)",
  timezone: "Europe/Berlin",
} as const;

export interface FollowUpsProps {
  readonly table: dynamodb.ITableV2;
  /** The link key: the retention step leaves an erased partner's keyed hash on the suppression list. */
  readonly tokenKeys: TokenKeys;
  readonly scheduling: Scheduling;
  /** The first coordinators: told while the table has no coordinator yet (then the table's list is). */
  readonly coordinatorEmails: readonly string[];
}

/**
 * Daily follow-ups of undecided applications: every morning, contact persons are reminded after 7 days and the
 * coordinators get one digest after 14 (the days are FOLLOW_UP_DAYS, the mails say the same numbers).
 */
export class FollowUps extends Capability {
  readonly dailyRemindersFunction: ProjectFunction;
  readonly schedule: scheduler.CfnSchedule;
  /** The role EventBridge Scheduler assumes to invoke daily-reminders. */
  readonly schedulerRole: iam.Role;

  constructor(scope: Construct, id: string, props: FollowUpsProps) {
    super(scope, id);
    this.dailyRemindersFunction = new ProjectFunction(this, "DailyRemindersFunction", {
      entry: fileURLToPath(new URL("../../functions/daily-reminders.ts", import.meta.url)),
      description: "Netzwerk: daily reminders about applications waiting for a decision",
      timeout: Duration.seconds(60),
      environment: {
        SERVICE_NAME: "netzwerk-daily-reminders",
        LOG_LEVEL: "INFO",
        COORDINATOR_EMAILS: props.coordinatorEmails.join(","),
        REMINDER_AFTER_DAYS: String(FOLLOW_UP_DAYS.remindAfter),
        ESCALATE_AFTER_DAYS: String(FOLLOW_UP_DAYS.escalateAfter),
      },
    });
    this.dailyRemindersFunction.bindTable(
      props.table,
      dailyRemindersTableActions,
      tableDefinition.globalSecondaryIndexes.map((index) => index.indexName),
    );
    props.tokenKeys.grantRead(this.dailyRemindersFunction, "TOKEN_KEY_PARAMETER");
    ({ schedule: this.schedule, role: this.schedulerRole } = props.scheduling.recurring(
      this,
      this.dailyRemindersFunction,
      {
        scheduleId: "DailyRemindersSchedule",
        roleId: "SchedulerRole",
        scheduleDescription: "Runs daily-reminders every morning",
        roleDescription: "Assumed by EventBridge Scheduler to invoke the scheduled functions",
        expression: DAILY_REMINDERS_SCHEDULE.expression,
        timezone: DAILY_REMINDERS_SCHEDULE.timezone,
        retryPolicy: { maximumRetryAttempts: 3, maximumEventAge: Duration.hours(1) },
      },
    ));
  }
}
