import type { Context, MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { consoleTexts } from "../../i18n/console.ts";
import type { AppEnv } from "../app-env.ts";
import { authDeps, consoleAccess, csrfTokenMatches, mayWorkOn, principalOf } from "../auth.ts";
import type { AppDependencies } from "../base.ts";
import { readLimitedBody } from "../body-limit.ts";
import { href } from "./layout.tsx";
import { consolePage, field, forbidden } from "./parts.tsx";
import { SECOND_STEP } from "./second-step-path.ts";

/** A console form: 64 KB of fields, or 2 MB with a file (the partner import). */
const FORM_BYTES = 64 * 1024;
const UPLOAD_BYTES = 2 * 1024 * 1024 + 64 * 1024;
export const SAFE = new Set(["GET", "HEAD"]);
/** Where a console page may send the person back after a confirmation of the second factor. */
export const RETURN_PATHS = new Set(["/konsole/zugang"]);

/** Reads a POSTed form (urlencoded or multipart) within its limit; undefined when it is too large or not a form. */
export async function readConsoleForm(c: Context<AppEnv>): Promise<FormData | undefined> {
  // The header as sent: a multipart boundary is case-sensitive.
  const header = c.req.header("content-type") ?? "";
  const type = header.toLowerCase();
  const multipart = type.startsWith("multipart/form-data");
  if (!multipart && !type.startsWith("application/x-www-form-urlencoded")) return undefined;
  const body = await readLimitedBody(c, multipart ? UPLOAD_BYTES : FORM_BYTES);
  if (!body.ok) return undefined;
  try {
    return await new Response(body.bytes, { headers: { "content-type": header } }).formData();
  } catch {
    return undefined;
  }
}

/**
 * Every /konsole request: a signed-in coordinator (a session; API tokens are for /api/admin), or the sign-in page.
 * A state-changing request must come from the console itself: its Origin (hono/csrf) and the session's CSRF
 * token in the form. Its fields are read here, within limits, for the route.
 */
export function consoleGuard(deps: AppDependencies, now: () => Date): MiddlewareHandler<AppEnv> {
  const auth = authDeps(deps);
  const origin = csrf();
  return async (c, next) => {
    const principal = await principalOf(c, auth, now(), { bearer: false, pending: true });
    if (!principal) return c.redirect(href("/anmelden", c.var.locale), 303);
    if (principal.session?.secondFactor !== "done") return c.redirect(href(SECOND_STEP, c.var.locale), 303);
    c.set("principal", principal);
    const access = await consoleAccess(deps, principal);
    c.set("access", access);
    // Someone who is neither (any more): a coordinator removed, a contact replaced on their table.
    if (!access.coordinator && access.tables.length === 0) return forbidden(c);
    if (SAFE.has(c.req.method)) return next();
    if (!(await sameOrigin(origin, c))) return refused(c);
    const form = await readConsoleForm(c);
    if (!form || !csrfTokenMatches(principal, field(form, "_csrf") || undefined)) return refused(c);
    c.set("form", form);
    await next();
  };
}

/** hono/csrf's Origin check, as a yes or no (it answers a foreign origin with an HTTPException). */
export async function sameOrigin(check: MiddlewareHandler, c: Context<AppEnv>): Promise<boolean> {
  try {
    let passed = false;
    await check(c, async () => {
      passed = true;
    });
    return passed;
  } catch (error) {
    if (error instanceof HTTPException) return false;
    throw error;
  }
}

/** Only coordinators past this point. */
export const coordinatorsOnly: MiddlewareHandler<AppEnv> = async (c, next) =>
  c.var.access.coordinator ? next() : forbidden(c);

/** Only who may work on the table in the path: its contact persons and the coordinators. */
export const tableMembersOnly: MiddlewareHandler<AppEnv> = async (c, next) =>
  mayWorkOn(c.var.access, c.req.param("tableId") ?? "") ? next() : forbidden(c);

export function refused(c: Context<AppEnv>) {
  const t = consoleTexts(c.var.locale);
  return consolePage(c, { title: t.forbiddenTitle, path: "/konsole" }, <p>{t.csrfFailed}</p>, 403);
}
