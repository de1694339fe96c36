import type { Context } from "hono";
import { Hono } from "hono/tiny";
import * as z from "zod/mini";
import { isPartnerHandle } from "../../../domain/ids.ts";
import { consoleLocaleOf, LOCALES } from "../../../domain/locale.ts";
import type { Partner } from "../../../domain/partner.ts";
import { MAX_CSV_BYTES, parsePartnerCsv, partnersToCsv, partnersToSpreadsheet } from "../../../domain/partner-csv.ts";
import { line, paragraph } from "../../../domain/text.ts";
import { isWorkTableId } from "../../../domain/work-table.ts";
import { consoleTexts } from "../../../i18n/console.ts";
import { CSV } from "../../../i18n/csv.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import { field } from "../parts.tsx";
import { importPage, importPreviewPage } from "../views/partner-import.tsx";
import {
  type PartnerDetailState,
  type PartnerListFilter,
  partnerDetailPage,
  partnerListPage,
  partnerNotFoundPage,
  suppressionListPage,
} from "../views/partners.tsx";
import { History } from "./audit.tsx";

const PAGE = 25;

const editSchema = z.object({
  name: line(120),
  organisation: z.optional(line(200)),
  legalBasis: z.optional(line(200)),
  locale: z.enum(LOCALES),
});
const noteSchema = paragraph(1000);

/**
 * The partner directory for coordinators: list (filtered by work table in the URL, searched by POST so no name or
 * address lands in a URL), each partner by their opaque handle with edit, mailing-list state and history; the
 * import with a preview before anything is written; the exports; the suppression list. The pages are in
 * views/partners.tsx and views/partner-import.tsx.
 */
export function partnerRoutes(deps: AppDependencies, now: () => Date) {
  const list = async (c: Context<AppEnv>, filter: PartnerListFilter, notice?: string) => {
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
    return partnerListPage(c, { filter, tables, rows, next }, notice);
  };

  const detail = async (
    c: Context<AppEnv>,
    partner: Partner,
    state: PartnerDetailState = {},
    status: 200 | 409 | 422 = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    const [tables, history, suppression] = await Promise.all([
      deps.workTables.list({ includeArchived: true }),
      deps.audit.about("partner", partner.email),
      deps.suppressions.get(partner.email),
    ]);
    return partnerDetailPage(
      c,
      { partner, tables, suppression, history: <History t={t} locale={c.var.locale} entries={history} /> },
      state,
      status,
    );
  };

  const byHandle = async (c: Context<AppEnv>) => {
    const handle = c.req.param("handle") ?? "";
    return isPartnerHandle(handle) ? deps.partners.byHandle(handle) : undefined;
  };

  const suppressionList = async (
    c: Context<AppEnv>,
    state: { notice?: string; error?: string; email?: string } = {},
    status: 200 | 404 | 422 = 200,
  ) => suppressionListPage(c, await deps.suppressions.list(), state, status);

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
      const spreadsheet = () =>
        CSV.load("de").then((words) => partnersToSpreadsheet(partners, numeralOf, words.workTablesColumn));
      return c.body(technical ? partnersToCsv(partners, numeralOf) : await spreadsheet(), 200, {
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
      return importPreviewPage(c, { parsed, outcomes, draft });
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
      return partner ? detail(c, partner) : partnerNotFoundPage(c);
    })
    .post("/:handle", async (c) => {
      const t = consoleTexts(c.var.locale);
      const partner = await byHandle(c);
      if (!partner) return partnerNotFoundPage(c);
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
      if (result.outcome === "not_found") return partnerNotFoundPage(c);
      if (result.outcome === "stale") return detail(c, result.partner, { error: t.partnerStale }, 409);
      return detail(c, result.partner, {
        notice: result.outcome === "saved" ? t.partnerSaved : t.partnerUnchanged,
      });
    })
    .post("/:handle/abmelden", async (c) => {
      const t = consoleTexts(c.var.locale);
      const partner = await byHandle(c);
      if (!partner) return partnerNotFoundPage(c);
      const note = field(c.var.form, "note").slice(0, 1000);
      const result = await deps.partners.unsubscribe(partner.email, now(), c.var.principal.email, note || undefined);
      if (result.outcome === "not_found") return partnerNotFoundPage(c);
      return detail(c, result.partner, { notice: t.unsubscribedDone });
    })
    .post("/:handle/wieder-anmelden", async (c) => {
      const t = consoleTexts(c.var.locale);
      const partner = await byHandle(c);
      if (!partner) return partnerNotFoundPage(c);
      const note = noteSchema.safeParse(field(c.var.form, "note"));
      if (!note.success) return detail(c, partner, { errors: { note: t.noteRequired }, error: t.noteRequired }, 422);
      const result = await deps.partners.resubscribe(
        partner.email,
        { by: c.var.principal.email, note: note.data },
        now(),
      );
      if (result.outcome === "not_found") return partnerNotFoundPage(c);
      return detail(c, result.partner, {
        notice: result.outcome === "resubscribed" ? t.resubscribedDone : t.subscribed,
      });
    });
}
