import {
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  type SchedulerClient,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import { BERLIN, berlinWallClock } from "../domain/berlin-time.ts";
import type { OneTimeSchedule, Scheduler } from "./port.ts";

export interface EventBridgeSchedulerConfig {
  /** The schedule group holding the mailing schedules (one per stage). */
  groupName: string;
  /** What the schedules invoke: the mailing function. */
  targetArn: string;
  /** The role EventBridge Scheduler assumes to invoke the target. */
  roleArn: string;
  /** Where an invocation goes when every retry failed (an SQS queue). */
  deadLetterArn: string;
}

export const SCHEDULE_TIME_ZONE = BERLIN;

/**
 * `at(YYYY-MM-DDTHH:mm:ss)` in Berlin wall-clock time, read with `ScheduleExpressionTimezone: Europe/Berlin`
 * (a time zone on the schedule keeps the console readable for the coordinators' "10:00"). Milliseconds are
 * dropped: the expression has whole seconds. One known limit: the hour repeated when summer time ends
 * (02:00–02:59 on the last Sunday of October) names two instants, of which EventBridge picks one; mailings are
 * planned for office hours, never then.
 */
export function atExpression(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new Error("invalid schedule time");
  const t = berlinWallClock(at);
  return `at(${t.year}-${t.month}-${t.day}T${t.hour}:${t.minute}:${t.second})`;
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : "");

/**
 * The Scheduler port on EventBridge Scheduler: one one-time schedule per name, deleted by EventBridge after it
 * ran (`ActionAfterCompletion: DELETE`). Delivery is at least once (retries, then the dead-letter queue), so the
 * target must be idempotent — the mailing is.
 */
export function eventBridgeScheduler(client: SchedulerClient, config: EventBridgeSchedulerConfig): Scheduler {
  const input = (schedule: OneTimeSchedule): CreateScheduleCommandInput => ({
    Name: schedule.name,
    GroupName: config.groupName,
    ScheduleExpression: atExpression(schedule.at),
    ScheduleExpressionTimezone: SCHEDULE_TIME_ZONE,
    FlexibleTimeWindow: { Mode: "OFF" },
    ActionAfterCompletion: "DELETE",
    State: "ENABLED",
    // Ids and the kind only: no personal data in the schedule.
    Description: `${schedule.target.kind} mailing of conference ${schedule.target.conferenceId}`,
    Target: {
      Arn: config.targetArn,
      RoleArn: config.roleArn,
      Input: JSON.stringify(schedule.target),
      RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 86_400 },
      DeadLetterConfig: { Arn: config.deadLetterArn },
    },
  });

  return {
    async upsert(schedule) {
      const request = input(schedule);
      try {
        await client.send(new CreateScheduleCommand(request));
      } catch (error) {
        if (errorName(error) !== "ConflictException") throw error;
        // The name exists: a reschedule. Update replaces the whole definition (time and target) in place.
        try {
          await client.send(new UpdateScheduleCommand(request));
        } catch (updateError) {
          // It fired and was deleted between the two calls: create it afresh.
          if (errorName(updateError) !== "ResourceNotFoundException") throw updateError;
          await client.send(new CreateScheduleCommand(request));
        }
      }
    },
    async remove(name) {
      try {
        await client.send(new DeleteScheduleCommand({ Name: name, GroupName: config.groupName }));
      } catch (error) {
        // Already fired (and deleted after completion) or never created: either way, nothing is left to remove.
        if (errorName(error) !== "ResourceNotFoundException") throw error;
      }
    },
  };
}
