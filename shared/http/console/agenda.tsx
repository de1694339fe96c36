import type { Context } from "hono";
import { AGENDA_STATUSES, type AgendaInput, agendaInputSchema, MAX_AGENDA_ITEMS } from "../../domain/agenda.ts";
import { berlinFields, berlinInstant } from "../../domain/berlin-time.ts";
import type { Conference } from "../../domain/conference.ts";
import type { Locale } from "../../domain/locale.ts";
import { consoleTexts } from "../../i18n/console.ts";
import { fieldText, loadFieldTexts } from "../../i18n/fields.ts";
import { type AgendaDeps, saveAgenda } from "../../use-cases/agenda.ts";
import type { AppEnv } from "../app-env.ts";
import { ErrorSummary, Field } from "../ui/form-parts.tsx";
import { Csrf, href, type Section } from "./layout.tsx";
import { consolePage, field } from "./parts.tsx";

/** Empty rows under the items, for new ones: a form without script adds items this way. */
const NEW_ROWS = 3;

/** Where an agenda's page lives and belongs: the event's page, the console's section. */
export interface AgendaPlace {
  /** The event's page, e.g. /konsole/tagungen/<id>; the agenda's is `<page>/tagesordnung`. */
  eventPath: string;
  section: Section;
}

type Row = { id?: string; title: string; presenter: string; minutes: string; note: string; status: string };

const rowsOf = (event: Conference): Row[] =>
  (event.agendaItems ?? []).map((item) => ({
    id: item.id,
    title: item.title,
    presenter: item.presenter ?? "",
    minutes: item.minutes ? String(item.minutes) : "",
    note: item.note ?? "",
    status: item.status,
  }));

/** The form's rows as sent: an existing item keeps its id; a row without a title is no item (a removed one). */
function rowsFromForm(form: FormData): Row[] {
  const rows: Row[] = [];
  for (let index = 0; index < MAX_AGENDA_ITEMS + NEW_ROWS; index++) {
    const at = (name: string) => field(form, `items.${index}.${name}`);
    if (!form.has(`items.${index}.title`)) continue;
    const id = at("id");
    rows.push({
      ...(id ? { id } : {}),
      title: at("title"),
      presenter: at("presenter"),
      minutes: at("minutes"),
      note: at("note"),
      status: at("status") || "accepted",
    });
  }
  return rows;
}

/** The rows with a title, as the agenda's input (numbers as numbers, empty fields left out). */
const inputOf = (rows: Row[]) => ({
  items: rows
    .filter((row) => row.title !== "")
    .map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      title: row.title,
      ...(row.presenter ? { presenter: row.presenter } : {}),
      ...(row.minutes ? { minutes: /^\d+$/.test(row.minutes) ? Number(row.minutes) : Number.NaN } : {}),
      ...(row.note ? { note: row.note } : {}),
      status: row.status,
    })),
});

/**
 * An event's agenda in the console (issue 21): the items in order, each with who presents, its minutes, a note and
 * its state, and empty rows for new ones; emptying an item's title removes it. The contact person edits their
 * table's meetings', coordinators the conferences' (and any meeting's), through the use case the API uses.
 */
