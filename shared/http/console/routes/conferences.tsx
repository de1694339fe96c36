import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { type Conference, type MailingKind, timeIssues, titleIssues } from "../../../domain/conference.ts";
import { isUuid } from "../../../domain/ids.ts";
import { linkPath } from "../../../domain/link-paths.ts";
import { conferenceMail, mailingKey } from "../../../domain/mailing-mail-data.ts";
import { paragraph } from "../../../domain/text.ts";
import { type ConsoleTexts, consoleTexts } from "../../../i18n/console.ts";
import { conferenceName } from "../../../i18n/labels.ts";
import { sendTestMail } from "../../../jobs/conference-mailing.ts";
import { loadMailTexts, mailContent, renderHtml, renderText } from "../../../mail/templates.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { Field } from "../../ui/form-parts.tsx";
import {
  attendeesResponse,
  CancelConfirmation,
  cancellation,
  EventFacts,
  EventForm,
  type EventValues,
  eventChanges,
  eventRuleErrors,
  eventValues,
  MailingTable,
  mailingsOf,
  RsvpList,
  readEventForm,
} from "../event-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import { ButtonForm, berlinDateTime, consolePage, field, StackTable } from "../parts.tsx";
import { History } from "./audit.tsx";

type Status = 200 | 404 | 409 | 422;

const SENDABLE: MailingKind[] = ["invitation", "reminder"];
const kindOf = (value: string | undefined): MailingKind => (value === "reminder" ? "reminder" : "invitation");

/**
 * Conferences for coordinators: plan one with date and time fields in Berlin time, see its invitation as the
 * partners will (text and HTML) and send a test to oneself, send a mailing now after a confirmation, follow its
 * progress and the replies, download the attendees, cancel with a note. Schedules follow from the table's stream,
 * as for the JSON API.
 */
