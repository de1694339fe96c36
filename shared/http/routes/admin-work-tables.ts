import { Hono } from "hono/tiny";
import { DomainError } from "../../domain/errors.ts";
import { isWorkTableId } from "../../domain/work-table.ts";
import { workTableInputSchema } from "../../domain/work-table-input.ts";
import type { WorkTableRepository } from "../../store/work-table-repository.ts";
import type { AppEnv } from "../app-env.ts";
import { readJsonBody } from "../json-body.ts";
import { problem } from "../problem.ts";

/** Coordinators keep the work tables; unlike the public routes these show contact and deputy email addresses. */
export function adminWorkTableRoutes(workTables: WorkTableRepository, now: () => Date) {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ items: await workTables.list() }))
    .get("/:id", async (c) => {
      const table = await workTables.get(c.req.param("id"));
      return table ? c.json(table) : problem(c, 404, "Not Found", "There is no work table with this id.");
    })
    .put("/:id", async (c) => {
      const id = c.req.param("id");
      if (!isWorkTableId(id)) {
        return problem(c, 422, "Unprocessable Content", "The id in the path is not valid.", {
          errors: [
            { path: "id", message: "use 1–64 lowercase letters, digits and hyphens, e.g. kita-uebergang-schule" },
          ],
        });
      }
      const body = await readJsonBody(c, workTableInputSchema());
      if (!body.ok) return body.response;
      try {
        const { table, created } = await workTables.put(id, body.value, now());
        if (created) c.header("Location", `/api/admin/work-tables/${id}`);
        return c.json(table, created ? 201 : 200);
      } catch (error) {
        if (error instanceof DomainError && error.code === "numeral_taken") {
          return problem(c, 409, "Conflict", error.message, { errors: [{ path: "numeral", message: error.message }] });
        }
        if (error instanceof DomainError) return problem(c, 409, "Conflict", error.message);
        throw error;
      }
    });
}
