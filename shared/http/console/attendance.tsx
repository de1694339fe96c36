import type { Context } from "hono";
import {
  ATTENDANCE_STATUSES,
  type AttendanceRow,
  attendanceInputSchema,
  ERASED_NAME,
} from "../../domain/attendance.ts";
import type { Conference } from "../../domain/conference.ts";
import { consoleTexts } from "../../i18n/console.ts";
import { fieldText, loadFieldTexts } from "../../i18n/fields.ts";
import { dateTimeRange } from "../../i18n/format.ts";
import { type AttendanceDeps, attendanceSheet, recordAttendance } from "../../use-cases/attendance.ts";
import type { AppEnv } from "../app-env.ts";
import { ErrorSummary, Field } from "../ui/form-parts.tsx";
import type { AgendaPlace } from "./agenda.tsx";
import { Csrf, href, Notice } from "./layout.tsx";
import { consolePage, field } from "./parts.tsx";

/** Empty lines at the end of the paper list, for people nobody expected. */
const BLANK_LINES = 5;

type State = { rows?: AttendanceRow[]; errors?: Record<string, string>; error?: string; notice?: string };

/** The rows as the form sent them back (the people are the sheet's; only state and deputy come from the form). */
function rowsFromForm(form: FormData, sheet: readonly AttendanceRow[]): AttendanceRow[] {
  return sheet.map((row, index) => {
    const status = field(form, `people.${index}.status`);
    const deputy = field(form, `people.${index}.deputy`).trim();
    return {
      ...row,
      status: (ATTENDANCE_STATUSES as readonly string[]).includes(status)
        ? (status as AttendanceRow["status"])
        : row.status,
      ...(deputy ? { deputy } : { deputy: undefined }),
    };
  });
}

/**
 * Recording who was there, on a phone, on the day (issue 21): one block per person with the three states as
 * large radio buttons and the deputy's name, starting from the answers (a "yes" present, a "no" excused, none
 * absent) or what was recorded before. Saved as a whole through the use case the API uses.
 */
export async function attendancePage(
  c: Context<AppEnv>,
  deps: AttendanceDeps,
  event: Conference,
  place: AgendaPlace,
  state: State = {},
  status: 200 | 409 | 422 = 200,
) {
  const t = consoleTexts(c.var.locale);
  const sheet = await attendanceSheet(deps, event);
  const rows = state.rows ?? sheet.rows;
  const errors = state.errors ?? {};
  const path = `${place.eventPath}/anwesenheit`;
  return consolePage(
    c,
    { title: t.attendanceTitle(event.title), path, section: place.section },
    <>
      {state.notice ? <Notice>{state.notice}</Notice> : null}
      <ErrorSummary
        heading={t.fieldsInvalid}
        formError={state.error}
        errors={Object.entries(errors).map(([name, message]) => [name.replaceAll(".", "-"), message])}
      />
      <p>{t.attendanceIntro}</p>
      <ul class="actions">
        <li>
          <a href={href(place.eventPath, c.var.locale)}>{t.back}</a>
        </li>
        <li>
          <a href={href(`${place.eventPath}/anwesenheitsliste`, c.var.locale)}>{t.printList}</a>
        </li>
      </ul>
      {sheet.erased.length > 0 ? <p>{t.attendanceErased(sheet.erased.length)}</p> : null}
      {rows.length === 0 ? (
        <p>{t.attendanceEmpty}</p>
      ) : (
        <form method="post" action={href(path, c.var.locale)} novalidate>
          <Csrf token={c.var.principal.session?.csrfToken ?? ""} />
          {rows.map((row, index) => {
            const id = `field-people-${index}`;
            return (
              <fieldset class="person">
                <legend>
                  {row.name}
                  {row.organisation ? ` (${row.organisation})` : ""}
                </legend>
                <p class="hint">
                  {t.attendanceAnswer(row.answer)}
                  {row.recorded ? ` · ${t.attendanceRecorded}` : ""}
                </p>
                <input type="hidden" name={`people.${index}.email`} value={row.email} />
                <div class="choices-inline">
                  {ATTENDANCE_STATUSES.map((s) => (
                    <div class="choice">
                      <input
                        type="radio"
                        id={`${id}-${s}`}
                        name={`people.${index}.status`}
                        value={s}
                        checked={row.status === s}
                      />
                      <label for={`${id}-${s}`}>{t.attendanceStatuses[s]}</label>
                    </div>
                  ))}
                </div>
                <Field
                  id={`${id}-deputy`}
                  label={t.attendanceDeputy}
                  error={errors[`people.${index}.deputy`]}
                  control={(a) => (
                    <input
                      type="text"
                      name={`people.${index}.deputy`}
                      value={row.deputy ?? ""}
                      maxlength={120}
                      autocomplete="off"
                      {...a}
                    />
                  )}
                />
              </fieldset>
            );
          })}
          <p class="actions">
            <button type="submit">{t.save}</button>
          </p>
        </form>
      )}
    </>,
    status,
  );
}

