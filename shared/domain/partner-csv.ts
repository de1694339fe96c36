import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import * as z from "zod/mini";
import { numeralValue } from "./numeral.ts";
import { once } from "./once.ts";
import type { Partner } from "./partner.ts";
import { emailAddress, line } from "./text.ts";

/**
 * The partner directory as CSV, the way coordinators keep it in a spreadsheet.
 *
 * Import: UTF-8 with or without BOM, comma or semicolon separated (whichever the header line uses more of),
 * header names case-insensitive, in English or German. Required columns `name`, `email` (Name, E-Mail); optional
 * `organisation` (Organisation), `workTables` (Arbeitstische: numerals joined by `|`, e.g. `I|IV`), `legalBasis`
 * (Rechtsgrundlage). The exports' extra column `unsubscribedAt` (Abgemeldet am) is accepted and ignored,
 * so an export can be imported again: an import never unsubscribes nor resubscribes anyone. Each bad row is
 * refused on its own, with its line in the file and the reason; the same email twice in one file is one partner
 * (the later rows merge into the first: work tables united, missing fields filled).
 *
 * Export, two formats. For spreadsheets (the console's default): German column names, semicolon separated (what
 * Excel and LibreOffice expect in Germany), the date a partner unsubscribed in Berlin time ("30.11.2026 14:05").
 * Technical (the JSON API's `format=csv`): English column names, comma separated, the ISO time. Both CRLF, UTF-8
 * with BOM so Excel opens them correctly. Cells that a spreadsheet would run as a formula (starting with `=`, `+`,
 * `-`, `@`, tab or CR) are prefixed with `'`; the import removes that prefix again.
 */

export const PARTNER_CSV_COLUMNS = ["name", "email", "organisation", "workTables", "legalBasis"] as const;
/** The export's last column: informative only, ignored by the import. */
export const EXPORT_ONLY_COLUMN = "unsubscribedAt" as const;
export const MAX_CSV_ROWS = 5000;
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

/** One partner as an import row gives it. */
export interface PartnerImport {
  email: string;
  name: string;
  organisation?: string;
  /** Work table ids, without duplicates, in the order first given. */
  workTableIds: string[];
  legalBasis?: string;
}

export interface PartnerCsvRows {
  ok: true;
  /** One entry per email address; `line` is the (first) line of its row in the file, 1 = the header. */
  rows: { line: number; partner: PartnerImport }[];
  refused: { line: number; reason: string }[];
  /** Rows whose email address an earlier row already had: merged into that one. */
  duplicates: { line: number; mergedInto: number }[];
}

/** The file as a whole cannot be read (no header, a required column missing, too many rows …). */
export interface PartnerCsvFailure {
  ok: false;
  reason: string;
}

type Column = (typeof PARTNER_CSV_COLUMNS)[number];
type AnyColumn = Column | typeof EXPORT_ONLY_COLUMN;
const ALL_COLUMNS: readonly AnyColumn[] = [...PARTNER_CSV_COLUMNS, EXPORT_ONLY_COLUMN];
/** The German column names, as the spreadsheet export writes them. */
export const GERMAN_COLUMNS: Record<AnyColumn, string> = {
  name: "Name",
  email: "E-Mail",
  organisation: "Organisation",
  workTables: "Arbeitstische",
  legalBasis: "Rechtsgrundlage",
  unsubscribedAt: "Abgemeldet am",
};
const COLUMN_BY_LOWER = new Map<string, AnyColumn>([
  ...ALL_COLUMNS.map((c) => [c.toLowerCase(), c] as const),
  ...ALL_COLUMNS.map((c) => [GERMAN_COLUMNS[c].toLowerCase(), c] as const),
  ["e-mail-adresse", "email"],
  ["email-adresse", "email"],
  ["arbeitstisch", "workTables"],
  ["abgemeldet", "unsubscribedAt"],
]);
/** What an import's messages are given: the column (its name in the format) and the problem's kind. */
export interface CsvIssue {
  column: string;
  code: string;
  maximum?: unknown;
}

