import { randomBytes } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { Hono } from "hono/tiny";
import QRCode from "qrcode";
import { SIGN_IN, verifiedSession } from "../../domain/people.ts";
import { hasSecondFactor, SECOND_FACTOR } from "../../domain/second-factor.ts";
import { emailAddress } from "../../domain/text.ts";
import { consoleTexts } from "../../i18n/console.ts";
import { secretHash } from "../../store/people-repository.ts";
import {
  completeEnrolment,
  completePasskeyRegistration,
  passkeyAuthenticationOptions,
  passkeyRegistrationOptions,
  type RelyingParty,
  startEnrolment,
  verifyPasskey,
  verifySecondStep,
} from "../../use-cases/second-factor.ts";
import { completeSignIn, openSignInLink, requestSignIn, signOut } from "../../use-cases/sign-in.ts";
import type { AppEnv } from "../app-env.ts";
import {
  authDeps,
  clearSessionCookie,
  consoleAccess,
  csrfTokenMatches,
  ensureSignInBrowser,
  mayWorkOn,
  principalOf,
  sessionCookie,
  setSessionCookie,
  signInBrowser,
} from "../auth.ts";
import { type AppDependencies, type BaseApp, contentSecurityPolicy, noStore } from "../base.ts";
import { readLimitedBody } from "../body-limit.ts";
import { ErrorSummary, Field } from "../pages/form-parts.tsx";
import { STYLE_SOURCE } from "../pages/layout.tsx";
import { PASSKEY_SCRIPT } from "./assets/passkey-script.ts";
import { COORDINATOR_PATHS, href, Notice } from "./layout.tsx";
import { berlinDateTime, consolePage, field, forbidden } from "./parts.tsx";
import { accountRoutes } from "./routes/account.tsx";
import { applicationRoutes } from "./routes/applications.tsx";
import { auditRoutes } from "./routes/audit.tsx";
import { conferenceRoutes } from "./routes/conferences.tsx";
import { coordinatorRoutes } from "./routes/coordinators.tsx";
import { mailRoutes } from "./routes/mails.tsx";
import { noticeRoutes } from "./routes/notices.tsx";
import { overviewRoutes } from "./routes/overview.tsx";
import { partnerRoutes } from "./routes/partners.tsx";
import { peopleRoutes } from "./routes/people.tsx";
import { tableRoutes } from "./routes/table.tsx";
import { workTableRoutes } from "./routes/work-tables.tsx";
import { SECOND_STEP } from "./second-step-path.ts";

/** A console form: 64 KB of fields, or 2 MB with a file (the partner import). */
const FORM_BYTES = 64 * 1024;
const UPLOAD_BYTES = 2 * 1024 * 1024 + 64 * 1024;
const SAFE = new Set(["GET", "HEAD"]);
/** Where a console page may send the person back after a confirmation of the second factor. */
export const RETURN_PATHS = new Set(["/konsole/zugang"]);

