import { type AppDependencies, type BaseApp, baseApp } from "./base.ts";
import { allowOrigins } from "./cors.ts";
import { problem } from "./problem.ts";
import { adminApplicationRoutes } from "./routes/admin-applications.ts";
import { adminConferenceRoutes } from "./routes/admin-conferences.ts";
import { adminMailRoutes } from "./routes/admin-mails.ts";
import { adminPartnerRoutes } from "./routes/admin-partners.ts";
import { adminWorkTableRoutes } from "./routes/admin-work-tables.ts";

/** The coordinators' API under /api/admin: every request must come from a coordinator (401/403 otherwise). */
export function mountAdmin(app: BaseApp, deps: AppDependencies) {
  const now = deps.now ?? (() => new Date());
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
  app.route("/api/admin/applications", adminApplicationRoutes(deps, now));
  app.route("/api/admin/partners", adminPartnerRoutes(deps, now));
  app.route("/api/admin/conferences", adminConferenceRoutes(deps, deps.coordinatorAddresses ?? [], now));
  app.route("/api/admin/mails", adminMailRoutes(deps, now));
  app.get("/api/admin/suppressions", async (c) => c.json({ items: await deps.suppressions.list() }));
  return app;
}

/** The `admin` Lambda function's app, behind API Gateway's JWT authorizer on AWS. */
export function createAdminApp(deps: AppDependencies) {
  const app = baseApp(deps);
  allowOrigins(app, deps);
  mountAdmin(app, deps);
  app.notFound((c) => problem(c, 404, "Not Found", "There is no such resource."));
  return app;
}
