import type { Context } from "hono";
import { Hono } from "hono/tiny";
import * as z from "zod/mini";
import { isPartnerHandle } from "../../../domain/ids.ts";
import type { Locale } from "../../../domain/locale.ts";
import { consoleLocaleOf, LOCALES } from "../../../domain/locale.ts";
import type { Partner } from "../../../domain/partner.ts";
import {
  MAX_CSV_BYTES,
  type PartnerCsvRows,
  parsePartnerCsv,
  partnersToCsv,
  partnersToSpreadsheet,
} from "../../../domain/partner-csv.ts";
import { line, paragraph } from "../../../domain/text.ts";
import { isWorkTableId, type WorkTable } from "../../../domain/work-table.ts";
import { type ConsoleTexts, consoleTexts } from "../../../i18n/console.ts";
import { CSV } from "../../../i18n/csv.ts";
import type { ImportOutcome } from "../../../store/partner-repository.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import { ChoiceGroup, ErrorSummary, Field } from "../../ui/form-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import { berlinDateTime, consolePage, field, NextPage, SearchForm, StackTable, WorkTableFilter } from "../parts.tsx";
import { History } from "./audit.tsx";

const PAGE = 25;

const editSchema = z.object({
  name: line(120),
  organisation: z.optional(line(200)),
  legalBasis: z.optional(line(200)),
  locale: z.enum(LOCALES),
});
const noteSchema = paragraph(1000);

interface ListFilter {
  workTableId?: string;
  search: string;
  cursor?: string;
}

const tableLabel = (tables: WorkTable[], id: string) => {
  const table = tables.find((w) => w.id === id);
  return table ? table.numeral : id;
};

/**
 * The partner directory for coordinators: list (filtered by work table in the URL, searched by POST so no name or
 * address lands in a URL), each partner by their opaque handle with edit, mailing-list state and history; the
 * import with a preview before anything is written; the exports; the suppression list.
 */
