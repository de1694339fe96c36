import { logLevel, nonEmpty, readConfig } from "./env.ts";

/** conference-mailing: the table, where its continuation schedules go, the link key (set by the CDK construct). */
const schema = {
  TABLE_NAME: nonEmpty(),
  SCHEDULE_GROUP_NAME: nonEmpty(),
  SCHEDULER_ROLE_ARN: nonEmpty(),
  SCHEDULER_DLQ_ARN: nonEmpty(),
  /** The link key's secret: erased people are suppressed by a keyed hash of their address. */
  TOKEN_KEY_PARAMETER: nonEmpty(),
  LOG_LEVEL: logLevel(),
};

export const readMailingConfig = (env: NodeJS.ProcessEnv = process.env) => readConfig(schema, env);
