import type { BuildOptions } from "esbuild";

/**
 * How every Lambda bundle is built. Kept free of aws-cdk-lib so the benchmark can bundle with exactly the same
 * settings through the esbuild API (`esbuildOptions`), while `ProjectFunction` maps the same values to CDK's
 * bundling props. Change a value here and both follow.
 */
export const bundlingDefaults = {
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
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
} as const;

/** `bundlingDefaults` in the shape `esbuild.build()` takes; add `entryPoints` and `outfile`/`outdir`. */
export const esbuildOptions = {
  bundle: true,
  format: bundlingDefaults.format,
  platform: bundlingDefaults.platform,
  target: bundlingDefaults.target,
  minify: bundlingDefaults.minify,
  sourcemap: bundlingDefaults.sourcemap,
  sourcesContent: bundlingDefaults.sourcesContent,
  mainFields: [...bundlingDefaults.mainFields],
  external: [...bundlingDefaults.external],
  banner: { js: bundlingDefaults.banner },
} satisfies BuildOptions;
