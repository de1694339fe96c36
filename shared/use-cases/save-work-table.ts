import { routeOf } from "../domain/application-lifecycle.ts";
import type { WorkTableInput } from "../domain/work-table-input.ts";
import { type RerouteDeps, rerouteApplication } from "./decide-application.ts";
import type { Applications, PagePosition, SavedWorkTable, WorkTables } from "./ports.ts";

export interface SaveWorkTableDeps extends RerouteDeps {
  workTables: Pick<WorkTables, "get" | "put">;
  applications: Pick<Applications, "get" | "reroute" | "list">;
}

/**
 * A coordinator creates or changes a work table (the console and `PUT /api/admin/work-tables/:id`). When the person
 * who receives its applications changes (a new contact, a deputy set or removed), every application still waiting
 * for a decision goes to the new person, with a mail and a decision link of their own; the old person's links then
 * decide nothing. Applications a coordinator routed to someone else by hand stay where they are.
 */
export async function saveWorkTable(
  deps: SaveWorkTableDeps,
  id: string,
  input: WorkTableInput,
  now: Date,
  options: { expectedVersion?: string; actor: string },
): Promise<SavedWorkTable & { rerouted: number }> {
  const result = await deps.workTables.put(id, input, now, options);
  const before = result.previous ? routeOf(result.previous).email.toLowerCase() : undefined;
  const route = routeOf(result.table);
  if (before === undefined || before === route.email.toLowerCase()) return { ...result, rerouted: 0 };
  let rerouted = 0;
  let startKey: PagePosition | undefined;
  do {
    const page = await deps.applications.list({ status: "submitted", workTableId: id, limit: 100, startKey });
    for (const application of page.items) {
      if (application.routedTo?.role === "other" || application.routedTo?.email.toLowerCase() !== before) continue;
      const outcome = await rerouteApplication(deps, application.id, route, options.actor, now);
      if (outcome.kind === "ok") rerouted++;
    }
    startKey = page.nextKey;
  } while (startKey);
  return { ...result, rerouted };
}
