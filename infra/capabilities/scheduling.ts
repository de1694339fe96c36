import { type Duration, Stack } from "aws-cdk-lib";
import type * as iam from "aws-cdk-lib/aws-iam";
import * as scheduler from "aws-cdk-lib/aws-scheduler";
import type { Construct } from "constructs";
import { type AlarmedQueue, Capability, deadLetterQueue, schedulerRoleFor } from "../constructs/capability.ts";
import type { ProjectFunction } from "../constructs/project-function.ts";

/** A function run on a fixed rhythm by EventBridge Scheduler, through a role that may invoke only it. */
export interface RecurringRun {
  /** Construct ids of the schedule and of its role. */
  scheduleId: string;
  roleId: string;
  scheduleDescription: string;
  roleDescription: string;
  /** `cron(...)` or `rate(...)`. */
  expression: string;
  timezone?: string;
  retryPolicy: { maximumRetryAttempts: number; maximumEventAge: Duration };
}

/**
 * What every schedule of the product shares: one schedule group (the recurring schedules and the one-time
 * mailing schedules made at run time) and one dead-letter queue for invocations EventBridge Scheduler could not
 * deliver, with its alarm.
 */
export class Scheduling extends Capability {
  readonly group: scheduler.CfnScheduleGroup;
  readonly deadLetterQueue: AlarmedQueue;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // The group's name is a literal (it becomes part of granted ARNs): the stack's name, lower case.
    const stackName = Stack.of(this).stackName;
    this.deadLetterQueue = deadLetterQueue(
      this,
      "SchedulerDeadLetterQueue",
      "scheduled invocations EventBridge Scheduler could not deliver",
    );
    this.group = new scheduler.CfnScheduleGroup(this, "ScheduleGroup", {
      name: `${stackName.toLowerCase()}-schedules`,
    });
  }

  /** A recurring schedule invoking `target`, with a role of its own; the schedule waits for the role's policy. */
  recurring(
    scope: Construct,
    target: ProjectFunction,
    run: RecurringRun,
  ): { schedule: scheduler.CfnSchedule; role: iam.Role } {
    const role = schedulerRoleFor(scope, run.roleId, run.roleDescription, target, this.deadLetterQueue.queue);
    const schedule = new scheduler.CfnSchedule(scope, run.scheduleId, {
      description: run.scheduleDescription,
      groupName: this.group.ref,
      scheduleExpression: run.expression,
      ...(run.timezone ? { scheduleExpressionTimezone: run.timezone } : {}),
      flexibleTimeWindow: { mode: "OFF" },
      state: "ENABLED",
      target: {
        arn: target.functionArn,
        roleArn: role.roleArn,
        retryPolicy: {
          maximumRetryAttempts: run.retryPolicy.maximumRetryAttempts,
          maximumEventAgeInSeconds: run.retryPolicy.maximumEventAge.toSeconds(),
        },
        deadLetterConfig: { arn: this.deadLetterQueue.queue.queueArn },
      },
    });
    // The role's policy must exist before the first run, not just the role.
    schedule.node.addDependency(role);
    return { schedule, role };
  }
}
