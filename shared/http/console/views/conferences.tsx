import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { Conference, MailingKind, Rsvp } from "../../../domain/conference.ts";
import type { Minutes } from "../../../domain/minutes.ts";
import { type ConsoleTexts, consoleTexts } from "../../../i18n/console.ts";
import { conferenceName } from "../../../i18n/labels.ts";
import type { AppEnv } from "../../app-env.ts";
import { Field } from "../../ui/form-parts.tsx";
import { AgendaList } from "../agenda.tsx";
import { AttendanceSummary } from "../attendance.tsx";
import {
  CancelConfirmation,
  EventFacts,
  EventForm,
  type EventValues,
  eventValues,
  MailingTable,
  type mailingsOf,
  PlacesSummary,
  RsvpList,
} from "../event-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import { MinutesSummary } from "../minutes.tsx";
import { ButtonForm, berlinDateTime, consolePage, StackTable } from "../parts.tsx";

/**
 * The conference pages of the console: the list, the form (new and edit), one conference with its mailings,
 * replies and history, the mail's preview, the confirmations before sending and cancelling. The routes
 * (routes/conferences.tsx) read the forms and the store and hand these what to show.
 */

export type ConferencePageStatus = 200 | 404 | 409 | 422;

/** The mailings a coordinator may send now, or as a test to themselves. */
export const SENDABLE: MailingKind[] = ["invitation", "reminder"];

const csrfOf = (c: Context<AppEnv>) => c.var.principal.session?.csrfToken ?? "";

export function conferenceListPage(c: Context<AppEnv>, conferences: Conference[]) {
  const t = consoleTexts(c.var.locale);
  const locale = c.var.locale;
  return consolePage(
    c,
    { title: t.conferencesTitle, path: "/konsole/tagungen", section: "conferences" },
    <>
      <p>
        <a href={href("/konsole/tagungen/neu", locale)}>{t.newConference}</a>
      </p>
      <StackTable
        caption={t.conferencesTitle}
        empty={t.none}
        rows={conferences}
        columns={[
          {
            label: t.title,
            cell: (k) => <a href={href(`/konsole/tagungen/${k.id}`, locale)}>{conferenceName(k, locale)}</a>,
          },
          { label: t.when, cell: (k) => berlinDateTime(k.startsAt, locale) },
          { label: t.where, cell: (k) => k.location },
          { label: t.status, cell: (k) => (k.status === "cancelled" ? t.cancelled : t.planned) },
        ]}
      />
    </>,
  );
}

/** The form for a new conference (`conference` undefined) or a planned one. */
export function conferenceEditPage(
  c: Context<AppEnv>,
  conference: Conference | undefined,
  state: { values?: EventValues; errors?: Record<string, string>; error?: string } = {},
  status: ConferencePageStatus = 200,
) {
  const t = consoleTexts(c.var.locale);
  const locale = c.var.locale;
  const path = conference ? `/konsole/tagungen/${conference.id}/bearbeiten` : "/konsole/tagungen/neu";
  return consolePage(
    c,
    {
      title: conference ? `${t.edit}: ${conferenceName(conference, locale)}` : t.newConference,
      path,
      section: "conferences",
    },
    <EventForm
      t={t}
      locale={locale}
      action={path}
      csrf={csrfOf(c)}
      values={state.values ?? eventValues(conference)}
      errors={state.errors ?? {}}
      error={state.error}
      meeting={false}
    />,
    status,
  );
}

export function conferenceDetailPage(
  c: Context<AppEnv>,
  view: {
    conference: Conference;
    mailings: Awaited<ReturnType<typeof mailingsOf>>;
    rsvps: Rsvp[];
    /** The conference's history (the audit's History table). */
    history: Child;
    /** The recorded attendance's counts, if any. */
    attendance: { present: number; excused: number; absent: number } | undefined;
    minutes: Minutes | undefined;
  },
  notice?: string,
  status: ConferencePageStatus = 200,
) {
  const t = consoleTexts(c.var.locale);
  const locale = c.var.locale;
  const { conference, mailings, rsvps } = view;
  const base = `/konsole/tagungen/${conference.id}`;
  const planned = conference.status === "planned";
  return consolePage(
    c,
    { title: conferenceName(conference, locale), path: base, section: "conferences" },
    <>
      {notice ? <Notice>{notice}</Notice> : null}
      {planned ? null : (
        <div class="notice" role="status">
          <p>{t.conferenceCancelled}</p>
        </div>
      )}
      <EventFacts t={t} locale={locale} event={conference} />
      <ul class="actions">
        {planned ? (
          <li>
            <a href={href(`${base}/bearbeiten`, locale)}>{t.edit}</a>
          </li>
        ) : null}
        <li>
          <a href={href(`${base}/vorschau`, locale)}>{t.previewMail}</a>
        </li>
        <li>
          <a href={href(`${base}/teilnehmende.csv`, locale)}>{t.attendeesCsv}</a>
        </li>
      </ul>
      <AgendaList event={conference} eventPath={base} locale={locale} />
      <h2>{t.mailings}</h2>
      <MailingTable t={t} locale={locale} mailings={mailings} />
      {planned ? (
        <div class="card">
          <h2>{t.testSend}</h2>
          <form method="post" action={href(`${base}/test`, locale)}>
            <Csrf token={csrfOf(c)} />
            <KindChoice t={t} id="field-test-art" name="art" />
            <p>
              <button type="submit">{t.testSend}</button>
            </p>
          </form>
          <h2>{t.sendNow}</h2>
          <form method="get" action={`${base}/versenden`}>
            {locale !== "de" ? <input type="hidden" name="lang" value={locale} /> : null}
            <KindChoice t={t} id="field-send-art" name="art" />
            <p>
              <button type="submit">{t.sendNow}</button>
            </p>
          </form>
        </div>
      ) : null}
      <h2>{t.rsvp}</h2>
      <RsvpList t={t} locale={locale} rsvps={rsvps} />
      <PlacesSummary t={t} locale={locale} event={conference} rsvps={rsvps} base={base} />
      <AttendanceSummary eventPath={base} locale={locale} counts={view.attendance} planned={planned} />
      {planned ? <MinutesSummary eventPath={base} locale={locale} minutes={view.minutes} /> : null}
      {planned ? (
        <div class="card">
          <h2>{t.cancelConference}</h2>
          <form method="post" action={href(`${base}/absagen`, locale)}>
            <Csrf token={csrfOf(c)} />
            <Field
              id="field-note"
              label={t.cancelNote}
              hint={t.cancelHint}
              control={(a) => <textarea name="note" rows={3} maxlength={1000} {...a} />}
            />
            <p>
              <button type="submit">{t.cancelConference}</button>
            </p>
          </form>
        </div>
      ) : null}
      <h2>{t.partnerHistory}</h2>
      {view.history}
    </>,
    status,
  );
}