export async function agendaPage(
  c: Context<AppEnv>,
  deps: Pick<AgendaDeps, "proposals">,
  event: Conference,
  place: AgendaPlace,
  state: {
    rows?: Row[];
    errors?: Record<string, string>;
    error?: string;
    until?: { date: string; time: string };
  } = {},
  status: 200 | 409 | 422 = 200,
) {
  const t = consoleTexts(c.var.locale);
  const proposers = new Map((await deps.proposals.list(event.id)).map((p) => [p.itemId, p.name]));
  const until = state.until ?? (event.proposalsUntil ? berlinFields(event.proposalsUntil) : { date: "", time: "" });
  const rows = [...(state.rows ?? rowsOf(event))];
  const existing = rows.length;
  for (let i = 0; i < NEW_ROWS; i++) rows.push({ title: "", presenter: "", minutes: "", note: "", status: "accepted" });
  const errors = state.errors ?? {};
  const input = (index: number, name: keyof Row, label: string, value: string, type = "text") => {
    const key = `items.${index}.${name}`;
    return (
      <Field
        id={`field-items-${index}-${name}`}
        label={label}
        error={errors[key]}
        control={(a) =>
          name === "note" ? (
            <textarea name={key} rows={2} maxlength={1000} {...a}>
              {value}
            </textarea>
          ) : (
            <input
              type={type}
              name={key}
              value={value}
              {...(type === "number"
                ? { min: "1", max: "600", inputmode: "numeric" }
                : { maxlength: name === "title" ? 200 : 120 })}
              {...a}
            />
          )
        }
      />
    );
  };
  return consolePage(
    c,
    { title: t.agendaTitle(event.title), path: `${place.eventPath}/tagesordnung`, section: place.section },
    <>
      <ErrorSummary
        heading={t.fieldsInvalid}
        formError={state.error}
        errors={Object.entries(errors).map(([name, message]) => [name.replaceAll(".", "-"), message])}
      />
      <p>{t.agendaIntro}</p>
      <p>
        <a href={href(place.eventPath, c.var.locale)}>{t.back}</a>
      </p>
      <form method="post" action={href(`${place.eventPath}/tagesordnung`, c.var.locale)} novalidate>
        <Csrf token={c.var.principal.session?.csrfToken ?? ""} />
        <input type="hidden" name="version" value={event.updatedAt} />
        {rows.map((row, index) => (
          <fieldset>
            <legend>{index < existing ? t.agendaItem(index + 1) : t.agendaNewItem}</legend>
            {row.id ? <input type="hidden" name={`items.${index}.id`} value={row.id} /> : null}
            {row.id && proposers.has(row.id) ? <p class="hint">{t.proposedBy(proposers.get(row.id) ?? "")}</p> : null}
            {input(index, "title", t.agendaItemTitle, row.title)}
            {input(index, "presenter", t.agendaItemPresenter, row.presenter)}
            {input(index, "minutes", t.agendaItemMinutes, row.minutes, "number")}
            {input(index, "note", t.agendaItemNote, row.note)}
            <div class="field">
              <label for={`field-items-${index}-status`}>{t.agendaItemStatus}</label>
              <select id={`field-items-${index}-status`} name={`items.${index}.status`}>
                {AGENDA_STATUSES.map((s) => (
                  <option value={s} selected={row.status === s}>
                    {t.agendaStatuses[s]}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
        ))}
        <fieldset>
          <legend>{t.proposalsUntil}</legend>
          <p class="hint">{t.proposalsUntilHint}</p>
          <Field
            id="field-proposalsUntil"
            label={t.proposalsUntilDate}
            error={errors.proposalsUntil}
            control={(a) => <input type="date" name="proposalsUntilDate" value={until.date} {...a} />}
          />
          <Field
            id="field-proposalsUntilTime"
            label={t.proposalsUntilTime}
            control={(a) => <input type="time" name="proposalsUntilTime" value={until.time} {...a} />}
          />
        </fieldset>
        <p class="actions">
          <button type="submit">{t.save}</button>
        </p>
      </form>
    </>,
    status,
  );
}

/** Saves the form's agenda over the version the form was made from; back to the event's page when saved. */
export async function saveAgendaForm(
  c: Context<AppEnv>,
  deps: AgendaDeps,
  event: Conference,
  place: AgendaPlace,
  now: Date,
) {
  const t = consoleTexts(c.var.locale);
  const rows = rowsFromForm(c.var.form);
  if (field(c.var.form, "version") !== event.updatedAt) {
    return agendaPage(c, deps, event, place, { error: t.agendaChanged }, 409);
  }
  const until = { date: field(c.var.form, "proposalsUntilDate"), time: field(c.var.form, "proposalsUntilTime") };
  // Both empty: no proposals taken. A date alone closes at the end of that day.
  const untilInstant = until.date === "" && until.time === "" ? null : berlinInstant(until.date, until.time || "23:59");
  if (untilInstant === undefined) {
    return agendaPage(c, deps, event, place, { rows, until, errors: { proposalsUntil: t.proposalsUntilInvalid } }, 422);
  }
  const parsed = agendaInputSchema().safeParse({ ...inputOf(rows), proposalsUntil: untilInstant });
  if (!parsed.success) {
    await loadFieldTexts(c.var.locale);
    // The schema counts the items with a title; the form's rows include the empty ones: map back by position.
    const filled = rows.flatMap((row, index) => (row.title !== "" ? [index] : []));
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const [, item, name] = issue.path;
      const row = typeof item === "number" ? filled[item] : undefined;
      errors[row === undefined ? "items.0.title" : `items.${row}.${String(name ?? "title")}`] ??= fieldText(
        c.var.locale,
        issue.message,
      );
    }
    return agendaPage(c, deps, event, place, { rows, until, errors }, 422);
  }
  const outcome = await saveAgenda(deps, event, parsed.data satisfies AgendaInput, c.var.principal.email, now);
  if (!outcome.ok) return agendaPage(c, deps, event, place, { error: t.agendaChanged }, 409);
  return c.redirect(href(`${place.eventPath}?gespeichert=1`, c.var.locale), 303);
}

/** The agenda on its event's page: the items in order, each not yet accepted marked, and the link to edit it. */
export function AgendaList(props: { event: Conference; eventPath: string; locale: Locale }) {
  const t = consoleTexts(props.locale);
  const items = props.event.agendaItems ?? [];
  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t.agendaHeading}</h2>
      {items.length === 0 ? (
        <p>{t.agendaEmpty}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li>
              {item.title}
              {item.presenter || item.minutes
                ? ` (${[item.presenter, item.minutes ? `${item.minutes} min` : ""].filter(Boolean).join(", ")})`
                : ""}
              {item.status === "accepted" ? null : <strong> – {t.agendaStatuses[item.status]}</strong>}
            </li>
          ))}
        </ol>
      )}
      {props.event.status === "planned" ? (
        <p>
          <a href={href(`${props.eventPath}/tagesordnung`, props.locale)}>{t.editAgenda}</a>
        </p>
      ) : null}
    </section>
  );
}
