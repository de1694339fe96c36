import { type CsvColumn, type CsvIssue, GERMAN_COLUMNS } from "../../domain/partner-csv.ts";
import { capitalised } from "../format.ts";
import { tableWord } from "./words.ts";

/**
 * What a partner import says about a file or a row, in German: it defines the shape the English texts follow.
 */
export const csv = {
  tooLarge: (bytes: number): string => `Die Datei darf höchstens ${bytes} Bytes groß sein.`,
  noHeader: "Die erste Zeile der Datei ist keine Kopfzeile mit Spaltennamen.",
  unknownColumn: (name: string): string =>
    `Unbekannte Spalte „${name}“. Die Kopfzeile muss die Spalten Name, E-Mail, Organisation, ${capitalised(tableWord().many, "de")}, Rechtsgrundlage nennen (getrennt mit Komma oder Semikolon).`,
  twice: (column: string): string => `Die Spalte „${column}“ kommt zweimal vor.`,
  missing: (column: string): string => `Die Pflichtspalte „${column}“ fehlt.`,
  tooManyRows: (rows: number): string => `Die Datei darf höchstens ${rows} Zeilen haben.`,
  quoteNotClosed:
    "ein Feld in Anführungszeichen wird nicht geschlossen; der Rest der Datei ab dieser Zeile konnte nicht gelesen werden",
  unreadable: (code: string): string => `die Zeile kann nicht gelesen werden (${code})`,
  fieldCount: (fields: number, header: number): string => `die Zeile hat ${fields} Felder, die Kopfzeile ${header}`,
  noTable: (given: string): string =>
    `${capitalised(tableWord().many, "de")}: ${tableWord().a("acc")} „${given}“ gibt es nicht`,
  column: (column: CsvColumn): string =>
    column === "workTables" ? capitalised(tableWord().many, "de") : (GERMAN_COLUMNS[column] ?? column),
  get workTablesColumn() {
    return capitalised(tableWord().many, "de");
  },
  /** A field's problem in a row: what is wrong, not how the validator calls it. */
  rowIssue: (issue: CsvIssue): string => {
    const column = GERMAN_COLUMNS[issue.column as keyof typeof GERMAN_COLUMNS] ?? issue.column;
    if (issue.code === "too_small") return `${column}: fehlt`;
    if (issue.code === "too_big") return `${column}: ist zu lang (höchstens ${String(issue.maximum)} Zeichen)`;
    if (issue.column === "email") return `${column}: ist keine gültige E-Mail-Adresse`;
    if (issue.code === "custom") return `${column}: darf nur eine Zeile ohne Steuerzeichen sein`;
    return `${column}: ist ungültig`;
  },
};

export type CsvTexts = typeof csv;
