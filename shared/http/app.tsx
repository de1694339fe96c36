import { createHash, randomUUID } from "node:crypto";
import { cors } from "hono/cors";
import { html } from "hono/html";
import { secureHeaders } from "hono/secure-headers";
import { Hono } from "hono/tiny";
import type { AppLogger } from "../logging/logger.ts";
import type { ApplicationDeps } from "./application-flow.ts";
import type { CoordinatorAuth } from "./auth.ts";
import type { AppEnv } from "./env.ts";
import { negotiateLocale } from "./locale.ts";
import { NotFoundPage } from "./pages/home.tsx";
import { STYLE } from "./pages/layout.tsx";
import { problem } from "./problem.ts";
import { adminApplicationRoutes } from "./routes/admin-applications.ts";
import { adminWorkTableRoutes } from "./routes/admin-work-tables.ts";
import { applicationPageRoutes } from "./routes/application-pages.tsx";
import { applicationRoutes, type ClientAddress } from "./routes/applications.ts";
import { workTableRoutes } from "./routes/work-tables.ts";

export interface AppDependencies extends ApplicationDeps {
  auth: CoordinatorAuth;
  clientAddress: ClientAddress;
  logger: AppLogger;
  /** Whether every service the app needs answers; `GET /api/health` is 200 only when it does. */
  ready?: () => Promise<boolean>;
  /** Web origins (e.g. a coordinators' front end) allowed to call the JSON API from a browser; none by default. */
  allowedOrigins?: string[];
  now?: () => Date;
}

const styleHash = `'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`;

/** The whole HTTP surface, the same on Lambda and on Node: only the entry points differ. */
export function createApp(deps: AppDependencies) {
  const now = deps.now ?? (() => new Date());
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    const requestId = c.env?.lambdaContext?.awsRequestId ?? c.env?.event?.requestContext?.requestId ?? randomUUID();
    c.set("requestId", requestId);
    c.set("locale", negotiateLocale(c.req.query("lang"), c.req.header("accept-language")));
    const started = performance.now();
    await next();
    c.header("Content-Language", c.var.locale);
    c.header("Vary", "Accept-Language", { append: true });
    // The route pattern, not the path: later paths carry tokens, and ids of people never belong in a log.
    deps.logger.info("request", {
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
    });
  });

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: [styleHash],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: "no-referrer",
    }),
  );

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

  app.route("/", applicationPageRoutes(deps, deps.clientAddress, now));

  app.notFound((c) => {
    if (c.req.path.startsWith("/api/")) return problem(c, 404, "Not Found", "There is no such resource.");
    return c.html(html`<!DOCTYPE html>${<NotFoundPage locale={c.var.locale ?? "de"} />}`, 404);
  });

  app.onError((error, c) => {
    deps.logger.error("unhandled error", { requestId: c.var.requestId, route: c.req.routePath, error: error.name });
    return problem(c, 500, "Internal Server Error", "Something went wrong on our side. Please try again later.");
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
