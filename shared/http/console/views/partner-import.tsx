import type { Context } from "hono";
import type { Locale } from "../../../domain/locale.ts";
import type { PartnerCsvRows } from "../../../domain/partner-csv.ts";
import { type ConsoleTexts, consoleTexts } from "../../../i18n/console.ts";
import type { ImportOutcome } from "../../../store/partner-repository.ts";
import type { AppEnv } from "../../app-env.ts";
import { ErrorSummary, Field } from "../../ui/form-parts.tsx";
import { Csrf, href } from "../layout.tsx";
import { consolePage, StackTable } from "../parts.tsx";

/**
 * The partner import's pages: the file form, and the preview of what the import would do (taken, merged,
 * unchanged, refused) before anything is written, with the button that confirms the stored draft.
 */

const csrfOf = (c: Context<AppEnv>) => c.var.principal.session?.csrfToken ?? "";

export function importPage(
  c: Context<AppEnv>,
  state: { error?: string; reasons?: string[] } = {},
  status: 200 | 413 | 415 | 422 = 200,
) {
  const t = consoleTexts(c.var.locale);
  return consolePage(
    c,
    { title: t.importTitle, path: "/konsole/partner/import", section: "partners" },
    <>
      <ErrorSummary heading={t.fileRejected} formError={state.error} errors={[]} />
      <p>{t.importIntro}</p>
      <form method="post" action={href("/konsole/partner/import", c.var.locale)} enctype="multipart/form-data">
        <Csrf token={csrfOf(c)} />
        <Field
          id="field-file"
          label={t.file}
          required={t.required}
          error={state.error ? t.fileRejected : undefined}
          control={(a) => <input type="file" name="file" accept=".csv,text/csv" required {...a} />}
        />
        <p>
          <button type="submit">{t.preview}</button>
        </p>
      </form>
    </>,
    status,
  );
}

export function importPreviewPage(
  c: Context<AppEnv>,
  view: { parsed: PartnerCsvRows; outcomes: ImportOutcome[]; draft: string | undefined },
) {
  const t = consoleTexts(c.var.locale);
  return consolePage(
    c,
    { title: t.previewTitle, path: "/konsole/partner/import", section: "partners" },
    <ImportPreview
      t={t}
      parsed={view.parsed}
      outcomes={view.outcomes}
      draft={view.draft}
      csrf={csrfOf(c)}
      locale={c.var.locale}
    />,
  );
}

function ImportPreview(props: {
  t: ConsoleTexts;
  parsed: PartnerCsvRows;
  outcomes: ImportOutcome[];
  draft: string | undefined;
  csrf: string;
  locale: Locale;
}) {
  const { t, parsed, outcomes } = props;
  const count = (o: ImportOutcome) => outcomes.filter((x) => x === o).length;
  const label: Record<ImportOutcome, string> = { taken: t.taken, merged: t.merged, unchanged: t.unchanged };
  const rows = parsed.rows.map((r, i) => ({ ...r, outcome: outcomes[i] ?? "unchanged" }));
  return (
    <>
      <p>{t.previewIntro}</p>
      <p class="notice" role="status">
        {t.previewCounts(count("taken"), count("merged"), count("unchanged"), parsed.refused.length)}
      </p>
      {props.draft ? (
        <form method="post" action={href("/konsole/partner/import/bestaetigen", props.locale)}>
          <Csrf token={props.csrf} />
          <input type="hidden" name="entwurf" value={props.draft} />
          <p>
            <button type="submit">{t.confirmImport}</button>
          </p>
        </form>
      ) : (
        <p>{t.nothingToImport}</p>
      )}
      <h2>
        {t.refused} ({parsed.refused.length})
      </h2>
      <StackTable
        caption={t.refused}
        empty={t.none}
        rows={parsed.refused}
        columns={[
          { label: t.line, cell: (r) => String(r.line) },
          { label: t.reason, cell: (r) => r.reason },
        ]}
      />
      {parsed.duplicates.length > 0 ? (
        <>
          <h2>
            {t.duplicates} ({parsed.duplicates.length})
          </h2>
          <StackTable
            caption={t.duplicates}
            empty={t.none}
            rows={parsed.duplicates}
            columns={[
              { label: t.line, cell: (d) => String(d.line) },
              { label: t.reason, cell: (d) => `${t.line} ${d.mergedInto}` },
            ]}
          />
        </>
      ) : null}
      <h2>
        {t.previewTitle} ({rows.length})
      </h2>
      <StackTable
        caption={t.previewTitle}
        empty={t.none}
        rows={rows}
        columns={[
          { label: t.line, cell: (r) => String(r.line) },
          { label: t.name, cell: (r) => r.partner.name },
          { label: t.email, cell: (r) => r.partner.email },
          { label: t.outcome, cell: (r) => label[r.outcome] },
        ]}
      />
    </>
  );
}
