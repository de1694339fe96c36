import type { RoutedTo } from "../domain/application.ts";
import { type RerouteOutcome, rerouteApplication } from "./decide-application.ts";

/** To whom a coordinator hands a waiting application: the table's contact or deputy, or a person they name. */
export type ForwardTarget = { to: "contact" } | { to: "deputy" } | { to: "other"; name: string; email: string };

export type ForwardOutcome =
  | RerouteOutcome
  /** The table names no such person (no deputy, or the table is gone): nothing changed. */
  | { kind: "no_recipient" };

/**
 * A coordinator forwards an application that waits for a decision (the console's "Weiterleiten", the API's
 * `forward`): to the table's deputy or contact as the table names them now, or to someone else. The new recipient
 * gets the application's mail with a decision link of their own (see `rerouteApplication`).
 */
export async function forwardApplication(
  deps: Parameters<typeof rerouteApplication>[0],
  applicationId: string,
  target: ForwardTarget,
  coordinator: string,
  now: Date,
): Promise<ForwardOutcome> {
  const application = await deps.applications.get(applicationId);
  if (!application) return { kind: "not_found" };
  let to: RoutedTo | undefined;
  if (target.to === "other") to = { name: target.name, email: target.email, role: "other" };
  else {
    const table = await deps.workTables.get(application.workTableId);
    if (target.to === "deputy" && table?.deputy) to = { ...table.deputy, role: "deputy" };
    if (target.to === "contact" && table) to = { ...table.contact, role: "contact" };
  }
  if (!to) return { kind: "no_recipient" };
  return rerouteApplication(deps, applicationId, to, coordinator, now);
}