export type CsvColumn = AnyColumn;

/** The words an import's report is written with (i18n/<language>/csv.ts). */
export interface CsvWords {
  tooLarge: (bytes: number) => string;
  noHeader: string;
  unknownColumn: (name: string) => string;
  twice: (column: string) => string;
  missing: (column: string) => string;
  tooManyRows: (rows: number) => string;
  quoteNotClosed: string;
  unreadable: (code: string) => string;
  fieldCount: (fields: number, header: number) => string;
  noTable: (given: string) => string;
  column: (column: CsvColumn) => string;
  rowIssue: (issue: CsvIssue) => string;
  /**
   * The network's own word for the work tables column of a German spreadsheet ("Arbeitskreise"), read as well as
   * "Arbeitstische" and `workTables` (issue 20).
   */
  workTablesColumn?: string;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;

const rowSchema = once(() =>
  z.object({
    name: line(120),
    email: emailAddress(),
    organisation: z.optional(line(200)),
    legalBasis: z.optional(line(200)),
  }),
);

/**
 * Reads an import file (already decoded from UTF-8). `workTableIdByNumeral` maps each existing work table's
 * numeral ("I" …) to its id; a numeral not in it refuses the row.
 */
export function parsePartnerCsv(
  text: string,
  workTableIdByNumeral: ReadonlyMap<string, string>,
  m: CsvWords,
): PartnerCsvRows | PartnerCsvFailure {
  if (Buffer.byteLength(text, "utf8") > MAX_CSV_BYTES) return { ok: false, reason: m.tooLarge(MAX_CSV_BYTES) };
  // One kind of line break (CR LF from Windows, a lone CR from old Macs become LF), so line numbers count right.
  const input = (text.startsWith("\uFEFF") ? text.slice(1) : text).replace(/\r\n?/g, "\n");
  const headerLine = /^[^\n]*/.exec(input)?.[0] ?? "";
  if (headerLine.trim() === "") return { ok: false, reason: m.noHeader };
  const delimiter = count(headerLine, ";") > count(headerLine, ",") ? ";" : ",";

  const refused: PartnerCsvRows["refused"] = [];
  const records = parse(input, {
    delimiter,
    info: true,
    raw: true,
    relax_column_count: true,
    // A stray quote stays in its field, so the row is refused by validation instead of derailing the parser.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error, raw) => {
      const at = error ? startLine(Number(error.lines), raw) : 0;
      refused.push({
        line: at,
        reason:
          error?.code === "CSV_QUOTE_NOT_CLOSED" ? m.quoteNotClosed : m.unreadable(error?.code ?? "unknown error"),
      });
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];

  const [header, ...body] = records;
  if (!header) return { ok: false, reason: m.noHeader };
  const columns: AnyColumn[] = [];
  for (const name of header.record) {
    const lower = name.trim().toLowerCase();
    const column =
      COLUMN_BY_LOWER.get(lower) ?? (lower === m.workTablesColumn?.toLowerCase() ? "workTables" : undefined);
    if (!column) return { ok: false, reason: m.unknownColumn(name.trim()) };
    if (columns.includes(column)) return { ok: false, reason: m.twice(m.column(column)) };
    columns.push(column);
  }
  for (const required of ["name", "email"] as const) {
    if (!columns.includes(required)) return { ok: false, reason: m.missing(m.column(required)) };
  }
  if (body.length > MAX_CSV_ROWS) return { ok: false, reason: m.tooManyRows(MAX_CSV_ROWS) };

  const rows: PartnerCsvRows["rows"] = [];
  const duplicates: PartnerCsvRows["duplicates"] = [];
  const byEmail = new Map<string, PartnerCsvRows["rows"][number]>();
  for (const { record, info, raw } of body) {
    const at = startLine(info.lines, raw);
    // A row of empty cells (a spreadsheet's trailing ",,,,") is no row.
    if (record.every((cell) => cell.trim() === "")) continue;
    if (record.length > columns.length) {
      refused.push({ line: at, reason: m.fieldCount(record.length, columns.length) });
      continue;
    }
    const cells: Partial<Record<Column, string>> = {};
    columns.forEach((column, index) => {
      const value = unescapeCell(record[index] ?? "").trim();
      if (column !== EXPORT_ONLY_COLUMN && value !== "") cells[column] = value;
    });
    const result = toPartner(cells, workTableIdByNumeral, m);
    if (!result.ok) {
      refused.push({ line: at, reason: result.reason });
      continue;
    }
    const first = byEmail.get(result.partner.email);
    if (first) {
      first.partner = mergeImports(first.partner, result.partner);
      duplicates.push({ line: at, mergedInto: first.line });
      continue;
    }
    const row = { line: at, partner: result.partner };
    byEmail.set(result.partner.email, row);
    rows.push(row);
  }
  refused.sort((a, b) => a.line - b.line);
  return { ok: true, rows, refused, duplicates };
}

function toPartner(
  cells: Partial<Record<Column, string>>,
  workTableIdByNumeral: ReadonlyMap<string, string>,
  m: CsvWords,
): { ok: true; partner: PartnerImport } | { ok: false; reason: string } {
  const parsed = rowSchema().safeParse({
    name: cells.name ?? "",
    email: cells.email ?? "",
    organisation: cells.organisation,
    legalBasis: cells.legalBasis,
  });
  if (!parsed.success) {
    return {
      ok: false,
      reason: parsed.error.issues
        .map((issue) =>
          m.rowIssue({
            column: String(issue.path[0] ?? ""),
            code: issue.code,
            ...("maximum" in issue ? { maximum: issue.maximum } : {}),
          }),
        )
        .join("; "),
    };
  }
  const workTableIds: string[] = [];
  for (const given of (cells.workTables ?? "").split("|")) {
    const numeral = given.trim().toUpperCase();
    if (numeral === "") continue;
    const id = workTableIdByNumeral.get(numeral);
    if (!id) return { ok: false, reason: m.noTable(given.trim()) };
    if (!workTableIds.includes(id)) workTableIds.push(id);
  }
  const { name, email, organisation, legalBasis } = parsed.data;
  return {
    ok: true,
    partner: {
      email,
      name,
      ...(organisation ? { organisation } : {}),
      workTableIds,
      ...(legalBasis ? { legalBasis } : {}),
    },
  };
}

/** A later row of the same partner: its work tables join, its other fields fill only what is still missing. */
export function mergeImports(first: PartnerImport, later: PartnerImport): PartnerImport {
  const organisation = first.organisation ?? later.organisation;
  const legalBasis = first.legalBasis ?? later.legalBasis;
  return {
    email: first.email,
    name: first.name,
    ...(organisation ? { organisation } : {}),
    workTableIds: [...new Set([...first.workTableIds, ...later.workTableIds])],
    ...(legalBasis ? { legalBasis } : {}),
  };
}

/**
 * The directory as a CSV file for a spreadsheet (see the module comment). `numeralOf` gives a work table id's
 * numeral; an id it does not know is written as it is.
 */
export function partnersToCsv(
  partners: readonly Partner[],
  numeralOf: (workTableId: string) => string | undefined,
): string {
  return technicalCsv(
    ALL_COLUMNS,
    partners.map((p) => [
      p.name,
      p.email,
      p.organisation ?? "",
      numeralsOf(p, numeralOf),
      p.legalBasis ?? "",
      p.unsubscribedAt ?? "",
    ]),
  );
}

/**
 * A file for scripts and other systems: comma separated, CRLF, UTF-8 with BOM, English column names, every cell safe
 * from being run as a formula (the same `escapeCell` as the German spreadsheet).
 */
export function technicalCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return safeCsv(header, rows, ",");
}

/** A time as a German spreadsheet shows it, in Berlin time: "30.11.2026 14:05". */
export function spreadsheetTime(iso: string | undefined): string {
  if (!iso) return "";
  return new Intl.DateTimeFormat("de-DE", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Berlin",
  })
    .format(new Date(iso))
    .replace(",", "");
}

