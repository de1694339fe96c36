import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { Hono } from "hono/tiny";
import type { Locale } from "../domain/locale.ts";
import { LABELS } from "../i18n/labels.ts";
import type { AppDependencies, AppEnv } from "./app-env.ts";
import { negotiateLocale } from "./locale.ts";
import { problem } from "./problem.ts";

export type { AppDependencies } from "./app-env.ts";

/**
 * What every surface of the app shares: request ids, the reader's language, one log line per request, security
 * headers and the problem response for an unexpected error. The JSON API and the pages are separate Lambda
 * functions on AWS (each bundle carries only its own code) and one app locally.
 */
/**
 * The pages' CSP: nothing but the site's own stylesheet and fonts, the style blocks allowed by hash, images and
 * forms of the site itself; frames of the site only where `frames`, and the site's own scripts only where
 * `scripts` (the passkey's second step).
 */
export function contentSecurityPolicy(
  styleSources: readonly string[],
  options: { frames?: boolean; scripts?: boolean } = {},
): string {
  return [
    "default-src 'none'",
    ...(styleSources.length ? [`style-src 'self' ${styleSources.join(" ")}`, "font-src 'self'"] : []),
    ...(options.scripts ? ["script-src 'self'"] : []),
    "img-src 'self'",
    ...(options.frames ? ["frame-src 'self'"] : []),
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The texts a surface reads while it answers, loaded before each request in the reader's language and German (the
 * network's own: staff texts, legal notices). Each is loaded once per function and kept.
 */
export type TextLoader = (locale: Locale) => Promise<unknown>;

/** The labels every surface shows (an organisation type, a season, a work table's admission rule). */
export const loadLabels: TextLoader = (locale) => Promise.all([LABELS.load(locale), LABELS.load("de")]);

export function baseApp(
  deps: Pick<AppDependencies, "logger">,
  /** The style blocks the pages may use, by hash (a function: the network's colour may change while it runs). */
  styleSources: () => string[] = () => [],
  loadTexts: TextLoader = loadLabels,
) {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    const requestId = c.env?.lambdaContext?.awsRequestId ?? c.env?.event?.requestContext?.requestId ?? randomUUID();
    c.set("requestId", requestId);
    c.set("locale", negotiateLocale(c.req.query("lang"), c.req.header("accept-language")));
    await loadTexts(c.var.locale);
    const started = performance.now();
    await next();
    c.header("Content-Language", c.var.locale);
    c.header("Vary", "Accept-Language", { append: true });
    // The route pattern, not the path: paths carry tokens, and ids of people never belong in a log.
    deps.logger.info("request", {
      requestId,
      method: c.req.method,
      route: c.var.route ?? c.req.routePath,
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
    });
  });
  // A fixed set of security headers, written once (hono's secure-headers middleware did the same, at 3 KiB of
  // every cold start): a strict CSP (the site's stylesheet, the pages' one style block by hash), and no framing or sniffing.
  const headers = {
    "Strict-Transport-Security": "max-age=15552000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
  app.use(async (c, next) => {
    await next();
    // A route that needs another policy (the console's mail preview, shown in a frame) sets its own; the rest apply.
    for (const [name, value] of Object.entries(headers)) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
    if (!c.res.headers.has("Content-Security-Policy")) {
      // The console's mail preview shows the mail in a sandboxed frame of the same site.
      c.res.headers.set("Content-Security-Policy", contentSecurityPolicy(styleSources(), { frames: true }));
    }
  });
  app.onError((error, c) => {
    deps.logger.error("unhandled error", { requestId: c.var.requestId, route: c.req.routePath, error: error.name });
    return problem(c, 500, "Internal Server Error", "Something went wrong on our side. Please try again later.");
  });
  return app;
}

export type BaseApp = ReturnType<typeof baseApp>;

/**
 * `Cache-Control: no-store` on whatever a signed-in person is shown (console pages, sign-in pages, the admin API):
 * enrolment shows a secret, another page recovery codes or a new API token, every page personal data. No browser
 * or proxy cache may keep any of it. A route that set its own (the passkey script) keeps it.
 */
export const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-store");
};
