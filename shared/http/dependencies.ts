import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { TokenSigner } from "../security/tokens.ts";
import { ApplicationRepository } from "../store/application-repository.ts";
import { ConferenceRepository } from "../store/conference-repository.ts";
import { MailRepository } from "../store/mail-repository.ts";
import { PartnerRepository } from "../store/partner-repository.ts";
import { RateLimiter } from "../store/rate-limiter.ts";
import { SuppressionRepository } from "../store/suppression-repository.ts";
import { WorkTableRepository } from "../store/work-table-repository.ts";
import type { ApplicationDeps, ApplicationLimits } from "./application-flow.ts";

/** The repositories the app works with, on one table: the same wiring on Lambda, locally and in tests. */
export function storeDependencies(
  db: DynamoDBDocumentClient,
  tableName: string,
  signer: () => Promise<TokenSigner>,
  limits: ApplicationLimits,
): ApplicationDeps {
  return {
    workTables: new WorkTableRepository(db, tableName),
    applications: new ApplicationRepository(db, tableName),
    partners: new PartnerRepository(db, tableName),
    conferences: new ConferenceRepository(db, tableName),
    suppressions: new SuppressionRepository(db, tableName),
    mails: new MailRepository(db, tableName),
    rateLimiter: new RateLimiter(db, tableName),
    signer,
    limits,
  };
}
