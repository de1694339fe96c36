import { Hono } from "hono/tiny";
import * as z from "zod/mini";
import { APPLICATION_STATUSES } from "../../domain/application.ts";
import { once } from "../../domain/once.ts";
import { isWorkTableId } from "../../domain/work-table.ts";
import type { ApplicationRepository } from "../../store/application-repository.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../json-body.ts";
import { problem } from "../problem.ts";

const listQuery = once(() =>
  z.strictObject({
    status: z.optional(z.enum(APPLICATION_STATUSES)),
    workTableId: z.optional(z.string().check(z.refine(isWorkTableId, { message: "is not a work table id" }))),
    limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 25),
    cursor: z.optional(z.string().check(z.maxLength(2048))),
  }),
);

/** Coordinators see every application, newest first, filtered by status and work table, page by page. */
export function adminApplicationRoutes(applications: ApplicationRepository) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const query = validate(c, listQuery(), c.req.query());
      if (!query.ok) return query.response;
      return c.json(await applications.list(query.value));
    })
    .get("/:id", async (c) => {
      const application = await applications.get(c.req.param("id"));
      return application ? c.json(application) : problem(c, 404, "Not Found", "There is no application with this id.");
    });
}
