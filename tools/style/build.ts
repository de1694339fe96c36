import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import postcss, { type Root } from "postcss";
import { compile, Logger } from "sass";

/**
 * Builds the pages' stylesheet (shared/http/ui/assets/site.css) from shared/http/ui/style/site.scss and KERN's
 * SCSS sources, and names the font files it ships. `npm run style` writes the result; tests/unit/style.test.ts
 * builds it again and fails when the committed file differs, so the stylesheet can never drift from its source.
 */

export const STYLE_SOURCE = fileURLToPath(new URL("../../shared/http/ui/style/site.scss", import.meta.url));
const require = createRequire(import.meta.url);

export const ASSETS_DIR = fileURLToPath(new URL("../../shared/http/ui/assets/", import.meta.url));

/** The font files served beside the stylesheet: KERN's Fira Sans, two cuts (see site.scss). */
export const FONT_FILES = {
  "fira-sans-regular.woff2": "@kern-ux/native/dist/fonts/fira-sans/FiraSans-Regular.woff2",
  "fira-sans-semibold.woff2": "@kern-ux/native/dist/fonts/fira-sans/FiraSans-SemiBold.woff2",
} as const;

/** The bytes of a font file as KERN ships it. */
export function fontFromKern(name: keyof typeof FONT_FILES): Buffer {
  return readFileSync(require.resolve(FONT_FILES[name]));
}

export function buildStyle(): string {
  const { css } = compile(STYLE_SOURCE, {
    loadPaths: [fileURLToPath(new URL("../../node_modules", import.meta.url))],
    style: "expanded",
    logger: Logger.silent,
  });
  const root = postcss.parse(css);
  root.walkComments((comment) => {
    comment.remove();
  });
  dropUnusedKernSelectors(root);
  dropUnusedCustomProperties(root);
  root.walkAtRules("charset", (rule) => {
    rule.remove();
  });
  const body = minify(root);
  const kernVersion = JSON.parse(readFileSync(require.resolve("@kern-ux/native/package.json"), "utf8")).version;
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  return `@charset "UTF-8";\n/* Built by npm run style from shared/http/ui/style/site.scss with KERN ${kernVersion} (@kern-ux/native, EUPL-1.2, https://gitlab.opencode.de/kern-ux); Fira Sans: SIL Open Font License 1.1. ${hash} */\n${body}\n`;
}

/**
 * The pages carry no KERN class (site.scss lends KERN's rules to plain elements with @extend), so a selector that
 * needs an element with a KERN class or theme attribute never matches: it goes. Alternatives inside `:is()` or
 * `:where()` keep the selector when one of them needs no KERN class; `:not(.kern-…)` always holds.
 */
function dropUnusedKernSelectors(root: Root) {
  const kern = /\.kern-|\[data-kern-theme|\[class\*="kern-/;
  const needsKern = (selector: string): boolean => {
    let rest = selector.replace(/:not\((?:[^()]|\([^()]*\))*\)/g, "");
    rest = rest.replace(/:(?:is|where)\(((?:[^()]|\([^()]*\))*)\)/g, (_all, inner: string) =>
      inner.split(",").some((alternative) => !kern.test(alternative)) ? "" : ".kern-",
    );
    return kern.test(rest);
  };
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) => !needsKern(selector));
    if (kept.length === 0) rule.remove();
    else rule.selectors = kept;
  });
  removeEmpty(root);
}

/** Custom properties nothing reads (KERN's palette is larger than its themes use): dropped until none is left. */
function dropUnusedCustomProperties(root: Root) {
  const keep = new Set(["--primary"]);
  for (;;) {
    const used = new Set<string>();
    root.walkDecls((decl) => {
      for (const match of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) used.add(match[1] as string);
    });
    let removed = 0;
    root.walkDecls(/^--/, (decl) => {
      if (!used.has(decl.prop) && !keep.has(decl.prop)) {
        decl.remove();
        removed++;
      }
    });
    if (removed === 0) break;
  }
  removeEmpty(root);
}

function removeEmpty(root: Root) {
  for (let changed = true; changed; ) {
    changed = false;
    root.walk((node) => {
      if ((node.type === "rule" || node.type === "atrule") && node.nodes && node.nodes.length === 0) {
        node.remove();
        changed = true;
      }
    });
  }
}

/** Whitespace out; the rules stay as sass wrote them. */
function minify(root: Root): string {
  root.walk((node) => {
    node.raws.before = "";
    node.raws.after = "";
    node.raws.between = node.type === "decl" ? ":" : "";
    if (node.type === "rule") node.selector = node.selectors.join(",");
    if (node.type === "decl") node.value = node.value.replace(/\s+/g, " ").trim();
    if ("semicolon" in node.raws) node.raws.semicolon = false;
  });
  root.walkAtRules((rule) => {
    rule.raws.afterName = " ";
    rule.params = rule.params.replace(/\s+/g, " ").replace(/:\s/g, ":");
  });
  root.raws.after = "";
  return root.toString().replace(/;}/g, "}");
}
