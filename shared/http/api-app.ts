import { type AppDependencies, type BaseApp, baseApp } from "./base.ts";
import { allowOrigins } from "./cors.ts";
import { problem } from "./problem.ts";
import { applicationRoutes } from "./routes/applications.ts";
import { rsvpRoutes } from "./routes/rsvp.ts";
import { unsubscribeRoutes } from "./routes/unsubscribe.ts";
import { workTableRoutes } from "./routes/work-tables.ts";

/**
 * The public JSON API under /api: work tables, applications, confirmations, decisions, RSVPs, unsubscribing.
 * The coordinators' /api/admin routes are a function of their own on AWS (admin-app.ts), so this cold start,
 * the one applicants and contacts wait for, carries none of their code.
 */
export function mountApi(app: BaseApp, deps: AppDependencies) {
  const now = deps.now ?? (() => new Date());
  allowOrigins(app, deps);
  app.get("/api/health", async (c) => {
    const ready = deps.ready ? await deps.ready().catch(() => false) : true;
    return ready ? c.json({ status: "ok" }) : problem(c, 503, "Service Unavailable", "A backing service is not ready.");
  });
  app.route("/api/work-tables", workTableRoutes(deps.workTables));
  app.route("/api", applicationRoutes(deps, deps.clientAddress, now));
  app.route("/api", unsubscribeRoutes(deps, now));
  app.route("/api", rsvpRoutes(deps, now));
  return app;
}

/** The `api` Lambda function's app: the public JSON API alone, every unknown path a problem 404. */
export function createApiApp(deps: AppDependencies) {
  const app = mountApi(baseApp(deps), deps);
  app.notFound((c) => problem(c, 404, "Not Found", "There is no such resource."));
  return app;
}