export function partnerRoutes(deps: AppDependencies, now: () => Date) {
  const csrfOf = (c: Context<AppEnv>) => c.var.principal.session?.csrfToken ?? "";

  const list = async (c: Context<AppEnv>, filter: ListFilter, notice?: string) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const tables = await deps.workTables.list({ includeArchived: true });
    const start = await decodeCursor(deps.signer, "console-partners", filter.cursor, now());
    const page = await deps.partners.list({
      ...(filter.workTableId ? { workTableId: filter.workTableId } : {}),
      ...(filter.search ? { search: filter.search } : {}),
      limit: PAGE,
      ...(start.ok && start.key ? { startKey: start.key } : {}),
    });
    // Partners stored before handles existed get theirs now: the detail page is found by handle only.
    const rows = await Promise.all(
      page.items.map(async (p) => ({ ...p, handle: p.handle ?? (await deps.partners.ensureHandle(p)) })),
    );
    const next = await encodeCursor(deps.signer, "console-partners", page.nextKey, now());
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
        <WorkTableFilter
          t={t}
          locale={locale}
          action="/konsole/partner"
          tables={tables}
          selected={filter.workTableId}
        />
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
  };

  const detail = async (
    c: Context<AppEnv>,
    partner: Partner,
    state: {
      values?: Record<string, string>;
      tables?: string[];
      errors?: Record<string, string>;
      notice?: string;
      error?: string;
    } = {},
    status: 200 | 409 | 422 = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const [tables, history, suppression] = await Promise.all([
      deps.workTables.list({ includeArchived: true }),
      deps.audit.about("partner", partner.email),
      deps.suppressions.get(partner.email),
    ]);
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
            {partner.unsubscribedAt
              ? t.unsubscribedSince(berlinDateTime(partner.unsubscribedAt, locale))
              : t.subscribed}
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
        <History t={t} locale={locale} entries={history} />
      </>,
      status,
    );
  };

  const byHandle = async (c: Context<AppEnv>) => {
    const handle = c.req.param("handle") ?? "";
    return isPartnerHandle(handle) ? deps.partners.byHandle(handle) : undefined;
  };

  const importPage = (
    c: Context<AppEnv>,
    state: { error?: string; reasons?: string[] } = {},
    status: 200 | 413 | 415 | 422 = 200,
  ) => {
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
  };

  return new Hono<AppEnv>()
    .get("/", (c) => {
      const tisch = c.req.query("tisch") ?? "";
      return list(c, {
        ...(isWorkTableId(tisch) ? { workTableId: tisch } : {}),
        search: "",
        ...(c.req.query("weiter") ? { cursor: c.req.query("weiter") } : {}),
      });
    })
    .post("/suche", (c) => {
      const form = c.var.form;
      return list(c, {
        search: field(form, "q").slice(0, 100),
        ...(field(form, "weiter") ? { cursor: field(form, "weiter") } : {}),
      });
    })
    .get("/export", async (c) => {
      const tisch = c.req.query("tisch") ?? "";
      const workTableId = isWorkTableId(tisch) ? tisch : undefined;
      const [partners, tables] = await Promise.all([
        deps.partners.all(workTableId ? { workTableId } : {}),
        deps.workTables.list({ includeArchived: true }),
      ]);
      const numeralOf = (id: string) => tables.find((w) => w.id === id)?.numeral;
      const technical = c.req.query("format") === "technisch";
      const day = new Date(now()).toISOString().slice(0, 10);
      return c.body(technical ? partnersToCsv(partners, numeralOf) : partnersToSpreadsheet(partners, numeralOf), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="partner-${day}${technical ? "-technisch" : ""}.csv"`,
        "Cache-Control": "no-store",
      });
    })
    .get("/import", (c) => importPage(c))
    .post("/import", async (c) => {
      const t = consoleTexts(c.var.locale);
      const file = c.var.form.get("file");
      if (!(file instanceof File) || file.size === 0) return importPage(c, { error: t.noFile }, 422);
      if (file.size > MAX_CSV_BYTES) return importPage(c, { error: t.fileTooLarge(MAX_CSV_BYTES / 1024 / 1024) }, 413);
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
      } catch {
        return importPage(c, { error: t.notUtf8 }, 415);
      }
      const tables = await deps.workTables.list();
      const parsed = parsePartnerCsv(
        text,
        new Map(tables.map((w) => [w.numeral, w.id])),
        await CSV.load(consoleLocaleOf(c.var.locale)),
      );
      if (!parsed.ok) return importPage(c, { error: parsed.reason }, 422);
      const outcomes = await deps.partners.previewImport(parsed.rows.map((r) => r.partner));
      const draft =
        parsed.rows.length > 0
          ? await deps.importDrafts.save(
              c.var.principal.email,
              parsed.rows.map((r) => r.partner),
              now(),
            )
          : undefined;
      return consolePage(
        c,
        { title: t.previewTitle, path: "/konsole/partner/import", section: "partners" },
        <ImportPreview
          t={t}
          parsed={parsed}
          outcomes={outcomes}
          draft={draft}
          csrf={csrfOf(c)}
          locale={c.var.locale}
        />,
      );
    })
    .post("/import/bestaetigen", async (c) => {
      const t = consoleTexts(c.var.locale);
      const rows = await deps.importDrafts.take(field(c.var.form, "entwurf"), c.var.principal.email, now());
      if (!rows) return importPage(c, { error: t.importExpired }, 422);
      const counts = await deps.partners.importPartners(rows, now());
      await deps.audit.record(
        {
          at: now().toISOString(),
          actor: c.var.principal.email,
          action: "partner.import",
          subject: { type: "import", id: field(c.var.form, "entwurf") },
          after: { ...counts, rows: rows.length },
        },
        now(),
      );
      return list(c, { search: "" }, t.imported(counts.taken, counts.merged));
    })
    .get("/sperrliste", (c) => suppressionList(c))
    .post("/sperrliste/aufheben", async (c) => {
      const t = consoleTexts(c.var.locale);
      const email = field(c.var.form, "email");
      const note = noteSchema.safeParse(field(c.var.form, "note"));
      if (!note.success) return suppressionList(c, { error: t.noteRequired, email }, 422);
      const lifted = await deps.suppressions.lift(email, { by: c.var.principal.email, note: note.data }, now());
      if (!lifted) return suppressionList(c, { error: t.notFound }, 404);
      return suppressionList(c, { notice: t.lifted });
    })
    .get("/:handle", async (c) => {
      const partner = await byHandle(c);
      return partner ? detail(c, partner) : notFound(c);
    })
    .post("/:handle", async (c) => {
      const t = consoleTexts(c.var.locale);
      const partner = await byHandle(c);
      if (!partner) return notFound(c);
      const form = c.var.form;
      const values = {
        name: field(form, "name"),
        organisation: field(form, "organisation"),
        legalBasis: field(form, "legalBasis"),
        locale: field(form, "locale"),
      };
      const known = new Set((await deps.workTables.list({ includeArchived: true })).map((w) => w.id));
      const tables = [...new Set(form.getAll("tables").map(String))];
      const errors: Record<string, string> = {};
      const parsed = editSchema.safeParse({
        name: values.name,
        locale: values.locale,
        ...(values.organisation ? { organisation: values.organisation } : {}),
        ...(values.legalBasis ? { legalBasis: values.legalBasis } : {}),
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "name")] = t.fieldsInvalid;
      }
      if (!tables.every((id) => known.has(id))) errors.tables = t.fieldsInvalid;
      if (!parsed.success || Object.keys(errors).length > 0) {
        return detail(c, partner, { values, tables, errors, error: t.fieldsInvalid }, 422);
      }
      const result = await deps.partners.edit(
        partner.email,
        { ...parsed.data, workTableIds: tables },
        { expectedVersion: field(form, "version"), actor: c.var.principal.email },
        now(),
      );
      if (result.outcome === "not_found") return notFound(c);
      if (result.outcome === "stale") return detail(c, result.partner, { error: t.partnerStale }, 409);
      return detail(c, result.partner, {
        notice: result.outcome === "saved" ? t.partnerSaved : t.partnerUnchanged,
      });
    })
    .post("/:handle/abmelden", async (c) => {
      const t = consoleTexts(c.var.locale);
      const partner = await byHandle(c);
      if (!partner) return notFound(c);
      const note = field(c.var.form, "note").slice(0, 1000);
      const result = await deps.partners.unsubscribe(partner.email, now(), c.var.principal.email, note || undefined);
      if (result.outcome === "not_found") return notFound(c);
      return detail(c, result.partner, { notice: t.unsubscribedDone });
    })
    .post("/:handle/wieder-anmelden", async (c) => {
      const t = consoleTexts(c.var.locale);
      const partner = await byHandle(c);
      if (!partner) return notFound(c);
      const note = noteSchema.safeParse(field(c.var.form, "note"));
      if (!note.success) return detail(c, partner, { errors: { note: t.noteRequired }, error: t.noteRequired }, 422);
      const result = await deps.partners.resubscribe(
        partner.email,
        { by: c.var.principal.email, note: note.data },
        now(),
      );
      if (result.outcome === "not_found") return notFound(c);
      return detail(c, result.partner, {
        notice: result.outcome === "resubscribed" ? t.resubscribedDone : t.subscribed,
      });
    });

  async function suppressionList(
    c: Context<AppEnv>,
    state: { notice?: string; error?: string; email?: string } = {},
    status: 200 | 404 | 422 = 200,
  ) {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const suppressions = await deps.suppressions.list();
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

  function notFound(c: Context<AppEnv>) {
    const t = consoleTexts(c.var.locale);
    return consolePage(c, { title: t.notFoundTitle, path: "/konsole/partner" }, <p>{t.notFound}</p>, 404);
  }
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
