import type { WorkTable } from "../domain/work-table.ts";
import type { WorkTableInput } from "../domain/work-table-input.ts";
import type { WorkTableRepository } from "../store/work-table-repository.ts";

/** A network's first work tables as its profile names them. */
export type FirstWorkTables = readonly { id: string; input: WorkTableInput }[];

/**
 * Adds the work tables that are missing; existing ones (and coordinators' edits) stay untouched. What `npm start`
 * does with the chosen profile's tables, and what a deployment does (functions/seed-work-tables.ts).
 */
export async function addMissingWorkTables(
  repository: Pick<WorkTableRepository, "addIfAbsent">,
  tables: FirstWorkTables,
  now: Date,
): Promise<{ added: number }> {
  let added = 0;
  for (const { id, input } of tables) {
    const { deputy: _deputy, ...rest } = input;
    const table: WorkTable = { id, ...rest, createdAt: now.toISOString(), updatedAt: now.toISOString() };
    if (await repository.addIfAbsent(table)) added++;
  }
  return { added };
}
