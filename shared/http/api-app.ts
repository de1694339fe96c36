import { cors } from "hono/cors";
import { type AppDependencies, type BaseApp, baseApp } from "./base.ts";
import { problem } from "./problem.ts";
import { adminApplicationRoutes } from "./routes/admin-applications.ts";
import { adminConferenceRoutes } from "./routes/admin-conferences.ts";
import { adminPartnerRoutes } from "./routes/admin-partners.ts";
import { adminWorkTableRoutes } from "./routes/admin-work-tables.ts";
import { applicationRoutes } from "./routes/applications.ts";
import { rsvpRoutes } from "./routes/rsvp.ts";
import { unsubscribeRoutes } from "./routes/unsubscribe.ts";
import { workTableRoutes } from "./routes/work-tables.ts";

/** The JSON API under /api: public reads, applications, confirmations, decisions, and the coordinators' routes. */
export function mountApi(app: BaseApp, deps: AppDependencies) {
  const now = deps.now ?? (() => new Date());
  if (deps.allowedOrigins?.length) {
    app.use(
      "/api/*",
      cors({
        origin: deps.allowedOrigins,
        allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
        allowHeaders: ["Authorization", "Content-Type"],
        maxAge: 600,
      }),
    );
  }

  app.get("/api/health", async (c) => {
    const ready = deps.ready ? await deps.ready().catch(() => false) : true;
    return ready ? c.json({ status: "ok" }) : problem(c, 503, "Service Unavailable", "A backing service is not ready.");
  });

  app.route("/api/work-tables", workTableRoutes(deps.workTables));
  app.route("/api", applicationRoutes(deps, deps.clientAddress, now));
  app.route("/api", unsubscribeRoutes(deps, now));
  app.route("/api", rsvpRoutes(deps, now));

  app.use("/api/admin/*", async (c, next) => {
    const result = deps.auth(c);
    if (!result.ok && result.status === 401) {
      return problem(
        c,
        401,
        "Unauthorized",
        "A valid coordinator token is required.",
        {},
        { "WWW-Authenticate": "Bearer" },
      );
    }
    if (!result.ok) return problem(c, 403, "Forbidden", "Only coordinators may do this.");
    await next();
  });
  app.route("/api/admin/work-tables", adminWorkTableRoutes(deps.workTables, now));
  app.route("/api/admin/applications", adminApplicationRoutes(deps.applications));
  app.route("/api/admin/partners", adminPartnerRoutes(deps, now));
  app.route("/api/admin/conferences", adminConferenceRoutes(deps.conferences, deps.coordinatorAddresses ?? [], now));
  app.get("/api/admin/suppressions", async (c) => c.json({ items: await deps.suppressions.list() }));
  return app;
}

/** The `api` Lambda function's app: the JSON API alone, every unknown path a problem 404. */
export function createApiApp(deps: AppDependencies) {
  const app = mountApi(baseApp(deps), deps);
  app.notFound((c) => problem(c, 404, "Not Found", "There is no such resource."));
  return app;
}
