import type { Context } from "hono";
import type { Conference } from "../../domain/conference.ts";
import { framePersonLabel } from "../../domain/frame-person.ts";
import {
  type FramePerson,
  hasUnpublishedChanges,
  MAX_DECISIONS,
  MAX_TASKS,
  type Minutes,
  minutesFrame,
  minutesInputSchema,
} from "../../domain/minutes.ts";
import { consoleTexts } from "../../i18n/console.ts";
import { fieldText, loadFieldTexts } from "../../i18n/fields.ts";
import { dateTimeRange } from "../../i18n/format.ts";
import { type MinutesDeps, publishMinutes, saveMinutes } from "../../use-cases/minutes.ts";
import type { AppEnv } from "../app-env.ts";
import { ErrorSummary, Field } from "../ui/form-parts.tsx";
import type { AgendaPlace } from "./agenda.tsx";
import { Csrf, href, Notice } from "./layout.tsx";
import { berlinDateTime, consolePage, field } from "./parts.tsx";

/** Empty rows under the decisions and tasks, for new ones (a form without script adds entries this way). */
const NEW_ROWS = 2;

/** Who may own a task, as the form's choice offers them: address, and name with organisation. */
export interface OwnerChoice {
  email: string;
  label: string;
}

type DecisionRow = { id?: string; text: string };
type TaskRow = { id?: string; text: string; owner: string; due: string };
type State = {
  text?: string;
  decisions?: DecisionRow[];
  tasks?: TaskRow[];
  errors?: Record<string, string>;
  error?: string;
  notice?: string;
};

function rowsFromForm(form: FormData) {
  const decisions: DecisionRow[] = [];
  const tasks: TaskRow[] = [];
  for (let i = 0; i < MAX_DECISIONS + NEW_ROWS; i++) {
    if (!form.has(`decisions.${i}.text`)) continue;
    const id = field(form, `decisions.${i}.id`);
    decisions.push({ ...(id ? { id } : {}), text: field(form, `decisions.${i}.text`) });
  }
  for (let i = 0; i < MAX_TASKS + NEW_ROWS; i++) {
    if (!form.has(`tasks.${i}.text`)) continue;
    const id = field(form, `tasks.${i}.id`);
    tasks.push({
      ...(id ? { id } : {}),
      text: field(form, `tasks.${i}.text`),
      owner: field(form, `tasks.${i}.owner`),
      due: field(form, `tasks.${i}.due`),
    });
  }
  return { text: field(form, "text"), decisions, tasks };
}

/** What the minutes' pages need: the use case's stores, and the directory for the owners to choose from. */
export type MinutesPageDeps = MinutesDeps & {
  partners: MinutesDeps["partners"] & {
    all(filter: { workTableId?: string }): Promise<{ email: string; name: string; organisation?: string | null }[]>;
  };
};

/**
 * Who the form offers as a task's owner: for a meeting the table's contact, deputy and members; for a conference
 * every partner; by name, with the organisation.
 */
async function ownerChoices(deps: MinutesPageDeps, event: Conference): Promise<OwnerChoice[]> {
  const table = event.workTableId ? await deps.workTables.get(event.workTableId) : undefined;
  const partners = await deps.partners.all(event.workTableId ? { workTableId: event.workTableId } : {});
  const choices = new Map<string, OwnerChoice>();
  for (const person of [table?.contact, table?.deputy]) {
    if (person) choices.set(person.email.toLowerCase(), { email: person.email.toLowerCase(), label: person.name });
  }
  for (const p of partners) {
    if (!choices.has(p.email)) {
      choices.set(p.email, { email: p.email, label: `${p.name}${p.organisation ? ` (${p.organisation})` : ""}` });
    }
  }
  return [...choices.values()].sort((a, b) => a.label.localeCompare(b.label, "de"));
}

/** A task row is an entry once anything is filled in; a decision once it has a text. */
const filledTask = (row: TaskRow) => row.text.trim() !== "" || row.owner !== "" || row.due !== "";

/**
 * The minutes in the console (issue 21): the frame as it stands (event, time, place, who was there and excused,
 * the agenda), the text, the decisions and the tasks (what, who from a list, by when) with empty rows for new ones,
 * and publishing: the first time to every member, afterwards as a correction, each once.
 */
