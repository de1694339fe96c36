import { Hono } from "hono/tiny";
import { toPublicWorkTable } from "../../../i18n/labels.ts";
import type { WorkTableRepository } from "../../../store/work-table-repository.ts";
import type { AppEnv } from "../../app-env.ts";
import { problem } from "../../problem.ts";

/** Public read access: anyone may list the work tables; contact email addresses never leave this API. */
export function workTableRoutes(workTables: WorkTableRepository) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const items = (await workTables.list()).map((t) => toPublicWorkTable(t, c.var.locale));
      return c.json({ items });
    })
    .get("/:id", async (c) => {
      const table = await workTables.get(c.req.param("id"));
      if (!table || table.archivedAt) return problem(c, 404, "Not Found", "There is no work table with this id.");
      return c.json(toPublicWorkTable(table, c.var.locale));
    });
}