/**
 * A file for a German spreadsheet: semicolon separated, CRLF, UTF-8 with BOM, every cell safe from being run as a
 * formula. Any list a coordinator downloads (partners, attendees) goes through here.
 */
export function germanSpreadsheet(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  /** Columns of figures: a plain number there keeps its sign ("+3", "-2"); anything else is escaped as always. */
  figureColumns: readonly number[] = [],
): string {
  if (figureColumns.length === 0) return safeCsv(header, rows, ";");
  return stringify(
    [
      [...header],
      ...rows.map((row) =>
        row.map((cell, i) => (figureColumns.includes(i) && PLAIN_NUMBER.test(cell) ? cell : escapeCell(cell))),
      ),
    ],
    { bom: true, delimiter: ";", record_delimiter: "windows" },
  );
}

/** CSV in UTF-8 with BOM and CRLF, each cell escaped against formulas. */
function safeCsv(header: readonly string[], rows: readonly (readonly string[])[], delimiter: "," | ";"): string {
  return stringify([[...header], ...rows.map((row) => row.map(escapeCell))], {
    bom: true,
    delimiter,
    record_delimiter: "windows",
  });
}

/** The directory for a German spreadsheet (see the module comment). */
export function partnersToSpreadsheet(
  partners: readonly Partner[],
  numeralOf: (workTableId: string) => string | undefined,
  /** The network's word for its work tables as the column's name (an import reads it back). */
  workTablesColumn = GERMAN_COLUMNS.workTables,
): string {
  return germanSpreadsheet(
    ALL_COLUMNS.map((c) => (c === "workTables" ? workTablesColumn : GERMAN_COLUMNS[c])),
    partners.map((p) => [
      p.name,
      p.email,
      p.organisation ?? "",
      numeralsOf(p, numeralOf),
      p.legalBasis ?? "",
      spreadsheetTime(p.unsubscribedAt),
    ]),
  );
}

