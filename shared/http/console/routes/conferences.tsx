import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { berlinFields, berlinInstant } from "../../../domain/berlin-time.ts";
import {
  type Conference,
  conferenceName,
  type MailingKind,
  SEASONS,
  timeIssues,
  titleIssues,
} from "../../../domain/conference.ts";
import { type ConferenceInput, conferenceInputSchema } from "../../../domain/conference-input.ts";
import { isUuid } from "../../../domain/ids.ts";
import { linkPath } from "../../../domain/link-paths.ts";
import { conferenceMail, mailingKey } from "../../../domain/mailing-mails.ts";
import { germanSpreadsheet, spreadsheetTime } from "../../../domain/partner-csv.ts";
import { paragraph } from "../../../domain/text.ts";
import { sendTestMail } from "../../../jobs/conference-mailing.ts";
import { mailContent, renderHtml, renderText } from "../../../mail/templates.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { ChoiceGroup, ErrorSummary, Field } from "../../pages/form-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import { ButtonForm, berlinDateTime, consolePage, field, StackTable } from "../parts.tsx";
import { type ConsoleTexts, consoleTexts } from "../texts.ts";
import { History } from "./audit.tsx";

type Values = Record<string, string>;
type Status = 200 | 404 | 409 | 422;

/** The instants of a conference and the form's date and time fields that give them. */
const TIMES = [
  ["startsAt", "start"],
  ["endsAt", "end"],
  ["inviteAt", "invite"],
  ["reminderAt", "reminder"],
] as const;

const SENDABLE: MailingKind[] = ["invitation", "reminder"];
const kindOf = (value: string | undefined): MailingKind => (value === "reminder" ? "reminder" : "invitation");

function valuesOf(conference: Conference | undefined): Values {
  if (!conference) return { season: "autumn" };
  const values: Values = {
    season: conference.season,
    title: conference.title,
    location: conference.location,
    onlineUrl: conference.onlineUrl ?? "",
    agenda: conference.agenda ?? "",
    version: conference.updatedAt,
  };
  for (const [key, name] of TIMES) {
    const iso = conference[key];
    if (iso) {
      const { date, time } = berlinFields(iso);
      values[`${name}Date`] = date;
      values[`${name}Time`] = time;
    }
  }
  return values;
}

