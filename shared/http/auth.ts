import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Principal, Session } from "../domain/people.ts";
import type { WorkTable } from "../domain/work-table.ts";
import type { WorkTableRepository } from "../store/work-table-repository.ts";
import { principalForApiToken, type SignInDeps, sessionFor } from "../use-cases/sign-in.ts";
import type { AppDependencies, AppEnv, ConsoleAccess } from "./app-env.ts";

/**
 * How a request proves who makes it: people sign in with a mailed link and carry a session cookie; scripts send
 * a personal API token (`Authorization: Bearer nmk_…`); locally, `COORDINATOR_TOKEN` is a shortcut for scripts
 * (only the local entry point passes it: the deployed functions have no setting that could switch it on).
 */
export interface AuthDeps extends SignInDeps {
  /** Local stack only. */
  localToken?: string;
}

/** What the sign-in and the admin API's check need; the same object serves the console. */
export const authDeps = (deps: AppDependencies): AuthDeps => ({
  access: deps.access,
  secondFactors: deps.secondFactors,
  rateLimiter: deps.rateLimiter,
  signer: deps.signer,
  firstCoordinators: deps.firstCoordinators,
  // Contact persons and deputies sign in too, to the part of the console for their tables.
  mayAlsoSignIn: async (email) => (await contactTables(deps.workTables, email)).length > 0,
  ...(deps.localToken ? { localToken: deps.localToken } : {}),
});

/**
 * The work tables a person is a contact of now: their address is the table's contact, or its deputy while one is
 * set (archived tables excluded). It is data: a new contact on a table may sign in at once, a replaced one not.
 */
export async function contactTables(workTables: WorkTableRepository, email: string): Promise<WorkTable[]> {
  const address = email.trim().toLowerCase();
  return (await workTables.list()).filter(
    (t) => t.contact.email.toLowerCase() === address || t.deputy?.email.toLowerCase() === address,
  );
}

export async function consoleAccess(deps: AppDependencies, principal: Principal): Promise<ConsoleAccess> {
  const [coordinator, tables] = await Promise.all([
    isCoordinator(authDeps(deps), principal),
    contactTables(deps.workTables, principal.email),
  ]);
  return { coordinator, tables };
}

/** Whether the person may work on this table's applications, members and meetings. */
export const mayWorkOn = (access: ConsoleAccess, workTableId: string) =>
  access.coordinator || access.tables.some((t) => t.id === workTableId);

const COOKIE = "nm_session";

/** On HTTPS the cookie is `__Host-` prefixed and Secure (no subdomain can set or read it); locally plain. */
const isHttps = (c: Context) => new URL(c.req.url).protocol === "https:";

export function sessionCookie(c: Context): string | undefined {
  return isHttps(c) ? getCookie(c, COOKIE, "host") : getCookie(c, COOKIE);
}

/** The session cookie: HttpOnly, SameSite=Lax, for the whole site; it lives as long as the session may. */
export function setSessionCookie(c: Context, sessionId: string, session: Session): void {
  const maxAge = Math.max(0, session.absoluteExpiresAt - Math.floor(Date.now() / 1000));
  const options = { httpOnly: true, sameSite: "Lax" as const, path: "/", maxAge };
  if (isHttps(c)) setCookie(c, COOKIE, sessionId, { ...options, secure: true, prefix: "host" });
  else setCookie(c, COOKIE, sessionId, options);
}

const BROWSER_COOKIE = "nm_signin";

/**
 * The browser's sign-in cookie: a random secret the sign-in request stores the hash of, so that its mailed link
 * starts a session only in this browser. Kept while it lasts (several links asked for in one browser all work);
 * HttpOnly, SameSite=Lax (a link opened from a mail client is a top-level navigation, which carries it), as long
 * as a link lives.
 */
export function signInBrowser(c: Context): string | undefined {
  const value = isHttps(c) ? getCookie(c, BROWSER_COOKIE, "host") : getCookie(c, BROWSER_COOKIE);
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

export function ensureSignInBrowser(c: Context, maxAgeSeconds: number): string {
  const value = signInBrowser(c) ?? randomBytes(32).toString("base64url");
  const options = { httpOnly: true, sameSite: "Lax" as const, path: "/", maxAge: maxAgeSeconds };
  if (isHttps(c)) setCookie(c, BROWSER_COOKIE, value, { ...options, secure: true, prefix: "host" });
  else setCookie(c, BROWSER_COOKIE, value, options);
  return value;
}

export function clearSessionCookie(c: Context): void {
  if (isHttps(c)) deleteCookie(c, COOKIE, { path: "/", secure: true, prefix: "host" });
  else deleteCookie(c, COOKIE, { path: "/" });
}

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** The person behind a request: a session (browsers), or a bearer token when `bearer` is allowed (scripts). */
export async function principalOf(
  c: Context<AppEnv>,
  deps: AuthDeps,
  now: Date,
  options: {
    bearer: boolean /** Also a session after the mailed link alone (only the second step's pages). */;
    pending?: boolean;
  },
): Promise<Principal | undefined> {
  const header = c.req.header("authorization");
  if (options.bearer && header) {
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? "";
    if (deps.localToken && sameSecret(token, deps.localToken))
      return { email: "local-coordinator", via: "local_token" };
    return principalForApiToken(deps, token, now);
  }
  const sessionId = sessionCookie(c);
  if (!sessionId) return undefined;
  const session = await sessionFor(deps, sessionId, now);
  if (!session) return undefined;
  // Before the second factor, a session is nobody anywhere but on the second step's pages.
  if (session.secondFactor !== "done" && !options.pending) return undefined;
  return { email: session.email, via: "session", session };
}

/**
 * Whether the person has a coordinator's rights now: on the list (data: removing someone takes effect at once),
 * and, in a browser, in a session verified with a second factor. A contact person's session after the link alone
 * never carries coordinator rights, even if they are made a coordinator while it lasts.
 */
export async function isCoordinator(deps: AuthDeps, principal: Principal): Promise<boolean> {
  if (principal.via === "local_token") return true;
  if (principal.via === "session" && principal.session?.verifiedWith !== "second_factor") return false;
  return (await deps.access.coordinator(principal.email)) !== undefined;
}

/**
 * The per-session CSRF check of a state-changing request made with the session cookie: the session's token must
 * come back (a form field or the `X-CSRF-Token` header). The Origin check comes first, from hono/csrf. Requests
 * with a bearer token carry no cookie a foreign site could use, so they need none.
 */
export function csrfTokenMatches(principal: Principal, given: string | undefined): boolean {
  if (principal.via !== "session") return true;
  return given !== undefined && principal.session !== undefined && sameSecret(given, principal.session.csrfToken);
}
