import { Hono } from "hono/tiny";
import * as z from "zod/mini";
import { APPLICATION_STATUSES } from "../../domain/application.ts";
import { isUuid } from "../../domain/ids.ts";
import { once } from "../../domain/once.ts";
import { isWorkTableId } from "../../domain/work-table.ts";
import type { TokenSigner } from "../../security/tokens.ts";
import type { ApplicationRepository } from "../../store/application-repository.ts";
import type { AppEnv } from "../app-env.ts";
import { decodeCursor, encodeCursor } from "../cursor.ts";
import { validate } from "../json-body.ts";
import { problem, validationProblem } from "../problem.ts";

const listQuery = once(() =>
  z.strictObject({
    status: z.optional(z.enum(APPLICATION_STATUSES)),
    workTableId: z.optional(z.string().check(z.refine(isWorkTableId, { message: "is not a work table id" }))),
    limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 25),
    cursor: z.optional(z.string().check(z.maxLength(2048))),
  }),
);

/** Coordinators see every application, newest first, filtered by status and work table, page by page. */
export function adminApplicationRoutes(
  deps: { applications: ApplicationRepository; signer: () => Promise<TokenSigner> },
  now: () => Date,
) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const query = validate(c, listQuery(), c.req.query(), "query");
      if (!query.ok) return query.response;
      const { cursor, ...filter } = query.value;
      const start = await decodeCursor(deps.signer, "applications", cursor, now());
      if (!start.ok) return validationProblem(c, [{ path: "cursor", message: start.message }], "query");
      const page = await deps.applications.list({ ...filter, ...(start.key ? { startKey: start.key } : {}) });
      const nextCursor = await encodeCursor(deps.signer, "applications", page.nextKey, now());
      return c.json({ items: page.items, ...(nextCursor ? { nextCursor } : {}) });
    })
    .get("/:id", async (c) => {
      const id = c.req.param("id");
      const application = isUuid(id) ? await deps.applications.get(id) : undefined;
      return application ? c.json(application) : problem(c, 404, "Not Found", "There is no application with this id.");
    });
}
