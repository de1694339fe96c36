import { randomBytes } from "node:crypto";
import { type Session, verifiedSession } from "../../shared/domain/people.ts";
import type { TokenSigner } from "../../shared/security/tokens.ts";
import { type AccessRepository, secretHash } from "../../shared/store/access-repository.ts";
import { completeSignIn, requestSignIn } from "../../shared/use-cases/sign-in.ts";
import type { testDependencies } from "./app.ts";
import { testSigner } from "./app.ts";
import { allItems, type TestTable } from "./tables.ts";

/** A console session as the mailed link gives it: the cookie to send and the form token of the session. */
export interface ConsoleSession {
  email: string;
  cookie: string;
  csrf: string;
}

/**
 * Signs a person in the way the console does (ask for a link, press the link page's button), through the use
 * cases on the test table, without a mailer: the link's request id is read from the queued sign-in mail.
 */
export async function signedInAs(
  table: TestTable,
  deps: ReturnType<typeof testDependencies>,
  firstCoordinators: string[],
  email: string,
  /** When the sign-in happens: the app's own clock where a test runs it at another time. */
  now = new Date(),
): Promise<ConsoleSession> {
  const auth = {
    ...deps,
    secondFactors: deps.secondFactors,
    firstCoordinators,
    mayAlsoSignIn: async (address: string) =>
      (await deps.workTables.list()).some((t) => t.contact.email === address || t.deputy?.email === address),
  };
  const browser = randomBytes(32).toString("base64url");
  const outcome = await requestSignIn(auth, email, `198.51.100.${Math.floor(Math.random() * 200)}`, "de", now, browser);
  if (outcome.kind !== "answered") throw new Error(`sign-in of ${email}: ${outcome.kind}`);
  const mail = (await allItems(table))
    .filter((i) => i.kind === "sign_in_link" && JSON.stringify(i.to).includes(email))
    .sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)))[0];
  const requestId = (mail?.data as { requestId?: string } | undefined)?.requestId;
  if (!requestId) throw new Error(`no sign-in mail for ${email}: not a coordinator or contact`);
  const signedIn = await completeSignIn(
    auth,
    testSigner.sign("signin", requestId, new Date(now.getTime() + 600_000)),
    browser,
    "test",
    now,
  );
  if (signedIn.kind !== "signed_in") throw new Error(`sign-in of ${email}: ${signedIn.kind}`);
  if (signedIn.session.secondFactor === "done") {
    return { email, cookie: `nm_session=${signedIn.sessionId}`, csrf: signedIn.session.csrfToken };
  }
  // The second step, as tests/http/second-factor.test.ts tests it: here passed directly, the full session
  // starting under a new id as the console starts it.
  return { email, ...(await passedSecondStep(deps.access, signedIn.sessionId, signedIn.session, now)) };
}

/** The full session that replaces a step-one session once the second factor is given (see console-app.tsx). */
export async function passedSecondStep(
  access: AccessRepository,
  stepOneId: string,
  stepOne: Session,
  now = new Date(),
): Promise<{ cookie: string; csrf: string }> {
  const sessionId = randomBytes(32).toString("base64url");
  const idHash = secretHash(sessionId);
  const session = verifiedSession(stepOne, idHash.slice(0, 12), now);
  if (!(await access.promoteSession(secretHash(stepOneId), idHash, session))) throw new Error("step-one session gone");
  return { cookie: `nm_session=${sessionId}`, csrf: session.csrfToken };
}

/**
 * The mailed link's button pressed in the browser that asked for it: the cookie of step one. The sign-in request
 * is written directly (tests sign one person in more often than the hourly limit of sign-in mails allows), bound
 * to a browser whose sign-in cookie the press then carries, as a browser would.
 */
export async function stepOneCookie(
  built: {
    app: { request(path: string, init?: RequestInit): Response | Promise<Response> };
    deps: { access: AccessRepository };
  },
  email: string,
  signer: TokenSigner = testSigner,
  now = new Date(),
): Promise<string> {
  const id = randomBytes(16).toString("base64url");
  const browser = randomBytes(32).toString("base64url");
  await built.deps.access.createSignInRequest(
    {
      id,
      email,
      createdAt: now.toISOString(),
      expiresAt: Math.floor(now.getTime() / 1000) + 3600,
      browserHash: secretHash(browser),
    },
    {
      id: `signin-${id}`,
      kind: "sign_in_link",
      to: [{ email }],
      locale: "de",
      data: { requestId: id, createdAt: now.toISOString() },
    },
    now,
  );
  const token = signer.sign("signin", id, new Date(now.getTime() + 600_000));
  const pressed = await built.app.request(`/anmelden/${token}`, {
    method: "POST",
    headers: { Origin: "http://localhost", Cookie: `nm_signin=${browser}` },
  });
  const cookie = /nm_session=[^;]+/.exec(pressed.headers.get("set-cookie") ?? "")?.[0];
  if (pressed.status !== 303 || !cookie) throw new Error(`sign-in of ${email}: ${pressed.status}`);
  return cookie;
}

/** A console form as a browser posts it: the session's cookie, the same origin, and its CSRF token with the fields. */
export function formPost(session: ConsoleSession, fields: Record<string, string>): RequestInit {
  return {
    method: "POST",
    headers: {
      Cookie: session.cookie,
      Origin: "http://localhost",
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ ...fields, _csrf: session.csrf }).toString(),
  };
}

/** What a console page answered: its status, its HTML and where it redirects. */
export interface PageAnswer {
  status: number;
  html: string;
  location: string | null;
}

/**
 * A person's console pages through the app: `get` a page and `post` its form as a browser does, by default as the
 * session `fallback` gives (read when called, so it may be signed in after this is made).
 */
export function consolePages(
  app: { request(path: string, init?: RequestInit): Response | Promise<Response> },
  fallback: () => ConsoleSession,
) {
  const answer = async (response: Response): Promise<PageAnswer> => ({
    status: response.status,
    html: await response.text(),
    location: response.headers.get("location"),
  });
  return {
    get: async (path: string, session = fallback()) =>
      answer(await app.request(path, { headers: { Cookie: session.cookie } })),
    post: async (path: string, fields: Record<string, string>, session = fallback()) =>
      answer(await app.request(path, formPost(session, fields))),
  };
}
