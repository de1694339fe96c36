import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layers of shared/ (see ../shared/DESIGN.md): each may import from those before it, never from one after it.
 * Use cases take the stored data through ports (use-cases/ports.ts): they import nothing from store/, not even a
 * type, and no AWS SDK; the domain imports no AWS SDK and no Hono.
 */
const LAYERS = ["domain", "store", "mail", "use-cases", "jobs", "http"] as const;

const root = resolve(import.meta.dirname, "../../shared");
const sources = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => /\.tsx?$/.test(file));

/** Every module a source file names (static imports and exports, `import type`, dynamic `import()`). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1] as string);
}

/** The folder of shared/ a relative import lands in (its layer), or undefined for a package. */
function layerOf(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const target = relative(root, resolve(dirname(join(root, from)), specifier));
  return target.startsWith("..") ? target.split("/").slice(0, 2).join("/") : target.split("/")[0];
}

const inLayer = (layer: string) => sources.filter((file) => file.startsWith(`${layer}/`));

describe("the layers of shared/", () => {
  it("finds the source files", () => {
    for (const layer of LAYERS) expect(inLayer(layer).length, layer).toBeGreaterThan(0);
  });

  it("import only from their own layer and the ones before it", () => {
    const wrong: string[] = [];
    for (const file of sources) {
      const own = LAYERS.indexOf(file.split("/")[0] as (typeof LAYERS)[number]);
      for (const specifier of importsOf(file)) {
        const target = layerOf(file, specifier);
        const index = LAYERS.indexOf(target as (typeof LAYERS)[number]);
        if (own >= 0 && index > own) wrong.push(`${file} → ${specifier}`);
        // Nothing in shared/ reaches out to the entry points or the wiring.
        if (target === "../functions" || target === "../infra") wrong.push(`${file} → ${specifier}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keep DynamoDB out of the use cases: no import from store/ (not even a type), no AWS SDK", () => {
    const wrong = inLayer("use-cases").flatMap((file) =>
      importsOf(file)
        .filter((specifier) => layerOf(file, specifier) === "store" || specifier.startsWith("@aws-sdk/"))
        .map((specifier) => `${file} → ${specifier}`),
    );
    expect(wrong).toEqual([]);
  });

  it("keep AWS and Hono out of the domain", () => {
    const wrong = inLayer("domain").flatMap((file) =>
      importsOf(file)
        .filter(
          (specifier) => specifier.startsWith("@aws-sdk/") || specifier === "hono" || specifier.startsWith("hono/"),
        )
        .map((specifier) => `${file} → ${specifier}`),
    );
    expect(wrong).toEqual([]);
  });
});
