import type { Decision } from "../domain/application.ts";
import type { WorkTable } from "../domain/work-table.ts";
import { type DecisionOutcome, decideAsContact, decideOnBehalf } from "./decide-application.ts";

/**
 * On a table's page in the console: its contact (or deputy) decides as themselves, as through the link in their
 * mail; anyone else let in there (a coordinator) decides on the contact's behalf, recorded as such. An application
 * of another table is not found.
 */
export async function decideAtTable(
  deps: Parameters<typeof decideAsContact>[0] & Parameters<typeof decideOnBehalf>[0],
  table: Pick<WorkTable, "id" | "contact" | "deputy">,
  applicationId: string,
  decision: Decision,
  note: string | undefined,
  person: string,
  now: Date,
): Promise<DecisionOutcome> {
  const email = person.toLowerCase();
  if (table.contact.email.toLowerCase() === email) {
    return decideAsContact(deps, applicationId, table.id, decision, note, { ...table.contact, role: "contact" }, now);
  }
  if (table.deputy?.email.toLowerCase() === email) {
    return decideAsContact(deps, applicationId, table.id, decision, note, { ...table.deputy, role: "deputy" }, now);
  }
  const application = await deps.applications.get(applicationId);
  if (application?.workTableId !== table.id) return { kind: "not_found" };
  return decideOnBehalf(deps, applicationId, decision, note, person, now);
}
