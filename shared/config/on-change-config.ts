import { logLevel, nonEmpty, readConfig } from "./env.ts";
import { schedulerConfigFields } from "./scheduler-config.ts";

/** on-change: the mail queue it fills, and the schedules it keeps for conferences. */
const schema = { MAIL_QUEUE_URL: nonEmpty(), LOG_LEVEL: logLevel(), ...schedulerConfigFields };

export const readOnChangeConfig = (env: NodeJS.ProcessEnv = process.env) => readConfig(schema, env);
