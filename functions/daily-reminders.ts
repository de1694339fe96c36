import { readFollowUpsConfig } from "../shared/config/follow-ups-config.ts";
import { regionFromEnvironment } from "../shared/config/region.ts";
import { runFollowUps } from "../shared/jobs/follow-ups.ts";
import { retireLeftPartners } from "../shared/jobs/retention.ts";
import { runTaskReminders } from "../shared/jobs/task-reminders.ts";
import { createLogger } from "../shared/logging/logger.ts";
import { ssmParameterKey } from "../shared/security/ssm-parameter-key.ts";
import { cachedSigner } from "../shared/security/tokens.ts";
import { AccessRepository, coordinatorRecipients } from "../shared/store/access-repository.ts";
import { ApplicationRepository } from "../shared/store/application-repository.ts";
import { AuditRepository } from "../shared/store/audit.ts";
import { ConferenceRepository } from "../shared/store/conference-repository.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";
import { MinutesRepository } from "../shared/store/minutes-repository.ts";
import { PartnerRepository } from "../shared/store/partner-repository.ts";
import { PersonDataRepository } from "../shared/store/person-data-repository.ts";
import { ReportRepository } from "../shared/store/report-repository.ts";
import { SuppressionRepository } from "../shared/store/suppression-repository.ts";
import { WorkTableRepository } from "../shared/store/work-table-repository.ts";
import { dailyReportRecords } from "../shared/use-cases/report.ts";

const config = readFollowUpsConfig();
const db = createDocumentClient();
const access = new AccessRepository(db, config.TABLE_NAME);
const logger = createLogger({ service: "netzwerk-daily-reminders", level: config.LOG_LEVEL });
const applications = new ApplicationRepository(db, config.TABLE_NAME);
const workTables = new WorkTableRepository(db, config.TABLE_NAME);
const deps = {
  applications,
  workTables,
  coordinators: () => coordinatorRecipients(access, config.COORDINATOR_EMAILS),
  reminderAfterDays: config.REMINDER_AFTER_DAYS,
  escalateAfterDays: config.ESCALATE_AFTER_DAYS,
};
/** What erasing a partner whose retention ran out needs (jobs/retention.ts). */
const retention = {
  personData: new PersonDataRepository(db, config.TABLE_NAME),
  partners: new PartnerRepository(db, config.TABLE_NAME),
  applications,
  conferences: new ConferenceRepository(db, config.TABLE_NAME),
  access,
  suppressions: new SuppressionRepository(db, config.TABLE_NAME),
  workTables,
  audit: new AuditRepository(db, config.TABLE_NAME),
  signer: cachedSigner(
    ssmParameterKey(config.TOKEN_KEY_PARAMETER, {
      region: regionFromEnvironment(),
      credentials: db.config.credentials,
    }),
  ),
};

/** Fired daily by an EventBridge Scheduler cron (08:00 Europe/Berlin): follow-ups, then the retention rules. */
export const handler = async () => {
  const now = new Date();
  const result = await runFollowUps(deps, now);
  logger.info("follow-ups done", result);
  const tasks = await runTaskReminders(
    { minutes: new MinutesRepository(db, config.TABLE_NAME), partners: retention.partners, workTables },
    now,
  );
  logger.info("task reminders done", tasks);
  const retired = await retireLeftPartners(retention, now);
  logger.info("retention done", retired);
  // Last: the members as the day's changes (and the retention's erasures) left them, for the annual report.
  const report = await dailyReportRecords(
    { partners: retention.partners, reports: new ReportRepository(db, config.TABLE_NAME) },
    now,
  );
  logger.info("report records kept", report);
  return { ...result, ...tasks, retired };
};