export function conferenceRoutes(deps: AppDependencies, now: () => Date) {
  const csrfOf = (c: Context<AppEnv>) => c.var.principal.session?.csrfToken ?? "";
  const record = (c: Context<AppEnv>, action: string, note?: string) => ({
    actor: c.var.principal.email,
    action,
    ...(note ? { note } : {}),
  });

  const list = async (c: Context<AppEnv>) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const conferences = await deps.conferences.list();
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
  };

  const edit = (
    c: Context<AppEnv>,
    conference: Conference | undefined,
    state: { values?: EventValues; errors?: Record<string, string>; error?: string } = {},
    status: Status = 200,
  ) => {
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
  };

  const detail = async (c: Context<AppEnv>, conference: Conference, notice?: string, status: Status = 200) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const [mailings, rsvps, history] = await Promise.all([
      mailingsOf(deps.conferences, conference.id),
      deps.conferences.rsvps(conference.id),
      deps.audit.about("conference", conference.id),
    ]);
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
        <History t={t} locale={locale} entries={history} />
      </>,
      status,
    );
  };

  /** The conference of the path, or a 404 page; `planned` refuses a cancelled one with 409. */
  const load = async (c: Context<AppEnv>, options: { planned?: boolean } = {}) => {
    const t = consoleTexts(c.var.locale);
    const id = c.req.param("id") ?? "";
    const conference = isUuid(id) ? await deps.conferences.get(id) : undefined;
    if (!conference) {
      return {
        response: consolePage(c, { title: t.notFoundTitle, path: "/konsole/tagungen" }, <p>{t.notFound}</p>, 404),
      };
    }
    if (options.planned && conference.status !== "planned") {
      return { response: await detail(c, conference, t.conferenceCancelled, 409) };
    }
    return { conference };
  };

  /** The invitation (or reminder) as a partner gets it: the coordinator's name, example links. */
  const previewMail = async (c: Context<AppEnv>, conference: Conference, kind: MailingKind) => {
    const email = c.var.principal.email;
    const name = (await deps.access.coordinator(email))?.name ?? email;
    await loadMailTexts([c.var.locale]);
    const mail = conferenceMail(conference, kind, { email, name, locale: c.var.locale }, { id: "preview" });
    const origin = new URL(c.req.url).origin;
    const content = mailContent(mail, {
      rsvp: `${origin}${linkPath("rsvp", "BEISPIEL", c.var.locale)}`,
      unsubscribe: `${origin}${linkPath("unsubscribe", "BEISPIEL", c.var.locale)}`,
    });
    return {
      subject: content.subject,
      text: renderText(content, c.var.locale),
      html: renderHtml(content, c.var.locale),
    };
  };

  return new Hono<AppEnv>()
    .get("/", (c) => list(c))
    .get("/neu", (c) => edit(c, undefined))
    .post("/neu", async (c) => {
      const t = consoleTexts(c.var.locale);
      const read = readEventForm(c.var.form, t);
      if (!read.input)
        return edit(c, undefined, { values: read.values, errors: read.errors, error: t.fieldsInvalid }, 422);
      const errors = eventRuleErrors([...titleIssues(read.input), ...timeIssues(read.input, now())], t);
      if (Object.keys(errors).length > 0) {
        return edit(c, undefined, { values: read.values, errors, error: t.fieldsInvalid }, 422);
      }
      const conference = await deps.conferences.create(read.input, now(), record(c, "conference.create"));
      // To the conference's own page (Post/Redirect/Get): reloading it never creates the conference twice.
      return c.redirect(href(`/konsole/tagungen/${conference.id}?gespeichert=1`, c.var.locale), 303);
    })
    .get("/:id", async (c) => {
      const t = consoleTexts(c.var.locale);
      const { conference, response } = await load(c);
      return response ?? detail(c, conference, c.req.query("gespeichert") ? t.conferenceSaved : undefined);
    })
    .get("/:id/bearbeiten", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      return response ?? edit(c, conference);
    })
    .post("/:id/bearbeiten", async (c) => {
      const t = consoleTexts(c.var.locale);
      const { conference: before, response } = await load(c, { planned: true });
      if (response) return response;
      const read = readEventForm(c.var.form, t);
      if (read.values.version !== before.updatedAt) {
        // Someone saved in between: show the current state, keep nothing of the stale form.
        return edit(c, before, { error: t.conferenceChanged }, 409);
      }
      if (!read.input)
        return edit(c, before, { values: read.values, errors: read.errors, error: t.fieldsInvalid }, 422);
      const candidate: Conference = { ...before, ...read.input };
      if (!read.input.reminderAt) delete candidate.reminderAt;
      const errors = eventRuleErrors([...titleIssues(candidate), ...timeIssues(candidate, now(), before)], t);
      if (Object.keys(errors).length > 0) {
        return edit(c, before, { values: read.values, errors, error: t.fieldsInvalid }, 422);
      }
      const changes = eventChanges(read.input);
      const updated = await deps.conferences.replace(before, changes, now(), record(c, "conference.update"));
      if (!updated) return edit(c, await deps.conferences.get(before.id), { error: t.conferenceChanged }, 409);
      return detail(c, updated, t.conferenceSaved);
    })
    .get("/:id/vorschau", async (c) => {
      const t = consoleTexts(c.var.locale);
      const locale = c.var.locale;
      const { conference, response } = await load(c);
      if (response) return response;
      const kind = kindOf(c.req.query("art"));
      const mail = await previewMail(c, conference, kind);
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
    })
    .get("/:id/vorschau.html", async (c) => {
      const { conference, response } = await load(c);
      if (response) return response;
      const mail = await previewMail(c, conference, kindOf(c.req.query("art")));
      // The mail's own HTML in a frame of the preview page: its inline styles, no script (the policy forbids any;
      // the renderer escapes every text anyway), sandboxed by the policy as by the frame, and only the console may
      // frame it.
      return c.html(mail.html, 200, {
        "Content-Security-Policy":
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox",
        "X-Frame-Options": "SAMEORIGIN",
      });
    })
    .post("/:id/test", async (c) => {
      const t = consoleTexts(c.var.locale);
      const { conference, response } = await load(c, { planned: true });
      if (response) return response;
      const kind = kindOf(field(c.var.form, "art"));
      const email = c.var.principal.email;
      await sendTestMail(deps, conference, kind, { email }, now());
      await deps.audit.record(
        {
          at: now().toISOString(),
          ...record(c, "conference.test"),
          subject: { type: "conference", id: conference.id },
          after: { kind, to: [email] },
        },
        now(),
      );
      return detail(c, conference, t.testSent(email));
    })
    .get("/:id/versenden", async (c) => {
      const t = consoleTexts(c.var.locale);
      const locale = c.var.locale;
      const { conference, response } = await load(c, { planned: true });
      if (response) return response;
      const kind = kindOf(c.req.query("art"));
      const [partners, suppressions] = await Promise.all([deps.partners.all(), deps.suppressions.list()]);
      const suppressed = new Set(suppressions.map((s) => s.email));
      const count = partners.filter((p) => !p.unsubscribedAt && !suppressed.has(p.email)).length;
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
    })
    .post("/:id/versenden", async (c) => {
      const t = consoleTexts(c.var.locale);
      const { conference, response } = await load(c, { planned: true });
      if (response) return response;
      const kind = kindOf(field(c.var.form, "art"));
      if (!SENDABLE.includes(kind)) return detail(c, conference, t.fieldsInvalid, 422);
      const requested = await deps.conferences.replace(
        conference,
        { sendNow: { kind, requestedAt: now().toISOString() } } as Partial<Conference>,
        now(),
        record(c, "conference.send_now"),
      );
      if (!requested) return detail(c, conference, t.conferenceChanged, 409);
      c.header("X-Mailing", mailingKey(kind, requested));
      return detail(c, requested, t.sendNowDone);
    })
    .post("/:id/absagen", async (c) => {
      const t = consoleTexts(c.var.locale);
      const locale = c.var.locale;
      const { conference, response } = await load(c, { planned: true });
      if (response) return response;
      const note = paragraph(1000).safeParse(field(c.var.form, "note"));
      const text = note.success ? note.data : "";
      const base = `/konsole/tagungen/${conference.id}`;
      if (field(c.var.form, "bestaetigt") !== "ja") {
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
            note={text}
          />,
        );
      }
      const cancelled = await deps.conferences.replace(
        conference,
        cancellation(text, now()),
        now(),
        record(c, "conference.cancel", text || undefined),
      );
      if (!cancelled) return detail(c, conference, t.conferenceChanged, 409);
      return detail(c, cancelled, t.cancelledDone);
    })
    .get("/:id/teilnehmende.csv", async (c) => {
      const { conference, response } = await load(c);
      if (response) return response;
      return attendeesResponse(c, conference, await deps.conferences.rsvps(conference.id));
    });
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
