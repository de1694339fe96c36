import { html } from "hono/html";
import type { Locale } from "../domain/locale.ts";
import { loadPageTexts } from "../i18n/web.ts";
import { mountLinkApi } from "./api-app.ts";
import { type AppDependencies, type BaseApp, baseApp } from "./base.ts";
import { allowOrigins } from "./cors.ts";
import { problem } from "./problem.ts";
import { STYLE_SOURCE } from "./ui/layout.tsx";
import { apiDocRoutes } from "./web/routes/api-docs.tsx";
import { applicationPageRoutes } from "./web/routes/application-pages.tsx";
import { leavePageRoutes } from "./web/routes/leave-pages.tsx";
import { noticePageRoutes } from "./web/routes/notice-pages.tsx";
import { rsvpPageRoutes } from "./web/routes/rsvp-pages.tsx";
import { unsubscribePageRoutes } from "./web/routes/unsubscribe-pages.tsx";
import { NotFoundPage } from "./web/views/home.tsx";

export { STYLE_SOURCE } from "./ui/layout.tsx";

/**
 * The server-rendered pages: listing, application form, confirmation, decision, RSVP, unsubscribe and leaving a
 * work table; and the API's description (`/api/openapi.json`, `/api/docs`).
 */
export function mountWeb(app: BaseApp, deps: AppDependencies) {
  app.route("/", applicationPageRoutes(deps, deps.clientAddress, deps.now ?? (() => new Date())));
  app.route("/", unsubscribePageRoutes(deps, deps.now ?? (() => new Date())));
  app.route("/", rsvpPageRoutes(deps, deps.now ?? (() => new Date())));
  app.route("/", leavePageRoutes(deps, deps.now ?? (() => new Date())));
  app.route("/", noticePageRoutes(deps.notices));
  app.route("/", apiDocRoutes());
  return app;
}

export const notFoundPage = (locale: Locale | undefined) =>
  html`<!DOCTYPE html>${<NotFoundPage locale={locale ?? "de"} />}`;

/**
 * The `web` Lambda function's app: the pages, the JSON endpoints behind links in mails, and the API's description.
 */
export function createWebApp(deps: AppDependencies) {
  const app = baseApp(deps, [STYLE_SOURCE], loadPageTexts);
  allowOrigins(app, deps);
  mountWeb(mountLinkApi(app, deps), deps);
  app.notFound((c) =>
    c.req.path.startsWith("/api/")
      ? problem(c, 404, "Not Found", "There is no such resource.")
      : c.html(notFoundPage(c.var.locale), 404),
  );
  return app;
}
