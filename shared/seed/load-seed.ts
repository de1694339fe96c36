import type { WorkTable } from "../domain/work-table.ts";
import type { WorkTableInput } from "../domain/work-table-input.ts";
import type { WorkTableRepository } from "../store/work-table-repository.ts";
import { seedWorkTables } from "./work-tables.ts";

/**
 * Adds the seed work tables that are missing (the default network profile's, or the given profile's `workTables`); existing ones (and
 * coordinators' edits) stay untouched.
 */
export async function loadSeed(
  repository: WorkTableRepository,
  now = new Date(),
  tables: readonly { id: string; input: WorkTableInput }[] = seedWorkTables,
): Promise<{ added: number }> {
  let added = 0;
  for (const { id, input } of tables) {
    const { deputy: _deputy, ...rest } = input;
    const table: WorkTable = { id, ...rest, createdAt: now.toISOString(), updatedAt: now.toISOString() };
    if (await repository.addIfAbsent(table)) added++;
  }
  return { added };
}
