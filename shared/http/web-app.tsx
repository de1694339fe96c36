import { createHash } from "node:crypto";
import { html } from "hono/html";
import { type AppDependencies, type BaseApp, baseApp } from "./base.ts";
import { NotFoundPage } from "./pages/home.tsx";
import { STYLE } from "./pages/layout.tsx";
import { applicationPageRoutes } from "./routes/application-pages.tsx";
import { rsvpPageRoutes } from "./routes/rsvp-pages.tsx";
import { unsubscribePageRoutes } from "./routes/unsubscribe-pages.tsx";

/** The pages' one inline style block, allowed by its hash: no other style, no script. */
export const STYLE_SOURCE = `'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`;

/** The server-rendered pages: listing, application form, confirmation and decision pages. */
export function mountWeb(app: BaseApp, deps: AppDependencies) {
  app.route("/", applicationPageRoutes(deps, deps.clientAddress, deps.now ?? (() => new Date())));
  app.route("/", unsubscribePageRoutes(deps, deps.now ?? (() => new Date())));
  app.route("/", rsvpPageRoutes(deps, deps.now ?? (() => new Date())));
  return app;
}

export const notFoundPage = (locale: "de" | "en" | undefined) =>
  html`<!DOCTYPE html>${<NotFoundPage locale={locale ?? "de"} />}`;

/** The `web` Lambda function's app: the pages alone. */
export function createWebApp(deps: AppDependencies) {
  const app = mountWeb(baseApp(deps, [STYLE_SOURCE]), deps);
  app.notFound((c) => c.html(notFoundPage(c.var.locale), 404));
  return app;
}