/** Reads a POSTed form (urlencoded or multipart) within its limit; undefined when it is too large or not a form. */
async function readConsoleForm(c: Context<AppEnv>): Promise<FormData | undefined> {
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
function consoleGuard(deps: AppDependencies, now: () => Date): MiddlewareHandler<AppEnv> {
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

/**
 * The second step's pages: a session after the mailed link alone reaches these and nothing else. Without a
 * factor (a coordinator's first sign-in after this feature, or after a reset) the person enrols: QR code or key,
 * the first code, then ten recovery codes shown once. With one, they give a code; five wrong ones lock the step.
 */
function secondStepRoutes(deps: AppDependencies, now: () => Date) {
  const auth = authDeps(deps);
  const origin = csrf();
  const factorDeps = { secondFactors: deps.secondFactors, people: deps.people, signer: deps.signer };
  /** The pending session, with its form checked on a POST; a Response when there is none or the check fails. */
  const pendingSession = async (c: Context<AppEnv>) => {
    const principal = await principalOf(c, auth, now(), { bearer: false, pending: true });
    if (!principal?.session) return c.redirect(href("/anmelden", c.var.locale), 303);
    if (principal.session.secondFactor === "done") return c.redirect(href("/konsole", c.var.locale), 303);
    c.set("principal", principal);
    if (c.req.method === "POST") {
      if (!(await sameOrigin(origin, c))) return refused(c);
      const form = await readConsoleForm(c);
      if (!form || !csrfTokenMatches(principal, field(form, "_csrf") || undefined)) return refused(c);
      c.set("form", form);
    }
    return principal;
  };

  const codePage = async (
    c: Context<AppEnv>,
    csrfToken: string,
    email: string,
    error?: string,
    status: 200 | 422 = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    const record = await deps.secondFactors.get(email);
    const passkey = record?.passkeys?.length
      ? await passkeyAuthenticationOptions(factorDeps, email, relyingParty(deps, c), now())
      : undefined;
    withPasskeyScript(c);
    return consolePage(
      c,
      {
        title: error ? `${t.errorPrefix}: ${t.secondStepTitle}` : t.secondStepTitle,
        path: SECOND_STEP,
        signedOut: true,
      },
      <>
        <ErrorSummary heading={t.fieldsInvalid} errors={error ? [["code", error]] : []} />
        {passkey ? (
          <PasskeyForm mode="authenticate" options={passkey} csrfToken={csrfToken} t={t} locale={c.var.locale} />
        ) : null}
        <p>{t.secondStepIntro}</p>
        <form method="post" action={href(SECOND_STEP, c.var.locale)} novalidate>
          <input type="hidden" name="_csrf" value={csrfToken} />
          <Field
            id="field-code"
            label={t.codeLabel}
            hint={t.codeHint}
            error={error}
            control={(a) => (
              <input
                type="text"
                name="code"
                inputmode="text"
                autocomplete="one-time-code"
                maxlength={20}
                required
                {...a}
              />
            )}
          />
          <p>
            <button type="submit">{t.confirmCode}</button>
          </p>
        </form>
      </>,
      status,
    );
  };

  /** 429: locked until `until`, or (without it) the attempts allowed are all being checked at this moment. */
  const lockedPage = (c: Context<AppEnv>, until: string | undefined) => {
    const t = consoleTexts(c.var.locale);
    c.header("Retry-After", String(until ? Math.max(1, Math.ceil((Date.parse(until) - now().getTime()) / 1000)) : 5));
    return consolePage(
      c,
      { title: t.lockedTitle, path: SECOND_STEP, signedOut: true },
      <p role="alert">{until ? t.locked(berlinDateTime(until, c.var.locale)) : t.tooManyAttempts}</p>,
      429,
    );
  };

  const enrolPage = async (
    c: Context<AppEnv>,
    csrfToken: string,
    email: string,
    options: { error?: string; notice?: string; status?: 200 | 422 } = {},
  ) => {
    const t = consoleTexts(c.var.locale);
    const { secret, uri, sealed } = await startEnrolment(factorDeps, email, now());
    const passkey = await passkeyRegistrationOptions(factorDeps, email, relyingParty(deps, c), now());
    withPasskeyScript(c);
    const qr = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    return consolePage(
      c,
      {
        title: options.error ? `${t.errorPrefix}: ${t.enrolTitle}` : t.enrolTitle,
        path: SECOND_STEP,
        signedOut: true,
      },
      <>
        {options.notice ? <Notice>{options.notice}</Notice> : null}
        <ErrorSummary heading={t.fieldsInvalid} errors={options.error ? [["code", options.error]] : []} />
        <p>{t.enrolIntro}</p>
        <PasskeyForm mode="register" options={passkey} csrfToken={csrfToken} t={t} locale={c.var.locale} />
        <h2>{t.enrolAppTitle}</h2>
        <p>{t.enrolScan}</p>
        <div class="qr" role="img" aria-label={t.enrolQrLabel} dangerouslySetInnerHTML={{ __html: qr }} />
        <p>{t.enrolType}</p>
        <p>
          <code class="hash" id="totp-secret">
            {secret.replace(/(.{4})/g, "$1 ").trim()}
          </code>
        </p>
        <p>{t.enrolCode}</p>
        <form method="post" action={href(`${SECOND_STEP}/einrichten`, c.var.locale)} novalidate>
          <input type="hidden" name="_csrf" value={csrfToken} />
          <input type="hidden" name="enrolment" value={sealed} />
          <Field
            id="field-code"
            label={t.codeLabel}
            error={options.error}
            control={(a) => (
              <input
                type="text"
                name="code"
                inputmode="numeric"
                autocomplete="one-time-code"
                maxlength={6}
                required
                {...a}
              />
            )}
          />
          <Field
            id="field-deviceName"
            label={t.enrolName}
            control={(a) => <input type="text" name="deviceName" maxlength={60} {...a} />}
          />
          <p>
            <button type="submit">{t.confirmCode}</button>
          </p>
        </form>
      </>,
      options.status ?? 200,
    );
  };

  /**
   * Both factors given: the full session starts now, under a new id and cookie; the step-one session ends. False
   * when it ended meanwhile (signed out, reset).
   */
  const startFullSession = async (c: Context<AppEnv>): Promise<string | undefined> => {
    const stepOne = c.var.principal.session;
    if (!stepOne) return undefined;
    const sessionId = randomBytes(32).toString("base64url");
    const idHash = secretHash(sessionId);
    const session = verifiedSession(stepOne, idHash.slice(0, 12), now());
    if (!(await deps.people.promoteSession(secretHash(sessionCookie(c) ?? ""), idHash, session))) return undefined;
    setSessionCookie(c, sessionId, session);
    return stepOne.returnTo && RETURN_PATHS.has(stepOne.returnTo) ? stepOne.returnTo : "/konsole";
  };

  /** Shown once after setting up the first factor. */
  const recoveryCodesPage = (c: Context<AppEnv>, codes: string[]) => {
    const t = consoleTexts(c.var.locale);
    return consolePage(
      c,
      { title: t.enrolDone, path: SECOND_STEP, signedOut: true },
      <>
        <p>{t.recoveryIntro}</p>
        <ul class="recovery-codes">
          {codes.map((code) => (
            <li>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <p>
          <a class="button" href={href("/konsole", c.var.locale)}>
            {t.continueToConsole}
          </a>
        </p>
      </>,
    );
  };

  return (
    new Hono<AppEnv>()
      .get("/", async (c) => {
        const session = await pendingSession(c);
        if (session instanceof Response) return session;
        const record = await deps.secondFactors.get(session.email);
        if (!record || !hasSecondFactor(record)) return enrolPage(c, session.session?.csrfToken ?? "", session.email);
        if (record.lockedUntil && record.lockedUntil * 1000 > now().getTime()) {
          return lockedPage(c, new Date(record.lockedUntil * 1000).toISOString());
        }
        return codePage(c, session.session?.csrfToken ?? "", session.email);
      })
      .post("/", async (c) => {
        const session = await pendingSession(c);
        if (session instanceof Response) return session;
        const t = consoleTexts(c.var.locale);
        const csrfToken = session.session?.csrfToken ?? "";
        const outcome = await verifySecondStep(
          factorDeps,
          session.email,
          field(c.var.form, "code"),
          c.var.locale,
          now(),
        );
        switch (outcome.kind) {
          case "verified": {
            const next = await startFullSession(c);
            return c.redirect(href(next ?? "/anmelden", c.var.locale), 303);
          }
          case "no_factor":
            return enrolPage(c, csrfToken, session.email);
          case "locked":
            return lockedPage(c, outcome.until);
          case "replayed":
            return codePage(c, csrfToken, session.email, t.replayedCode, 422);
          case "wrong_code":
            return codePage(c, csrfToken, session.email, t.wrongCode(outcome.attemptsLeft), 422);
        }
      })
      .get("/passkey.js", (c) =>
        c.body(PASSKEY_SCRIPT, 200, {
          "Content-Type": "text/javascript; charset=utf-8",
          "Cache-Control": "public, max-age=300",
        }),
      )
      // The passkey's answer, posted by the script in an ordinary form: a new passkey, or the second step.
      .post("/passkey", async (c) => {
        const session = await pendingSession(c);
        if (session instanceof Response) return session;
        const t = consoleTexts(c.var.locale);
        const csrfToken = session.session?.csrfToken ?? "";
        const answer = field(c.var.form, "response");
        if (field(c.var.form, "mode") === "register") {
          if (hasSecondFactor(await deps.secondFactors.get(session.email))) {
            return c.redirect(href(SECOND_STEP, c.var.locale), 303);
          }
          const added = await completePasskeyRegistration(
            factorDeps,
            session.email,
            answer,
            field(c.var.form, "deviceName"),
            relyingParty(deps, c),
            c.var.locale,
            now(),
          );
          if (added.kind !== "added")
            return enrolPage(c, csrfToken, session.email, { error: t.passkeyRefused, status: 422 });
          if (!(await startFullSession(c))) {
            return c.redirect(href("/anmelden", c.var.locale), 303);
          }
          return recoveryCodesPage(c, added.recoveryCodes ?? []);
        }
        const outcome = await verifyPasskey(
          factorDeps,
          session.email,
          answer,
          relyingParty(deps, c),
          c.var.locale,
          now(),
        );
        if (outcome.kind === "verified") {
          const next = await startFullSession(c);
          return c.redirect(href(next ?? "/anmelden", c.var.locale), 303);
        }
        if (outcome.kind === "locked") return lockedPage(c, outcome.until);
        if (outcome.kind === "no_factor") return enrolPage(c, csrfToken, session.email);
        return codePage(c, csrfToken, session.email, t.passkeyRefused, 422);
      })
      .post("/einrichten", async (c) => {
        const session = await pendingSession(c);
        if (session instanceof Response) return session;
        const t = consoleTexts(c.var.locale);
        const csrfToken = session.session?.csrfToken ?? "";
        // Someone who has a factor gives a code; setting up another one needs that code first (on the account page).
        if (hasSecondFactor(await deps.secondFactors.get(session.email))) {
          return c.redirect(href(SECOND_STEP, c.var.locale), 303);
        }
        const outcome = await completeEnrolment(
          factorDeps,
          session.email,
          field(c.var.form, "enrolment"),
          field(c.var.form, "code"),
          field(c.var.form, "deviceName"),
          c.var.locale,
          now(),
        );
        if (outcome.kind === "exists") return c.redirect(href(SECOND_STEP, c.var.locale), 303);
        if (outcome.kind === "expired")
          return enrolPage(c, csrfToken, session.email, { notice: t.enrolExpired, status: 422 });
        if (outcome.kind === "wrong_code") {
          return enrolPage(c, csrfToken, session.email, { error: t.wrongCode(SECOND_FACTOR.maxFailures), status: 422 });
        }
        if (!(await startFullSession(c))) {
          return c.redirect(href("/anmelden", c.var.locale), 303);
        }
        return recoveryCodesPage(c, outcome.recoveryCodes);
      })
  );
}

/**
 * This site as the browser sees it: the relying party of its passkeys, from `PUBLIC_BASE_URL` (the request's own URL
 * only where none is configured: tests of the app alone). A Host header an attacker sends changes nothing.
 */
function relyingParty(deps: AppDependencies, c: Context<AppEnv>): RelyingParty {
  const url = new URL(deps.publicBaseUrl ?? c.req.url);
  return { id: url.hostname, origin: url.origin };
}

/** The second step's pages load the passkey script (same origin); every other page has no script at all. */
function withPasskeyScript(c: Context<AppEnv>) {
  c.header("Content-Security-Policy", contentSecurityPolicy([STYLE_SOURCE], { scripts: true }));
}

/**
 * A passkey button: hidden until the script finds passkey support (without it, or without JavaScript, the code
 * form below is the way). The options travel as JSON data, never as script.
 */
function PasskeyForm(props: {
  mode: "register" | "authenticate";
  options: unknown;
  csrfToken: string;
  t: ReturnType<typeof consoleTexts>;
  locale: AppEnv["Variables"]["locale"];
}) {
  const { t } = props;
  return (
    <>
      <script
        type="application/json"
        id="passkey-options"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(props.options).replace(/</g, "\\u003c") }}
      />
      <form
        method="post"
        action={href(`${SECOND_STEP}/passkey`, props.locale)}
        id="passkey-form"
        data-mode={props.mode}
        data-failed={t.passkeyFailed}
        hidden
      >
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="mode" value={props.mode} />
        <input type="hidden" name="response" value="" />
        {props.mode === "register" ? (
          <>
            <h2>{t.passkeyTitle}</h2>
            <p>{t.passkeyIntro}</p>
            <Field
              id="field-passkeyName"
              label={t.enrolName}
              control={(a) => <input type="text" name="deviceName" maxlength={60} {...a} />}
            />
          </>
        ) : null}
        <p>
          <button type="submit">{props.mode === "register" ? t.passkeyCreate : t.passkeyUse}</button>
        </p>
        <p id="passkey-status" role="status" />
      </form>
      <script src={`${SECOND_STEP}/passkey.js`} defer />
    </>
  );
}

/** hono/csrf's Origin check, as a yes or no (it answers a foreign origin with an HTTPException). */
async function sameOrigin(check: MiddlewareHandler, c: Context<AppEnv>): Promise<boolean> {
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
const coordinatorsOnly: MiddlewareHandler<AppEnv> = async (c, next) =>
  c.var.access.coordinator ? next() : forbidden(c);

/** Only who may work on the table in the path: its contact persons and the coordinators. */
const tableMembersOnly: MiddlewareHandler<AppEnv> = async (c, next) =>
  mayWorkOn(c.var.access, c.req.param("tableId") ?? "") ? next() : forbidden(c);

function refused(c: Context<AppEnv>) {
  const t = consoleTexts(c.var.locale);
  return consolePage(c, { title: t.forbiddenTitle, path: "/konsole" }, <p>{t.csrfFailed}</p>, 403);
}

function signInPage(
  c: Context<AppEnv>,
  props: { email?: string; error?: string; message?: string },
  status: 200 | 422 | 429 = 200,
) {
  const t = consoleTexts(c.var.locale);
  return consolePage(
    c,
    { title: t.signInTitle, path: "/anmelden" },
    <>
      {props.message ? (
        <div class="notice" role="status">
          <p>{props.message}</p>
        </div>
      ) : null}
      <p>{t.signInIntro}</p>
      <form method="post" action={href("/anmelden", c.var.locale)} novalidate>
        <Field
          id="field-email"
          label={t.emailLabel}
          required={t.required}
          error={props.error}
          control={(a) => (
            <input
              type="email"
              name="email"
              autocomplete="email"
              maxlength={254}
              required
              value={props.email ?? ""}
              {...a}
            />
          )}
        />
        <p>
          <button type="submit">{t.sendLink}</button>
        </p>
      </form>
    </>,
    status,
  );
}

/** The sign-in by mailed link: ask, open the link (changes nothing), press the button (the session starts). */
function signInRoutes(deps: AppDependencies, now: () => Date) {
  const auth = authDeps(deps);
  const origin = csrf();
  return new Hono<AppEnv>()
    .use("*", async (c, next) => {
      if (SAFE.has(c.req.method) || (await sameOrigin(origin, c))) return next();
      return refused(c);
    })
    .get("/", (c) => signInPage(c, {}))
    .post("/", async (c) => {
      const t = consoleTexts(c.var.locale);
      const form = await readConsoleForm(c);
      const typed = form ? field(form, "email") : "";
      const parsed = emailAddress().safeParse(typed);
      if (!parsed.success) return signInPage(c, { email: typed, error: t.emailInvalid }, 422);
      // The link will work only in this browser: the request keeps the hash of its sign-in cookie.
      const browser = ensureSignInBrowser(c, SIGN_IN.linkMinutes * 60);
      const outcome = await requestSignIn(auth, parsed.data, deps.clientAddress(c), c.var.locale, now(), browser);
      if (outcome.kind === "rate_limited") {
        c.header("Retry-After", String(outcome.retryAfterSeconds));
        return signInPage(c, { email: typed, message: t.tooManyRequests }, 429);
      }
      // The same answer for every address: nobody learns who has an account.
      return consolePage(c, { title: t.linkSentTitle, path: "/anmelden" }, <p>{t.linkSent(SIGN_IN.linkMinutes)}</p>);
    })
    .get("/:token", async (c) => {
      const t = consoleTexts(c.var.locale);
      const opened = await openSignInLink(auth, c.req.param("token"), signInBrowser(c), now());
      if (opened.kind !== "ok") return linkProblem(c, opened.kind);
      return consolePage(
        c,
        { title: t.confirmSignInTitle, path: `/anmelden/${c.req.param("token")}` },
        <>
          <p>{t.confirmSignIn(opened.email)}</p>
          <form method="post" action={href(`/anmelden/${c.req.param("token")}`, c.var.locale)}>
            <button type="submit">{t.confirmSignInButton}</button>
          </form>
        </>,
      );
    })
    .post("/:token", async (c) => {
      const outcome = await completeSignIn(
        auth,
        c.req.param("token"),
        signInBrowser(c),
        c.req.header("user-agent"),
        now(),
      );
      if (outcome.kind !== "signed_in") return linkProblem(c, outcome.kind);
      setSessionCookie(c, outcome.sessionId, outcome.session);
      const next = outcome.session.secondFactor === "done" ? "/konsole" : SECOND_STEP;
      return c.redirect(href(next, c.var.locale), 303);
    });
}

function linkProblem(c: Context<AppEnv>, kind: "invalid" | "expired" | "not_found" | "used" | "other_browser") {
  const t = consoleTexts(c.var.locale);
  const [title, text, status] =
    kind === "used"
      ? [t.linkUsedTitle, t.linkUsed, 410 as const]
      : kind === "expired"
        ? [t.linkExpiredTitle, t.linkExpired, 410 as const]
        : kind === "other_browser"
          ? [t.otherBrowserTitle, t.otherBrowser, 403 as const]
          : [t.linkInvalidTitle, t.linkInvalid, 404 as const];
  return consolePage(
    c,
    { title, path: "/anmelden" },
    <>
      <p>{text}</p>
      <p>
        <a href={href("/anmelden", c.var.locale)}>{t.requestNewLink}</a>
      </p>
    </>,
    status,
  );
}

/**
 * The coordinators' console: server-rendered pages (Hono JSX) under /konsole, German first, working without
 * JavaScript; every page calls the same use cases and repositories as the JSON API.
 */
export function mountConsole(app: BaseApp, deps: AppDependencies) {
  const now = deps.now ?? (() => new Date());
  const auth = authDeps(deps);
  for (const path of ["/anmelden", "/anmelden/*", "/konsole", "/konsole/*"]) app.use(path, noStore);
  // Before the sign-in link's routes: their /:token would take "zweiter-faktor" for a token.
  app.route(SECOND_STEP, secondStepRoutes(deps, now));
  app.route("/anmelden", signInRoutes(deps, now));
  app.use("/konsole", consoleGuard(deps, now));
  app.use("/konsole/*", consoleGuard(deps, now));
  app.post("/konsole/abmelden", async (c) => {
    const t = consoleTexts(c.var.locale);
    const sessionId = sessionCookie(c);
    if (sessionId) await signOut(auth, sessionId);
    clearSessionCookie(c);
    return consolePage(c, { title: t.signedOutTitle, path: "/anmelden", signedOut: true }, <p>{t.signedOut}</p>);
  });
  for (const section of COORDINATOR_PATHS) {
    app.use(section, coordinatorsOnly);
    app.use(`${section}/*`, coordinatorsOnly);
  }
  app.use("/konsole/tische/:tableId", tableMembersOnly);
  app.use("/konsole/tische/:tableId/*", tableMembersOnly);
  app.route("/konsole", overviewRoutes(deps, now));
  app.route("/konsole/tische/:tableId", tableRoutes(deps, now));
  app.route("/konsole/antraege", applicationRoutes(deps, now));
  app.route("/konsole/arbeitstische", workTableRoutes(deps, now));
  app.route("/konsole/partner", partnerRoutes(deps, now));
  app.route("/konsole/tagungen", conferenceRoutes(deps, now));
  app.route("/konsole/mails", mailRoutes(deps, now));
  app.route("/konsole/protokoll", auditRoutes(deps));
  app.route("/konsole/hinweise", noticeRoutes(deps, now));
  app.route("/konsole/personen", peopleRoutes(deps, now));
  app.route("/konsole/koordination", coordinatorRoutes(deps, now));
  app.route("/konsole/zugang", accountRoutes(deps, now));
  return app;
}
