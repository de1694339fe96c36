import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { Partner } from "../../../domain/partner.ts";
import type { WorkTable } from "../../../domain/work-table.ts";
import { consoleTexts } from "../../../i18n/console.ts";
import type { Suppression } from "../../../store/suppression-repository.ts";
import type { AppEnv } from "../../app-env.ts";
import { ChoiceGroup, ErrorSummary, Field } from "../../ui/form-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import { berlinDateTime, consolePage, NextPage, SearchForm, StackTable, WorkTableFilter } from "../parts.tsx";

/**
 * The partner directory's pages: the list (filtered by work table, searched by POST), one partner with the edit
 * form, mailing-list state and history, the suppression list. The routes (routes/partners.tsx) read the forms and
 * the store and hand these what to show.
 */

const csrfOf = (c: Context<AppEnv>) => c.var.principal.session?.csrfToken ?? "";

const tableLabel = (tables: WorkTable[], id: string) => {
  const table = tables.find((w) => w.id === id);
  return table ? table.numeral : id;
};

export interface PartnerListFilter {
  workTableId?: string;
  search: string;
  cursor?: string;
}

export function partnerListPage(
  c: Context<AppEnv>,
  view: {
    filter: PartnerListFilter;
    tables: WorkTable[];
    rows: (Partner & { handle: string })[];
    next: string | undefined;
  },
  notice?: string,
) {
  const t = consoleTexts(c.var.locale);
  const locale = c.var.locale;
  const { filter, tables, rows, next } = view;
  const tisch = filter.workTableId ? `tisch=${encodeURIComponent(filter.workTableId)}` : "";
  return consolePage(
    c,
    { title: t.partnersTitle, path: "/konsole/partner", section: "partners" },
    <>
      {notice ? <Notice>{notice}</Notice> : null}
      <ul class="actions">
        <li>
          <a href={href("/konsole/partner/import", locale)}>{t.importTitle}</a>
        </li>
        <li>
          <a href={href(`/konsole/partner/export?format=tabelle${tisch ? `&${tisch}` : ""}`, locale)}>
            {t.export}: {t.exportSpreadsheet}
          </a>
        </li>
        <li>
          <a href={href(`/konsole/partner/export?format=technisch${tisch ? `&${tisch}` : ""}`, locale)}>
            {t.export}: {t.exportTechnical}
          </a>
        </li>
        <li>
          <a href={href("/konsole/partner/sperrliste", locale)}>{t.suppressionsTitle}</a>
        </li>
      </ul>
      <WorkTableFilter t={t} locale={locale} action="/konsole/partner" tables={tables} selected={filter.workTableId} />
      <SearchForm
        t={t}
        locale={locale}
        action="/konsole/partner/suche"
        csrf={csrfOf(c)}
        label={t.partnerSearchLabel}
        value={filter.search}
      />
      <StackTable
        caption={t.partnersTitle}
        empty={t.none}
        rows={rows}
        columns={[
          { label: t.name, cell: (p) => <a href={href(`/konsole/partner/${p.handle}`, locale)}>{p.name}</a> },
          { label: t.email, cell: (p) => p.email },
          { label: t.organisation, cell: (p) => p.organisation ?? "–" },
          {
            label: t.tables,
            cell: (p) =>
              [...p.workTableIds]
                .map((id) => tableLabel(tables, id))
                .sort()
                .join(", ") || "–",
          },
          {
            label: t.mailingList,
            cell: (p) =>
              p.unsubscribedAt ? t.unsubscribedSince(berlinDateTime(p.unsubscribedAt, locale)) : t.subscribed,
          },
        ]}
      />
      <NextPage
        t={t}
        locale={locale}
        next={next}
        csrf={csrfOf(c)}
        search={filter.search}
        searchAction="/konsole/partner/suche"
        list="/konsole/partner"
        query={new URLSearchParams(filter.workTableId ? { tisch: filter.workTableId } : {})}
      />
    </>,
  );
}

/** What the detail page shows besides the partner: the form's values and errors after a refused save, a notice. */
export interface PartnerDetailState {
  values?: Record<string, string>;
  tables?: string[];
  errors?: Record<string, string>;
  notice?: string;
  error?: string;
}

