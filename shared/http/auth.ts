import { timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import type { AppEnv } from "./app-env.ts";

export const COORDINATOR_GROUP = "coordinators";

export type AuthResult = { ok: true; subject: string } | { ok: false; status: 401 | 403 };

/** How the app decides that a request comes from a coordinator. The entry point chooses; no setting switches it. */
export type CoordinatorAuth = (c: Context<AppEnv>) => AuthResult;

/**
 * On AWS: API Gateway's JWT authorizer has verified the Cognito token before the function runs. The app trusts
 * only those verified claims, and requires the `coordinators` group. A bearer header alone means nothing here.
 */
export const verifiedClaimsAuth: CoordinatorAuth = (c) => {
  const claims = c.env?.event?.requestContext?.authorizer?.jwt?.claims;
  if (!claims?.sub) return { ok: false, status: 401 };
  return cognitoGroups(claims["cognito:groups"]).includes(COORDINATOR_GROUP)
    ? { ok: true, subject: String(claims.sub) }
    : { ok: false, status: 403 };
};

/** API Gateway passes a list claim either as an array or flattened to a string like "[coordinators editors]". */
function cognitoGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== "string") return [];
  return value
    .replace(/^\[|\]$/g, "")
    .split(/[\s,]+/)
    .filter(Boolean);
}

/** Local stack only: one shared token (COORDINATOR_TOKEN), compared in constant time. */
export function bearerTokenAuth(token: string): CoordinatorAuth {
  const expected = Buffer.from(token);
  return (c) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(.+)$/i.exec(header);
    const given = Buffer.from(match?.[1]?.trim() ?? "");
    const valid = given.length === expected.length && timingSafeEqual(given, expected);
    return valid ? { ok: true, subject: "local-coordinator" } : { ok: false, status: 401 };
  };
}
