import { Hono } from "hono/tiny";
import { CHECK_IN_PATH } from "../../domain/link-paths.ts";
import { consoleTexts } from "../../i18n/console.ts";
import { signOut } from "../../use-cases/sign-in.ts";
import type { AppEnv } from "../app-env.ts";
import { authDeps, clearSessionCookie, sessionCookie } from "../auth.ts";
import { type AppDependencies, type BaseApp, noStore } from "../base.ts";
import { mountLazy, type RouteGroup } from "../lazy-routes.ts";
import { consoleGuard, coordinatorsOnly, tableMembersOnly } from "./guard.tsx";
import { COORDINATOR_PATHS } from "./layout.tsx";
import { consolePage } from "./parts.tsx";
import { overviewRoutes } from "./routes/overview.tsx";
import { SECOND_STEP } from "./second-step-path.ts";
import { signInRoutes } from "./sign-in.tsx";

/**
 * The coordinators' console: server-rendered pages (Hono JSX) under /konsole, German first, working without
 * JavaScript; every page calls the same use cases and repositories as the JSON API.
 */
export function mountConsole(app: BaseApp, deps: AppDependencies) {
  const now = deps.now ?? (() => new Date());
  const auth = authDeps(deps);
  /**
   * A part of the console whose code is loaded by its first request (lazy-routes.ts): a cold start compiles the
   * sign-in, the guard and the overview, and each section's views and libraries (CSV, QR codes, the second
   * factor's) only when someone opens it.
   */
  const lazySection = (prefix: string, load: () => Promise<RouteGroup>) =>
    mountLazy(app, [prefix], async () => new Hono<AppEnv>().route(prefix, await load()));
  for (const path of ["/anmelden", "/anmelden/*", "/konsole", "/konsole/*"]) app.use(path, noStore);
  // Before the sign-in link's routes: their /:token would take "zweiter-faktor" for a token.
  lazySection(SECOND_STEP, async () => (await import("./second-step.tsx")).secondStepRoutes(deps, now));
  app.route("/anmelden", signInRoutes(deps, now));
  app.use("/konsole", consoleGuard(deps, now));
  app.use("/konsole/*", consoleGuard(deps, now));
  app.post("/konsole/abmelden", async (c) => {
    const t = consoleTexts(c.var.locale);
    const sessionId = sessionCookie(c);
    if (sessionId) await signOut(auth, sessionId);
    clearSessionCookie(c);
    return consolePage(c, { title: t.signedOutTitle, path: "/anmelden", signedOut: true }, <p>{t.signedOut}</p>);
  });
  for (const section of COORDINATOR_PATHS) {
    app.use(section, coordinatorsOnly);
    app.use(`${section}/*`, coordinatorsOnly);
  }
  app.use("/konsole/aufgaben", coordinatorsOnly);
  app.use("/konsole/aufgaben/*", coordinatorsOnly);
  app.use("/konsole/tische/:tableId", tableMembersOnly);
  app.use("/konsole/tische/:tableId/*", tableMembersOnly);
  app.route("/konsole", overviewRoutes(deps, now));
  lazySection("/konsole/tische/:tableId", async () => (await import("./routes/table.tsx")).tableRoutes(deps, now));
  lazySection("/konsole/antraege", async () =>
    (await import("./routes/applications.tsx")).applicationRoutes(deps, now),
  );
  lazySection("/konsole/arbeitstische", async () =>
    (await import("./routes/work-tables.tsx")).workTableRoutes(deps, now),
  );
  lazySection("/konsole/partner", async () => (await import("./routes/partners.tsx")).partnerRoutes(deps, now));
  lazySection("/konsole/tagungen", async () => (await import("./routes/conferences.tsx")).conferenceRoutes(deps, now));
  lazySection("/konsole/aufgaben", async () => (await import("./routes/tasks.tsx")).taskRoutes(deps, now));
  lazySection("/konsole/mails", async () => (await import("./routes/mails.tsx")).mailRoutes(deps, now));
  lazySection("/konsole/bericht", async () => (await import("./routes/report.tsx")).reportRoutes(deps, now));
  lazySection("/konsole/protokoll", async () => (await import("./routes/audit.tsx")).auditRoutes(deps));
  lazySection("/konsole/hinweise", async () => (await import("./routes/notices.tsx")).noticeRoutes(deps, now));
  lazySection("/konsole/netzwerk", async () => (await import("./routes/network.tsx")).networkRoutes(deps, now));
  lazySection("/konsole/personen", async () => (await import("./routes/people.tsx")).peopleRoutes(deps, now));
  lazySection("/konsole/koordination", async () =>
    (await import("./routes/coordinators.tsx")).coordinatorRoutes(deps, now),
  );
  lazySection(CHECK_IN_PATH, async () => (await import("./routes/check-in-link.tsx")).checkInLinkRoutes(deps));
  lazySection("/konsole/zugang", async () => (await import("./routes/account.tsx")).accountRoutes(deps, now));
  return app;
}