/** Saves the form's list; back to the list with a notice, so the contact can go on correcting on the phone. */
export async function saveAttendanceForm(
  c: Context<AppEnv>,
  deps: AttendanceDeps,
  event: Conference,
  place: AgendaPlace,
  now: Date,
) {
  const t = consoleTexts(c.var.locale);
  const sheet = await attendanceSheet(deps, event);
  // The form names people by position and address; a list that changed meanwhile (a new member) is shown again.
  const sent = sheet.rows.every((row, index) => field(c.var.form, `people.${index}.email`) === row.email);
  if (!sent || c.var.form.has(`people.${sheet.rows.length}.email`)) {
    return attendancePage(c, deps, event, place, { error: t.attendanceChanged }, 409);
  }
  const rows = rowsFromForm(c.var.form, sheet.rows);
  const input = {
    entries: rows.map((row) => ({
      email: row.email,
      status: row.status,
      // A deputy stands in for a member who is there through them: the name counts only with "present".
      ...(row.deputy && row.status === "present" ? { deputy: row.deputy } : {}),
    })),
  };
  const parsed = attendanceInputSchema().safeParse(input);
  if (!parsed.success) {
    await loadFieldTexts(c.var.locale);
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const [, index] = issue.path;
      errors[`people.${typeof index === "number" ? index : 0}.deputy`] ??= fieldText(c.var.locale, issue.message);
    }
    return attendancePage(c, deps, event, place, { rows, errors }, 422);
  }
  const outcome = await recordAttendance(deps, event, parsed.data, c.var.principal.email, now);
  if (outcome.kind !== "ok") return attendancePage(c, deps, event, place, { error: t.attendanceChanged }, 409);
  return c.redirect(href(`${place.eventPath}/anwesenheit?gespeichert=1`, c.var.locale), 303);
}

/**
 * The attendance list on paper (issue 21): the event's facts, one line per person with the organisation and a
 * column to sign, a few empty lines; laid out for A4 by the print stylesheet (everything but the list is hidden).
 */
export async function attendanceListPage(
  c: Context<AppEnv>,
  deps: AttendanceDeps,
  event: Conference,
  place: AgendaPlace,
) {
  const t = consoleTexts(c.var.locale);
  const sheet = await attendanceSheet(deps, event);
  const lines = [
    ...sheet.rows.map((row) => ({
      name: row.deputy ? t.deputyFor(row.deputy, row.name) : row.name,
      organisation: row.organisation ?? "",
    })),
    ...sheet.erased.map((entry) => ({ name: ERASED_NAME, organisation: entry.organisation ?? "" })),
    ...Array.from({ length: BLANK_LINES }, () => ({ name: "", organisation: "" })),
  ];
  return consolePage(
    c,
    { title: t.printListTitle(event.title), path: `${place.eventPath}/anwesenheitsliste`, section: place.section },
    <>
      <p class="no-print">{t.printHint}</p>
      <ul class="actions">
        <li>
          <a href={href(place.eventPath, c.var.locale)}>{t.back}</a>
        </li>
      </ul>
      <p>
        {dateTimeRange(event.startsAt, event.endsAt, c.var.locale)}, {event.location}
      </p>
      <table class="stack attendance-list">
        <caption class="hp">{t.printListTitle(event.title)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.lineNumber}</th>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.organisation}</th>
            <th scope="col">{t.signature}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr>
              <td data-label={t.lineNumber}>{index + 1}</td>
              <td data-label={t.name}>{line.name}</td>
              <td data-label={t.organisation}>{line.organisation}</td>
              <td data-label={t.signature} class="signature" />
            </tr>
          ))}
        </tbody>
      </table>
    </>,
  );
}

/** The recorded attendance on the event's page: the counts, and the links to record and to print. */
export function AttendanceSummary(props: {
  eventPath: string;
  locale: Parameters<typeof consoleTexts>[0];
  counts: Record<(typeof ATTENDANCE_STATUSES)[number], number> | undefined;
  planned: boolean;
}) {
  const t = consoleTexts(props.locale);
  return (
    <section aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t.attendanceHeading}</h2>
      <p>
        {props.counts
          ? t.attendanceCounts(props.counts.present, props.counts.excused, props.counts.absent)
          : t.attendanceNone}
      </p>
      <ul class="actions">
        {props.planned ? (
          <li>
            <a href={href(`${props.eventPath}/anwesenheit`, props.locale)}>{t.recordAttendance}</a>
          </li>
        ) : null}
        <li>
          <a href={href(`${props.eventPath}/anwesenheitsliste`, props.locale)}>{t.printList}</a>
        </li>
      </ul>
    </section>
  );
}

/** How many entries are in each state, or nothing when none is recorded yet. */
export async function attendanceCounts(deps: Pick<AttendanceDeps, "attendance">, eventId: string) {
  const entries = await deps.attendance.list(eventId);
  if (entries.length === 0) return undefined;
  const counts = { present: 0, excused: 0, absent: 0 };
  for (const entry of entries) counts[entry.status]++;
  return counts;
}
