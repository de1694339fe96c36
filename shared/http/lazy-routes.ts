import type { Context, MiddlewareHandler } from "hono";
import { Hono } from "hono/tiny";
import type { AppEnv } from "./app-env.ts";

/** A route group behind a dynamic import: its routes with their full paths. */
export type RouteGroup = Hono<AppEnv>;
const PARENT = Symbol("the request's context in the app that mounted the group");
const UNMATCHED = "x-lazy-group-unmatched";
const groups = new WeakMap<object, () => Promise<RouteGroup>>();

/**
 * Mounts route groups whose code is loaded when a request first needs them (`import()`): a function's cold start
 * then pays only for the routes most requests use, and a group's libraries (CSV, QR codes, the second factor's,
 * zod's schemas) are compiled the first time one of its routes runs, once per function instance.
 *
 * Each group is an ordinary Hono app whose routes carry their full paths (`new Hono().route(prefix, routes)`).
 * A request under one of `prefixes` runs it with everything the app's middleware set before (language, form,
 * principal, texts) and the same environment (the Lambda event); its errors go to the app's error handler, and a
 * path the group does not know goes on to the app's next routes and its 404.
 */
export function mountLazy(app: Hono<AppEnv>, prefixes: readonly string[], load: () => Promise<RouteGroup>): void {
  let loaded: Promise<RouteGroup> | undefined;
  const group = () => {
    loaded ??= load().then(runner, (error: unknown) => {
      loaded = undefined; // a failed import is tried again by the next request
      throw error;
    });
    return loaded;
  };
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const response = await (await group()).fetch(c.req.raw, { ...c.env, [PARENT]: c });
    if (response.headers.has(UNMATCHED)) return next();
    return response;
  };
  groups.set(middleware, group);
  for (const prefix of prefixes) {
    app.use(prefix, middleware);
    app.use(prefix === "/" ? "/*" : `${prefix}/*`, middleware);
  }
}

/** The group behind one route's handler, if it is a lazily mounted group. */
const groupOf = (handler: unknown) => (typeof handler === "function" ? groups.get(handler) : undefined);

/** Wraps a group so it runs inside the app's request: the app's variables first, its errors and 404s the app's. */
function runner(routes: RouteGroup): RouteGroup {
  const wrapper = new Hono<AppEnv>();
  wrapper.use(async (c, next) => {
    const parent = parentOf(c);
    for (const [name, value] of Object.entries(parent.var)) c.set(name as never, value as never);
    await next();
    // The pattern of the group's route that answered (after next(): the last handler's), for the app's log line.
    if (!c.res.headers.has(UNMATCHED)) parent.set("route", c.req.routePath);
  });
  wrapper.route("/", routes);
  wrapper.notFound(() => new Response(null, { status: 404, headers: { [UNMATCHED]: "1" } }));
  wrapper.onError((error) => {
    throw error;
  });
  return wrapper;
}

const parentOf = (c: Context<AppEnv>) => (c.env as { [PARENT]: Context<AppEnv> })[PARENT];

/**
 * Every route of an app as it answers requests, the lazily mounted groups' routes included (loaded here): what
 * the OpenAPI document is built from, and what tests compare it with.
 */
export async function routeTable(app: Hono<AppEnv>): Promise<{ method: string; path: string; handler: unknown }[]> {
  const table: { method: string; path: string; handler: unknown }[] = [];
  const expanded = new Set<object>();
  for (const route of app.routes) {
    const group = groupOf(route.handler);
    if (!group) {
      table.push(route);
      continue;
    }
    if (expanded.has(group)) continue;
    expanded.add(group);
    table.push(...(await routeTable(await group())).filter((r) => r.path !== "/*" || r.method !== "ALL"));
  }
  return table;
}
