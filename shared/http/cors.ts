import { cors } from "hono/cors";
import type { AppDependencies, BaseApp } from "./base.ts";

/** Browsers on the configured origins (e.g. a coordinators' front end) may call the JSON API; none by default. */
export function allowOrigins(app: BaseApp, deps: Pick<AppDependencies, "allowedOrigins">) {
  if (!deps.allowedOrigins?.length) return;
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
