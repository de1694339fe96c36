import type { Context } from "hono";
import { berlinFields, berlinInstant } from "../../domain/berlin-time.ts";
import { type Conference, MEETING_REMINDER_DAYS, type Rsvp, SEASONS, seasonOf } from "../../domain/conference.ts";
import { type ConferenceInput, conferenceInputSchema } from "../../domain/conference-input.ts";
import type { Locale } from "../../domain/locale.ts";
import { consoleLocaleOf } from "../../domain/locale.ts";
import { germanSpreadsheet, spreadsheetTime } from "../../domain/partner-csv.ts";
import type { ConsoleTexts } from "../../i18n/console.ts";
import { dateTimeRange } from "../../i18n/format.ts";
import type { ConferenceRepository, MailingProgress } from "../../store/conference-repository.ts";
import type { AppEnv } from "../app-env.ts";
import { ChoiceGroup, ErrorSummary, Field } from "../ui/form-parts.tsx";
import { Csrf, href } from "./layout.tsx";
import { mailingLabel } from "./mailing-label.ts";
import { ButtonForm, berlinDateTime, field, StackTable } from "./parts.tsx";

/**
 * What a conference and a work table's meeting share in the console: the form with date and time fields in
 * Berlin time, its reading and rules, the facts, the mailings' progress, the replies and the attendees' file.
 */

export type EventValues = Record<string, string>;

/** The instants of an event and the form's date and time fields that give them. */
const TIMES = [
  ["startsAt", "start"],
  ["endsAt", "end"],
  ["inviteAt", "invite"],
  ["reminderAt", "reminder"],
] as const;

const DAY_MS = 86_400_000;

export function eventValues(event: Conference | undefined): EventValues {
  if (!event) return { season: "autumn" };
  const values: EventValues = {
    season: event.season,
    title: event.title,
    location: event.location,
    onlineUrl: event.onlineUrl ?? "",
    agenda: event.agenda ?? "",
    version: event.updatedAt,
  };
  for (const [key, name] of TIMES) {
    const iso = event[key];
    if (iso) {
      const { date, time } = berlinFields(iso);
      values[`${name}Date`] = date;
      values[`${name}Time`] = time;
    }
  }
  return values;
}

/**
 * Reads the form. A conference needs every field but the reminder. A meeting (`meeting` given) needs only start,
 * end and place: without a title it is called by its table, without an invitation time it is invited now, without
 * a reminder time reminded two days before (when that is still ahead of the invitation).
 */
