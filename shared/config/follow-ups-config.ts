import * as z from "zod/mini";
import { commaList, logLevel, nonEmpty, positiveInt, readConfig } from "./env.ts";

/** daily-reminders: who is told about applications waiting too long, and after how many days. */
const schema = z.object({
  TABLE_NAME: nonEmpty(),
  /** Who gets the digest while the table has no coordinator yet (the first coordinators). */
  COORDINATOR_EMAILS: commaList(),
  REMINDER_AFTER_DAYS: positiveInt(7),
  ESCALATE_AFTER_DAYS: positiveInt(14),
  LOG_LEVEL: logLevel(),
});

export const readFollowUpsConfig = (env: NodeJS.ProcessEnv = process.env) => readConfig(schema, env);
