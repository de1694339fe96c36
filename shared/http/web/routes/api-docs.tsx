import { html } from "hono/html";
import { Hono } from "hono/tiny";
import type { Locale } from "../../../domain/locale.ts";
import { describeRoute } from "../../api/describe.ts";
import type { AppEnv } from "../../app-env.ts";

/**
 * `GET /api/openapi.json` and `GET /api/docs`, served by the web function. The document and the page are loaded
 * on the first request for them (a dynamic import: the bundle's other pages never evaluate that code), built once
 * and kept; the api function's bundle has neither.
 */
export function apiDocRoutes() {
  let documentJson: string | undefined;
  const pages = new Map<Locale, string>();
  return new Hono<AppEnv>()
    .get(
      "/api/openapi.json",
      describeRoute((d) => ({
        operationId: "getOpenApiDocument",
        tag: "documentation",
        summary: { en: "This document (OpenAPI 3.1)", de: "Dieses Dokument (OpenAPI 3.1)" },
        responses: {
          200: {
            ...d.words({ en: "The OpenAPI document.", de: "Das OpenAPI-Dokument." }),
            content: { "application/json": { schema: { type: "object" } } },
          },
        },
      })),
      async (c) => {
        if (documentJson === undefined) {
          const { openApiDocument } = await import("../../api/openapi/document.ts");
          documentJson = JSON.stringify(await openApiDocument());
        }
        return c.body(documentJson, 200, { "Content-Type": "application/json; charset=utf-8" });
      },
    )
    .get(
      "/api/docs",
      describeRoute((d) => ({
        operationId: "getApiReference",
        tag: "documentation",
        summary: { en: "This description as a page", de: "Diese Beschreibung als Seite" },
        parameters: [d.params.lang],
        responses: {
          200: {
            ...d.words({ en: "The page.", de: "Die Seite." }),
            content: { "text/html": { schema: { type: "string" } } },
          },
        },
      })),
      async (c) => {
        const locale = c.var.locale;
        let page = pages.get(locale);
        if (page === undefined) {
          const [{ openApiDocument }, { ApiReferencePage }] = await Promise.all([
            import("../../api/openapi/document.ts"),
            import("../views/api-reference.tsx"),
          ]);
          page = String(
            await html`<!DOCTYPE html>${<ApiReferencePage document={await openApiDocument()} locale={locale} />}`,
          );
          pages.set(locale, page);
        }
        return c.html(page);
      },
    );
}
