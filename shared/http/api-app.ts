import { Hono } from "hono/tiny";
import type { SubmitDeps } from "../use-cases/submit-application.ts";
import { describeRoute } from "./api/describe.ts";
import type { HealthBody } from "./api/openapi/response-schemas.ts";
import { workTableRoutes } from "./api/routes/work-tables.ts";
import type { AppEnv } from "./app-env.ts";
import { type AppDependencies, type BaseApp, baseApp } from "./base.ts";
import { allowOrigins } from "./cors.ts";
import { mountLazy } from "./lazy-routes.ts";
import { problem } from "./problem.ts";

/** What the public api function needs, and nothing more: its bundle is what most cold starts load. */
export type ApiDependencies = SubmitDeps &
  Pick<AppDependencies, "workTables" | "clientAddress" | "logger" | "ready" | "allowedOrigins" | "now">;

/**
 * The public JSON API: the work tables and applying. On AWS the coordinators' /api/admin routes (admin-app.ts)
 * and the endpoints behind links in mails (`mountLinkApi`, with the pages in the web function) are functions of
 * their own, so this cold start, the one most users wait for, carries none of their code.
 */
export function mountApi(app: BaseApp, deps: ApiDependencies) {
  const now = deps.now ?? (() => new Date());
  allowOrigins(app, deps);
  app.get(
    "/api/health",
    describeRoute((d) => ({
      operationId: "getHealth",
      tag: "public",
      summary: { en: "Readiness", de: "Betriebsbereitschaft" },
      description: {
        en: "200 once DynamoDB answers. SES is not part of it: mail goes through the outbox.",
        de: "200, sobald DynamoDB antwortet. SES gehört nicht dazu: E-Mails gehen über den Postausgang.",
      },
      responses: { 200: d.json("Health", { en: "Ready.", de: "Bereit." }) },
      problems: [503],
    })),
    async (c) => {
      const ready = deps.ready ? await deps.ready().catch(() => false) : true;
      return ready
        ? c.json({ status: "ok" } satisfies HealthBody)
        : problem(c, 503, "Service Unavailable", "A backing service is not ready.");
    },
  );
  app.route("/api/work-tables", workTableRoutes(deps.workTables));
  // Applying validates with zod and writes a transaction: its code is loaded by the first application, so a
  // cold start that only lists the work tables never compiles it.
  mountLazy(app, ["/api/applications"], async () => {
    const { applicationRoutes } = await import("./api/routes/applications.ts");
    return new Hono<AppEnv>().route("/api", applicationRoutes(deps, deps.clientAddress, now));
  });
  return app;
}

/**
 * The JSON endpoints behind the links in mails: confirmation, decision, RSVP and the one-click unsubscribe that
 * mail clients POST (RFC 8058). On AWS they are served by the web function, which has the same token flows.
 */
export function mountLinkApi(app: BaseApp, deps: AppDependencies) {
  const now = deps.now ?? (() => new Date());
  mountLazy(app, ["/api/confirmations", "/api/decisions", "/api/unsubscribe", "/api/rsvp"], async () => {
    const [{ applicationLinkRoutes }, { unsubscribeRoutes }, { rsvpRoutes }] = await Promise.all([
      import("./api/routes/applications.ts"),
      import("./api/routes/unsubscribe.ts"),
      import("./api/routes/rsvp.ts"),
    ]);
    return new Hono<AppEnv>()
      .route("/api", applicationLinkRoutes(deps, now))
      .route("/api", unsubscribeRoutes(deps, now))
      .route("/api", rsvpRoutes(deps, now));
  });
  return app;
}

/** The `api` Lambda function's app: the public JSON API alone, every unknown path a problem 404. */
export function createApiApp(deps: ApiDependencies) {
  const app = mountApi(baseApp(deps), deps);
  app.notFound((c) => problem(c, 404, "Not Found", "There is no such resource."));
  return app;
}
