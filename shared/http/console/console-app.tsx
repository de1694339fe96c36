import type { Context, MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { Hono } from "hono/tiny";
import { SIGN_IN } from "../../domain/people.ts";
import { emailAddress } from "../../domain/text.ts";
import { completeSignIn, openSignInLink, requestSignIn, signOut } from "../../use-cases/sign-in.ts";
import type { AppEnv } from "../app-env.ts";
import {
  authDeps,
  clearSessionCookie,
  consoleAccess,
  csrfTokenMatches,
  mayWorkOn,
  principalOf,
  sessionCookie,
  setSessionCookie,
} from "../auth.ts";
import type { AppDependencies, BaseApp } from "../base.ts";
import { readLimitedBody } from "../body-limit.ts";
import { Field } from "../pages/form-parts.tsx";
import { COORDINATOR_PATHS, href } from "./layout.tsx";
import { consolePage, field, forbidden } from "./parts.tsx";
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
import { consoleTexts } from "./texts.ts";

/** A console form: 64 KB of fields, or 2 MB with a file (the partner import). */
const FORM_BYTES = 64 * 1024;
const UPLOAD_BYTES = 2 * 1024 * 1024 + 64 * 1024;
const SAFE = new Set(["GET", "HEAD"]);

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
    const principal = await principalOf(c, auth, now(), { bearer: false });
    if (!principal) return c.redirect(href("/anmelden", c.var.locale), 303);
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
      const outcome = await requestSignIn(auth, parsed.data, deps.clientAddress(c), c.var.locale, now());
      if (outcome.kind === "rate_limited") {
        c.header("Retry-After", String(outcome.retryAfterSeconds));
        return signInPage(c, { email: typed, message: t.tooManyRequests }, 429);
      }
      // The same answer for every address: nobody learns who has an account.
      return consolePage(c, { title: t.linkSentTitle, path: "/anmelden" }, <p>{t.linkSent(SIGN_IN.linkMinutes)}</p>);
    })
    .get("/:token", async (c) => {
      const t = consoleTexts(c.var.locale);
      const opened = await openSignInLink(auth, c.req.param("token"), now());
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
      const outcome = await completeSignIn(auth, c.req.param("token"), c.req.header("user-agent"), now());
      if (outcome.kind !== "signed_in") return linkProblem(c, outcome.kind);
      setSessionCookie(c, outcome.sessionId, outcome.session);
      return c.redirect(href("/konsole", c.var.locale), 303);
    });
}

function linkProblem(c: Context<AppEnv>, kind: "invalid" | "expired" | "not_found" | "used") {
  const t = consoleTexts(c.var.locale);
  const [title, text, status] =
    kind === "used"
      ? [t.linkUsedTitle, t.linkUsed, 410 as const]
      : kind === "expired"
        ? [t.linkExpiredTitle, t.linkExpired, 410 as const]
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
