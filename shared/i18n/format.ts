import { BERLIN } from "../domain/berlin-time.ts";
import { INTL_LOCALES, type Locale } from "../domain/locale.ts";
import type { TableRef } from "../domain/mail.ts";

/**
 * How dates, counts and names are written in each language: the formatting every text of the tree shares. No
 * words here but the one Intl leaves off ("Uhr").
 */

/** A word as a heading or a label starts it: "work tables" → "Work tables" (the network's words are lowercase where the language writes them so). */
export const capitalised = (word: string, locale: Locale) =>
  word.charAt(0).toLocaleUpperCase(INTL_LOCALES[locale]) + word.slice(1);

/** "II – Gesellschaftliche Integration": a table named in a sentence that inflects the word for it itself. */
export const tableName = (t: TableRef) => `${t.numeral} – ${t.name}`;

/** "22. April 2027": a day in Berlin, in the language's long form. */
export const longDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: BERLIN }).format(new Date(iso));

/** A due date (`YYYY-MM-DD`, a day in Berlin) in the language's long form: "12. Januar 2027". */
export const longDay = (date: string, locale: Locale) => longDate(`${date}T12:00:00Z`, locale);

/** "22. April 2027 um 14:05": a moment in Berlin, long date and short time. */
export const longDateTime = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: "long", timeStyle: "short", timeZone: BERLIN }).format(
    new Date(iso),
  );

/** The word after a time of day, where Intl leaves it off ("15:00 Uhr"). */
const CLOCK: Partial<Record<Locale, string>> = { de: "Uhr" };

/**
 * A span of time in Berlin, written the way the language writes it (Intl's formatRange): a span within one day
 * names the day once ("Donnerstag, 22. April 2027, 09:00–15:00 Uhr"), a longer one both days. German times get
 * their "Uhr" when Intl leaves it off (a span over several days).
 */
export function dateTimeRange(startIso: string, endIso: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: BERLIN,
  });
  const range = format.formatRange(new Date(startIso), new Date(endIso));
  const clock = CLOCK[locale];
  return clock && !range.endsWith(clock) ? `${range} ${clock}` : range;
}

/** A count with its noun in the language's plural form ("7 днів", "14 يومًا"); `other` serves any form not given. */
export function countOf(
  n: number,
  locale: Locale,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return `${n} ${forms[new Intl.PluralRules(locale).select(n)] ?? forms.other}`;
}

/**
 * An agenda as mails and calendar entries write it: "1. Begrüßung (Luise Jahn, 10 Min.)", one item a line.
 * `minutes` writes a duration in the reader's language.
 */
export function agendaLines(
  items: readonly { title: string; presenter?: string | undefined; minutes?: number | undefined }[],
  minutes: (n: number) => string,
): string {
  return items
    .map((item, index) => {
      const details = [item.presenter, item.minutes ? minutes(item.minutes) : undefined].filter(Boolean);
      return `${index + 1}. ${item.title}${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
    })
    .join("\n");
}
