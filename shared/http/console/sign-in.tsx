import type { Context } from "hono";
import { csrf } from "hono/csrf";
import { Hono } from "hono/tiny";
import { SIGN_IN } from "../../domain/people.ts";
import { consoleTexts } from "../../i18n/console.ts";
import { completeSignIn, openSignInLink, requestSignIn } from "../../use-cases/sign-in.ts";
import type { AppEnv } from "../app-env.ts";
import { authDeps, ensureSignInBrowser, setSessionCookie, signInBrowser } from "../auth.ts";
import type { AppDependencies } from "../base.ts";
import { Field } from "../ui/form-parts.tsx";
import { readConsoleForm, refused, SAFE, sameOrigin } from "./guard.tsx";
import { href } from "./layout.tsx";
import { consolePage, field } from "./parts.tsx";
import { SECOND_STEP } from "./second-step-path.ts";

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
export function signInRoutes(deps: AppDependencies, now: () => Date) {
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
      // zod only for this one form: loaded when someone asks for a link, not by every console request
      const { emailAddress } = await import("../../domain/text.ts");
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
