import { Hono } from "hono";
import { mountAdmin } from "../../admin-app.ts";
import { mountApi, mountLinkApi } from "../../api-app.ts";
import type { AppDependencies, BaseApp } from "../../base.ts";
import { routeTable } from "../../lazy-routes.ts";
import { apiDocRoutes } from "../../web/routes/api-docs.tsx";
import { descriptionOf } from "../describe.ts";
import { kit, type Method, type OperationSpec } from "./kit.ts";

/**
 * Every described route of the JSON API, as the apps define them: the public API, the endpoints behind links in
 * mails, the coordinators' API and the document's own routes are mounted on one app (nothing in them runs: the
 * dependencies are never called while routes are only defined; lazily mounted groups are loaded), and each route's `describeRoute` handler gives
 * its description; method and path are the route's. A path's `:name` becomes `{name}`.
 */
export async function describedOperations(): Promise<OperationSpec[]> {
  const app = new Hono() as unknown as BaseApp;
  const deps = {} as AppDependencies;
  mountApi(app, deps);
  mountLinkApi(app, deps);
  mountAdmin(app, deps);
  app.route("/", apiDocRoutes());
  const operations: OperationSpec[] = [];
  for (const route of await routeTable(app)) {
    const describe = descriptionOf(route.handler);
    if (!describe) continue;
    const path = route.path.replace(/:([A-Za-z]+)(\{[^}]*\})?/g, "{$1}");
    operations.push({ method: route.method.toLowerCase() as Method, path, ...describe(kit) });
  }
  return operations;
}
