import type { WorkTableRepository } from "../store/work-table-repository.ts";
import { addMissingWorkTables, type FirstWorkTables } from "./add-work-tables.ts";
import { seedWorkTables } from "./work-tables.ts";

/**
 * Adds the seed work tables that are missing (the default network profile's, or the given profile's `workTables`);
 * existing ones (and coordinators' edits) stay untouched. Reads the profile file: for `npm start` and the tests.
 */
export async function loadSeed(
  repository: WorkTableRepository,
  now = new Date(),
  tables: FirstWorkTables = seedWorkTables,
): Promise<{ added: number }> {
  return addMissingWorkTables(repository, tables, now);
}
