import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { DomainError } from "../../../domain/errors.ts";
import { isWorkTableId, type WorkTable } from "../../../domain/work-table.ts";
import { WORK_TABLE_READ_ONLY, workTableInputSchema } from "../../../domain/work-table-input.ts";
import { type SaveWorkTableDeps, saveWorkTable } from "../../../use-cases/save-work-table.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem } from "../../problem.ts";

/** A work table's version for HTTP: its last change. `W/` because the JSON is not byte-for-byte stable. */
const etagOf = (table: Pick<WorkTable, "updatedAt">) => `W/"${table.updatedAt}"`;
const versionOf = (ifMatch: string | undefined) =>
  /^W\/"(.+)"$/.exec(ifMatch?.trim() ?? "")?.[1] ?? ifMatch?.replace(/"/g, "");

function notFound(c: Context) {
  return problem(c, 404, "Not Found", "There is no work table with this id.");
}

/**
 * Coordinators keep the work tables; unlike the public routes these show contact and deputy email addresses (and
 * archived tables). A GET carries the table's ETag; a PUT with If-Match is refused with 412 when the table changed
 * since (no silent overwrite of someone else's edit).
 */
export function adminWorkTableRoutes(deps: SaveWorkTableDeps, now: () => Date) {
  const { workTables } = deps;
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ items: await workTables.list({ includeArchived: true }) }))
    .get("/:id", async (c) => {
      const table = await workTables.get(c.req.param("id"));
      if (!table) return notFound(c);
      c.header("ETag", etagOf(table));
      return c.json(table);
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
      const body = await readJsonBody(c, workTableInputSchema(), { ignore: WORK_TABLE_READ_ONLY });
      if (!body.ok) return body.response;
      const expected = versionOf(c.req.header("if-match"));
      try {
        const { table, created } = await saveWorkTable(deps, id, body.value, now(), {
          ...(expected ? { expectedVersion: expected } : {}),
          actor: c.var.principal.email,
        });
        if (created) c.header("Location", `/api/admin/work-tables/${id}`);
        c.header("ETag", etagOf(table));
        return c.json(table, created ? 201 : 200);
      } catch (error) {
        if (error instanceof DomainError && error.code === "stale") {
          return problem(c, 412, "Precondition Failed", "The work table was changed since you read it; read it again.");
        }
        if (error instanceof DomainError && error.code === "numeral_taken") {
          return problem(c, 409, "Conflict", error.message, { errors: [{ path: "numeral", message: error.message }] });
        }
        if (error instanceof DomainError) return problem(c, 409, "Conflict", error.message);
        throw error;
      }
    })
    .post("/:id/archive", async (c) => archive(c, true))
    .post("/:id/restore", async (c) => archive(c, false));

  async function archive(c: Context<AppEnv>, archived: boolean) {
    try {
      const table = await workTables.setArchived(c.req.param("id") ?? "", archived, c.var.principal.email, now());
      return table ? c.json(table) : notFound(c);
    } catch (error) {
      if (error instanceof DomainError) return problem(c, 409, "Conflict", error.message);
      throw error;
    }
  }
}
