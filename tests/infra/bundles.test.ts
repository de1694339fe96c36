import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildForTest } from "../support/cdk.ts";

// The one infra test that bundles: every other one synthesizes without code (see tests/support/cdk.ts).
describe("the functions' bundles", () => {
  it("are built by synth, offline and without Docker, one minified ESM file with a source map each", () => {
    const { app, stateless } = buildForTest({}, {}, { bundle: true });
    const assembly = app.synth();
    const template = assembly.getStackByName(stateless.stackName).template as {
      Resources: Record<string, { Type: string; Properties: { Code: { S3Key: string } } }>;
    };
    const functions = Object.values(template.Resources).filter((r) => r.Type === "AWS::Lambda::Function");
    expect(functions.length).toBeGreaterThanOrEqual(9);
    for (const fn of functions) {
      // The code's S3 key is the asset's hash; the cloud assembly holds it as asset.<hash>.
      const dir = join(assembly.directory, `asset.${fn.Properties.Code.S3Key.replace(/\.zip$/, "")}`);
      const code = readFileSync(join(dir, "index.mjs"), "utf8");
      expect(existsSync(join(dir, "index.mjs.map"))).toBe(true);
      // Minified ESM with the require shim (createRequire) the bundling banner adds.
      expect(code).toContain("createRequire");
      // Minified: long lines (the few line breaks left are inside template literals).
      expect(code.length / code.split("\n").length).toBeGreaterThan(2000);
    }
  });
});
