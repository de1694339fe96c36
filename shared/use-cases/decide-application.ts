import type { Application, Decision } from "../domain/application.ts";
import { decidedApplication } from "../domain/application-lifecycle.ts";
import { decidedMail, tableRefOf } from "../domain/application-mails.ts";
import type { WorkTable } from "../domain/work-table.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { ApplicationRepository } from "../store/application-repository.ts";
import { acceptedPartnerUpdate } from "../store/partner-repository.ts";
import type { WorkTableRepository } from "../store/work-table-repository.ts";
import type { LinkOutcome } from "./link-outcome.ts";

export interface DecideDeps {
  signer: () => Promise<TokenSigner>;
  workTables: WorkTableRepository;
  applications: ApplicationRepository;
}

/** The application a contact's decision link names, once the applicant has confirmed it. */
export async function loadForDecision(
  deps: DecideDeps,
  token: string,
  now: Date,
): Promise<LinkOutcome<{ application: Application; table: WorkTable | undefined }>> {
  const check = (await deps.signer()).verify(token, "decide", now);
  if (!check.ok) return { kind: check.reason };
  const application = await deps.applications.get(check.subject);
  if (!application || application.status === "pending_confirmation") return { kind: "not_found" };
  return { kind: "ok", application, table: await deps.workTables.get(application.workTableId) };
}

export type DecisionOutcome =
  | LinkOutcome<{ application: Application; table: WorkTable | undefined; changed: boolean }>
  | { kind: "conflict"; application: Application; table: WorkTable | undefined };

/**
 * The contact's decision: the application, the applicant's mail about it and, on acceptance, the partner record
 * (one per address, with the work tables joined; merged, never erased) in one transaction. The same decision
 * again changes nothing; a different one is a conflict.
 */
export async function decideApplication(
  deps: DecideDeps,
  token: string,
  decision: Decision,
  note: string | undefined,
  now: Date,
): Promise<DecisionOutcome> {
  for (;;) {
    const loaded = await loadForDecision(deps, token, now);
    if (loaded.kind !== "ok") return loaded;
    const { application, table } = loaded;
    if (application.decision) {
      return application.decision.outcome === decision
        ? { kind: "ok", application, table, changed: false }
        : { kind: "conflict", application, table };
    }
    if (application.status !== "submitted") return { kind: "not_found" };
    const decided = decidedApplication(application, decision, note, now);
    const mail = decidedMail(application, tableRefOf(table, application.workTableId), decision, note);
    const partner =
      decision === "accept"
        ? [
            acceptedPartnerUpdate(
              deps.applications.tableName,
              application.applicant,
              application.workTableId,
              now.toISOString(),
            ),
          ]
        : [];
    if (await deps.applications.decide(decided, mail, partner, now)) {
      return { kind: "ok", application: decided, table, changed: true };
    }
    // Decided by someone else at the same moment: read again; the same decision is fine, another a conflict.
  }
}