/**
 * One work table's members for a German spreadsheet: what its contact person may know of them, and nothing of the
 * other tables a member belongs to (no "Arbeitstische" column).
 */
export function membersToSpreadsheet(partners: readonly Partner[]): string {
  const columns = ALL_COLUMNS.filter((c) => c !== "workTables");
  return germanSpreadsheet(
    columns.map((c) => GERMAN_COLUMNS[c]),
    partners.map((p) => [p.name, p.email, p.organisation ?? "", p.legalBasis ?? "", spreadsheetTime(p.unsubscribedAt)]),
  );
}

function numeralsOf(p: Partner, numeralOf: (workTableId: string) => string | undefined): string {
  const numerals = [...(p.workTableIds ?? [])].map((id) => numeralOf(id) ?? id);
  numerals.sort((a, b) => numeralValue(a) - numeralValue(b) || a.localeCompare(b));
  return numerals.join("|");
}

/** Keeps a spreadsheet from running a cell as a formula (CSV injection). */
export function escapeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A number and nothing else ("+3", "-2", "4,5"): it runs nothing, so a column of figures may keep its sign. */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

function unescapeCell(value: string): string {
  return ESCAPED_FORMULA.test(value) ? value.slice(1) : value;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/**
 * The line a record starts on. The parser reports the line it ended on; the raw text (which may begin with the
 * empty lines skipped before it) tells how many line breaks the record itself spans.
 */
function startLine(endLine: number, raw: string | undefined): number {
  const own = (raw ?? "").replace(/^\n+/, "").replace(/\n$/, "");
  return endLine - count(own, "\n");
}