/** What the form's issues say, in the coordinator's words, at the fields they belong to. */
function readForm(
  form: FormData,
  t: ConsoleTexts,
): { values: Values; errors: Record<string, string>; input?: ConferenceInput } {
  const values: Values = Object.fromEntries(
    [
      "season",
      "title",
      "location",
      "onlineUrl",
      "agenda",
      "version",
      ...TIMES.flatMap(([, n]) => [`${n}Date`, `${n}Time`]),
    ].map((name) => [name, field(form, name)]),
  );
  const errors: Record<string, string> = {};
  const times: Partial<Record<(typeof TIMES)[number][0], string>> = {};
  for (const [key, name] of TIMES) {
    const date = values[`${name}Date`] ?? "";
    const time = values[`${name}Time`] ?? "";
    if (key === "reminderAt" && !date && !time) continue;
    if (!date || !time) {
      errors[`${name}Date`] = t.dateInvalid;
      continue;
    }
    const instant = berlinInstant(date, time);
    if (instant) times[key] = instant;
    else errors[`${name}Date`] = t.timeInvalid;
  }
  const parsed = conferenceInputSchema().safeParse({
    season: values.season,
    title: values.title,
    location: values.location,
    ...(values.onlineUrl ? { onlineUrl: values.onlineUrl } : {}),
    ...(values.agenda ? { agenda: values.agenda } : {}),
    startsAt: times.startsAt ?? "",
    endsAt: times.endsAt ?? "",
    inviteAt: times.inviteAt ?? "",
    ...(times.reminderAt ? { reminderAt: times.reminderAt } : {}),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = String(issue.path[0] ?? "title");
      const time = TIMES.find(([key]) => key === path);
      const name = time ? `${time[1]}Date` : path;
      if (errors[name]) continue;
      errors[name] = path === "onlineUrl" ? t.timeIssue.onlineUrl : time ? t.dateInvalid : t.fieldsInvalid;
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { values, errors };
  return { values, errors, input: parsed.data };
}

/** The domain's rules on times and titles, as messages at the fields. */
function ruleErrors(issues: { path: string; message: string }[], t: ConsoleTexts): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { path, message } of issues) {
    if (path === "title") {
      errors.title = t.timeIssue.title;
      continue;
    }
    const name = `${TIMES.find(([key]) => key === path)?.[1] ?? "start"}Date`;
    errors[name] = message.includes("future")
      ? t.timeIssue.future
      : path === "endsAt"
        ? t.timeIssue.endAfterStart
        : path === "inviteAt"
          ? t.timeIssue.inviteBeforeStart
          : message.includes("after")
            ? t.timeIssue.reminderAfterInvite
            : t.timeIssue.reminderBeforeStart;
  }
  return errors;
}

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
    state: { values?: Values; errors?: Record<string, string>; error?: string } = {},
    status: Status = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const values = state.values ?? valuesOf(conference);
    const errors = state.errors ?? {};
    const v = (name: string) => values[name] ?? "";
    const path = conference ? `/konsole/tagungen/${conference.id}/bearbeiten` : "/konsole/tagungen/neu";
    const input = (
      name: string,
      label: string,
      type: string,
      required: boolean,
      extra: Record<string, unknown> = {},
    ) => (
      <Field
        id={`field-${name}`}
        label={label}
        required={required ? t.required : undefined}
        error={errors[name]}
        control={(a) => <input type={type} name={name} value={v(name)} {...extra} {...a} />}
      />
    );
    const when = (name: keyof ConsoleTexts["legend"], dateLabel: string, timeLabel: string, required: boolean) => (
      <fieldset class="when">
        <legend>{t.legend[name]}</legend>
        {input(`${name}Date`, dateLabel, "date", required)}
        {input(`${name}Time`, timeLabel, "time", required, { step: 300 })}
      </fieldset>
    );
    return consolePage(
      c,
      {
        title: conference ? `${t.edit}: ${conferenceName(conference, locale)}` : t.newConference,
        path,
        section: "conferences",
      },
      <>
        <ErrorSummary
          heading={t.fieldsInvalid}
          formError={state.error}
          errors={Object.entries(errors).map(([name, message]) => [name, message])}
        />
        <form method="post" action={href(path, locale)} novalidate>
          <Csrf token={csrfOf(c)} />
          <input type="hidden" name="version" value={v("version")} />
          <ChoiceGroup
            id="field-season"
            legend={t.season}
            required={t.required}
            error={errors.season}
            type="radio"
            name="season"
            choices={SEASONS.map((s) => ({ value: s, label: t[s] }))}
            checked={(s) => v("season") === s}
          />
          <Field
            id="field-title"
            label={t.title}
            hint={t.titleHint}
            required={t.required}
            error={errors.title}
            control={(a) => <input type="text" name="title" maxlength={200} value={v("title")} {...a} />}
          />
          <p class="hint">{t.berlinTime}</p>
          {when("start", t.startDate, t.startTime, true)}
          {when("end", t.endDate, t.endTime, true)}
          {input("location", t.location, "text", true, { maxlength: 300 })}
          {input("onlineUrl", t.onlineUrl, "url", false, { maxlength: 500, placeholder: "https://" })}
          <Field
            id="field-agenda"
            label={t.agenda}
            error={errors.agenda}
            control={(a) => (
              <textarea name="agenda" rows={6} maxlength={5000} {...a}>
                {v("agenda")}
              </textarea>
            )}
          />
          {when("invite", t.inviteDate, t.inviteTime, true)}
          {when("reminder", t.reminderDate, t.reminderTime, false)}
          <p>
            <button type="submit">{t.save}</button>
          </p>
        </form>
      </>,
      status,
    );
  };

  const detail = async (c: Context<AppEnv>, conference: Conference, notice?: string, status: Status = 200) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const [progress, rsvps, history] = await Promise.all([
      deps.conferences.mailings(conference.id),
      deps.conferences.rsvps(conference.id),
      deps.audit.about("conference", conference.id),
    ]);
    const mailings = await Promise.all(
      progress.map(async (p) => ({ ...p, mails: await deps.conferences.mailCounts(conference.id, p.key) })),
    );
    const yes = rsvps.filter((r) => r.answer === "yes").length;
    const base = `/konsole/tagungen/${conference.id}`;
    const planned = conference.status === "planned";
    const mailingLabel = (key: string) =>
      t.mailingKind[(key.startsWith("update") ? "update" : key) as MailingKind] ?? key;
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
        <dl class="facts">
          <dt>{t.when}</dt>
          <dd>
            {berlinDateTime(conference.startsAt, locale)} – {berlinDateTime(conference.endsAt, locale)}
          </dd>
          <dt>{t.where}</dt>
          <dd>{conference.location}</dd>
          {conference.onlineUrl ? (
            <>
              <dt>{t.onlineUrl.replace(/ \(.*\)$/, "")}</dt>
              <dd>{conference.onlineUrl}</dd>
            </>
          ) : null}
          <dt>{t.mailingKind.invitation}</dt>
          <dd>{berlinDateTime(conference.inviteAt, locale)}</dd>
          <dt>{t.mailingKind.reminder}</dt>
          <dd>{berlinDateTime(conference.reminderAt, locale)}</dd>
          {conference.agenda ? (
            <>
              <dt>{t.agenda.replace(/ \(.*\)$/, "")}</dt>
              <dd class="pre">{conference.agenda}</dd>
            </>
          ) : null}
        </dl>
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
        <StackTable
          caption={t.mailings}
          empty={t.nothingYet}
          rows={mailings}
          columns={[
            { label: t.mailings, cell: (m) => mailingLabel(m.key) },
            { label: t.status, cell: (m) => (m.done ? t.mailingDone : t.mailingRunning) },
            { label: t.queued, cell: (m) => String(m.queued) },
            { label: t.sent, cell: (m) => String(m.mails.sent) },
            { label: t.failed, cell: (m) => String(m.mails.failed + m.mails.uncertain) },
            {
              label: t.skipped,
              cell: (m) => String(m.skippedUnsubscribed + m.skippedSuppressed + m.skippedAnswer),
            },
            { label: t.started, cell: (m) => berlinDateTime(m.startedAt, locale) },
          ]}
        />
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
        <p>{t.rsvpCounts(yes, rsvps.length - yes)}</p>
        <StackTable
          caption={t.rsvp}
          empty={t.none}
          rows={rsvps}
          columns={[
            { label: t.name, cell: (r) => r.name },
            { label: t.organisation, cell: (r) => r.organisation ?? "–" },
            { label: t.email, cell: (r) => r.email },
            { label: t.answer, cell: (r) => (r.answer === "yes" ? t.rsvpYes : t.rsvpNo) },
            { label: t.answeredAt, cell: (r) => berlinDateTime(r.answeredAt, locale) },
          ]}
        />
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
    const name = (await deps.people.coordinator(email))?.name ?? email;
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
      const read = readForm(c.var.form, t);
      if (!read.input)
        return edit(c, undefined, { values: read.values, errors: read.errors, error: t.fieldsInvalid }, 422);
      const errors = ruleErrors([...titleIssues(read.input), ...timeIssues(read.input, now())], t);
      if (Object.keys(errors).length > 0) {
        return edit(c, undefined, { values: read.values, errors, error: t.fieldsInvalid }, 422);
      }
      const conference = await deps.conferences.create(read.input, now(), record(c, "conference.create"));
      return detail(c, conference, t.conferenceSaved);
    })
    .get("/:id", async (c) => {
      const { conference, response } = await load(c);
      return response ?? detail(c, conference);
    })
    .get("/:id/bearbeiten", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      return response ?? edit(c, conference);
    })
    .post("/:id/bearbeiten", async (c) => {
      const t = consoleTexts(c.var.locale);
      const { conference: before, response } = await load(c, { planned: true });
      if (response) return response;
      const read = readForm(c.var.form, t);
      if (read.values.version !== before.updatedAt) {
        // Someone saved in between: show the current state, keep nothing of the stale form.
        return edit(c, before, { error: t.conferenceChanged }, 409);
      }
      if (!read.input)
        return edit(c, before, { values: read.values, errors: read.errors, error: t.fieldsInvalid }, 422);
      const candidate: Conference = { ...before, ...read.input };
      if (!read.input.reminderAt) delete candidate.reminderAt;
      const errors = ruleErrors([...titleIssues(candidate), ...timeIssues(candidate, now(), before)], t);
      if (Object.keys(errors).length > 0) {
        return edit(c, before, { values: read.values, errors, error: t.fieldsInvalid }, 422);
      }
      const changes = {
        ...read.input,
        reminderAt: read.input.reminderAt ?? null,
        onlineUrl: read.input.onlineUrl ?? null,
        agenda: read.input.agenda ?? null,
      } as unknown as Partial<Conference>;
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
          <iframe
            class="mail"
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
      // the renderer escapes every text anyway), and only the console may frame it.
      return c.html(mail.html, 200, {
        "Content-Security-Policy":
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
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
          <>
            <p>{conferenceName(conference, locale)}</p>
            <p>{t.cancelHint}</p>
            {text ? <p class="pre">{text}</p> : null}
            <ButtonForm
              action={href(`${base}/absagen`, locale)}
              csrf={csrfOf(c)}
              label={t.cancelConfirm}
              fields={{ note: text, bestaetigt: "ja" }}
            />
            <p>
              <a href={href(base, locale)}>{t.back}</a>
            </p>
          </>,
        );
      }
      const cancelled = await deps.conferences.replace(
        conference,
        { status: "cancelled", cancelledAt: now().toISOString(), ...(text ? { cancellationNote: text } : {}) },
        now(),
        record(c, "conference.cancel", text || undefined),
      );
      if (!cancelled) return detail(c, conference, t.conferenceChanged, 409);
      return detail(c, cancelled, t.cancelledDone);
    })
    .get("/:id/teilnehmende.csv", async (c) => {
      const { conference, response } = await load(c);
      if (response) return response;
      const yes = (await deps.conferences.rsvps(conference.id)).filter((r) => r.answer === "yes");
      yes.sort((a, b) => a.name.localeCompare(b.name, "de"));
      return c.body(
        germanSpreadsheet(
          ["Name", "E-Mail", "Organisation", "Zugesagt am"],
          yes.map((r) => [r.name, r.email, r.organisation ?? "", spreadsheetTime(r.answeredAt)]),
        ),
        200,
        {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="teilnehmende-${conference.startsAt.slice(0, 10)}.csv"`,
          "Cache-Control": "no-store",
        },
      );
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