export function partnerDetailPage(
  c: Context<AppEnv>,
  view: {
    partner: Partner;
    tables: WorkTable[];
    suppression: Suppression | undefined;
    /** The partner's history (the audit's History table). */
    history: Child;
  },
  state: PartnerDetailState = {},
  status: 200 | 409 | 422 = 200,
) {
  const t = consoleTexts(c.var.locale);
  const locale = c.var.locale;
  const { partner, tables, suppression } = view;
  const values = state.values ?? {
    name: partner.name,
    organisation: partner.organisation ?? "",
    legalBasis: partner.legalBasis ?? "",
    locale: partner.locale,
  };
  const chosen = state.tables ?? [...partner.workTableIds];
  const errors = state.errors ?? {};
  const base = `/konsole/partner/${partner.handle}`;
  const text = (name: string, label: string, max: number, required = false) => (
    <Field
      id={`field-${name}`}
      label={label}
      required={required ? t.required : undefined}
      error={errors[name]}
      control={(a) => <input type="text" name={name} maxlength={max} value={values[name] ?? ""} {...a} />}
    />
  );
  return consolePage(
    c,
    { title: t.partnerTitle(partner.name), path: base, section: "partners" },
    <>
      {state.notice ? <Notice>{state.notice}</Notice> : null}
      <ErrorSummary
        heading={t.fieldsInvalid}
        formError={state.error}
        errors={Object.entries(errors).map(([name, message]) => [name, message])}
      />
      <dl class="facts">
        <dt>{t.email}</dt>
        <dd>{partner.email}</dd>
        <dt>{t.source}</dt>
        <dd>
          {partner.source === "import" ? t.sourceImport : t.sourceApplication},{" "}
          {berlinDateTime(partner.createdAt, locale)}
        </dd>
        <dt>{t.mailingList}</dt>
        <dd>
          {partner.unsubscribedAt ? t.unsubscribedSince(berlinDateTime(partner.unsubscribedAt, locale)) : t.subscribed}
          {suppression ? `; ${t.suppressed(t.suppressionReason[suppression.reason])}` : ""}
        </dd>
      </dl>
      <form method="post" action={href(base, locale)} novalidate>
        <Csrf token={csrfOf(c)} />
        <input type="hidden" name="version" value={partner.updatedAt} />
        {text("name", t.name, 120, true)}
        {text("organisation", t.organisation, 200)}
        {text("legalBasis", t.legalBasis, 200)}
        <ChoiceGroup
          id="field-tables"
          legend={t.tables}
          error={errors.tables}
          type="checkbox"
          name="tables"
          choices={tables.map((w) => ({
            value: w.id,
            label: `${w.numeral}: ${w.name}${w.archivedAt ? ` (${t.archived})` : ""}`,
          }))}
          checked={(id) => chosen.includes(id)}
        />
        <ChoiceGroup
          id="field-locale"
          legend={t.language}
          type="radio"
          name="locale"
          choices={[
            { value: "de", label: "Deutsch" },
            { value: "en", label: "English" },
          ]}
          checked={(l) => values.locale === l}
        />
        <p>
          <button type="submit">{t.save}</button>
        </p>
      </form>
      <div class="card">
        {partner.unsubscribedAt ? (
          <form method="post" action={href(`${base}/wieder-anmelden`, locale)}>
            <Csrf token={csrfOf(c)} />
            <h2>{t.resubscribe}</h2>
            <Field
              id="field-note"
              label={t.note}
              hint={t.resubscribeHint}
              required={t.required}
              error={errors.note}
              control={(a) => <textarea name="note" rows={3} maxlength={1000} {...a} />}
            />
            <p>
              <button type="submit">{t.resubscribe}</button>
            </p>
          </form>
        ) : (
          <form method="post" action={href(`${base}/abmelden`, locale)}>
            <Csrf token={csrfOf(c)} />
            <h2>{t.unsubscribe}</h2>
            <Field
              id="field-note"
              label={t.note}
              hint={t.unsubscribeHint}
              error={errors.note}
              control={(a) => <textarea name="note" rows={3} maxlength={1000} {...a} />}
            />
            <p>
              <button type="submit">{t.unsubscribe}</button>
            </p>
          </form>
        )}
      </div>
      <h2>{t.partnerHistory}</h2>
      {view.history}
    </>,
    status,
  );
}

export function suppressionListPage(
  c: Context<AppEnv>,
  suppressions: Suppression[],
  state: { notice?: string; error?: string; email?: string } = {},
  status: 200 | 404 | 422 = 200,
) {
  const t = consoleTexts(c.var.locale);
  const locale = c.var.locale;
  return consolePage(
    c,
    { title: t.suppressionsTitle, path: "/konsole/partner/sperrliste", section: "partners" },
    <>
      {state.notice ? <Notice>{state.notice}</Notice> : null}
      <ErrorSummary heading={t.fieldsInvalid} formError={state.error} errors={[]} />
      <p>{t.suppressionsIntro}</p>
      <p>{t.liftHint}</p>
      <StackTable
        caption={t.suppressionsTitle}
        empty={t.none}
        rows={suppressions}
        columns={[
          { label: t.email, cell: (s) => s.email || t.addressErased },
          { label: t.reason, cell: (s) => t.suppressionReason[s.reason] },
          { label: t.detail, cell: (s) => s.detail },
          { label: t.since, cell: (s) => berlinDateTime(s.at, locale) },
          {
            label: t.lift,
            // An erased person's entry has no address to lift it by; their entry is the last trace of them.
            cell: (s) =>
              s.reason === "erased" ? (
                "–"
              ) : (
                <form method="post" action={href("/konsole/partner/sperrliste/aufheben", locale)}>
                  <Csrf token={csrfOf(c)} />
                  <input type="hidden" name="email" value={s.email} />
                  <label for={`note-${s.email}`}>{t.note}</label>
                  <input type="text" id={`note-${s.email}`} name="note" maxlength={1000} required />
                  <button type="submit">{t.lift}</button>
                </form>
              ),
          },
        ]}
      />
    </>,
    status,
  );
}

export function partnerNotFoundPage(c: Context<AppEnv>) {
  const t = consoleTexts(c.var.locale);
  return consolePage(c, { title: t.notFoundTitle, path: "/konsole/partner" }, <p>{t.notFound}</p>, 404);
}
