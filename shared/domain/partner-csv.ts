import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
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
const englishErrors = en().localeError;

/** What an import says about a file or a row, in the coordinator's language. */
const MESSAGES = {
  en: {
    tooLarge: (bytes: number) => `The file must not exceed ${bytes} bytes.`,
    noHeader: "The file has no header row in its first line.",
    unknownColumn: (name: string) =>
      `Unknown column "${name}"; the header must be ${PARTNER_CSV_COLUMNS.join(",")} (separated by , or ;).`,
    twice: (column: string) => `The column "${column}" appears twice.`,
    missing: (column: string) => `The required column "${column}" is missing.`,
    tooManyRows: (rows: number) => `The file must not have more than ${rows} rows.`,
    quoteNotClosed: "a quoted field is not closed; the rest of the file from this line could not be read",
    unreadable: (code: string) => `the row cannot be read (${code})`,
    fieldCount: (fields: number, header: number) => `the row has ${fields} fields, the header ${header}`,
    noTable: (given: string) => `workTables: there is no work table "${given}"`,
    column: (column: AnyColumn) => column as string,
  },
  de: {
    tooLarge: (bytes: number) => `Die Datei darf höchstens ${bytes} Bytes groß sein.`,
    noHeader: "Die erste Zeile der Datei ist keine Kopfzeile mit Spaltennamen.",
    unknownColumn: (name: string) =>
      `Unbekannte Spalte „${name}“. Die Kopfzeile muss die Spalten Name, E-Mail, Organisation, Arbeitstische, Rechtsgrundlage nennen (getrennt mit Komma oder Semikolon).`,
    twice: (column: string) => `Die Spalte „${column}“ kommt zweimal vor.`,
    missing: (column: string) => `Die Pflichtspalte „${column}“ fehlt.`,
    tooManyRows: (rows: number) => `Die Datei darf höchstens ${rows} Zeilen haben.`,
    quoteNotClosed:
      "ein Feld in Anführungszeichen wird nicht geschlossen; der Rest der Datei ab dieser Zeile konnte nicht gelesen werden",
    unreadable: (code: string) => `die Zeile kann nicht gelesen werden (${code})`,
    fieldCount: (fields: number, header: number) => `die Zeile hat ${fields} Felder, die Kopfzeile ${header}`,
    noTable: (given: string) => `Arbeitstische: einen Arbeitstisch „${given}“ gibt es nicht`,
    column: (column: AnyColumn) => GERMAN_COLUMNS[column],
  },
};
type Messages = (typeof MESSAGES)["en"];

/** A field's problem in German: what is wrong, not how the validator calls it. */
function germanIssue(issue: { code: string; path: PropertyKey[]; maximum?: unknown; format?: string }): string {
  const column = GERMAN_COLUMNS[String(issue.path[0]) as AnyColumn] ?? String(issue.path[0]);
  if (issue.code === "too_small") return `${column}: fehlt`;
  if (issue.code === "too_big") return `${column}: ist zu lang (höchstens ${String(issue.maximum)} Zeichen)`;
  if (String(issue.path[0]) === "email") return `${column}: ist keine gültige E-Mail-Adresse`;
  if (issue.code === "custom") return `${column}: darf nur eine Zeile ohne Steuerzeichen sein`;
  return `${column}: ist ungültig`;
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
  locale: "de" | "en" = "en",
): PartnerCsvRows | PartnerCsvFailure {
  const m = MESSAGES[locale];
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
    const column = COLUMN_BY_LOWER.get(name.trim().toLowerCase());
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
    const result = toPartner(cells, workTableIdByNumeral, locale, m);
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
  locale: "de" | "en",
  m: Messages,
): { ok: true; partner: PartnerImport } | { ok: false; reason: string } {
  const parsed = rowSchema().safeParse(
    {
      name: cells.name ?? "",
      email: cells.email ?? "",
      organisation: cells.organisation,
      legalBasis: cells.legalBasis,
    },
    { error: englishErrors },
  );
  if (!parsed.success) {
    return {
      ok: false,
      reason: parsed.error.issues
        .map((issue) =>
          locale === "de"
            ? germanIssue(issue as Parameters<typeof germanIssue>[0])
            : `${issue.path.map(String).join(".")}: ${issue.message}`,
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
export function germanSpreadsheet(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return safeCsv(header, rows, ";");
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
): string {
  return germanSpreadsheet(
    ALL_COLUMNS.map((c) => GERMAN_COLUMNS[c]),
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
