import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Locale } from "../domain/locale.ts";
import type { NewMail } from "../domain/mail.ts";
import { type ApiToken, type Principal, type Session, SIGN_IN } from "../domain/people.ts";
import { hasSecondFactor } from "../domain/second-factor.ts";
import { secretHash } from "../security/secret-hash.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { LinkOutcome } from "./link-outcome.ts";
import type { Access, RateLimiter, SecondFactors } from "./ports.ts";

export interface SignInDeps {
  access: Pick<
    Access,
    | "seedCoordinators"
    | "coordinator"
    | "createSignInRequest"
    | "signInRequest"
    | "useSignInRequest"
    | "session"
    | "touchSession"
    | "deleteSession"
    | "apiToken"
    | "markApiTokenUsed"
    | "createApiToken"
  >;
  /** Whose sign-in needs a second step: coordinators always, others once they enrolled. */
  secondFactors: Pick<SecondFactors, "get">;
  rateLimiter: RateLimiter;
  signer: () => Promise<TokenSigner>;
  /** The first coordinators (COORDINATOR_EMAILS): written to the table when it has no coordinator yet. */
  firstCoordinators: readonly string[];
  /** Whether someone other than a coordinator may sign in (contact persons of a work table). */
  mayAlsoSignIn?: (email: string) => Promise<boolean>;
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const seconds = (ms: number) => Math.floor(ms / 1000);
/** A random secret: 32 bytes, base64url. */
const secret = () => randomBytes(32).toString("base64url");

/** Whether this address may sign in: a coordinator (the table's list), or whoever `mayAlsoSignIn` admits. */
export async function maySignIn(deps: SignInDeps, email: string, now: Date): Promise<boolean> {
  await deps.access.seedCoordinators(deps.firstCoordinators, now);
  if (await deps.access.coordinator(email)) return true;
  return (await deps.mayAlsoSignIn?.(email)) ?? false;
}

/**
 * Someone asks for a sign-in link. Whatever the address, the caller answers the same ("if the address may sign
 * in, a link is on its way"): nobody learns which addresses have accounts. Only for one that may sign in is a
 * request stored and its mail queued. Both limits count every try, existing address or not.
 */
export async function requestSignIn(
  deps: SignInDeps,
  email: string,
  clientAddress: string,
  locale: Locale,
  now: Date,
  /** The secret of the asking browser's sign-in cookie: only that browser can use the link. */
  browser: string,
): Promise<{ kind: "answered" } | { kind: "rate_limited"; retryAfterSeconds: number }> {
  for (const [kind, subject, limit] of [
    ["signin-client", clientAddress, SIGN_IN.perClient],
    ["signin-email", email, SIGN_IN.perEmail],
  ] as const) {
    const check = await deps.rateLimiter.hit(kind, subject, limit, now);
    if (!check.ok) return { kind: "rate_limited", retryAfterSeconds: check.retryAfterSeconds };
  }
  if (!(await maySignIn(deps, email, now))) return { kind: "answered" };
  const id = randomBytes(16).toString("base64url");
  const mail: NewMail<"sign_in_link"> = {
    id: `signin-${id}`,
    kind: "sign_in_link",
    to: [{ email }],
    locale,
    data: { requestId: id, createdAt: now.toISOString() },
  };
  // Kept a day after the link ends, so that a late second click is told "used" rather than "unknown".
  const request = {
    id,
    email,
    createdAt: now.toISOString(),
    expiresAt: seconds(now.getTime() + 24 * HOUR_MS),
    browserHash: secretHash(browser),
  };
  await deps.access.createSignInRequest(request, mail, now);
  return { kind: "answered" };
}

/**
 * `other_browser`: the link was opened in a browser that did not ask for it (a forward, a shared mailbox, a mail
 * scanner): it starts nothing there.
 */
export type SignInLink =
  | LinkOutcome<{ email: string; requestId: string }>
  | { kind: "used" }
  | { kind: "other_browser" };

/**
 * What a sign-in link opens: its request, once, in the browser that asked for it (`browser`: the secret of its
 * sign-in cookie). Opening changes nothing (mail scanners open links).
 */
export async function openSignInLink(
  deps: SignInDeps,
  token: string,
  browser: string | undefined,
  now: Date,
): Promise<SignInLink> {
  const check = (await deps.signer()).verify(token, "signin", now);
  if (!check.ok) return { kind: check.reason };
  const request = await deps.access.signInRequest(check.subject);
  if (!request) return { kind: "not_found" };
  if (request.usedAt) return { kind: "used" };
  if (!request.browserHash || !browser || !sameHash(secretHash(browser), request.browserHash)) {
    return { kind: "other_browser" };
  }
  return { kind: "ok", email: request.email, requestId: request.id };
}

const sameHash = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));

