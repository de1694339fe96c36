import type { Locale, PublicWorkTable } from "../../domain/work-table.ts";
import { Layout } from "./layout.tsx";
import { pageTexts } from "./texts.ts";

export function HomePage(props: { locale: Locale; tables: PublicWorkTable[] }) {
  const t = pageTexts(props.locale);
  return (
    <Layout locale={props.locale} title={t.homeTitle} path="/">
      <h1 id="page-title">{t.homeTitle}</h1>
      <p>{t.homeIntro}</p>
      {props.tables.length === 0 ? <p>{t.noTables}</p> : null}
      {props.tables.map((table) => (
        <section class="work-table" id={table.id} aria-labelledby={`title-${table.id}`}>
          <h2 id={`title-${table.id}`}>
            {t.workTable} {table.numeral}: {table.name}
          </h2>
          <p>{table.description}</p>
          <dl>
            <dt>{t.audience}</dt>
            <dd>{table.audience}</dd>
            <dt>{t.admission}</dt>
            <dd>{table.admission.summary}</dd>
            <dt>{t.contact}</dt>
            <dd>{table.contact.name}</dd>
          </dl>
        </section>
      ))}
    </Layout>
  );
}

export function NotFoundPage(props: { locale: Locale }) {
  const t = pageTexts(props.locale);
  return (
    <Layout locale={props.locale} title={t.notFoundTitle} path="/">
      <h1 id="page-title">{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <a href={`/?lang=${props.locale}`}>{t.backHome}</a>
      </p>
    </Layout>
  );
}
