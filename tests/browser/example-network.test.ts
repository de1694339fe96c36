import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../../shared/domain/locale.ts";
import { axeViolations } from "../support/axe.ts";
import { launchChromium } from "../support/browser.ts";
import { startTestStack, type TestStack } from "../support/local-stack.ts";

/**
 * Issue 20: another network's public pages (the example profile, profiles/musterstadt.json) pass the same checks as
 * the default's in the every-page sweep: axe finds no WCAG 2.1 A/AA violation, nothing is wider than 390 px, no
 * script, and the first network is named nowhere.
 */
const PAGES: { path: string; languages: readonly string[] }[] = [
  { path: "/", languages: LOCALES },
  { path: "/arbeitstische/sprache-und-bildung", languages: LOCALES },
  { path: "/antrag", languages: LOCALES },
  { path: "/leichte-sprache", languages: ["de"] },
  { path: "/impressum", languages: ["de", "en"] },
  { path: "/datenschutz", languages: ["de", "en"] },
  { path: "/barrierefreiheit", languages: ["de", "en"] },
  { path: "/anmelden", languages: ["de", "en"] },
];

let stack: TestStack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startTestStack({ NETWORK_PROFILE: "musterstadt" });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "de-DE" })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe("the example network's pages", () => {
  it.each(PAGES.flatMap(({ path, languages }) => languages.map((lang) => [path, lang] as const)))(
    "%s (%s)",
    async (path, lang) => {
      const response = await page.goto(`${stack.appUrl}${path}${lang === "de" ? "" : `?lang=${lang}`}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator("html").getAttribute("lang")).toBe(lang);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
      expect(await page.evaluate("document.scripts.length")).toBe(0);
      const text = (await page.locator("body").textContent()) ?? "";
      expect(text).toContain("Musterstadt");
      expect(text).not.toMatch(/Schwerin|Шверин|Шверін|شفيرين|Fachstelle Chancengleichheit/);
    },
  );
});