/**
 * The button on the link's page: a session starts (a random id for the cookie, stored as its hash, and a CSRF
 * token), and the request is marked used, in one transaction. A second POST of the same link finds it used.
 */
export async function completeSignIn(
  deps: SignInDeps,
  token: string,
  browser: string | undefined,
  userAgent: string | undefined,
  now: Date,
): Promise<Exclude<SignInLink, { kind: "ok" }> | { kind: "signed_in"; sessionId: string; session: Session }> {
  const opened = await openSignInLink(deps, token, browser, now);
  if (opened.kind !== "ok") return opened;
  // The person may have been removed since the link was sent.
  if (!(await maySignIn(deps, opened.email, now))) return { kind: "not_found" };
  const sessionId = secret();
  const idHash = secretHash(sessionId);
  // The link alone is not enough for a coordinator, nor for anyone who set up a second factor.
  const needsSecondStep =
    (await deps.access.coordinator(opened.email)) !== undefined ||
    hasSecondFactor(await deps.secondFactors.get(opened.email));
  const session: Session = {
    publicId: idHash.slice(0, 12),
    email: opened.email,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    idleExpiresAt: seconds(now.getTime() + SIGN_IN.idleHours * HOUR_MS),
    absoluteExpiresAt: seconds(now.getTime() + SIGN_IN.absoluteDays * 24 * HOUR_MS),
    csrfToken: secret(),
    ...(userAgent ? { userAgent: userAgent.slice(0, 160) } : {}),
    secondFactor: needsSecondStep ? "pending" : "done",
    verifiedWith: "link",
  };
  const audit = {
    at: now.toISOString(),
    actor: opened.email,
    action: "session.start",
    subject: { type: "person", id: opened.email },
    after: { session: session.publicId },
  };
  if (!(await deps.access.useSignInRequest(opened.requestId, idHash, session, audit, now))) return { kind: "used" };
  return { kind: "signed_in", sessionId, session };
}

/** The session a cookie names, while it lives; its idle end moves on (at most every few minutes). */
export async function sessionFor(deps: SignInDeps, sessionId: string, now: Date): Promise<Session | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(sessionId)) return undefined;
  const idHash = secretHash(sessionId);
  const session = await deps.access.session(idHash);
  const nowSeconds = seconds(now.getTime());
  // TTL deletes late; an expired session is over at once.
  if (!session || session.idleExpiresAt <= nowSeconds || session.absoluteExpiresAt <= nowSeconds) return undefined;
  if (now.getTime() - Date.parse(session.lastSeenAt) > SIGN_IN.touchEveryMinutes * MINUTE_MS) {
    const idle = seconds(now.getTime() + SIGN_IN.idleHours * HOUR_MS);
    await deps.access.touchSession(idHash, session, idle, now);
    return { ...session, lastSeenAt: now.toISOString(), idleExpiresAt: idle };
  }
  return session;
}

/** Signing out: the session ends on the server (the cookie alone would not end it). */
export async function signOut(deps: SignInDeps, sessionId: string): Promise<void> {
  await deps.access.deleteSession(secretHash(sessionId));
}

/** The person a personal API token belongs to, while it is valid and they may still sign in. */
export async function principalForApiToken(deps: SignInDeps, token: string, now: Date): Promise<Principal | undefined> {
  if (!/^nmk_[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const tokenHash = secretHash(token);
  const stored = await deps.access.apiToken(tokenHash);
  if (!stored || stored.expiresAt <= seconds(now.getTime())) return undefined;
  if (!stored.lastUsedAt || now.getTime() - Date.parse(stored.lastUsedAt) > SIGN_IN.touchEveryMinutes * MINUTE_MS) {
    await deps.access.markApiTokenUsed(tokenHash, now);
  }
  return { email: stored.email, via: "api_token" };
}

/** A new personal API token: the token is returned once, the table keeps its hash. */
export async function createApiToken(
  deps: SignInDeps,
  email: string,
  name: string,
  validDays: number,
  now: Date,
): Promise<{ token: string; stored: ApiToken }> {
  const token = `nmk_${secret()}`;
  const tokenHash = secretHash(token);
  const stored: ApiToken = {
    publicId: tokenHash.slice(0, 12),
    email,
    name,
    createdAt: now.toISOString(),
    expiresAt: seconds(now.getTime() + validDays * 24 * HOUR_MS),
  };
  await deps.access.createApiToken(
    tokenHash,
    stored,
    {
      at: now.toISOString(),
      actor: email,
      action: "apitoken.create",
      subject: { type: "person", id: email },
      after: { token: stored.publicId, name, validDays },
    },
    now,
  );
  return { token, stored };
}
