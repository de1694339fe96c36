import type { Application } from "../domain/application.ts";
import { confirmedApplication, routeOf } from "../domain/application-lifecycle.ts";
import { forwardedMail, newApplicationMail, tableRef } from "../domain/application-mail-data.ts";
import type { NewMail, TableRef } from "../domain/mail.ts";
import type { WorkTable } from "../domain/work-table.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { LinkOutcome } from "./link-outcome.ts";
import type { Applications, WorkTables } from "./ports.ts";
import { tablesById } from "./submit-application.ts";

export interface ConfirmDeps {
  signer: () => Promise<TokenSigner>;
  workTables: Pick<WorkTables, "list">;
  applications: Pick<Applications, "getSubmission" | "get" | "confirm">;
}

export type ConfirmOutcome = LinkOutcome<{
  status: "confirmed" | "already_confirmed";
  applications: Application[];
  tables: Map<string, WorkTable>;
}>;

/**
 * The double opt-in, through the link in the confirmation mail. Every application of the submission is submitted
 * to its table's contact (or the deputy while one is set), and the mails to them and to the applicant are queued,
 * in one transaction. Confirming again changes nothing and answers the same.
 */
export async function confirmSubmission(deps: ConfirmDeps, token: string, now: Date): Promise<ConfirmOutcome> {
  const check = (await deps.signer()).verify(token, "confirm", now);
  if (!check.ok) return { kind: check.reason };
  const tables = await tablesById(deps.workTables);
  for (;;) {
    const submission = await deps.applications.getSubmission(check.subject);
    if (!submission) return { kind: "not_found" };
    const applications = (await Promise.all(submission.applicationIds.map((id) => deps.applications.get(id)))).filter(
      (a): a is Application => a !== undefined,
    );
    if (applications.length === 0) return { kind: "not_found" };
    if (submission.confirmedAt) return { kind: "ok", status: "already_confirmed", applications, tables };

    const confirmed: Application[] = [];
    const mails: NewMail[] = [];
    const routes: { table: TableRef; contactName: string }[] = [];
    for (const application of applications) {
      const table = tables.get(application.workTableId);
      if (application.status !== "pending_confirmation" || !table) continue;
      const routedTo = routeOf(table);
      confirmed.push(confirmedApplication(application, routedTo, now));
      mails.push(newApplicationMail(application, tableRef(table), routedTo));
      routes.push({ table: tableRef(table), contactName: routedTo.name });
    }
    const applicant = applications[0]?.applicant;
    if (applicant && routes.length > 0) mails.push(forwardedMail(submission.id, applicant, routes));
    if (await deps.applications.confirm(submission.id, confirmed, mails, now)) {
      const byId = new Map(confirmed.map((a) => [a.id, a]));
      return { kind: "ok", status: "confirmed", applications: applications.map((a) => byId.get(a.id) ?? a), tables };
    }
    // Someone confirmed at the same moment: read again and report the state that won.
  }
}
