import type { Context } from "hono";
import type { WorkTable } from "../../../domain/work-table.ts";
import { problem } from "../../problem.ts";

/**
 * The work table a table's route names (`/api/admin/work-tables/:tableId/…`), as the console's table pages find
 * it: an archived table has no members' or meetings' pages there, nor here.
 */
export async function tableOfPath(
  c: Context,
  workTables: { get(id: string): Promise<WorkTable | undefined> },
): Promise<WorkTable | undefined> {
  const table = await workTables.get(c.req.param("tableId") ?? "");
  return table && !table.archivedAt ? table : undefined;
}

export const tableNotFound = (c: Context) => problem(c, 404, "Not Found", "There is no work table with this id.");
