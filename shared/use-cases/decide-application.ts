import type { Application, DecidedBy, Decision, RoutedTo } from "../domain/application.ts";
import { decidedApplication, reroutedApplication } from "../domain/application-lifecycle.ts";
import { decidedMail, newApplicationMail, tableRefOf } from "../domain/application-mail-data.ts";
import { readDecisionLinkSubject } from "../domain/link-paths.ts";
import type { WorkTable } from "../domain/work-table.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { LinkOutcome } from "./link-outcome.ts";
import type { Applications, DecisionWrite, WorkTables } from "./ports.ts";

/** What routing an application to someone else needs. */
export interface RerouteDeps {
  workTables: Pick<WorkTables, "get">;
  applications: Pick<Applications, "get" | "reroute">;
}

export interface DecideDeps extends RerouteDeps {
  signer: () => Promise<TokenSigner>;
  applications: Pick<Applications, "get" | "decide" | "reroute">;
}

/** A decision link whose application went to someone else: it decides nothing, and its page names nobody. */
export type HandedOn = { kind: "handed_on" };

/** The application a contact's decision link names, once the applicant has confirmed it, while it is theirs. */
export async function loadForDecision(
  deps: DecideDeps,
  token: string,
  now: Date,
): Promise<LinkOutcome<{ application: Application; table: WorkTable | undefined }> | HandedOn> {
  const signer = await deps.signer();
  const check = signer.verify(token, "decide", now);
  if (!check.ok) return { kind: check.reason };
  const link = readDecisionLinkSubject(check.subject);
  if (!link) return { kind: "invalid" };
  const application = await deps.applications.get(link.applicationId);
  if (!application || application.status === "pending_confirmation") return { kind: "not_found" };
  if (!application.routedTo || !link.sentTo(signer.personHash, application.routedTo.email))
    return { kind: "handed_on" };
  return { kind: "ok", application, table: await deps.workTables.get(application.workTableId) };
}

export type DecisionOutcome =
  | LinkOutcome<{ application: Application; table: WorkTable | undefined; changed: boolean }>
  | HandedOn
  | { kind: "conflict"; application: Application; table: WorkTable | undefined };

/** Through the link in their mail: the person the application was routed to decides. */
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
    // The link's own recipient decides: loadForDecision refused a link whose application went to someone else.
    const routed = loaded.application.routedTo as RoutedTo;
    const by: DecidedBy = { role: routed.role, name: routed.name, email: routed.email };
    const outcome = await decide(deps, loaded.application, loaded.table, decision, note, by, now, routed.email);
    if (outcome) return outcome;
  }
}

/** In the console: a coordinator decides on the contact's behalf; recorded as such. */
export async function decideOnBehalf(
  deps: DecideDeps,
  applicationId: string,
  decision: Decision,
  note: string | undefined,
  coordinator: string,
  now: Date,
): Promise<DecisionOutcome> {
  for (;;) {
    const application = await deps.applications.get(applicationId);
    if (!application || application.status === "pending_confirmation") return { kind: "not_found" };
    const table = await deps.workTables.get(application.workTableId);
    const outcome = await decide(
      deps,
      application,
      table,
      decision,
      note,
      { role: "coordinator", email: coordinator },
      now,
    );
    if (outcome) return outcome;
  }
}

/**
 * In the console: a contact person (or deputy) of the application's table decides, as they would through the
 * link in their mail (the same rules, note and mails). The caller has checked that they are a contact of
 * `workTableId`; an application of another table is not found.
 */
export async function decideAsContact(
  deps: DecideDeps,
  applicationId: string,
  workTableId: string,
  decision: Decision,
  note: string | undefined,
  contact: { email: string; name: string; role: "contact" | "deputy" },
  now: Date,
): Promise<DecisionOutcome> {
  for (;;) {
    const application = await deps.applications.get(applicationId);
    if (!application || application.workTableId !== workTableId || application.status === "pending_confirmation") {
      return { kind: "not_found" };
    }
    const table = await deps.workTables.get(workTableId);
    const outcome = await decide(deps, application, table, decision, note, contact, now);
    if (outcome) return outcome;
  }
}

/**
 * The decision: the application, the applicant's mail about it, the audit entry and, on acceptance, the partner
 * record (one per address, with the work tables joined; merged, never erased), in one transaction. The same
 * decision again changes nothing; a different one is a conflict. Undefined: decided by someone else at the same
 * moment, so read again.
 */
async function decide(
  deps: DecideDeps,
  application: Application,
  table: WorkTable | undefined,
  decision: Decision,
  note: string | undefined,
  by: DecidedBy,
  now: Date,
  /** Through a link: the decision stands only while the application is still routed to this address. */
  routedToEmail?: string,
): Promise<DecisionOutcome | undefined> {
  if (application.decision) {
    return application.decision.outcome === decision
      ? { kind: "ok", application, table, changed: false }
      : { kind: "conflict", application, table };
  }
  if (application.status !== "submitted") return { kind: "not_found" };
  const decided = decidedApplication(application, decision, note, by, now);
  const mail = decidedMail(application, tableRefOf(table, application.workTableId), decision, note);
  const write: DecisionWrite = {
    decided,
    mail,
    audit: {
      at: now.toISOString(),
      actor: by.email || "contact",
      action: by.role === "coordinator" ? "application.decide_on_behalf" : "application.decide",
      subject: { type: "application", id: application.id },
      before: { status: application.status },
      after: { status: decided.status },
      ...(note ? { note } : {}),
    },
    ...(decision === "accept"
      ? { partner: { applicant: application.applicant, workTableId: application.workTableId } }
      : {}),
    ...(routedToEmail ? { routedToEmail } : {}),
  };
  if (await deps.applications.decide(write, now)) return { kind: "ok", application: decided, table, changed: true };
  return undefined;
}

export type RerouteOutcome =
  | { kind: "ok"; application: Application }
  | { kind: "not_found" }
  | { kind: "not_waiting"; application: Application };

/**
 * A coordinator routes an application that waits for a decision to someone else (the deputy, the contact, or a
 * person they name): the new recipient gets the application's mail with a decision link of their own, and the
 * change is recorded on the application and in the audit log, in one transaction.
 */
export async function rerouteApplication(
  deps: RerouteDeps,
  applicationId: string,
  to: RoutedTo,
  coordinator: string,
  now: Date,
): Promise<RerouteOutcome> {
  const application = await deps.applications.get(applicationId);
  if (!application) return { kind: "not_found" };
  if (application.status !== "submitted") return { kind: "not_waiting", application };
  const table = await deps.workTables.get(application.workTableId);
  const rerouted = reroutedApplication(application, to, coordinator, now);
  const mail = newApplicationMail(rerouted, tableRefOf(table, application.workTableId), to);
  const audit = {
    at: now.toISOString(),
    actor: coordinator,
    action: "application.reroute",
    subject: { type: "application", id: application.id },
    before: { routedTo: application.routedTo?.email },
    after: { routedTo: to.email, role: to.role },
  };
  const ok = await deps.applications.reroute({ before: application, after: rerouted, mail, audit }, now);
  if (!ok) {
    const again = await deps.applications.get(applicationId);
    return again ? { kind: "not_waiting", application: again } : { kind: "not_found" };
  }
  return { kind: "ok", application: rerouted };
}
