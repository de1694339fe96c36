import { randomBytes, randomUUID } from "node:crypto";
import {
  type ApplicationStatus,
  CONFIRMATION_RESEND_AFTER_MINUTES,
  CONSENT_TEXT_VERSION,
  type Submission,
} from "../domain/application.ts";
import { type ApplicationInput, checkAdmission } from "../domain/application-input.ts";
import { newApplication, unconfirmedExpiry } from "../domain/application-lifecycle.ts";
import { confirmationMail, tableRef, tableRefOf } from "../domain/application-mail-data.ts";
import type { WorkTable } from "../domain/work-table.ts";
import { consentText, consentTextHash, LABELS } from "../i18n/labels.ts";
import type { Applications, RateLimiter, WorkTables } from "./ports.ts";

export interface ApplicationLimits {
  /** Submissions per email address and hour. */
  perEmail: number;
  /** Submissions per client address and hour. */
  perClient: number;
  /** The HTML form must have been open at least this long before it is sent (a bot filter). */
  minFillSeconds: number;
}

/** What applying needs: the public api function carries no more than this. */
export interface SubmitDeps {
  workTables: Pick<WorkTables, "list">;
  applications: Pick<
    Applications,
    | "insertSubmission"
    | "openApplicationOf"
    | "get"
    | "getSubmission"
    | "confirmationMailStatus"
    | "recordConfirmationMail"
  >;
  rateLimiter: RateLimiter;
  limits: ApplicationLimits;
}

export interface SubmitResult {
  submissionId: string;
  applications: { id: string; workTableId: string; status: ApplicationStatus; existing: boolean }[];
  /** A fresh confirmation mail was queued for applications that still wait for confirmation. */
  confirmationResent?: boolean;
}

export type SubmitOutcome =
  | { kind: "accepted"; result: SubmitResult }
  | { kind: "invalid"; errors: { path: string; message: string }[] }
  | { kind: "rate_limited"; retryAfterSeconds: number };

export async function tablesById(workTables: Pick<WorkTables, "list">): Promise<Map<string, WorkTable>> {
  return new Map((await workTables.list()).map((t) => [t.id, t]));
}

/**
 * Someone applies to one or more work tables (the JSON API and the form both come here, so both keep exactly the
 * same rules): admission by the tables' rules, the rate limits, then one application per table, pending the
 * confirmation of the address, with one confirmation mail. Where the person has an open application for a table,
 * that one is handed back instead of a second; if it still waits for confirmation, a fresh confirmation mail goes
 * out when the last one failed or is older than a few minutes.
 */
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
  return { kind: "accepted", result: await applyFor(deps, admission.value, tables, now) };
}

async function applyFor(
  deps: SubmitDeps,
  input: ApplicationInput,
  tables: ReadonlyMap<string, WorkTable>,
  now: Date,
): Promise<SubmitResult> {
  const existing: SubmitResult["applications"] = [];
  const pendingSubmissions = new Set<string>();
  // The proof of consent: the words the applicant was shown, in their language.
  await LABELS.load(input.locale);
  const consentHash = consentTextHash(input.locale);
  const consent = {
    hash: consentHash,
    text: consentText(input.locale),
    language: input.locale,
    version: CONSENT_TEXT_VERSION,
  };
  let remaining = [...input.workTableIds];
  let submissionId = "";
  for (let attempt = 0; attempt < 3 && remaining.length > 0; attempt++) {
    const id = randomBytes(16).toString("base64url");
    const created = remaining.map((workTableId) =>
      newApplication(input, { id: randomUUID(), submissionId: id, workTableId }, consentHash, now),
    );
    const submission: Submission = {
      id,
      applicationIds: created.map((a) => a.id),
      createdAt: now.toISOString(),
      confirmationMailId: `confirm-${id}`,
      lastConfirmationAt: now.toISOString(),
      confirmations: 1,
      expiresAt: unconfirmedExpiry(now),
    };
    const mail = confirmationMail(
      submission,
      input,
      remaining.map((workTableId) => tableRef(tables.get(workTableId) as WorkTable)),
    );
    const taken = await deps.applications.insertSubmission(created, submission, mail, now, consent);
    if (taken.length === 0) {
      existing.push(
        ...created.map((a) => ({ id: a.id, workTableId: a.workTableId, status: a.status, existing: false })),
      );
      submissionId = id;
      break;
    }
    // Some tables already have an open application of this person: hand those back, try again with the rest.
    for (const workTableId of taken) {
      const open = await deps.applications.openApplicationOf(input.email, workTableId);
      const application = open && (await deps.applications.get(open.applicationId));
      if (!application) continue;
      existing.push({ id: application.id, workTableId, status: application.status, existing: true });
      if (application.status === "pending_confirmation") pendingSubmissions.add(application.submissionId);
      submissionId ||= application.submissionId;
    }
    remaining = remaining.filter((workTableId) => !taken.includes(workTableId));
  }
  const resent = await resendConfirmations(deps, pendingSubmissions, tables, now);
  return { submissionId, applications: existing, ...(resent ? { confirmationResent: true } : {}) };
}

/**
 * For each earlier submission still waiting for confirmation: a fresh confirmation mail if the last one failed,
 * may not have arrived, or is older than CONFIRMATION_RESEND_AFTER_MINUTES. The link in it opens the same
 * submission, so the earlier link keeps working too. True when any mail was queued.
 */
async function resendConfirmations(
  deps: SubmitDeps,
  submissionIds: ReadonlySet<string>,
  tables: ReadonlyMap<string, WorkTable>,
  now: Date,
): Promise<boolean> {
  let resent = false;
  for (const submissionId of submissionIds) {
    const submission = await deps.applications.getSubmission(submissionId);
    if (!submission || submission.confirmedAt || !submission.lastConfirmationAt) continue;
    const last = submission.confirmationMailId
      ? await deps.applications.confirmationMailStatus(submission.confirmationMailId)
      : undefined;
    const stale =
      now.getTime() - Date.parse(submission.lastConfirmationAt) >= CONFIRMATION_RESEND_AFTER_MINUTES * 60_000;
    if (!stale && last !== "failed" && last !== "uncertain") continue;
    const pending = (await Promise.all(submission.applicationIds.map((id) => deps.applications.get(id)))).filter(
      (a) => a?.status === "pending_confirmation",
    );
    const applicant = pending[0]?.applicant;
    if (!applicant) continue;
    const count = (submission.confirmations ?? 1) + 1;
    const mail = confirmationMail(
      submission,
      applicant,
      pending.flatMap((a) => (a ? [tableRefOf(tables.get(a.workTableId), a.workTableId)] : [])),
      count,
    );
    if (await deps.applications.recordConfirmationMail(submission, mail, count, now)) resent = true;
  }
  return resent;
}
