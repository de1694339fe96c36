import { SchedulerClient } from "@aws-sdk/client-scheduler";
import type { Context } from "aws-lambda";
import { readMailingConfig } from "../shared/config/mailing-config.ts";
import { regionFromEnvironment } from "../shared/config/region.ts";
import { type MailingTarget, runMailing } from "../shared/jobs/conference-mailing.ts";
import { createLogger } from "../shared/logging/logger.ts";
import { eventBridgeScheduler } from "../shared/scheduling/eventbridge-scheduler.ts";
import { scheduleName } from "../shared/scheduling/port.ts";
import { ssmParameterKey } from "../shared/security/ssm-parameter-key.ts";
import { cachedSigner } from "../shared/security/tokens.ts";
import { AuditRepository } from "../shared/store/audit.ts";
import { ConferenceRepository } from "../shared/store/conference-repository.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";
import { MailRepository } from "../shared/store/mail-repository.ts";
import { MinutesRepository } from "../shared/store/minutes-repository.ts";
import { PartnerRepository } from "../shared/store/partner-repository.ts";
import { SuppressionRepository } from "../shared/store/suppression-repository.ts";

const config = readMailingConfig();
const db = createDocumentClient();
const signer = cachedSigner(
  ssmParameterKey(config.TOKEN_KEY_PARAMETER, { region: regionFromEnvironment(), credentials: db.config.credentials }),
);
const schedulerClient = new SchedulerClient({});
const logger = createLogger({ service: "netzwerk-conference-mailing", level: config.LOG_LEVEL });
/** Stop this early before the function's timeout and let a new run go on from the saved progress. */
const MARGIN_MS = 30_000;

/** Fired by a one-time EventBridge schedule with `{ conferenceId, kind }`: fans the mailing out into the outbox. */
export const handler = async (target: MailingTarget, context: Context) => {
  const scheduler = eventBridgeScheduler(schedulerClient, {
    groupName: config.SCHEDULE_GROUP_NAME,
    // The continuation runs this very function again.
    targetArn: context.invokedFunctionArn,
    roleArn: config.SCHEDULER_ROLE_ARN,
    deadLetterArn: config.SCHEDULER_DLQ_ARN,
  });
  const progress = await runMailing(
    {
      conferences: new ConferenceRepository(db, config.TABLE_NAME),
      minutes: new MinutesRepository(db, config.TABLE_NAME),
      mails: new MailRepository(db, config.TABLE_NAME),
      partners: new PartnerRepository(db, config.TABLE_NAME),
      suppressions: new SuppressionRepository(db, config.TABLE_NAME),
      audit: new AuditRepository(db, config.TABLE_NAME),
      signer,
      continueLater: (next) =>
        scheduler.upsert({
          name: `${scheduleName(next.conferenceId, next.kind)}-cont`,
          at: new Date(Date.now() + 60_000),
          target: next,
        }),
      timeLeft: () => context.getRemainingTimeInMillis() - MARGIN_MS,
    },
    target,
    new Date(),
  );
  logger.info("mailing run", {
    conferenceId: target.conferenceId,
    kind: target.kind,
    done: progress?.done,
    queued: progress?.queued,
  });
  return progress ? { done: progress.done, queued: progress.queued } : { done: true, queued: 0 };
};
