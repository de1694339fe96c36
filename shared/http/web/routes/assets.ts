import { Hono } from "hono/tiny";
import { networkLogo } from "../../../i18n/network.ts";
import type { AppEnv } from "../../app-env.ts";
import { ASSET_TYPES, assetBody, assetVersion } from "../../ui/assets.ts";

const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * The stylesheet and fonts at `/assets/<version>/<name>`, and the network's logo at `/logo/<hash>.<svg|png>`:
 * cached for a year by browsers (the address changes with the content); an old or unknown version or name is a
 * 404, never another file.
 */
export function assetRoutes() {
  return new Hono<AppEnv>()
    .get("/assets/:version/:name", (c) => {
      const { version, name } = c.req.param();
      const body = version === assetVersion() ? assetBody(name) : undefined;
      if (!body) return c.notFound();
      return c.body(new Uint8Array(body), 200, {
        "Content-Type": ASSET_TYPES[name] as string,
        "Cache-Control": IMMUTABLE,
      });
    })
    .get("/logo/:name", (c) => {
      const logo = networkLogo();
      if (!logo || logo.name !== c.req.param("name")) return c.notFound();
      return c.body(new Uint8Array(logo.body), 200, {
        "Content-Type": logo.type,
        "Cache-Control": IMMUTABLE,
        // An SVG opened on its own is a document: it may load nothing and run nothing (it was sanitised, too).
        "Content-Security-Policy": "default-src 'none'; sandbox",
      });
    });
}
