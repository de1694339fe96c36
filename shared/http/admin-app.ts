import { loadConsoleTexts } from "../i18n/console.ts";
import { refreshNetwork } from "../i18n/network.ts";
import { loadPageTexts } from "../i18n/web.ts";
import { authDeps, csrfTokenMatches, isCoordinator, principalOf } from "./auth.ts";
import { type AppDependencies, type BaseApp, baseApp, noStore } from "./base.ts";
import { mountConsole } from "./console/console-app.tsx";
import { allowOrigins } from "./cors.ts";
import { mountLazy } from "./lazy-routes.ts";
import { problem } from "./problem.ts";
import { styleSource } from "./ui/layout.tsx";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The coordinators' API under /api/admin: every request must come from a coordinator (401/403 otherwise), with a
 * personal API token (scripts) or the console's session cookie (then a state-changing request must also carry
 * the session's CSRF token in `X-CSRF-Token`; a foreign site's request is refused). The check runs in the
 * function, locally and on AWS alike.
 */
export function mountAdmin(app: BaseApp, deps: AppDependencies) {
  const now = deps.now ?? (() => new Date());
  const auth = authDeps(deps);
  app.use("/api/admin/*", noStore);
  app.use("/api/admin/*", async (c, next) => {
    const principal = await principalOf(c, auth, now(), { bearer: true });
    if (!principal) {
      return problem(
        c,
        401,
        "Unauthorized",
        "Sign in to the console, or send a personal API token: Authorization: Bearer <token>.",
        {},
        { "WWW-Authenticate": "Bearer" },
      );
    }
    if (!(await isCoordinator(auth, principal))) return problem(c, 403, "Forbidden", "Only coordinators may do this.");
    if (!SAFE_METHODS.has(c.req.method) && !csrfTokenMatches(principal, c.req.header("x-csrf-token"))) {
      return problem(c, 403, "Forbidden", "A request with the session cookie must carry the session's X-CSRF-Token.");
    }
    c.set("principal", principal);
    await next();
  });
  // The routes themselves (api/admin/routes.ts) are loaded by the first request to the API: a console page
  // never compiles them. New admin API routes are mounted there.
  mountLazy(app, ["/api/admin"], async () => (await import("./api/admin/routes.ts")).adminApiRoutes(deps, now));
  return app;
}

/** The `admin` Lambda function's app: the JSON admin API, the sign-in and the console's pages. */
export function createAdminApp(deps: AppDependencies) {
  const app = baseApp(
    deps,
    () => [styleSource()],
    (locale) => Promise.all([refreshNetwork(deps.network), loadPageTexts(locale), loadConsoleTexts(locale)]),
  );
  allowOrigins(app, deps);
  mountAdmin(app, deps);
  mountConsole(app, deps);
  app.notFound((c) => problem(c, 404, "Not Found", "There is no such resource."));
  return app;
}
