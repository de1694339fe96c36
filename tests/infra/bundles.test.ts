import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildForTest } from "../support/cdk.ts";

/** Every file below `dir`, relative to it. */
const filesIn = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: "utf8" });

// The one infra test that bundles: every other one synthesizes without code (see tests/support/cdk.ts).
describe("the functions' bundles", () => {
  it("are built by synth, offline and without Docker: minified ESM, an entry and its chunks, each with a source map", () => {
    const { app, stateless } = buildForTest({}, {}, { bundle: true });
    const assembly = app.synth();
    const template = assembly.getStackByName(stateless.stackName).template as {
      Resources: Record<string, { Type: string; Properties: { Code: { S3Key: string }; Handler: string } }>;
    };
    const functions = Object.values(template.Resources).filter((r) => r.Type === "AWS::Lambda::Function");
    expect(functions.length).toBeGreaterThanOrEqual(9);
    for (const fn of functions) {
      expect(fn.Properties.Handler).toBe("index.handler");
      // The code's S3 key is the asset's hash; the cloud assembly holds it as asset.<hash>.
      const dir = join(assembly.directory, `asset.${fn.Properties.Code.S3Key.replace(/\.zip$/, "")}`);
      const modules = filesIn(dir).filter((file) => file.endsWith(".mjs"));
      expect(modules).toContain("index.mjs");
      for (const module of modules) expect(existsSync(join(dir, `${module}.map`)), module).toBe(true);
      const code = modules.map((module) => readFileSync(join(dir, module), "utf8")).join("\n");
      // ESM with the require shim (createRequire) the bundling banner adds to each module.
      expect(readFileSync(join(dir, "index.mjs"), "utf8")).toContain("createRequire");
      // Minified: long lines (the few line breaks left are inside template literals).
      expect(code.length / code.split("\n").length).toBeGreaterThan(500);
    }
  });
});
