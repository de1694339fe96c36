import { Hono } from "hono/tiny";
import { isUuid } from "../../../domain/ids.ts";
import type { TokenSigner } from "../../../security/tokens.ts";
import type { ApplicationRepository } from "../../../store/application-repository.ts";
import type { AppEnv } from "../../app-env.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import { validate } from "../../json-body.ts";
import { problem, validationProblem } from "../../problem.ts";
import { applicationListQuery } from "./request-schemas.ts";

/** Coordinators see every application, newest first, filtered by status and work table, page by page. */
export function adminApplicationRoutes(
  deps: { applications: ApplicationRepository; signer: () => Promise<TokenSigner> },
  now: () => Date,
) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const query = await validate(c, applicationListQuery(), c.req.query(), "query");
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
