import { Hono } from "hono/tiny";
import type { AppEnv } from "../../app-env.ts";
import { ASSET_TYPES, assetBody, assetVersion } from "../../ui/assets.ts";

/**
 * The stylesheet and fonts at `/assets/<version>/<name>`: cached for a year by browsers (the address changes with
 * the content); an old or unknown version or name is a 404, never another file.
 */
export function assetRoutes() {
  return new Hono<AppEnv>().get("/assets/:version/:name", (c) => {
    const { version, name } = c.req.param();
    const body = version === assetVersion() ? assetBody(name) : undefined;
    if (!body) return c.notFound();
    return c.body(new Uint8Array(body), 200, {
      "Content-Type": ASSET_TYPES[name] as string,
      "Cache-Control": "public, max-age=31536000, immutable",
    });
  });
}
