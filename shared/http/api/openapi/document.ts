import * as z from "zod/mini";
import { once } from "../../../domain/once.ts";
import { network } from "../../../i18n/network.ts";
import { MAX_BODY_BYTES } from "../../json-body.ts";
import { describedOperations } from "./collect.ts";
import {
  annotate,
  type JsonSchema,
  type Method,
  type OperationSpec,
  PROBLEM_HEADERS,
  PROBLEMS,
  type ProblemStatus,
  problemResponse,
  ref,
  TAGS,
  words,
} from "./kit.ts";
import { type ResponseBodyName, responseBodies } from "./response-schemas.ts";
import { SCHEMA_TEXTS } from "./response-texts.ts";

/**
 * The OpenAPI 3.1 document of the JSON API (`GET /api/openapi.json`, and the page `GET /api/docs`). No operation
 * is written here: every route describes itself where it is defined (`describeRoute`, ../describe.ts), so a route
 * and its description change together; collect.ts finds those descriptions in the apps' route tables (a route
 * without one is missing from the document, which tests/http/openapi.test.ts reports), and this module adds what
 * the whole document shares (info, tags, problem responses, security schemes, the response bodies of
 * response-schemas.ts with their notes) and orders the paths by tag, then as the routes are defined. Request
 * bodies and query strings are the very zod schemas the routes validate with, converted by zod's own
 * `z.toJSONSchema`. The web function serves the document and builds it once, on the first request for it: the
 * api function's bundle carries the routes' descriptions, none of this.
 */

const JSON_BODY_PROBLEMS: ProblemStatus[] = [400, 413, 415, 422];
const COORDINATOR_PROBLEMS: ProblemStatus[] = [401, 403];
const SAFE = new Set<Method>(["get"]);

function operationObject(spec: OperationSpec) {
  const statuses = new Set<ProblemStatus>([
    ...(spec.jsonRequest ? JSON_BODY_PROBLEMS : []),
    ...(spec.coordinators ? COORDINATOR_PROBLEMS : []),
    ...(spec.problems ?? []),
    "5XX",
  ]);
  const problems = Object.fromEntries(
    [...statuses].sort((a, b) => String(a).localeCompare(String(b))).map((s) => [String(s), problemResponse(s)]),
  );
  return {
    operationId: spec.operationId,
    tags: [TAGS[spec.tag].en],
    summary: spec.summary.en,
    "x-summary-de": spec.summary.de,
    ...(spec.description ? words(spec.description) : {}),
    ...(spec.coordinators
      ? {
          security: SAFE.has(spec.method)
            ? [{ bearerToken: [] }, { sessionCookie: [] }]
            : [{ bearerToken: [] }, { sessionCookie: [], csrfToken: [] }],
        }
      : {}),
    ...(spec.parameters?.length ? { parameters: spec.parameters } : {}),
    ...(spec.requestBody ? { requestBody: spec.requestBody } : {}),
    responses: { ...spec.responses, ...problems },
  };
}

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(responseBodies)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io: "output",
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => {
      const text = SCHEMA_TEXTS[id as ResponseBodyName];
      return [id, { ...words(text), ...annotate(schema, text.fields ?? {}) }];
    }),
  );
}

async function buildDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  const tagOrder = Object.keys(TAGS);
  const all = (await describedOperations())
    // by tag, then in the order the routes are defined (a stable sort)
    .sort((a, b) => tagOrder.indexOf(a.tag) - tagOrder.indexOf(b.tag));
  for (const spec of all) {
    paths[spec.path] ??= {};
    (paths[spec.path] as Record<string, unknown>)[spec.method] = operationObject(spec);
  }
  const problemContent = { "application/problem+json": { schema: ref("Problem") } };
  return {
    openapi: "3.1.1",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: `${network().name} – JSON API`,
      version: "1",
      ...words({
        en: `The JSON API of the ${network().name}: the work tables, applying to them, the links in mails, and the coordinators' API under \`/api/admin\`. Bodies are JSON (at most ${MAX_BODY_BYTES / 1024} KB); every error is \`application/problem+json\` (RFC 9457) with \`status\`, \`title\`, \`detail\` and, for invalid fields, \`errors: [{ path, message }]\`. Texts follow \`?lang=\` (de, en, uk, ru, ar, tr; the coordinators' API de or en) or \`Accept-Language\` (German by default; \`Content-Language\` tells which).`,
        de: `Die JSON-Schnittstelle des Netzwerks „${network().name}“: die Arbeitstische, die Bewerbung bei ihnen, die Links aus E-Mails und die Schnittstelle der Koordination unter \`/api/admin\`. Inhalte sind JSON (höchstens ${MAX_BODY_BYTES / 1024} KB); jeder Fehler ist \`application/problem+json\` (RFC 9457) mit \`status\`, \`title\`, \`detail\` und, bei ungültigen Feldern, \`errors: [{ path, message }]\`. Texte folgen \`?lang=\` (de, en, uk, ru, ar, tr; die Schnittstelle der Koordination de oder en) oder \`Accept-Language\` (sonst Deutsch; \`Content-Language\` sagt, welche Sprache).`,
      }),
    },
    tags: Object.values(TAGS).map((tag) => ({
      name: tag.en,
      "x-name-de": tag.de,
      ...words(tag.about),
    })),
    paths,
    components: {
      schemas: componentSchemas(),
      responses: Object.fromEntries(
        Object.entries(PROBLEMS).map(([status, problem]) => [
          problem.name,
          {
            ...words(problem),
            ...(PROBLEM_HEADERS[status as unknown as ProblemStatus]
              ? { headers: PROBLEM_HEADERS[status as unknown as ProblemStatus] }
              : {}),
            content: problemContent,
          },
        ]),
      ),
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "nmk_…",
          ...words({
            en: "A personal API token, `Authorization: Bearer nmk_…`: made in the console (Zugang), shown once, revocable. Locally also `COORDINATOR_TOKEN`.",
            de: "Ein persönliches API-Token, `Authorization: Bearer nmk_…`: in der Konsole (Zugang) erstellt, einmal angezeigt, widerrufbar. Lokal auch `COORDINATOR_TOKEN`.",
          }),
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "__Host-nm_session",
          ...words({
            en: "The console's session, after signing in with the mailed link (over plain HTTP, locally: `nm_session`).",
            de: "Die Sitzung der Konsole nach der Anmeldung mit dem zugesandten Link (über einfaches HTTP, lokal: `nm_session`).",
          }),
        },
        csrfToken: {
          type: "apiKey",
          in: "header",
          name: "X-CSRF-Token",
          ...words({
            en: "With the session cookie, every request that changes something carries the session's CSRF token.",
            de: "Mit dem Sitzungs-Cookie trägt jede ändernde Anfrage das CSRF-Token der Sitzung.",
          }),
        },
      },
    },
  };
}

export type OpenApiDocument = Awaited<ReturnType<typeof buildDocument>>;

/** The document, built on first use and kept (the same promise for every caller). */
export const openApiDocument = once(buildDocument);
