import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, buildSync, type Metafile } from "esbuild";
import { readNetworkProfile } from "../../shared/config/network-profile.ts";
import { networkOf } from "../../shared/domain/network.ts";
import { ASSET_TYPES } from "../../shared/http/ui/assets.ts";

/**
 * How every Lambda bundle is built: one function, used by `ProjectFunction` (CDK's local bundling, offline, no
 * Docker) and by the benchmark, so the two can never differ.
 *
 * The code is split: `index.mjs` holds what every invocation needs, and what only some routes or one language need
 * is a chunk the code loads with `import()` when it runs (the console's second step, the API description, a
 * language's texts). A cold start then pays only for `index.mjs` and the chunks it imports statically.
 */
export const esbuildOptions = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node22",
  minify: true,
  sourcemap: true,
  // Stack traces only need the mappings; embedding the sources would roughly double the upload.
  sourcesContent: false,
  mainFields: ["module", "main"],
  // Nothing external: the AWS SDK v3 is bundled so the code runs against the versions it was tested with.
  external: [],
  // Some dependencies are CommonJS and call require(); an ESM bundle has no require unless we provide one.
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  splitting: true,
  outExtension: { ".js": ".mjs" },
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
  metafile: true,
  logLevel: "error",
} satisfies BuildOptions;

/** The file Lambda loads: `index.handler` is `handler` exported by `index.mjs`. */
export const ENTRY_FILE = "index.mjs";

/**
 * Bundles the function whose entry is `entry` into `outdir` (index.mjs, its chunks, source maps), with the pages'
 * stylesheet and fonts in `assets/` when its code renders pages or serves them (shared/http/ui/assets.ts).
 */
export function bundleFunction(entry: string, outdir: string): Metafile {
  const { metafile } = buildSync({
    ...esbuildOptions,
    entryPoints: { index: entry },
    outdir,
    define: { __NETWORK_PROFILE__: JSON.stringify(JSON.stringify(networkForBundle())) },
  });
  if (Object.keys(metafile.inputs).some((input) => input.endsWith("shared/http/ui/assets.ts"))) {
    copyAssets(join(outdir, "assets"));
  }
  return metafile;
}

const ASSETS_SOURCE = fileURLToPath(new URL("../../shared/http/ui/assets/", import.meta.url));

function copyAssets(target: string) {
  mkdirSync(target, { recursive: true });
  for (const name of Object.keys(ASSET_TYPES)) copyFileSync(join(ASSETS_SOURCE, name), join(target, name));
}

/**
 * The network the deployed functions name (issue 20): the profile `NETWORK_PROFILE` names when the stack is
 * synthesised (the one profiles/default names, if it names none), without its work tables (the table holds
 * those), carried in every bundle as one string (shared/i18n/network.ts reads it on first use).
 */
const networkForBundle = () => networkOf(readNetworkProfile(process.env.NETWORK_PROFILE || undefined));

/**
 * The output files a cold start loads: the entry and every chunk it imports statically, transitively (chunks
 * behind an `import()` are loaded only when the code that needs them runs).
 */
export function loadedAtStart(metafile: Metafile, entryFile: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) {
      if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    }
  };
  visit(entryFile);
  return [...seen];
}
