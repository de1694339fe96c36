import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ASSETS_DIR, buildStyle, FONT_FILES, fontFromKern } from "../../tools/style/build.ts";

describe("the pages' stylesheet (KERN, issue 20)", () => {
  it("is what its source builds: run `npm run style` after changing site.scss or KERN", () => {
    expect(readFileSync(join(ASSETS_DIR, "site.css"), "utf8")).toBe(buildStyle());
  });

  it("ships KERN's own font files, unchanged", () => {
    for (const name of Object.keys(FONT_FILES) as (keyof typeof FONT_FILES)[]) {
      expect(readFileSync(join(ASSETS_DIR, name)).equals(fontFromKern(name)), name).toBe(true);
    }
  });

  it("keeps only what the pages can use: no rule needs a KERN class, every custom property read is defined", () => {
    const css = buildStyle();
    // `:not(.kern-…)` always holds, and `:is(body, .kern-light, …)` matches body: only those may name a KERN class.
    expect(css.replace(/:(?:not|is)\([^)]*\)/g, "")).not.toMatch(/\.kern-|data-kern-theme/);
    expect(css).not.toMatch(/\{\}/);
    const defined = new Set([...css.matchAll(/(--[\w-]+):/g)].map((m) => m[1]));
    const read = new Set([...css.matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]));
    expect([...read].filter((name) => !defined.has(name))).toEqual([]);
    expect(css.length).toBeLessThan(60_000);
  });
});