export function readEventForm(
  form: FormData,
  t: ConsoleTexts,
  meeting?: { defaultTitle: string; now: Date },
): { values: EventValues; errors: Record<string, string>; input?: ConferenceInput } {
  const values: EventValues = Object.fromEntries(
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
    const optional = key === "reminderAt" || (meeting !== undefined && key === "inviteAt");
    if (optional && !date && !time) continue;
    if (!date || !time) {
      errors[`${name}Date`] = t.dateInvalid;
      continue;
    }
    const instant = berlinInstant(date, time);
    if (instant) times[key] = instant;
    else errors[`${name}Date`] = t.timeInvalid;
  }
  if (meeting && times.startsAt) {
    // Invited a minute from now: the schedule needs a time ahead, and the planner may still look at the page.
    times.inviteAt ??= new Date(meeting.now.getTime() + 60_000).toISOString();
    const remind = new Date(Date.parse(times.startsAt) - MEETING_REMINDER_DAYS * DAY_MS);
    if (!values.reminderDate && !values.reminderTime && remind.getTime() > Date.parse(times.inviteAt) + DAY_MS) {
      times.reminderAt = remind.toISOString();
    }
  }
  const parsed = conferenceInputSchema().safeParse({
    season: meeting ? seasonOf(times.startsAt ?? meeting.now.toISOString()) : values.season,
    title: meeting ? values.title || meeting.defaultTitle : values.title,
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
export function eventRuleErrors(issues: { path: string; message: string }[], t: ConsoleTexts): Record<string, string> {
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

/** The form of a conference (with its season) or a meeting (title, invitation and reminder optional). */
export function EventForm(props: {
  t: ConsoleTexts;
  locale: Locale;
  action: string;
  csrf: string;
  values: EventValues;
  errors: Record<string, string>;
  error: string | undefined;
  meeting: boolean;
}) {
  const { t, values, errors, meeting } = props;
  const v = (name: string) => values[name] ?? "";
  const input = (name: string, label: string, type: string, required: boolean, extra: Record<string, unknown> = {}) => (
    <Field
      id={`field-${name}`}
      label={label}
      required={required ? t.required : undefined}
      error={errors[name]}
      control={(a) => <input type={type} name={name} value={v(name)} {...extra} {...a} />}
    />
  );
  const when = (
    name: keyof ConsoleTexts["legend"],
    dateLabel: string,
    timeLabel: string,
    required: boolean,
    hint?: string,
  ) => (
    <fieldset class="when">
      <legend>{t.legend[name]}</legend>
      {hint ? <p class="hint">{hint}</p> : null}
      {input(`${name}Date`, dateLabel, "date", required)}
      {input(`${name}Time`, timeLabel, "time", required, { step: 300 })}
    </fieldset>
  );
  return (
    <>
      <ErrorSummary
        heading={t.fieldsInvalid}
        formError={props.error}
        errors={Object.entries(errors).map(([name, message]) => [name, message])}
      />
      <form method="post" action={href(props.action, props.locale)} novalidate>
        <Csrf token={props.csrf} />
        <input type="hidden" name="version" value={v("version")} />
        {meeting ? null : (
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
        )}
        <Field
          id="field-title"
          label={meeting ? t.meetingTitle : t.title}
          hint={meeting ? t.meetingTitleHint : t.titleHint}
          required={meeting ? undefined : t.required}
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
          hint={t.agendaFreeHint}
          error={errors.agenda}
          control={(a) => (
            <textarea name="agenda" rows={6} maxlength={5000} {...a}>
              {v("agenda")}
            </textarea>
          )}
        />
        {when("invite", t.inviteDate, t.inviteTime, !meeting, meeting ? t.meetingInviteHint : undefined)}
        {when("reminder", t.reminderDate, t.reminderTime, false, meeting ? t.meetingReminderHint : undefined)}
        <p>
          <button type="submit">{t.save}</button>
        </p>
      </form>
    </>
  );
}

/** When, where, the online link, the mailing times and the agenda. */
export function EventFacts(props: { t: ConsoleTexts; locale: Locale; event: Conference }) {
  const { t, locale, event } = props;
  return (
    <dl class="facts">
      <dt>{t.when}</dt>
      <dd>{dateTimeRange(event.startsAt, event.endsAt, consoleLocaleOf(locale))}</dd>
      <dt>{t.where}</dt>
      <dd>{event.location}</dd>
      {event.onlineUrl ? (
        <>
          <dt>{t.onlineUrl.replace(/ \(.*\)$/, "")}</dt>
          <dd>{event.onlineUrl}</dd>
        </>
      ) : null}
      <dt>{t.mailingKind.invitation}</dt>
      <dd>{berlinDateTime(event.inviteAt, locale)}</dd>
      <dt>{t.mailingKind.reminder}</dt>
      <dd>{berlinDateTime(event.reminderAt, locale)}</dd>
      {event.agenda && !event.agendaItems?.length ? (
        <>
          <dt>{t.agenda.replace(/ \(.*\)$/, "")}</dt>
          <dd class="pre">{event.agenda}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** Every mailing of an event with its mails by state. */
export async function mailingsOf(conferences: ConferenceRepository, id: string) {
  const progress = await conferences.mailings(id);
  return Promise.all(progress.map(async (p) => ({ ...p, mails: await conferences.mailCounts(id, p.key) })));
}

export function MailingTable(props: {
  t: ConsoleTexts;
  locale: Locale;
  mailings: (MailingProgress & { mails: Record<string, number> })[];
}) {
  const { t, locale } = props;
  const label = (key: string) => mailingLabel(t, key);
  return (
    <StackTable
      caption={t.mailings}
      empty={t.nothingYet}
      rows={props.mailings}
      columns={[
        { label: t.mailings, cell: (m) => label(m.key) },
        { label: t.status, cell: (m) => (m.done ? t.mailingDone : t.mailingRunning) },
        { label: t.queued, cell: (m) => String(m.queued) },
        { label: t.sent, cell: (m) => String(m.mails.sent ?? 0) },
        { label: t.failed, cell: (m) => String((m.mails.failed ?? 0) + (m.mails.uncertain ?? 0)) },
        { label: t.skipped, cell: (m) => String(m.skippedUnsubscribed + m.skippedSuppressed + m.skippedAnswer) },
        { label: t.started, cell: (m) => berlinDateTime(m.startedAt, locale) },
      ]}
    />
  );
}

/** The replies: counts, then who answered what and when. */
export function RsvpList(props: { t: ConsoleTexts; locale: Locale; rsvps: Rsvp[] }) {
  const { t, locale, rsvps } = props;
  const yes = rsvps.filter((r) => r.answer === "yes").length;
  return (
    <>
      <p>{t.rsvpCounts(yes, rsvps.length - yes)}</p>
      <StackTable
        caption={t.rsvp}
        empty={t.none}
        rows={rsvps}
        columns={[
          { label: t.name, cell: (r) => r.name },
          { label: t.organisation, cell: (r) => r.organisation ?? "–" },
          { label: t.email, cell: (r) => r.email },
          {
            label: t.answer,
            cell: (r) =>
              `${r.answer === "yes" ? t.rsvpYes : t.rsvpNo}${r.deputy ? ` (${t.deputyComes(r.deputy)})` : ""}`,
          },
          { label: t.answeredAt, cell: (r) => berlinDateTime(r.answeredAt, locale) },
        ]}
      />
    </>
  );
}

/** Who said yes, for a German spreadsheet, by name. */
export function attendeesResponse(c: Context<AppEnv>, event: Conference, rsvps: Rsvp[]) {
  const yes = rsvps.filter((r) => r.answer === "yes").sort((a, b) => a.name.localeCompare(b.name, "de"));
  return c.body(
    germanSpreadsheet(
      ["Name", "E-Mail", "Organisation", "Zugesagt am", "Vertretung"],
      yes.map((r) => [r.name, r.email, r.organisation ?? "", spreadsheetTime(r.answeredAt), r.deputy ?? ""]),
    ),
    200,
    {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="teilnehmende-${event.startsAt.slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  );
}

/** What an edit writes: the form's fields, and `null` for an optional one left empty (removed). */
export function eventChanges(input: ConferenceInput): Partial<Conference> {
  return {
    ...input,
    reminderAt: input.reminderAt ?? null,
    onlineUrl: input.onlineUrl ?? null,
    agenda: input.agenda ?? null,
  } as unknown as Partial<Conference>;
}

/** Cancelling takes a second step: what will happen, the note as it will be sent, one button. */
export function CancelConfirmation(props: {
  t: ConsoleTexts;
  locale: Locale;
  csrf: string;
  /** The event's page; the cancellation POSTs to `<path>/absagen`. */
  path: string;
  name: string;
  hint: string;
  label: string;
  note: string;
}) {
  const { t, locale } = props;
  return (
    <>
      <p>{props.name}</p>
      <p>{props.hint}</p>
      {props.note ? <p class="pre">{props.note}</p> : null}
      <ButtonForm
        action={href(`${props.path}/absagen`, locale)}
        csrf={props.csrf}
        label={props.label}
        fields={{ note: props.note, bestaetigt: "ja" }}
      />
      <p>
        <a href={href(props.path, locale)}>{t.back}</a>
      </p>
    </>
  );
}

/** The cancellation's changes to the event. */
export const cancellation = (note: string, now: Date): Partial<Conference> => ({
  status: "cancelled",
  cancelledAt: now.toISOString(),
  ...(note ? { cancellationNote: note } : {}),
});
