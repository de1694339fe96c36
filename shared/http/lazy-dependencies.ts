import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { TokenSigner } from "../security/tokens.ts";
import type { ApplicationLimits } from "../use-cases/submit-application.ts";
import type { Services } from "./dependencies.ts";

/**
 * A repository whose module is loaded by the first call of one of its methods (`import()`), standing in for the
 * repository itself: every public method of a repository is async, so a caller cannot tell the difference.
 * Property reads other than methods are not supported (a repository has none callers read), and the stand-in is
 * not a thenable (`then` is undefined), so it can be passed and returned like any object.
 */
export function lazyRepository<T extends object>(load: () => Promise<T>): T {
  let loaded: Promise<T> | undefined;
  const instance = () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined; // a failed import is tried again by the next call
      throw error;
    });
    return loaded;
  };
  const methods = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  return new Proxy({} as T, {
    get(_target, name) {
      if (typeof name !== "string" || name === "then") return undefined;
      let method = methods.get(name);
      if (!method) {
        method = async (...args: unknown[]) => {
          const repository = (await instance()) as Record<string, unknown>;
          const member = repository[name];
          if (typeof member !== "function") throw new TypeError(`${name} is not a method of the repository`);
          return member.apply(repository, args);
        };
        methods.set(name, method);
      }
      return method;
    },
  });
}

/**
 * The services of the `web` and `admin` functions, each repository loaded by its first use: a cold start compiles
 * the repositories the first request needs, not the twelve every route of the function might (the same classes
 * as `storeDependencies`, which the local stack and the tests use).
 */
export function lazyStoreDependencies(
  db: DynamoDBDocumentClient,
  tableName: string,
  signer: () => Promise<TokenSigner>,
  limits: ApplicationLimits,
): Services {
  return {
    workTables: lazyRepository(
      async () => new (await import("../store/work-table-repository.ts")).WorkTableRepository(db, tableName),
    ),
    applications: lazyRepository(
      async () => new (await import("../store/application-repository.ts")).ApplicationRepository(db, tableName),
    ),
    partners: lazyRepository(
      async () => new (await import("../store/partner-repository.ts")).PartnerRepository(db, tableName),
    ),
    conferences: lazyRepository(
      async () => new (await import("../store/conference-repository.ts")).ConferenceRepository(db, tableName),
    ),
    suppressions: lazyRepository(
      async () => new (await import("../store/suppression-repository.ts")).SuppressionRepository(db, tableName),
    ),
    mails: lazyRepository(async () => new (await import("../store/mail-repository.ts")).MailRepository(db, tableName)),
    access: lazyRepository(
      async () => new (await import("../store/access-repository.ts")).AccessRepository(db, tableName),
    ),
    secondFactors: lazyRepository(
      async () => new (await import("../store/second-factor-repository.ts")).SecondFactorRepository(db, tableName),
    ),
    audit: lazyRepository(async () => new (await import("../store/audit.ts")).AuditRepository(db, tableName)),
    importDrafts: lazyRepository(
      async () => new (await import("../store/import-drafts.ts")).ImportDraftRepository(db, tableName),
    ),
    attendance: lazyRepository(
      async () => new (await import("../store/attendance-repository.ts")).AttendanceRepository(db, tableName),
    ),
    minutes: lazyRepository(
      async () => new (await import("../store/minutes-repository.ts")).MinutesRepository(db, tableName),
    ),
    proposals: lazyRepository(
      async () => new (await import("../store/proposal-repository.ts")).ProposalRepository(db, tableName),
    ),
    places: lazyRepository(
      async () => new (await import("../store/places-repository.ts")).PlacesRepository(db, tableName),
    ),
    reports: lazyRepository(
      async () => new (await import("../store/report-repository.ts")).ReportRepository(db, tableName),
    ),
    notices: lazyRepository(
      async () => new (await import("../store/notice-repository.ts")).NoticeRepository(db, tableName),
    ),
    network: lazyRepository(
      async () => new (await import("../store/network-repository.ts")).NetworkRepository(db, tableName),
    ),
    personData: lazyRepository(
      async () => new (await import("../store/person-data-repository.ts")).PersonDataRepository(db, tableName),
    ),
    rateLimiter: lazyRepository(async () => new (await import("../store/rate-limiter.ts")).RateLimiter(db, tableName)),
    signer,
    limits,
  };
}
