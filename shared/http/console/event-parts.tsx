import type { Context } from "hono";
import { berlinFields, berlinInstant } from "../../domain/berlin-time.ts";
import {
  type Conference,
  holdsPlace,
  MEETING_REMINDER_DAYS,
  type Rsvp,
  SEASONS,
  seasonOf,
} from "../../domain/conference.ts";
import { type ConferenceInput, conferenceInputSchema, OPTIONAL_EVENT_FIELDS } from "../../domain/conference-input.ts";
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
  ["registrationDeadline", "deadline"],
] as const;

/** Rows of the workshop part of the form: the event's workshops and this many empty ones. */
const EMPTY_WORKSHOP_ROWS = 2;
const WORKSHOP_FIELDS = ["id", "slot", "title", "capacity"] as const;
const workshopField = (index: number, name: (typeof WORKSHOP_FIELDS)[number]) => `workshops.${index}.${name}`;

/** How many workshop rows a form shows: every filled one and a few empty. */
const workshopRows = (values: EventValues) => {
  let filled = 0;
  while (values[workshopField(filled, "slot")] !== undefined || values[workshopField(filled, "title")] !== undefined) {
    filled++;
  }
  return filled + EMPTY_WORKSHOP_ROWS;
};

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
    capacity: event.capacity?.toString() ?? "",
    perOrganisation: event.perOrganisation?.toString() ?? "",
  };
  for (const [index, workshop] of (event.workshops ?? []).entries()) {
    values[workshopField(index, "id")] = workshop.id;
    values[workshopField(index, "slot")] = workshop.slot;
    values[workshopField(index, "title")] = workshop.title;
    values[workshopField(index, "capacity")] = workshop.capacity?.toString() ?? "";
  }
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
      "capacity",
      "perOrganisation",
      ...TIMES.flatMap(([, n]) => [`${n}Date`, `${n}Time`]),
    ].map((name) => [name, field(form, name)]),
  );
  // Workshop rows as sent: the filled ones (an emptied row removes its workshop).
  const workshops: Record<string, unknown>[] = [];
  for (let index = 0; index < 60; index++) {
    const row = Object.fromEntries(WORKSHOP_FIELDS.map((name) => [name, field(form, workshopField(index, name))]));
    if (!form.has(workshopField(index, "slot"))) break;
    if (!row.slot && !row.title && !row.capacity) continue;
    const at = workshops.length;
    for (const name of WORKSHOP_FIELDS) values[workshopField(at, name)] = row[name] ?? "";
    workshops.push({
      ...(row.id ? { id: row.id } : {}),
      slot: row.slot,
      title: row.title,
      ...(row.capacity ? { capacity: wholeNumber(row.capacity) } : {}),
    });
  }
  const errors: Record<string, string> = {};
  const times: Partial<Record<(typeof TIMES)[number][0], string>> = {};
  for (const [key, name] of TIMES) {
    const date = values[`${name}Date`] ?? "";
    const time = values[`${name}Time`] ?? "";
    const optional =
      key === "reminderAt" || key === "registrationDeadline" || (meeting !== undefined && key === "inviteAt");
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
    ...(values.capacity ? { capacity: wholeNumber(values.capacity) } : {}),
    ...(values.perOrganisation ? { perOrganisation: wholeNumber(values.perOrganisation) } : {}),
    ...(times.registrationDeadline ? { registrationDeadline: times.registrationDeadline } : {}),
    ...(workshops.length > 0 ? { workshops } : {}),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = String(issue.path[0] ?? "title");
      const time = TIMES.find(([key]) => key === path);
      if (path === "workshops") {
        const index = Number(issue.path[1] ?? 0);
        const column = String(issue.path[2] ?? "title");
        const name = workshopField(index, column === "capacity" ? "capacity" : column === "slot" ? "slot" : "title");
        errors[name] ??= column === "capacity" ? t.places.numberInvalid : t.places.workshopIncomplete;
        continue;
      }
      const name = time ? `${time[1]}Date` : path;
      if (errors[name]) continue;
      errors[name] =
        path === "onlineUrl"
          ? t.timeIssue.onlineUrl
          : path === "capacity" || path === "perOrganisation"
            ? t.places.numberInvalid
            : time
              ? t.dateInvalid
              : t.fieldsInvalid;
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { values, errors };
  return { values, errors, input: parsed.data };
}

/** A whole number as typed ("12"), or the text itself for the schema to refuse. */
const wholeNumber = (typed: string): number | string => (/^\d{1,6}$/.test(typed) ? Number(typed) : typed);

