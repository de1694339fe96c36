import { readFollowUpsConfig } from "../shared/config/follow-ups-config.ts";
import { runFollowUps } from "../shared/jobs/follow-ups.ts";
import { createLogger } from "../shared/logging/logger.ts";
import { ApplicationRepository } from "../shared/store/application-repository.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";
import { coordinatorRecipients, PeopleRepository } from "../shared/store/people-repository.ts";
import { WorkTableRepository } from "../shared/store/work-table-repository.ts";

const config = readFollowUpsConfig();
const db = createDocumentClient();
const people = new PeopleRepository(db, config.TABLE_NAME);
const logger = createLogger({ service: "netzwerk-daily-reminders", level: config.LOG_LEVEL });
const deps = {
  applications: new ApplicationRepository(db, config.TABLE_NAME),
  workTables: new WorkTableRepository(db, config.TABLE_NAME),
  coordinators: () => coordinatorRecipients(people, config.COORDINATOR_EMAILS),
  reminderAfterDays: config.REMINDER_AFTER_DAYS,
  escalateAfterDays: config.ESCALATE_AFTER_DAYS,
};

/** Fired daily by an EventBridge Scheduler cron (08:00 Europe/Berlin). */
export const handler = async () => {
  const result = await runFollowUps(deps, new Date());
  logger.info("follow-ups done", result);
  return result;
};
