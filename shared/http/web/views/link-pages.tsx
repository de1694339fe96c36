import type { Context } from "hono";
import { html } from "hono/html";
import type { Application } from "../../../domain/application.ts";
import { LINK_PAGES } from "../../../domain/link-paths.ts";
import type { Locale } from "../../../domain/locale.ts";
import { INTL_LOCALES } from "../../../domain/locale.ts";
import type { WorkTable } from "../../../domain/work-table.ts";
import { labelsOf, serviceName } from "../../../i18n/labels.ts";
import { applicationTexts } from "../../../i18n/web.ts";
import type { AppEnv } from "../../app-env.ts";
import { MessagePage } from "./home.tsx";

/**
 * Pages behind the links in mails. Opening a link never changes anything (mail scanners open links): the page
 * shows what is at stake and a button POSTs the change.
 */
export function ConfirmPage(props: { locale: Locale; token: string }) {
  const t = applicationTexts(props.locale);
  return (
    <MessagePage locale={props.locale} title={t.confirmTitle} path={`${LINK_PAGES.confirm}/${props.token}`}>
      <p>{t.confirmText}</p>
      <form method="post" action={`${LINK_PAGES.confirm}/${props.token}?lang=${props.locale}`}>
        <button type="submit">{t.confirmButton}</button>
      </form>
    </MessagePage>
  );
}

export function ConfirmedPage(props: { locale: Locale; routes: { table: string; contact: string }[] }) {
  const t = applicationTexts(props.locale);
  return (
    <MessagePage locale={props.locale} title={t.confirmedTitle} path="/">
      <p>{t.confirmedText}</p>
      <ul>
        {props.routes.map((r) => (
          <li>
            {r.table}: {r.contact}
          </li>
        ))}
      </ul>
    </MessagePage>
  );
}

/**
 * The answer to a link that does not verify, points at nothing (404), has expired (410), or (a decision link) whose
 * application was handed on to someone else (410, naming nobody), for the confirmation, decision and RSVP pages
 * (the unsubscribe page has its own). Nothing changes.
 */
export function linkProblem(
  c: Context<AppEnv>,
  kind: "invalid" | "not_found" | "expired" | "handed_on",
): Response | Promise<Response> {
  return c.html(
    html`<!DOCTYPE html>${<LinkProblemPage locale={c.var.locale} kind={kind} />}`,
    kind === "expired" || kind === "handed_on" ? 410 : 404,
  );
}

export function LinkProblemPage(props: { locale: Locale; kind: "invalid" | "not_found" | "expired" | "handed_on" }) {
  const t = applicationTexts(props.locale);
  const [title, text] =
    props.kind === "expired"
      ? [t.linkExpiredTitle, t.linkExpiredText]
      : props.kind === "handed_on"
        ? [t.handedOnTitle, t.handedOnText]
        : [t.linkInvalidTitle, t.linkInvalidText];
  return (
    <MessagePage locale={props.locale} title={title} path="/">
      <p>{text}</p>
    </MessagePage>
  );
}

const dateTime = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  }).format(new Date(iso));

/** The application as the contact sees it, with the decision form while it is open. */
export function DecisionPage(props: {
  locale: Locale;
  token: string;
  application: Application;
  table: WorkTable | undefined;
  message?: string | undefined;
  error?: string | undefined;
}) {
  const t = applicationTexts(props.locale);
  const { application: a, locale } = props;
  const facts: [string, string][] = [
    [t.workTable, props.table ? `${props.table.numeral}: ${props.table.name}` : a.workTableId],
    [t.submittedAt, dateTime(a.submittedAt ?? a.createdAt, locale)],
    [t.name, a.applicant.name],
    [t.email, a.applicant.email],
    ...(a.applicant.organisation
      ? ([[t.organisation.replace(/ \(.*\)$/, ""), a.applicant.organisation]] as [string, string][])
      : []),
    [t.organisationType, labelsOf(locale).organisationTypes[a.applicant.organisationType]],
    [t.engagement, labelsOf(locale).engagements[a.applicant.engagement]],
    ...(a.mandate ? ([[t.mandate, a.mandate.community]] as [string, string][]) : []),
    ...(a.service ? ([[t.service, serviceName(a.service, locale)]] as [string, string][]) : []),
    ...(a.message ? ([[t.message.replace(/ \(.*\)$/, ""), a.message]] as [string, string][]) : []),
  ];
  return (
    <MessagePage locale={locale} title={t.decideTitle} path={`${LINK_PAGES.decide}/${props.token}`}>
      {props.message ? (
        <p role="status" class="notice">
          {props.message}
        </p>
      ) : null}
      <dl class="facts">
        {facts.map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd class="pre">{value}</dd>
          </>
        ))}
      </dl>
      {a.decision ? (
        <p>
          <strong>{t.alreadyDecided(a.decision.outcome === "accept")}</strong>
        </p>
      ) : (
        <form method="post" action={`${LINK_PAGES.decide}/${props.token}?lang=${locale}`}>
          {props.error ? (
            <p class="error" role="alert">
              {props.error}
            </p>
          ) : null}
          <fieldset>
            <legend>{t.decision}</legend>
            <div class="choice">
              <input type="radio" id="decision-accept" name="decision" value="accept" required />
              <label for="decision-accept">{t.accept}</label>
            </div>
            <div class="choice">
              <input type="radio" id="decision-decline" name="decision" value="decline" />
              <label for="decision-decline">{t.decline}</label>
            </div>
          </fieldset>
          <div class="field">
            <label for="field-note">{t.note}</label>
            <textarea id="field-note" name="note" rows={4} maxlength={1000} />
          </div>
          <p>
            <button type="submit">{t.decideButton}</button>
          </p>
        </form>
      )}
    </MessagePage>
  );
}
