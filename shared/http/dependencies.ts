import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { TokenSigner } from "../security/tokens.ts";
import { AccessRepository } from "../store/access-repository.ts";
import { ApplicationRepository } from "../store/application-repository.ts";
import { AttendanceRepository } from "../store/attendance-repository.ts";
import { AuditRepository } from "../store/audit.ts";
import { ConferenceRepository } from "../store/conference-repository.ts";
import { ImportDraftRepository } from "../store/import-drafts.ts";
import { MailRepository } from "../store/mail-repository.ts";
import { MinutesRepository } from "../store/minutes-repository.ts";
import { NetworkRepository } from "../store/network-repository.ts";
import { NoticeRepository } from "../store/notice-repository.ts";
import { PartnerRepository } from "../store/partner-repository.ts";
import { PersonDataRepository } from "../store/person-data-repository.ts";
import { PlacesRepository } from "../store/places-repository.ts";
import { ProposalRepository } from "../store/proposal-repository.ts";
import { RateLimiter } from "../store/rate-limiter.ts";
import { ReportRepository } from "../store/report-repository.ts";
import { SecondFactorRepository } from "../store/second-factor-repository.ts";
import { SuppressionRepository } from "../store/suppression-repository.ts";
import { WorkTableRepository } from "../store/work-table-repository.ts";
import type { ApplicationLimits } from "../use-cases/submit-application.ts";

/** Every repository on the one table, the link key and the form's limits: what the use cases are called with. */
export interface Services {
  workTables: WorkTableRepository;
  applications: ApplicationRepository;
  partners: PartnerRepository;
  conferences: ConferenceRepository;
  suppressions: SuppressionRepository;
  mails: MailRepository;
  access: AccessRepository;
  secondFactors: SecondFactorRepository;
  audit: AuditRepository;
  importDrafts: ImportDraftRepository;
  notices: NoticeRepository;
  network: NetworkRepository;
  personData: PersonDataRepository;
  attendance: AttendanceRepository;
  minutes: MinutesRepository;
  proposals: ProposalRepository;
  /** An event's places, waiting lists and answers (issue 22). */
  places: PlacesRepository;
  /** The annual report's reads and its own counts (issue 23). */
  reports: ReportRepository;
  rateLimiter: RateLimiter;
  signer: () => Promise<TokenSigner>;
  limits: ApplicationLimits;
}

/** The services on one table: the same wiring on Lambda, locally and in tests. */
export function storeDependencies(
  db: DynamoDBDocumentClient,
  tableName: string,
  signer: () => Promise<TokenSigner>,
  limits: ApplicationLimits,
): Services {
  return {
    workTables: new WorkTableRepository(db, tableName),
    applications: new ApplicationRepository(db, tableName),
    partners: new PartnerRepository(db, tableName),
    conferences: new ConferenceRepository(db, tableName),
    suppressions: new SuppressionRepository(db, tableName),
    mails: new MailRepository(db, tableName),
    access: new AccessRepository(db, tableName),
    secondFactors: new SecondFactorRepository(db, tableName),
    audit: new AuditRepository(db, tableName),
    importDrafts: new ImportDraftRepository(db, tableName),
    notices: new NoticeRepository(db, tableName),
    network: new NetworkRepository(db, tableName),
    personData: new PersonDataRepository(db, tableName),
    attendance: new AttendanceRepository(db, tableName),
    minutes: new MinutesRepository(db, tableName),
    proposals: new ProposalRepository(db, tableName),
    places: new PlacesRepository(db, tableName),
    reports: new ReportRepository(db, tableName),
    rateLimiter: new RateLimiter(db, tableName),
    signer,
    limits,
  };
}
