import { readFollowUpsConfig } from "../shared/config/follow-ups-config.ts";
import { runFollowUps } from "../shared/jobs/follow-ups.ts";
import { createLogger } from "../shared/logging/logger.ts";
import { ApplicationRepository } from "../shared/store/application-repository.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";
import { WorkTableRepository } from "../shared/store/work-table-repository.ts";

const config = readFollowUpsConfig();
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
