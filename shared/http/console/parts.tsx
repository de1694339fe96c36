import type { Context } from "hono";
import { html } from "hono/html";
import type { Child } from "hono/jsx";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { Application } from "../../domain/application.ts";
import { consoleLocaleOf, INTL_LOCALES, type Locale } from "../../domain/locale.ts";
import type { WorkTable } from "../../domain/work-table.ts";
import { type ConsoleTexts, consoleTexts } from "../../i18n/console.ts";
import { labelsOf } from "../../i18n/labels.ts";
import type { AppEnv } from "../app-env.ts";
import { ChoiceGroup, Field } from "../ui/form-parts.tsx";
import { ConsoleLayout, Csrf, href, type Section } from "./layout.tsx";

export type PageStatus = 200 | 400 | 403 | 404 | 409 | 410 | 412 | 413 | 415 | 422 | 429;

/** A console page for the signed-in person. */
export function consolePage(
  c: Context<AppEnv>,
  props: { title: string; path: string; section?: Section; signedOut?: boolean },
  body: Child,
  status: PageStatus = 200,
) {
  const principal = c.get("principal");
  const signedIn =
    principal?.session && !props.signedOut
      ? {
          email: principal.email,
          csrfToken: principal.session.csrfToken,
          coordinator: c.get("access")?.coordinator ?? false,
        }
      : undefined;
  return c.html(
    html`<!DOCTYPE html>${(
      <ConsoleLayout
        locale={c.var.locale}
        title={props.title}
        path={props.path}
        {...(props.section ? { section: props.section } : {})}
        {...(signedIn ? { signedIn } : {})}
      >
        {body}
      </ConsoleLayout>
    )}`,
    status,
  );
}

