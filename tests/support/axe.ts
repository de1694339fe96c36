import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

/** axe-core's own build, evaluated into each page that is checked. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The rules every page must pass: WCAG 2.1, levels A and AA. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface AxeViolation {
  rule: string;
  nodes: string[];
}

/**
 * axe-core's WCAG 2.1 A/AA findings on the page as it is now. axe runs in the page itself, with no wrapper: a
 * check costs about a third of what @axe-core/playwright's frame-by-frame run with a blank page for its finish
 * costs, and the sweep checks every page in every language. Sandboxed frames run no script (axe's neither):
 * their content is checked as a page of its own.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(`
    axe
      .run({ exclude: [["iframe[sandbox]"]] }, { runOnly: { type: "tag", values: ${JSON.stringify(TAGS)} } })
      .then((results) =>
        results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) })),
      )
  `)) as AxeViolation[];
}
