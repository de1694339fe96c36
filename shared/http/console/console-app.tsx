import { consoleTexts } from "../../i18n/console.ts";
import { signOut } from "../../use-cases/sign-in.ts";
import { authDeps, clearSessionCookie, sessionCookie } from "../auth.ts";
import { type AppDependencies, type BaseApp, noStore } from "../base.ts";
import { consoleGuard, coordinatorsOnly, tableMembersOnly } from "./guard.tsx";
import { COORDINATOR_PATHS } from "./layout.tsx";
import { consolePage } from "./parts.tsx";
import { accountRoutes } from "./routes/account.tsx";
import { applicationRoutes } from "./routes/applications.tsx";
import { auditRoutes } from "./routes/audit.tsx";
import { conferenceRoutes } from "./routes/conferences.tsx";
import { coordinatorRoutes } from "./routes/coordinators.tsx";
import { mailRoutes } from "./routes/mails.tsx";
import { noticeRoutes } from "./routes/notices.tsx";
import { overviewRoutes } from "./routes/overview.tsx";
import { partnerRoutes } from "./routes/partners.tsx";
import { peopleRoutes } from "./routes/people.tsx";
import { tableRoutes } from "./routes/table.tsx";
import { workTableRoutes } from "./routes/work-tables.tsx";
import { secondStepRoutes } from "./second-step.tsx";
import { SECOND_STEP } from "./second-step-path.ts";
import { signInRoutes } from "./sign-in.tsx";

/**
 * The coordinators' console: server-rendered pages (Hono JSX) under /konsole, German first, working without
 * JavaScript; every page calls the same use cases and repositories as the JSON API.
 */
export function mountConsole(app: BaseApp, deps: AppDependencies) {
  const now = deps.now ?? (() => new Date());
  const auth = authDeps(deps);
  for (const path of ["/anmelden", "/anmelden/*", "/konsole", "/konsole/*"]) app.use(path, noStore);
  // Before the sign-in link's routes: their /:token would take "zweiter-faktor" for a token.
  app.route(SECOND_STEP, secondStepRoutes(deps, now));
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
  app.use("/konsole/tische/:tableId", tableMembersOnly);
  app.use("/konsole/tische/:tableId/*", tableMembersOnly);
  app.route("/konsole", overviewRoutes(deps, now));
  app.route("/konsole/tische/:tableId", tableRoutes(deps, now));
  app.route("/konsole/antraege", applicationRoutes(deps, now));
  app.route("/konsole/arbeitstische", workTableRoutes(deps, now));
  app.route("/konsole/partner", partnerRoutes(deps, now));
  app.route("/konsole/tagungen", conferenceRoutes(deps, now));
  app.route("/konsole/mails", mailRoutes(deps, now));
  app.route("/konsole/protokoll", auditRoutes(deps));
  app.route("/konsole/hinweise", noticeRoutes(deps, now));
  app.route("/konsole/personen", peopleRoutes(deps, now));
  app.route("/konsole/koordination", coordinatorRoutes(deps, now));
  app.route("/konsole/zugang", accountRoutes(deps, now));
  return app;
}
