import { type CsvColumn, type CsvIssue, PARTNER_CSV_COLUMNS } from "../../domain/partner-csv.ts";
import type { CsvTexts } from "../de/csv.ts";
import { tableWord as germanTableWord } from "../de/words.ts";
import { capitalised } from "../format.ts";
import { tableWord } from "./words.ts";

export const csv: CsvTexts = {
  /** The spreadsheet's column keeps the network's German word in every language: the file is the same. */
  get workTablesColumn() {
    return capitalised(germanTableWord().many, "de");
  },
  tooLarge: (bytes: number): string => `The file must not exceed ${bytes} bytes.`,
  noHeader: "The file has no header row in its first line.",
  unknownColumn: (name: string): string =>
    `Unknown column "${name}"; the header must be ${PARTNER_CSV_COLUMNS.join(",")} (separated by , or ;).`,
  twice: (column: string): string => `The column "${column}" appears twice.`,
  missing: (column: string): string => `The required column "${column}" is missing.`,
  tooManyRows: (rows: number): string => `The file must not have more than ${rows} rows.`,
  quoteNotClosed: "a quoted field is not closed; the rest of the file from this line could not be read",
  unreadable: (code: string): string => `the row cannot be read (${code})`,
  fieldCount: (fields: number, header: number): string => `the row has ${fields} fields, the header ${header}`,
  noTable: (given: string): string => `workTables: there is no ${tableWord().one} "${given}"`,
  column: (column: CsvColumn): string => column as string,
  /** A field's problem in a row: what is wrong, not how the validator calls it. */
  rowIssue: (issue: CsvIssue): string => {
    if (issue.code === "too_small") return `${issue.column}: is missing`;
    if (issue.code === "too_big") return `${issue.column}: is too long (at most ${String(issue.maximum)} characters)`;
    if (issue.column === "email") return `${issue.column}: is not a valid email address`;
    if (issue.code === "custom") return `${issue.column}: must be one line without control characters`;
    return `${issue.column}: is not valid`;
  },
};
