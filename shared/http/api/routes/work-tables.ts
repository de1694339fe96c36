import { Hono } from "hono/tiny";
import { toPublicWorkTable } from "../../../i18n/labels.ts";
import type { WorkTableRepository } from "../../../store/work-table-repository.ts";
import type { AppEnv } from "../../app-env.ts";
import { problem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";

/** Public read access: anyone may list the work tables; contact email addresses never leave this API. */
export function workTableRoutes(workTables: WorkTableRepository) {
  return new Hono<AppEnv>()
    .get(
      "/",
      describeRoute((d) => ({
        operationId: "listWorkTables",
        tag: "public",
        summary: { en: "The work tables", de: "Die Arbeitstische" },
        description: {
          en: "Ordered by numeral, archived ones left out; never an email address.",
          de: "Nach Nummer geordnet, ohne archivierte; nie eine E-Mail-Adresse.",
        },
        parameters: [d.params.lang],
        responses: { 200: d.json("PublicWorkTableList", { en: "The work tables.", de: "Die Arbeitstische." }) },
      })),
      async (c) => {
        const items = (await workTables.list()).map((t) => toPublicWorkTable(t, c.var.locale));
        return c.json({ items });
      },
    )
    .get(
      "/:id",
      describeRoute((d) => ({
        operationId: "getWorkTable",
        tag: "public",
        summary: { en: "One work table", de: "Ein Arbeitstisch" },
        parameters: [d.params.workTableId, d.params.lang],
        responses: { 200: d.json("PublicWorkTable", { en: "The work table.", de: "Der Arbeitstisch." }) },
        problems: [404],
      })),
      async (c) => {
        const table = await workTables.get(c.req.param("id"));
        if (!table || table.archivedAt) return problem(c, 404, "Not Found", "There is no work table with this id.");
        return c.json(toPublicWorkTable(table, c.var.locale));
      },
    );
}
