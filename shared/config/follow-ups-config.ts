import { commaList, logLevel, nonEmpty, positiveInt, readConfig } from "./env.ts";

/** daily-reminders: who is told about applications waiting too long, after how many days; the link key. */
const schema = {
  TABLE_NAME: nonEmpty(),
  /** Who gets the digest while the table has no coordinator yet (the first coordinators). */
  COORDINATOR_EMAILS: commaList(),
  REMINDER_AFTER_DAYS: positiveInt(7),
  ESCALATE_AFTER_DAYS: positiveInt(14),
  /** The link key: the retention run erases partners, which leaves a keyed hash on the suppression list. */
  TOKEN_KEY_PARAMETER: nonEmpty(),
  LOG_LEVEL: logLevel(),
};

export const readFollowUpsConfig = (env: NodeJS.ProcessEnv = process.env) => readConfig(schema, env);
