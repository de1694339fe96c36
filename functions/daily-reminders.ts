import * as z from "zod/mini";
import { commaList, nonEmpty, positiveInt, readConfig } from "../shared/config/env.ts";
import { runFollowUps } from "../shared/jobs/follow-ups.ts";
import { createLogger } from "../shared/logging/logger.ts";
import { ApplicationRepository } from "../shared/store/application-repository.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";
import { WorkTableRepository } from "../shared/store/work-table-repository.ts";

const config = readConfig(
  z.object({
    TABLE_NAME: nonEmpty(),
    COORDINATOR_ADDRESSES: commaList(),
    REMINDER_AFTER_DAYS: positiveInt(7),
    ESCALATE_AFTER_DAYS: positiveInt(14),
    LOG_LEVEL: z.optional(z.string()),
  }),
);
const db = createDocumentClient();
const logger = createLogger({ service: "netzwerk-daily-reminders", level: config.LOG_LEVEL });
const deps = {
  applications: new ApplicationRepository(db, config.TABLE_NAME),
  workTables: new WorkTableRepository(db, config.TABLE_NAME),
  coordinators: config.COORDINATOR_ADDRESSES.map((email) => ({ email })),
  reminderAfterDays: config.REMINDER_AFTER_DAYS,
  escalateAfterDays: config.ESCALATE_AFTER_DAYS,
};

/** Fired daily by an EventBridge Scheduler cron (08:00 Europe/Berlin). */
export const handler = async () => {
  const result = await runFollowUps(deps, new Date());
  logger.info("follow-ups done", result);
  return result;
};
