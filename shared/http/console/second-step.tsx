import { randomBytes } from "node:crypto";
import type { Context } from "hono";
import { csrf } from "hono/csrf";
import { Hono } from "hono/tiny";
import QRCode from "qrcode";
import { verifiedSession } from "../../domain/people.ts";
import { hasSecondFactor, SECOND_FACTOR } from "../../domain/second-factor.ts";
import { consoleTexts } from "../../i18n/console.ts";
import { secretHash } from "../../store/access-repository.ts";
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
import type { AppEnv } from "../app-env.ts";
import { authDeps, csrfTokenMatches, principalOf, sessionCookie, setSessionCookie } from "../auth.ts";
import { type AppDependencies, contentSecurityPolicy } from "../base.ts";
import { ErrorSummary, Field } from "../ui/form-parts.tsx";
import { styleSource } from "../ui/layout.tsx";
import { PASSKEY_SCRIPT } from "./assets/passkey-script.ts";
import { RETURN_PATHS, readConsoleForm, refused, sameOrigin } from "./guard.tsx";
import { href, Notice } from "./layout.tsx";
import { berlinDateTime, consolePage, field } from "./parts.tsx";
import { SECOND_STEP } from "./second-step-path.ts";

/**
 * The second step's pages: a session after the mailed link alone reaches these and nothing else. Without a
 * factor (a coordinator's first sign-in after this feature, or after a reset) the person enrols: QR code or key,
 * the first code, then ten recovery codes shown once. With one, they give a code; five wrong ones lock the step.
 */
export function secondStepRoutes(deps: AppDependencies, now: () => Date) {
  const auth = authDeps(deps);
  const origin = csrf();
  const factorDeps = { secondFactors: deps.secondFactors, access: deps.access, signer: deps.signer };
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
    if (!(await deps.access.promoteSession(secretHash(sessionCookie(c) ?? ""), idHash, session))) return undefined;
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
  c.header("Content-Security-Policy", contentSecurityPolicy([styleSource()], { scripts: true }));
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