export async function minutesPage(
  c: Context<AppEnv>,
  deps: MinutesPageDeps,
  event: Conference,
  place: AgendaPlace,
  given?: State,
  status: 200 | 409 | 422 = 200,
) {
  const t = consoleTexts(c.var.locale);
  const locale = c.var.locale;
  // Back after a save or a publication (Post/Redirect/Get): the notice says which.
  const notice = c.req.query("gespeichert")
    ? t.minutesSaved
    : c.req.query("veroeffentlicht")
      ? t.minutesPublished
      : undefined;
  const state: State = given ?? (notice ? { notice } : {});
  const [minutes, attendance, owners] = await Promise.all([
    deps.minutes.get(event.id),
    deps.attendance.list(event.id),
    ownerChoices(deps, event),
  ]);
  const frame = minutesFrame(event, attendance);
  const decisions = [...(state.decisions ?? (minutes?.decisions ?? []).map((d) => ({ id: d.id, text: d.text })))];
  const tasks = [
    ...(state.tasks ??
      (minutes?.tasks ?? []).map((task) => ({ id: task.id, text: task.text, owner: task.owner, due: task.due }))),
  ];
  for (let i = 0; i < NEW_ROWS; i++) {
    decisions.push({ text: "" });
    tasks.push({ text: "", owner: "", due: "" });
  }
  const errors = state.errors ?? {};
  const path = `${place.eventPath}/protokoll`;
  const people = (list: FramePerson[]) =>
    list.length === 0 ? (
      <p>{t.minutesNobody}</p>
    ) : (
      <ul>
        {list.map((p) => (
          <li>{framePersonLabel(p, t.deputyFor)}</li>
        ))}
      </ul>
    );
  const published = minutes?.published;
  const changed = minutes ? hasUnpublishedChanges(minutes) : false;
  return consolePage(
    c,
    { title: t.minutesTitle(event.title), path, section: place.section },
    <>
      {state.notice ? <Notice>{state.notice}</Notice> : null}
      <ErrorSummary
        heading={t.fieldsInvalid}
        formError={state.error}
        errors={Object.entries(errors).map(([name, message]) => [name.replaceAll(".", "-"), message])}
      />
      <p>{t.minutesIntro}</p>
      <ul class="actions">
        <li>
          <a href={href(place.eventPath, locale)}>{t.back}</a>
        </li>
        <li>
          <a href={href(`${place.eventPath}/anwesenheit`, locale)}>{t.recordAttendance}</a>
        </li>
      </ul>
      <p>
        <strong>
          {published
            ? t.minutesPublishedState(published.number, berlinDateTime(published.publishedAt, locale), changed)
            : t.minutesDraftState}
        </strong>
      </p>
      <section aria-labelledby="frame-heading" class="card">
        <h2 id="frame-heading">{t.minutesFrame}</h2>
        <dl class="facts">
          <dt>{t.when}</dt>
          <dd>{dateTimeRange(frame.startsAt, frame.endsAt, locale)}</dd>
          <dt>{t.where}</dt>
          <dd>{frame.location}</dd>
        </dl>
        <h3>{t.minutesPresent}</h3>
        {people(frame.present)}
        <h3>{t.minutesExcused}</h3>
        {people(frame.excused)}
        <h3>{t.agendaHeading}</h3>
        {frame.agenda.length === 0 ? (
          <p>{t.agendaEmpty}</p>
        ) : (
          <ol>
            {frame.agenda.map((item) => (
              <li>
                {item.title}
                {item.presenter ? ` (${item.presenter})` : ""}
              </li>
            ))}
          </ol>
        )}
      </section>
      <form method="post" action={href(path, locale)} novalidate>
        <Csrf token={c.var.principal.session?.csrfToken ?? ""} />
        <input type="hidden" name="version" value={minutes?.updatedAt ?? ""} />
        <Field
          id="field-text"
          label={t.minutesText}
          error={errors.text}
          control={(a) => (
            <textarea name="text" rows={10} maxlength={20000} {...a}>
              {state.text ?? minutes?.text ?? ""}
            </textarea>
          )}
        />
        <h2>{t.minutesDecisions}</h2>
        {decisions.map((row, index) => (
          <fieldset>
            <legend>{row.id || row.text ? t.minutesDecision(index + 1) : t.minutesNewDecision}</legend>
            {row.id ? <input type="hidden" name={`decisions.${index}.id`} value={row.id} /> : null}
            <Field
              id={`field-decisions-${index}-text`}
              label={t.minutesDecisionText}
              error={errors[`decisions.${index}.text`]}
              control={(a) => (
                <textarea name={`decisions.${index}.text`} rows={2} maxlength={2000} {...a}>
                  {row.text}
                </textarea>
              )}
            />
          </fieldset>
        ))}
        <h2>{t.minutesTasks}</h2>
        {tasks.map((row, index) => (
          <fieldset>
            <legend>{row.id || filledTask(row) ? t.minutesTask(index + 1) : t.minutesNewTask}</legend>
            {row.id ? <input type="hidden" name={`tasks.${index}.id`} value={row.id} /> : null}
            <Field
              id={`field-tasks-${index}-text`}
              label={t.minutesTaskText}
              error={errors[`tasks.${index}.text`]}
              control={(a) => (
                <input type="text" name={`tasks.${index}.text`} value={row.text} maxlength={300} {...a} />
              )}
            />
            <Field
              id={`field-tasks-${index}-owner`}
              label={t.minutesTaskOwner}
              error={errors[`tasks.${index}.owner`]}
              control={(a) => (
                <select name={`tasks.${index}.owner`} {...a}>
                  <option value="">{t.minutesChooseOwner}</option>
                  {owners.map((o) => (
                    <option value={o.email} selected={row.owner === o.email}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
            />
            <Field
              id={`field-tasks-${index}-due`}
              label={t.minutesTaskDue}
              error={errors[`tasks.${index}.due`]}
              control={(a) => <input type="date" name={`tasks.${index}.due`} value={row.due} {...a} />}
            />
          </fieldset>
        ))}
        <p class="actions">
          <button type="submit">{t.minutesSaveDraft}</button>
        </p>
      </form>
      {minutes && (changed || !published) ? (
        <form method="post" action={href(`${path}/veroeffentlichen`, locale)} class="card">
          <Csrf token={c.var.principal.session?.csrfToken ?? ""} />
          <h2>{published ? t.minutesCorrect : t.minutesPublish}</h2>
          <p>{event.workTableId ? t.minutesPublishHintMembers : t.minutesPublishHintPartners}</p>
          <p>
            <button type="submit">{published ? t.minutesCorrect : t.minutesPublish}</button>
          </p>
        </form>
      ) : null}
    </>,
    status,
  );
}

/** Saves the form's draft over the version it was made from; back to the page with a notice. */
export async function saveMinutesForm(
  c: Context<AppEnv>,
  deps: MinutesPageDeps,
  event: Conference,
  place: AgendaPlace,
  now: Date,
) {
  const t = consoleTexts(c.var.locale);
  const rows = rowsFromForm(c.var.form);
  const decisions = rows.decisions.map((row, index) => ({ row, index })).filter(({ row }) => row.text.trim() !== "");
  const tasks = rows.tasks.map((row, index) => ({ row, index })).filter(({ row }) => filledTask(row));
  const input = {
    ...(rows.text.trim() ? { text: rows.text } : {}),
    decisions: decisions.map(({ row }) => ({ ...(row.id ? { id: row.id } : {}), text: row.text })),
    tasks: tasks.map(({ row }) => ({
      ...(row.id ? { id: row.id } : {}),
      text: row.text,
      owner: row.owner,
      due: row.due,
    })),
  };
  const state = { text: rows.text, decisions: rows.decisions, tasks: rows.tasks };
  const parsed = minutesInputSchema().safeParse(input);
  const errors: Record<string, string> = {};
  // The schema counts the filled rows; the form's include the empty ones: map back by position.
  const formPath = (path: PropertyKey[]) => {
    const [list, position, name] = path;
    if (list === "text") return "text";
    const filled = list === "decisions" ? decisions : tasks;
    const index = typeof position === "number" ? filled[position]?.index : undefined;
    return `${String(list)}.${index ?? 0}.${String(name ?? "text")}`;
  };
  if (!parsed.success) {
    await loadFieldTexts(c.var.locale);
    for (const issue of parsed.error.issues) {
      errors[formPath(issue.path)] ??= fieldText(c.var.locale, issue.message);
    }
    return minutesPage(c, deps, event, place, { ...state, errors }, 422);
  }
  const outcome = await saveMinutes(deps, event, parsed.data, field(c.var.form, "version"), c.var.principal.email, now);
  if (outcome.kind === "invalid") {
    await loadFieldTexts(c.var.locale);
    for (const issue of outcome.issues) {
      errors[formPath(issue.path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)))] ??= fieldText(
        c.var.locale,
        issue.message,
      );
    }
    return minutesPage(c, deps, event, place, { ...state, errors }, 422);
  }
  if (outcome.kind !== "ok") {
    return minutesPage(c, deps, event, place, { ...state, error: t.minutesChanged }, 409);
  }
  return c.redirect(href(`${place.eventPath}/protokoll?gespeichert=1`, c.var.locale), 303);
}

/** Publishes (or corrects) the minutes; back to the page, which says what happened. */
export async function publishMinutesForm(
  c: Context<AppEnv>,
  deps: MinutesPageDeps,
  event: Conference,
  place: AgendaPlace,
  now: Date,
) {
  const t = consoleTexts(c.var.locale);
  const outcome = await publishMinutes(deps, event, c.var.principal.email, now);
  if (outcome.kind === "ok")
    return c.redirect(href(`${place.eventPath}/protokoll?veroeffentlicht=1`, c.var.locale), 303);
  const error =
    outcome.kind === "empty"
      ? t.minutesEmpty
      : outcome.kind === "unchanged"
        ? t.minutesUnchanged
        : outcome.kind === "cancelled"
          ? t.meetingCancelled
          : t.minutesChanged;
  return minutesPage(c, deps, event, place, { error }, 409);
}

/** The minutes' state on the event's page, and the link to them. */
export function MinutesSummary(props: {
  eventPath: string;
  locale: Parameters<typeof consoleTexts>[0];
  minutes: Minutes | undefined;
}) {
  const t = consoleTexts(props.locale);
  const published = props.minutes?.published;
  return (
    <section aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">{t.minutesHeading}</h2>
      <p>
        {published
          ? t.minutesPublishedState(
              published.number,
              berlinDateTime(published.publishedAt, props.locale),
              props.minutes ? hasUnpublishedChanges(props.minutes) : false,
            )
          : props.minutes
            ? t.minutesDraftState
            : t.minutesNone}
      </p>
      <p>
        <a href={href(`${props.eventPath}/protokoll`, props.locale)}>{t.editMinutes}</a>
      </p>
    </section>
  );
}
