import { Hono } from "hono/tiny";
import { type UnsubscribeDeps, unsubscribeByToken } from "../../../use-cases/unsubscribe.ts";
import type { AppEnv } from "../../app-env.ts";
import type { UnsubscribeResultBody } from "../openapi/response-schemas.ts";
import { tokenProblem } from "./applications.ts";

/**
 * RFC 8058 one-click unsubscription: the `List-Unsubscribe` header names this URL and `List-Unsubscribe-Post:
 * List-Unsubscribe=One-Click` tells mail clients to POST that body (form-encoded or multipart). The body is not
 * needed, so any body (or none, or JSON) is accepted: the token alone decides. Again is harmless: the same 200.
 */
export function unsubscribeRoutes(deps: UnsubscribeDeps, now: () => Date) {
  return new Hono<AppEnv>().post("/unsubscribe/:token", async (c) => {
    const outcome = await unsubscribeByToken(deps, c.req.param("token"), now());
    if (outcome.kind !== "ok") return tokenProblem(c, outcome);
    return c.json({ status: "unsubscribed" } satisfies UnsubscribeResultBody);
  });
}
