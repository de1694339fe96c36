import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { hasFreshSecondFactor } from "../../../domain/people.ts";
import { hasSecondFactor, secondFactorView } from "../../../domain/second-factor.ts";
import { consoleTexts } from "../../../i18n/console.ts";
import { secretHash } from "../../../store/access-repository.ts";
import { removeOwnFactor } from "../../../use-cases/second-factor.ts";
import { createApiToken } from "../../../use-cases/sign-in.ts";
import type { AppEnv } from "../../app-env.ts";
import { authDeps, sessionCookie } from "../../auth.ts";
import type { AppDependencies } from "../../base.ts";
import { Field } from "../../ui/form-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import { ButtonForm, berlinDateTime, consolePage, field, forbidden, StackTable } from "../parts.tsx";
import { SECOND_STEP } from "../second-step-path.ts";

const VALIDITY_DAYS = [30, 90, 365] as const;

/** A person's own access: their sessions (ending any), their personal API tokens (created, shown once, revoked). */
export function accountRoutes(deps: AppDependencies, now: () => Date) {
  const page = async (c: Context<AppEnv>, notice?: string, newToken?: string, status: 200 | 403 = 200) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const { email, session } = c.var.principal;
    const csrf = session?.csrfToken ?? "";
    const [sessions, tokens, factor] = await Promise.all([
      deps.access.sessionsOf(email),
      deps.access.apiTokensOf(email),
      deps.secondFactors.get(email),
    ]);
    const secondFactor = secondFactorView(factor, now());
    const fromEpoch = (s: number) => new Date(s * 1000).toISOString();
    return consolePage(
      c,
      { title: t.accountTitle, path: "/konsole/zugang", section: "account" },
      <>
        {notice ? <Notice>{notice}</Notice> : null}
        {newToken ? (
          <div class="notice" role="status">
            <p>{t.tokenCreated}</p>
            <pre>{newToken}</pre>
          </div>
        ) : null}
        <h2>{t.secondFactorTitle}</h2>
        {secondFactor.authenticator || secondFactor.passkeys.length > 0 ? (
          <>
            <StackTable
              caption={t.secondFactorTitle}
              empty={t.none}
              rows={[
                ...(secondFactor.authenticator
                  ? [
                      {
                        kind: "totp" as const,
                        id: "totp",
                        label: t.authenticator(secondFactor.authenticator.name),
                        ...secondFactor.authenticator,
                      },
                    ]
                  : []),
                ...secondFactor.passkeys.map((p) => ({
                  kind: "passkey" as const,
                  label: t.passkeyNamed(p.name),
                  ...p,
                })),
              ]}
              columns={[
                { label: t.factor, cell: (f) => f.label },
                { label: t.started, cell: (f) => berlinDateTime(f.createdAt, locale) },
                { label: t.lastSeen, cell: (f) => (f.lastUsedAt ? berlinDateTime(f.lastUsedAt, locale) : "–") },
                {
                  label: t.removeFactor,
                  cell: (f) => (
                    <ButtonForm
                      action={href("/konsole/zugang/zweiter-faktor/entfernen", locale)}
                      csrf={csrf}
                      label={t.removeFactor}
                      fields={{ kind: f.kind, id: f.id }}
                    />
                  ),
                },
              ]}
            />
            <p>{t.recoveryLeft(secondFactor.recoveryCodesLeft)}</p>
          </>
        ) : (
          <>
            <p>{t.secondFactorNone}</p>
            <p>{t.secondFactorOffer}</p>
            <ButtonForm
              action={href("/konsole/zugang/zweiter-faktor/einrichten", locale)}
              csrf={csrf}
              label={t.setUpSecondFactor}
            />
          </>
        )}
        <h2>{t.sessions}</h2>
        <p>{t.sessionsIntro}</p>
        <StackTable
          caption={t.sessions}
          empty={t.none}
          rows={sessions}
          columns={[
            { label: t.started, cell: (s) => berlinDateTime(s.createdAt, locale) },
            { label: t.lastSeen, cell: (s) => berlinDateTime(s.lastSeenAt, locale) },
            { label: t.browser, cell: (s) => s.userAgent ?? "–" },
            {
              label: t.endSession,
              cell: (s) =>
                s.publicId === session?.publicId ? (
                  t.thisSession
                ) : (
                  <ButtonForm
                    action={href("/konsole/zugang/sitzung-beenden", locale)}
                    csrf={csrf}
                    label={t.endSession}
                    fields={{ id: s.publicId }}
                  />
                ),
            },
          ]}
        />
        {/* API tokens open the coordinators' JSON API: contact persons have none. */}
        {c.var.access.coordinator ? (
          <>
            <h2>{t.apiTokens}</h2>
            <p>{t.apiTokensIntro}</p>
            <StackTable
              caption={t.apiTokens}
              empty={t.none}
              rows={tokens}
              columns={[
                { label: t.name, cell: (k) => k.name },
                { label: t.started, cell: (k) => berlinDateTime(k.createdAt, locale) },
                { label: t.expires, cell: (k) => berlinDateTime(fromEpoch(k.expiresAt), locale) },
                { label: t.lastUsed, cell: (k) => (k.lastUsedAt ? berlinDateTime(k.lastUsedAt, locale) : t.never) },
                {
                  label: t.revoke,
                  cell: (k) => (
                    <ButtonForm
                      action={href("/konsole/zugang/schluessel-widerrufen", locale)}
                      csrf={csrf}
                      label={t.revoke}
                      fields={{ id: k.publicId }}
                    />
                  ),
                },
              ]}
            />
            {hasFreshSecondFactor(session, now()) ? (
              <form method="post" action={href("/konsole/zugang/schluessel", locale)}>
                <Csrf token={csrf} />
                <Field
                  id="field-name"
                  label={t.tokenName}
                  required={t.required}
                  control={(a) => <input type="text" name="name" required maxlength={80} {...a} />}
                />
                <Field
                  id="field-days"
                  label={t.tokenValidity}
                  control={(a) => (
                    <select name="days" {...a}>
                      {VALIDITY_DAYS.map((days) => (
                        <option value={String(days)} selected={days === 90}>
                          {days}
                        </option>
                      ))}
                    </select>
                  )}
                />
                <p>
                  <button type="submit">{t.createToken}</button>
                </p>
              </form>
            ) : (
              <>
                <p>{t.tokenNeedsFreshFactor}</p>
                <ButtonForm
                  action={href("/konsole/zugang/bestaetigen", locale)}
                  csrf={csrf}
                  label={t.confirmFactorAgain}
                />
              </>
            )}
          </>
        ) : null}
      </>,
      status,
    );
  };
  const audit = (c: Context<AppEnv>, action: string, after: Record<string, unknown>) => ({
    at: now().toISOString(),
    actor: c.var.principal.email,
    action,
    subject: { type: "person", id: c.var.principal.email },
    after,
  });
  const factorDeps = { secondFactors: deps.secondFactors, access: deps.access, signer: deps.signer };
  return (
    new Hono<AppEnv>()
      .get("/", (c) => page(c))
      // Setting up a factor: this session goes back to the second step, whose page enrols.
      .post("/zweiter-faktor/einrichten", async (c) => {
        if (hasSecondFactor(await deps.secondFactors.get(c.var.principal.email))) return page(c);
        await deps.access.requireSecondFactor(secretHash(sessionCookie(c) ?? ""));
        return c.redirect(href(SECOND_STEP, c.var.locale), 303);
      })
      .post("/zweiter-faktor/entfernen", async (c) => {
        const t = consoleTexts(c.var.locale);
        const which =
          field(c.var.form, "kind") === "passkey"
            ? { kind: "passkey" as const, id: field(c.var.form, "id") }
            : { kind: "totp" as const };
        const removed = await removeOwnFactor(factorDeps, c.var.principal.email, which, c.var.locale, now());
        return page(c, removed ? t.secondFactorRemoved : t.notFound);
      })
      .post("/sitzung-beenden", async (c) => {
        const t = consoleTexts(c.var.locale);
        const id = field(c.var.form, "id");
        const ended = await deps.access.endSession(
          c.var.principal.email,
          id,
          audit(c, "session.end", { session: id }),
          now(),
        );
        return page(c, ended ? t.sessionEnded : t.notFound);
      })
      // Before a new token, a fresh second factor: this session goes back to the second step, then returns here.
      .post("/bestaetigen", async (c) => {
        if (!(await deps.access.requireSecondFactor(secretHash(sessionCookie(c) ?? ""), "/konsole/zugang"))) {
          return c.redirect(href("/anmelden", c.var.locale), 303);
        }
        return c.redirect(href(SECOND_STEP, c.var.locale), 303);
      })
      .post("/schluessel", async (c) => {
        if (!c.var.access.coordinator) return forbidden(c);
        if (!hasFreshSecondFactor(c.var.principal.session, now())) {
          return page(c, consoleTexts(c.var.locale).tokenNeedsFreshFactor, undefined, 403);
        }
        const name = field(c.var.form, "name").slice(0, 80) || "API";
        const days = Number(field(c.var.form, "days"));
        const validDays = (VALIDITY_DAYS as readonly number[]).includes(days) ? days : 90;
        const { token } = await createApiToken(authDeps(deps), c.var.principal.email, name, validDays, now());
        return page(c, undefined, token);
      })
      .post("/schluessel-widerrufen", async (c) => {
        const t = consoleTexts(c.var.locale);
        const id = field(c.var.form, "id");
        const revoked = await deps.access.revokeApiToken(
          c.var.principal.email,
          id,
          audit(c, "apitoken.revoke", { token: id }),
          now(),
        );
        return page(c, revoked ? t.revoked : t.notFound);
      })
  );
}
