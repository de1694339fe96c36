import { html } from "hono/html";
import { Hono } from "hono/tiny";
import { LINK_PAGES } from "../domain/link-paths.ts";
import type { Locale } from "../domain/locale.ts";
import { refreshNetwork } from "../i18n/network.ts";
import { loadPageTexts } from "../i18n/web.ts";
import { mountLinkApi } from "./api-app.ts";
import type { AppEnv } from "./app-env.ts";
import { type AppDependencies, type BaseApp, baseApp } from "./base.ts";
import { allowOrigins } from "./cors.ts";
import { mountLazy } from "./lazy-routes.ts";
import { problem } from "./problem.ts";
import { styleSource } from "./ui/layout.tsx";
import { applicationPageRoutes } from "./web/routes/application-pages.tsx";
import { assetRoutes } from "./web/routes/assets.ts";
import { noticePageRoutes } from "./web/routes/notice-pages.tsx";
import { NotFoundPage } from "./web/views/home.tsx";

export { styleSource } from "./ui/layout.tsx";

/**
 * The server-rendered pages: listing, application form, confirmation, decision, RSVP, unsubscribe and leaving a
 * work table; and the API's description (`/api/openapi.json`, `/api/docs`).
 */
export function mountWeb(app: BaseApp, deps: AppDependencies) {
  app.route("/", assetRoutes());
  app.route("/", applicationPageRoutes(deps, deps.clientAddress, deps.now ?? (() => new Date())));
  const now = deps.now ?? (() => new Date());
  // The pages behind links in conference and member mails, and the API's description, are loaded by their first
  // request (lazy-routes.ts): the home page and the form, which most cold starts serve, compile none of them.
  mountLazy(app, [LINK_PAGES.confirm, LINK_PAGES.decide, "/leichte-sprache"], async () =>
    (await import("./web/routes/application-link-pages.tsx")).applicationLinkPageRoutes(deps, now),
  );
  mountLazy(app, [LINK_PAGES.unsubscribe, LINK_PAGES.rsvp, LINK_PAGES.leave], async () => {
    const [{ unsubscribePageRoutes }, { rsvpPageRoutes }, { leavePageRoutes }] = await Promise.all([
      import("./web/routes/unsubscribe-pages.tsx"),
      import("./web/routes/rsvp-pages.tsx"),
      import("./web/routes/leave-pages.tsx"),
    ]);
    return new Hono<AppEnv>()
      .route("/", unsubscribePageRoutes(deps, now))
      .route("/", rsvpPageRoutes(deps, now))
      .route("/", leavePageRoutes(deps, now));
  });
  mountLazy(app, [LINK_PAGES.task, LINK_PAGES.archive, LINK_PAGES.propose], async () =>
    (await import("./web/routes/event-link-pages.tsx")).eventLinkPageRoutes(deps, now),
  );
  app.route("/", noticePageRoutes(deps.notices));
  mountLazy(app, ["/api/openapi.json", "/api/docs"], async () =>
    (await import("./web/routes/api-docs.tsx")).apiDocRoutes(),
  );
  return app;
}

export const notFoundPage = (locale: Locale | undefined) =>
  html`<!DOCTYPE html>${<NotFoundPage locale={locale ?? "de"} />}`;

/**
 * The `web` Lambda function's app: the pages, the JSON endpoints behind links in mails, and the API's description.
 */
export function createWebApp(deps: AppDependencies) {
  const app = baseApp(
    deps,
    () => [styleSource()],
    (locale) => Promise.all([refreshNetwork(deps.network), loadPageTexts(locale)]),
  );
  allowOrigins(app, deps);
  mountWeb(mountLinkApi(app, deps), deps);
  app.notFound((c) =>
    c.req.path.startsWith("/api/")
      ? problem(c, 404, "Not Found", "There is no such resource.")
      : c.html(notFoundPage(c.var.locale), 404),
  );
  return app;
}
