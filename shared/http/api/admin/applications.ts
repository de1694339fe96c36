import { Hono } from "hono/tiny";
import { isUuid } from "../../../domain/ids.ts";
import type { TokenSigner } from "../../../security/tokens.ts";
import type { ApplicationRepository } from "../../../store/application-repository.ts";
import type { AppEnv } from "../../app-env.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import { validate } from "../../json-body.ts";
import { problem, validationProblem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import { applicationListQuery } from "./request-schemas.ts";

/** Coordinators see every application, newest first, filtered by status and work table, page by page. */
export function adminApplicationRoutes(
  deps: { applications: ApplicationRepository; signer: () => Promise<TokenSigner> },
  now: () => Date,
) {
  return new Hono<AppEnv>()
    .get(
      "/",
      describeRoute((d) => ({
        operationId: "adminListApplications",
        tag: "applications",
        coordinators: true,
        summary: { en: "Applications, newest first", de: "Anträge, neueste zuerst" },
        parameters: d.query(applicationListQuery(), {
          cursor: {
            en: "`nextCursor` of the page before; a cursor of another list is 422.",
            de: "`nextCursor` der Seite davor; ein Cursor einer anderen Liste ergibt 422.",
          },
        }),
        responses: { 200: d.json("ApplicationPage", { en: "One page.", de: "Eine Seite." }) },
        problems: [422],
      })),
      async (c) => {
        const query = await validate(c, applicationListQuery(), c.req.query(), "query");
        if (!query.ok) return query.response;
        const { cursor, ...filter } = query.value;
        const start = await decodeCursor(deps.signer, "applications", cursor, now());
        if (!start.ok) return validationProblem(c, [{ path: "cursor", message: start.message }], "query");
        const page = await deps.applications.list({ ...filter, ...(start.key ? { startKey: start.key } : {}) });
        const nextCursor = await encodeCursor(deps.signer, "applications", page.nextKey, now());
        return c.json({ items: page.items, ...(nextCursor ? { nextCursor } : {}) });
      },
    )
    .get(
      "/:id",
      describeRoute((d) => ({
        operationId: "adminGetApplication",
        tag: "applications",
        coordinators: true,
        summary: { en: "One application, everything stored", de: "Ein Antrag, alles Gespeicherte" },
        parameters: [d.params.applicationId],
        responses: { 200: d.json("Application", { en: "The application.", de: "Der Antrag." }) },
        problems: [404],
      })),
      async (c) => {
        const id = c.req.param("id");
        const application = isUuid(id) ? await deps.applications.get(id) : undefined;
        return application
          ? c.json(application)
          : problem(c, 404, "Not Found", "There is no application with this id.");
      },
    );
}
