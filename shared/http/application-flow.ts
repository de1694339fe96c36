import { type Application, type ApplicationInput, checkAdmission, type Decision } from "../domain/application.ts";
import type { WorkTable } from "../domain/work-table.ts";
import type { TokenPurpose, TokenSigner } from "../security/tokens.ts";
import type { ApplicationRepository, ConfirmResult, SubmitResult } from "../store/application-repository.ts";
import type { ConferenceRepository } from "../store/conference-repository.ts";
import type { MailRepository } from "../store/mail-repository.ts";
import type { PartnerRepository } from "../store/partner-repository.ts";
import type { RateLimiter } from "../store/rate-limiter.ts";
import type { SuppressionRepository } from "../store/suppression-repository.ts";
import type { WorkTableRepository } from "../store/work-table-repository.ts";
import type { FieldError } from "./problem.ts";

export interface ApplicationLimits {
  /** Submissions per email address and hour. */
  perEmail: number;
  /** Submissions per client address and hour. */
  perClient: number;
  /** The HTML form must have been open at least this long before it is sent (a bot filter). */
  minFillSeconds: number;
}

export interface ApplicationDeps {
  workTables: WorkTableRepository;
  applications: ApplicationRepository;
  partners: PartnerRepository;
  conferences: ConferenceRepository;
  suppressions: SuppressionRepository;
  mails: MailRepository;
  rateLimiter: RateLimiter;
  signer: () => Promise<TokenSigner>;
  limits: ApplicationLimits;
}

/**
 * The application use cases, shared by the JSON API and the HTML pages so both keep exactly the same rules.
 * Nothing here knows HTTP; the routes turn the outcomes into responses.
 */
export type SubmitOutcome =
  | { kind: "accepted"; result: SubmitResult }
  | { kind: "invalid"; errors: FieldError[] }
  | { kind: "rate_limited"; retryAfterSeconds: number };

export async function tablesById(workTables: WorkTableRepository): Promise<Map<string, WorkTable>> {
  return new Map((await workTables.list()).map((t) => [t.id, t]));
}

/** What applying needs: the public api function carries no more than this. */
export type SubmitDeps = Pick<ApplicationDeps, "workTables" | "applications" | "rateLimiter" | "limits">;

export async function submitApplication(
  deps: SubmitDeps,
  input: ApplicationInput,
  clientAddress: string,
  now: Date,
): Promise<SubmitOutcome> {
  const tables = await tablesById(deps.workTables);
  const admission = checkAdmission(input, tables);
  if (!admission.ok) return { kind: "invalid", errors: admission.issues };
  // Only valid submissions count against the limits; the client limit first, so one address cannot use up
  // the allowance of many email addresses.
  for (const [kind, subject, limit] of [
    ["client", clientAddress, deps.limits.perClient],
    ["email", input.email, deps.limits.perEmail],
  ] as const) {
    const check = await deps.rateLimiter.hit(kind, subject, limit, now);
    if (!check.ok) return { kind: "rate_limited", retryAfterSeconds: check.retryAfterSeconds };
  }
  return { kind: "accepted", result: await deps.applications.submit(admission.value, tables, now) };
}

export type TokenOutcome<T> = { kind: "invalid" | "expired" | "not_found" } | ({ kind: "ok" } & T);

async function verify(deps: ApplicationDeps, token: string, purpose: TokenPurpose, now: Date) {
  return (await deps.signer()).verify(token, purpose, now);
}

export async function confirmSubmission(
  deps: ApplicationDeps,
  token: string,
  now: Date,
): Promise<
  TokenOutcome<{ result: Extract<ConfirmResult, { applications: Application[] }>; tables: Map<string, WorkTable> }>
> {
  const check = await verify(deps, token, "confirm", now);
  if (!check.ok) return { kind: check.reason };
  const tables = await tablesById(deps.workTables);
  const result = await deps.applications.confirm(check.subject, tables, now);
  return result.outcome === "not_found" ? { kind: "not_found" } : { kind: "ok", result, tables };
}

export async function loadForDecision(
  deps: ApplicationDeps,
  token: string,
  now: Date,
): Promise<TokenOutcome<{ application: Application; table: WorkTable | undefined }>> {
  const check = await verify(deps, token, "decide", now);
  if (!check.ok) return { kind: check.reason };
  const application = await deps.applications.get(check.subject);
  if (!application || application.status === "pending_confirmation") return { kind: "not_found" };
  return { kind: "ok", application, table: await deps.workTables.get(application.workTableId) };
}

export type DecisionOutcome =
  | TokenOutcome<{ application: Application; table: WorkTable | undefined; changed: boolean }>
  | {
      kind: "conflict";
      application: Application;
      table: WorkTable | undefined;
    };

export async function decideApplication(
  deps: ApplicationDeps,
  token: string,
  decision: Decision,
  note: string | undefined,
  now: Date,
): Promise<DecisionOutcome> {
  const loaded = await loadForDecision(deps, token, now);
  if (loaded.kind !== "ok") return loaded;
  const result = await deps.applications.decide(loaded.application.id, decision, note, loaded.table, now);
  switch (result.outcome) {
    case "decided":
    case "unchanged":
      return {
        kind: "ok",
        application: result.application,
        table: loaded.table,
        changed: result.outcome === "decided",
      };
    case "conflict":
      return { kind: "conflict", application: result.application, table: loaded.table };
    default:
      return { kind: "not_found" };
  }
}
