import type { Child } from "hono/jsx";
import type { Locale } from "../../../domain/locale.ts";
import type { PublicWorkTable } from "../../../domain/work-table.ts";
import { pageTexts } from "../../../i18n/web.ts";
import { Layout } from "../../ui/layout.tsx";
import { ApplicationForm, EMPTY_FORM, type FieldErrors, type FormValues } from "./application-form.tsx";

export interface FormState {
  values: FormValues;
  errors: FieldErrors;
  formError?: string | undefined;
  /** When the form was handed out, signed (see application-pages.tsx): the minimum fill time counts from it. */
  formToken: string;
}

export const freshForm = (formToken: string, preselected: string[] = []): FormState => ({
  values: { ...EMPTY_FORM, workTableIds: preselected },
  errors: {},
  formToken,
});

function WorkTableSection(props: { table: PublicWorkTable; locale: Locale; heading: "h1" | "h2"; link: boolean }) {
  const t = pageTexts(props.locale);
  const { table } = props;
  const title = `${t.workTable} ${table.numeral}: ${table.name}`;
  return (
    <section class="work-table" id={table.id} aria-labelledby={`title-${table.id}`}>
      {props.heading === "h1" ? (
        <h1 id={`title-${table.id}`}>{title}</h1>
      ) : (
        <h2 id={`title-${table.id}`}>
          {props.link ? <a href={`/arbeitstische/${table.id}?lang=${props.locale}`}>{title}</a> : title}
        </h2>
      )}
      {/* dir="auto": a table without a translation shows its German text, left to right even on an Arabic page. */}
      <p dir="auto">{table.description}</p>
      <dl>
        <dt>{t.audience}</dt>
        <dd dir="auto">{table.audience}</dd>
        <dt>{t.admission}</dt>
        <dd>{table.admission.summary}</dd>
        <dt>{t.contact}</dt>
        <dd>{table.contact.name}</dd>
      </dl>
    </section>
  );
}

export function HomePage(props: { locale: Locale; tables: PublicWorkTable[]; form: FormState }) {
  const t = pageTexts(props.locale);
  return (
    <Layout locale={props.locale} title={t.homeTitle} path="/">
      <h1 id="page-title">{t.homeTitle}</h1>
      <p>{t.homeIntro}</p>
      <p>
        <a href="/leichte-sprache" hreflang="de" lang="de">
          {t.easyLanguageLink}
        </a>
      </p>
      {props.tables.length === 0 ? <p>{t.noTables}</p> : null}
      {props.tables.map((table) => (
        <WorkTableSection table={table} locale={props.locale} heading="h2" link />
      ))}
      {props.tables.length > 0 ? <ApplicationForm locale={props.locale} tables={props.tables} {...props.form} /> : null}
    </Layout>
  );
}

/** One work table with the form, that table already ticked. */
export function WorkTablePage(props: {
  locale: Locale;
  table: PublicWorkTable;
  tables: PublicWorkTable[];
  form: FormState;
}) {
  const t = pageTexts(props.locale);
  return (
    <Layout
      locale={props.locale}
      title={`${t.workTable} ${props.table.numeral}: ${props.table.name}`}
      path={`/arbeitstische/${props.table.id}`}
      labelledBy={`title-${props.table.id}`}
    >
      <WorkTableSection table={props.table} locale={props.locale} heading="h1" link={false} />
      <ApplicationForm locale={props.locale} tables={props.tables} {...props.form} />
      <p>
        <a href={`/?lang=${props.locale}`}>{t.backHome}</a>
      </p>
    </Layout>
  );
}

export function NotFoundPage(props: { locale: Locale }) {
  const t = pageTexts(props.locale);
  return (
    <MessagePage locale={props.locale} title={t.notFoundTitle} path="/">
      <p>{t.notFoundText}</p>
      <p>
        <a href={`/?lang=${props.locale}`}>{t.backHome}</a>
      </p>
    </MessagePage>
  );
}

/** A page that says one thing: a heading and a few paragraphs. */
export function MessagePage(props: { locale: Locale; title: string; path: string; children: Child }) {
  return (
    <Layout locale={props.locale} title={props.title} path={props.path}>
      <h1 id="page-title">{props.title}</h1>
      {props.children}
    </Layout>
  );
}
