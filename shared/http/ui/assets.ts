import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The pages' static files: the stylesheet (KERN, built by `npm run style`) and its two fonts, served by the web
 * function at `/assets/<version>/<name>` with a year's immutable caching, so after the first page a page view is
 * one small request again. `<version>` is the stylesheet's content hash: a new stylesheet is a new address.
 * On Lambda the files lie in the bundle's `assets/` folder (infra/constructs/bundling.ts copies them there);
 * run from source (tests, `npm start`) they are read where they are committed.
 */
export const ASSET_TYPES: Readonly<Record<string, string>> = {
  "site.css": "text/css; charset=utf-8",
  "fira-sans-regular.woff2": "font/woff2",
  "fira-sans-semibold.woff2": "font/woff2",
};

const directory = () =>
  process.env.LAMBDA_TASK_ROOT
    ? join(process.env.LAMBDA_TASK_ROOT, "assets")
    : fileURLToPath(new URL("./assets/", import.meta.url));

const bodies = new Map<string, Buffer>();

/** The file's bytes (read once), or undefined for a name that is not an asset. */
export function assetBody(name: string): Buffer | undefined {
  if (!Object.hasOwn(ASSET_TYPES, name)) return undefined;
  let body = bodies.get(name);
  if (!body) {
    body = readFileSync(join(directory(), name));
    bodies.set(name, body);
  }
  return body;
}

let version: string | undefined;
/** The stylesheet's content hash: the version in every asset's address. */
export function assetVersion(): string {
  version ??= createHash("sha256")
    .update(assetBody("site.css") as Buffer)
    .digest("hex")
    .slice(0, 12);
  return version;
}

/** The address of the pages' stylesheet. */
export const stylesheetHref = () => `/assets/${assetVersion()}/site.css`;