/** The domain's rules on times, titles and places, as messages at the fields. */
export function eventRuleErrors(issues: { path: string; message: string }[], t: ConsoleTexts): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { path, message } of issues) {
    if (path === "title") {
      errors.title = t.timeIssue.title;
      continue;
    }
    if (path === "capacity") {
      errors.capacity = t.places.capacityBelow;
      continue;
    }
    if (path === "registrationDeadline") {
      errors.deadlineDate = t.places.deadlineAfterStart;
      continue;
    }
    if (path.startsWith("workshops")) {
      const [, index, column] = path.split(".");
      if (column === "capacity") errors[workshopField(Number(index), "capacity")] = t.places.capacityBelow;
      else errors[workshopField(0, "title")] ??= t.places.workshopHasRegistrations;
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
  const number = (name: string, label: string) => (
    <Field
      id={`field-${name}`}
      label={label}
      hint={t.places.emptyNoLimit}
      error={errors[name]}
      control={(a) => <input type="number" inputmode="numeric" min={1} step={1} name={name} value={v(name)} {...a} />}
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
        <fieldset id="places">
          <legend>{t.places.legend}</legend>
          <p class="hint">{t.places.intro}</p>
          {number("capacity", t.places.capacity)}
          {number("perOrganisation", t.places.perOrganisation)}
          {when("deadline", t.places.deadlineDate, t.places.deadlineTime, false, t.places.deadlineHint)}
        </fieldset>
        <fieldset id="workshops">
          <legend>{t.places.workshops}</legend>
          <p class="hint">{t.places.workshopsHint}</p>
          {Array.from({ length: workshopRows(values) }, (_, index) => (
            <fieldset class="workshop">
              <legend>{t.places.workshop(index + 1)}</legend>
              <input type="hidden" name={workshopField(index, "id")} value={v(workshopField(index, "id"))} />
              <Field
                id={`field-workshops-${index}-slot`}
                label={t.places.slot}
                hint={t.places.slotHint}
                error={errors[workshopField(index, "slot")]}
                control={(a) => (
                  <input
                    type="text"
                    name={workshopField(index, "slot")}
                    maxlength={100}
                    value={v(workshopField(index, "slot"))}
                    {...a}
                  />
                )}
              />
              <Field
                id={`field-workshops-${index}-title`}
                label={t.places.workshopTitle}
                error={errors[workshopField(index, "title")]}
                control={(a) => (
                  <input
                    type="text"
                    name={workshopField(index, "title")}
                    maxlength={200}
                    value={v(workshopField(index, "title"))}
                    {...a}
                  />
                )}
              />
              <Field
                id={`field-workshops-${index}-capacity`}
                label={t.places.workshopCapacity}
                hint={t.places.emptyNoLimit}
                error={errors[workshopField(index, "capacity")]}
                control={(a) => (
                  <input
                    type="number"
                    inputmode="numeric"
                    min={1}
                    step={1}
                    name={workshopField(index, "capacity")}
                    value={v(workshopField(index, "capacity"))}
                    {...a}
                  />
                )}
              />
            </fieldset>
          ))}
        </fieldset>
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

/** An event's places on its page (issue 22): the counts, and the links to the lists and the door. */
export function PlacesSummary(props: {
  t: ConsoleTexts;
  locale: Locale;
  event: Conference;
  rsvps: Rsvp[];
  base: string;
}) {
  const { t, locale, event, rsvps, base } = props;
  const confirmed = rsvps.filter(holdsPlace).length;
  const waiting = rsvps.filter((r) => r.answer === "yes" && r.status === "waitlisted").length;
  return (
    <>
      <h2>{t.places.link}</h2>
      <p>{t.places.overview(confirmed, event.capacity, waiting)}</p>
      <ul class="actions">
        <li>
          <a href={href(`${base}/anmeldungen`, locale)}>{t.places.link}</a>
        </li>
        <li>
          <a href={href(`${base}/einlass`, locale)}>{t.places.checkIn}</a>
        </li>
      </ul>
    </>
  );
}

/** The replies: counts, then who answered what and when. */
export function RsvpList(props: { t: ConsoleTexts; locale: Locale; rsvps: Rsvp[] }) {
  const { t, locale, rsvps } = props;
  const yes = rsvps.filter(holdsPlace).length;
  return (
    <>
      <p>{t.rsvpCounts(yes, rsvps.filter((r) => r.answer === "no").length)}</p>
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
  const yes = rsvps.filter(holdsPlace).sort((a, b) => a.name.localeCompare(b.name, "de"));
  return c.body(
    germanSpreadsheet(
      ["Name", "E-Mail", "Organisation", "Zugesagt am", "Vertretung", "Workshops"],
      yes.map((r) => [
        r.name,
        r.email,
        r.organisation ?? "",
        spreadsheetTime(r.answeredAt),
        r.deputy ?? "",
        // The workshops the person has a place in (issue 22).
        (r.picks ?? [])
          .filter((pick) => pick.status === "confirmed")
          .flatMap((pick) => event.workshops?.find((w) => w.id === pick.workshopId)?.title ?? [])
          .join(", "),
      ]),
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
  const changes: Record<string, unknown> = { ...input };
  for (const field of OPTIONAL_EVENT_FIELDS) changes[field] ??= null;
  return changes as Partial<Conference>;
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
