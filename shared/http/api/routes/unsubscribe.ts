import { Hono } from "hono/tiny";
import { type UnsubscribeDeps, unsubscribeByToken } from "../../../use-cases/unsubscribe.ts";
import type { AppEnv } from "../../app-env.ts";
import { describeRoute } from "../describe.ts";
import type { UnsubscribeResultBody } from "../openapi/response-schemas.ts";
import { tokenProblem } from "./applications.ts";

/**
 * RFC 8058 one-click unsubscription: the `List-Unsubscribe` header names this URL and `List-Unsubscribe-Post:
 * List-Unsubscribe=One-Click` tells mail clients to POST that body (form-encoded or multipart). The body is not
 * needed, so any body (or none, or JSON) is accepted: the token alone decides. Again is harmless: the same 200.
 */
export function unsubscribeRoutes(deps: UnsubscribeDeps, now: () => Date) {
  return new Hono<AppEnv>().post(
    "/unsubscribe/:token",
    describeRoute((d) => ({
      operationId: "unsubscribe",
      tag: "links",
      summary: { en: "Unsubscribe with one click (RFC 8058)", de: "Mit einem Klick abbestellen (RFC 8058)" },
      description: {
        en: "What mail clients POST for the `List-Unsubscribe` header. The body is not read: the token alone decides. Again is the same 200.",
        de: "Was E-Mail-Programme zum Kopf `List-Unsubscribe` senden. Der Inhalt wird nicht gelesen: Allein das Token entscheidet. Ein zweites Mal ergibt dasselbe 200.",
      },
      parameters: [d.params.token],
      requestBody: {
        required: false,
        ...d.words({ en: "Ignored; any body or none.", de: "Wird nicht gelesen; beliebig oder leer." }),
        content: {
          "application/x-www-form-urlencoded": {
            schema: { type: "object", properties: { "List-Unsubscribe": { type: "string", const: "One-Click" } } },
          },
        },
      },
      responses: { 200: d.json("UnsubscribeResult", { en: "Unsubscribed.", de: "Abbestellt." }) },
      problems: [404, 410],
    })),
    async (c) => {
      const outcome = await unsubscribeByToken(deps, c.req.param("token"), now());
      if (outcome.kind !== "ok") return tokenProblem(c, outcome);
      return c.json({ status: "unsubscribed" } satisfies UnsubscribeResultBody);
    },
  );
}