export function conferenceNotFoundPage(c: Context<AppEnv>) {
  const t = consoleTexts(c.var.locale);
  return consolePage(c, { title: t.notFoundTitle, path: "/konsole/tagungen" }, <p>{t.notFound}</p>, 404);
}

/** The invitation (or reminder) as a partner gets it: subject and text here, the HTML part in a sandboxed frame. */
export function mailPreviewPage(
  c: Context<AppEnv>,
  conference: Conference,
  kind: MailingKind,
  mail: { subject: string; text: string },
) {
  const t = consoleTexts(c.var.locale);
  const locale = c.var.locale;
  const base = `/konsole/tagungen/${conference.id}`;
  return consolePage(
    c,
    { title: t.previewTitle2, path: `${base}/vorschau`, section: "conferences" },
    <>
      <p>{t.previewHint}</p>
      <p>
        <a href={href(base, locale)}>{t.back}</a>
      </p>
      <dl class="facts">
        <dt>{t.subject}</dt>
        <dd>{mail.subject}</dd>
      </dl>
      <h2>{t.textPart}</h2>
      <pre class="pre mail">{mail.text}</pre>
      <h2>{t.htmlPart}</h2>
      {/* Sandboxed: no script, no form, no navigation of the console, another origin than the console's. */}
      <iframe
        class="mail"
        sandbox=""
        title={t.mailFrame}
        src={href(`${base}/vorschau.html${kind === "reminder" ? "?art=reminder" : ""}`, locale)}
      />
    </>,
  );
}

/** Before a mailing goes out now: to how many partners, with the button that sends it. */
export function sendNowConfirmPage(c: Context<AppEnv>, conference: Conference, kind: MailingKind, count: number) {
  const t = consoleTexts(c.var.locale);
  const locale = c.var.locale;
  const base = `/konsole/tagungen/${conference.id}`;
  return consolePage(
    c,
    { title: t.sendNowConfirmTitle, path: `${base}/versenden`, section: "conferences" },
    <>
      <p>{conferenceName(conference, locale)}</p>
      <p>{t.sendNowConfirm(t.mailingKind[kind], count)}</p>
      <ButtonForm
        action={href(`${base}/versenden`, locale)}
        csrf={csrfOf(c)}
        label={t.sendNowButton}
        fields={{ art: kind }}
      />
      <p>
        <a href={href(base, locale)}>{t.cancel}</a>
      </p>
    </>,
  );
}

/** Before a conference is cancelled: the note as given, and the button that cancels it. */
export function cancelConfirmPage(c: Context<AppEnv>, conference: Conference, note: string) {
  const t = consoleTexts(c.var.locale);
  const locale = c.var.locale;
  const base = `/konsole/tagungen/${conference.id}`;
  return consolePage(
    c,
    { title: t.cancelConference, path: base, section: "conferences" },
    <CancelConfirmation
      t={t}
      locale={locale}
      csrf={csrfOf(c)}
      path={base}
      name={conferenceName(conference, locale)}
      hint={t.cancelHint}
      label={t.cancelConfirm}
      note={note}
    />,
  );
}

function KindChoice(props: { t: ConsoleTexts; id: string; name: string }) {
  const { t } = props;
  return (
    <Field
      id={props.id}
      label={t.testKind}
      control={(a) => (
        <select name={props.name} {...a}>
          {SENDABLE.map((kind) => (
            <option value={kind}>{t.mailingKind[kind]}</option>
          ))}
        </select>
      )}
    />
  );
}
