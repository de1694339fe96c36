import { type Config, nonEmpty } from "./env.ts";

/** Where one-time schedules go on AWS: set by the CDK construct that grants the scheduler rights. */
export const schedulerConfigFields = {
  SCHEDULE_GROUP_NAME: nonEmpty(),
  MAILING_FUNCTION_ARN: nonEmpty(),
  SCHEDULER_ROLE_ARN: nonEmpty(),
  SCHEDULER_DLQ_ARN: nonEmpty(),
};

export type SchedulerConfig = Config<typeof schedulerConfigFields>;

export function eventBridgeConfig(config: SchedulerConfig) {
  return {
    groupName: config.SCHEDULE_GROUP_NAME,
    targetArn: config.MAILING_FUNCTION_ARN,
    roleArn: config.SCHEDULER_ROLE_ARN,
    deadLetterArn: config.SCHEDULER_DLQ_ARN,
  };
}
