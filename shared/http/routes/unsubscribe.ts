import { Hono } from "hono/tiny";
import type { ApplicationDeps, TokenOutcome } from "../application-flow.ts";
import type { AppEnv } from "../env.ts";
import { tokenProblem } from "./applications.ts";

/**
 * Leaving the mailing list through the signed link in every conference mail (purpose "unsubscribe", subject the
 * partner's opaque handle). Only a POST unsubscribes: mail scanners open (GET) links.
 */
export async function unsubscribeByToken(
  deps: Pick<ApplicationDeps, "signer" | "partners">,
  token: string,
  now: Date,
): Promise<TokenOutcome<{ email: string; changed: boolean }>> {
  const check = (await deps.signer()).verify(token, "unsubscribe", now);
  if (!check.ok) return { kind: check.reason };
  const partner = await deps.partners.byHandle(check.subject);
  if (!partner) return { kind: "not_found" };
  const result = await deps.partners.unsubscribe(partner.email, now);
  if (result.outcome === "not_found") return { kind: "not_found" };
  return { kind: "ok", email: result.partner.email, changed: result.outcome === "unsubscribed" };
}

/**
 * RFC 8058 one-click unsubscription: the `List-Unsubscribe` header names this URL and `List-Unsubscribe-Post:
 * List-Unsubscribe=One-Click` tells mail clients to POST that body (form-encoded or multipart). The body is not
 * needed, so any body (or none, or JSON) is accepted: the token alone decides. Again is harmless: the same 200.
 */
export function unsubscribeRoutes(deps: Pick<ApplicationDeps, "signer" | "partners">, now: () => Date) {
  return new Hono<AppEnv>().post("/unsubscribe/:token", async (c) => {
    const outcome = await unsubscribeByToken(deps, c.req.param("token"), now());
    if (outcome.kind !== "ok") return tokenProblem(c, outcome);
    return c.json({ status: "unsubscribed" });
  });
}