/** A table that becomes stacked cards on a phone: every cell names its column (data-label). */
export function StackTable<T>(props: {
  caption: string;
  columns: { label: string; cell: (row: T) => Child }[];
  rows: T[];
  empty: string;
  /** Narrow enough for a phone as it is (short headers, numbers): stays a table there. */
  narrow?: boolean;
}) {
  if (props.rows.length === 0) return <p>{props.empty}</p>;
  return (
    <table class={props.narrow ? "narrow" : "stack"}>
      <caption class="hp">{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((column) => (
            <th scope="col">{column.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr>
            {props.columns.map((column) => (
              <td data-label={column.label}>{column.cell(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A date and time as people in the network's city (Europe/Berlin) read them. */
export function berlinDateTime(iso: string | undefined, locale: Locale): string {
  if (!iso) return "–";
  // In the console's language (German for anyone who did not choose English), as its texts are.
  return new Intl.DateTimeFormat(INTL_LOCALES[consoleLocaleOf(locale)], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  }).format(new Date(iso));
}

/** A small POST form with one button (and hidden fields), e.g. "retry", "archive", "end session". */
export function ButtonForm(props: {
  action: string;
  csrf: string;
  label: string;
  fields?: Record<string, string>;
  children?: Child;
}): JSX.Element {
  return (
    <form method="post" action={props.action} class="inline">
      <input type="hidden" name="_csrf" value={props.csrf} />
      {Object.entries(props.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      {props.children}
      <button type="submit">{props.label}</button>
    </form>
  );
}

/** The text of a form field ("" when absent). */
export const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};

/** A list's filter by work table (and whatever else `children` adds): a GET form, nothing personal in it. */
export function WorkTableFilter(props: {
  t: ConsoleTexts;
  locale: Locale;
  action: string;
  tables: WorkTable[];
  selected: string | undefined;
  children?: Child;
}) {
  const { t } = props;
  return (
    <form method="get" action={props.action} class="card">
      {props.locale !== "de" ? <input type="hidden" name="lang" value={props.locale} /> : null}
      {props.children}
      <Field
        id="field-tisch"
        label={t.workTable}
        control={(a) => (
          <select name="tisch" {...a}>
            <option value="">{t.all}</option>
            {props.tables.map((w) => (
              <option value={w.id} selected={props.selected === w.id}>
                {w.numeral}: {w.name}
              </option>
            ))}
          </select>
        )}
      />
      <p>
        <button type="submit">{t.filter}</button>
      </p>
    </form>
  );
}

/** A list's search: a POST form, so the term (a name, an address) never lands in a URL, a log or the history. */
export function SearchForm(props: {
  t: ConsoleTexts;
  locale: Locale;
  action: string;
  csrf: string;
  label: string;
  hint?: string;
  value: string;
}) {
  return (
    <form method="post" action={href(props.action, props.locale)} class="card">
      <Csrf token={props.csrf} />
      <Field
        id="field-q"
        label={props.label}
        {...(props.hint ? { hint: props.hint } : {})}
        control={(a) => <input type="search" name="q" maxlength={100} value={props.value} {...a} />}
      />
      <p>
        <button type="submit">{props.t.search}</button>
      </p>
    </form>
  );
}

/**
 * The link to a list's next page: for a search a button (the term goes in the POST again), otherwise a link with
 * the list's filters and the sealed cursor.
 */
export function NextPage(props: {
  t: ConsoleTexts;
  locale: Locale;
  next: string | undefined;
  csrf: string;
  search: string;
  searchAction: string;
  list: string;
  query: URLSearchParams;
}) {
  if (!props.next) return null;
  if (props.search) {
    return (
      <ButtonForm
        action={href(props.searchAction, props.locale)}
        csrf={props.csrf}
        label={props.t.next}
        fields={{ q: props.search, weiter: props.next }}
      />
    );
  }
  const query = new URLSearchParams(props.query);
  query.set("weiter", props.next);
  return (
    <p>
      <a href={href(`${props.list}?${query.toString()}`, props.locale)}>{props.t.next}</a>
    </p>
  );
}

/** The answer for a part of the console the person may not see (a contact on another table, on the coordinators'). */
export function forbidden(c: Context<AppEnv>) {
  const t = consoleTexts(c.var.locale);
  return consolePage(c, { title: t.forbiddenTitle, path: "/konsole" }, <p>{t.forbidden}</p>, 403);
}

/** What an applicant said about themselves: the facts every view of an application shows. */
export function ApplicantFacts(props: { t: ConsoleTexts; locale: Locale; application: Application }) {
  const { t, locale, application: a } = props;
  const optional = (label: string, value: string | undefined, pre = false) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd class={pre ? "pre" : undefined}>{value}</dd>
      </>
    ) : null;
  return (
    <>
      <dt>{t.email}</dt>
      <dd>{a.applicant.email}</dd>
      <dt>{t.organisation}</dt>
      <dd>{a.applicant.organisation ?? "–"}</dd>
      <dt>{t.organisationType}</dt>
      <dd>{labelsOf(locale).organisationTypes[a.applicant.organisationType]}</dd>
      <dt>{t.engagement}</dt>
      <dd>{labelsOf(locale).engagements[a.applicant.engagement]}</dd>
      {optional(t.mandate, a.mandate?.community)}
      {optional(t.service, a.service)}
      {optional(t.message, a.message, true)}
    </>
  );
}

/**
 * The two fields of a decision on an application (accept or decline, and the note to the applicant), as the
 * decision link's page asks for them: the same for a contact person and a coordinator deciding on their behalf.
 */
export function DecisionFields(props: { t: ConsoleTexts }) {
  const { t } = props;
  return (
    <>
      <ChoiceGroup
        id="field-decision"
        legend={t.decision}
        required={t.required}
        type="radio"
        name="decision"
        choices={[
          { value: "accept", label: t.accept },
          { value: "decline", label: t.decline },
        ]}
        checked={() => false}
      />
      <Field
        id="field-note"
        label={t.note}
        control={(attributes) => <textarea name="note" rows={3} maxlength={1000} {...attributes} />}
      />
    </>
  );
}
