import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workTableInputSchema } from "../../shared/domain/work-table-input.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { WorkTableRepository } from "../../shared/store/work-table-repository.ts";
import { testApp } from "../support/app.ts";
import { validator } from "../support/html.ts";
import { createTestTable, type TestTable } from "../support/tables.ts";
import { workTableBody } from "../support/work-tables.ts";

let table: TestTable;
let app: ReturnType<typeof testApp>["app"];

beforeAll(async () => {
  table = await createTestTable("page");
  await loadSeed(new WorkTableRepository(table.db, table.tableName));
  app = testApp(table).app;
});
afterAll(() => table.drop());

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await app.request(path, { headers });
  return { response, html: await response.text() };
}

describe("the public page", () => {
  it("lists the work tables I–V in German, server-rendered, with contact names but no email addresses", async () => {
    const { response, html } = await page("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(html).toMatch(/^<!DOCTYPE html><html lang="de" dir="ltr">/);
    for (const heading of [
      "Arbeitstisch I: Kita/Übergang Schule",
      "Arbeitstisch II: Ausbildung und Arbeit",
      "Arbeitstisch III: Interreligiöser Dialog",
      "Arbeitstisch IV: Gesellschaftliche Integration",
      "Arbeitstisch V: Beratung",
    ]) {
      expect(html).toContain(heading);
    }
    expect(html).toContain("Nur mit Mandat einer Religionsgemeinschaft.");
    expect(html).toContain("Nur für staatlich geförderte Migrationsberatung für erwachsene Zugewanderte (MBE)");
    expect(html).toContain("Anett Kropp");
    // No address anywhere in the page (the stylesheet's @media rules aside).
    expect(html.replace(/<style>[\s\S]*?<\/style>/, "")).not.toContain("@");
    expect(html).not.toContain("<script");
  });

  it("is valid HTML with labelled landmarks", async () => {
    const { html } = await page("/");
    const report = await validator.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    expect(html).toMatch(/<header aria-label="Kopfbereich">/);
    expect(html).toMatch(/<nav aria-label="Sprache">/);
    expect(html).toMatch(/<main id="main" aria-labelledby="page-title">/);
    expect(html).toMatch(/<footer aria-label="Fußbereich">/);
  });

  it("is in English with ?lang=en or an English browser", async () => {
    for (const { path, headers } of [
      { path: "/?lang=en", headers: {} },
      { path: "/", headers: { "Accept-Language": "en-US,en;q=0.8" } },
    ]) {
      const { html } = await page(path, headers);
      expect(html).toMatch(/<html lang="en" dir="ltr">/);
      expect(html).toContain("Work table III: Interreligious dialogue");
      expect(html).toContain("Only with the mandate of a religious community.");
      expect((await validator.validateString(html)).valid).toBe(true);
    }
  });

  it("escapes what a coordinator typed", async () => {
    const repo = new WorkTableRepository(table.db, table.tableName);
    await repo.put(
      "xss-probe",
      workTableInputSchema().parse(
        workTableBody({
          numeral: "IX",
          name: "<script>alert(1)</script>",
          audience: '"quoted" <b>bold</b>',
          contact: { name: "<img src=x onerror=alert(1)>", email: "x@example.org" },
        }),
      ),
      new Date(),
    );
    const { html } = await page("/");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>bold</b>");
  });

  it("sends a strict Content-Security-Policy that allows the site's stylesheet and its one colour block", async () => {
    const { response, html } = await page("/");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    const inline = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? "";
    expect(inline).toBe(":root{--primary:#005ca9}");
    const hash = createHash("sha256").update(inline).digest("base64");
    expect(csp).toContain(`style-src 'self' 'sha256-${hash}'; font-src 'self'`);
    expect(csp).not.toMatch(/script-src|unsafe/);
  });

  it("serves its KERN stylesheet and fonts from a versioned address, cached for a year", async () => {
    const { html } = await page("/");
    const href = /<link rel="stylesheet" href="(\/assets\/[0-9a-f]{12}\/site\.css)"\/?>/.exec(html)?.[1] ?? "";
    const css = await app.request(href);
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(css.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const style = await css.text();
    expect(style).toContain("KERN 2.");
    expect(style).toContain('font-family:"Fira Sans"');
    const font = await app.request(href.replace("site.css", "fira-sans-regular.woff2"));
    expect(font.headers.get("content-type")).toBe("font/woff2");
    expect(
      Buffer.from(await font.arrayBuffer())
        .subarray(0, 4)
        .toString("latin1"),
    ).toBe("wOF2");
  });

  it("answers an old version, an unknown file or a path out of the folder with 404, never another file", async () => {
    const { html } = await page("/");
    const version = /\/assets\/([0-9a-f]{12})\//.exec(html)?.[1] ?? "";
    expect(html).not.toContain('class="logo"');
    for (const path of [
      "/assets/000000000000/site.css",
      `/assets/${version}/package.json`,
      `/assets/${version}/..%2F..%2F..%2Fpackage.json`,
      `/assets/${version}/%2e%2e%2fassets.ts`,
      `/assets/${version}/constructor`,
      "/logo/000000000000.svg", // Schwerin's profile has no logo
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("cache-control"), path).toBeNull();
    }
  });

  it("shows a German 404 page for an unknown path", async () => {
    const { response, html } = await page("/gibt-es-nicht");
    expect(response.status).toBe(404);
    expect(html).toContain("Seite nicht gefunden");
  });
});
