/**
 * The languages of the public pages, the form, the link pages and every mail to an applicant or partner. German
 * first: it is the network's language, the default, and its legal texts are the authoritative ones. The console
 * (coordinators and contact persons) speaks German and English only.
 *
 * Adding a language: add its code here, its name to i18n/languages.ts and a folder of its texts to shared/i18n/ (each
 * area's catalogue names its loaders in a `Record<Locale, …>`, so the compiler names every one that lacks it);
 * tests/unit/catalogues.test.ts checks that no key is missing and no text empty.
 */
export const LOCALES = ["de", "en", "uk", "ru", "ar", "tr"] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Languages whose texts were translated by machine and await review by a native speaker; pages in them say so
 * nowhere (the texts are usable), but the catalogues and docs/languages-and-accessibility.md do.
 */
export const MACHINE_TRANSLATED: readonly Locale[] = ["uk", "ru", "ar", "tr"];

/** The languages a work table's texts may be translated into (German is the text itself). */
export const TRANSLATED_LOCALES = LOCALES.filter(
  (locale): locale is Exclude<Locale, "de"> => locale !== "de",
) as readonly Exclude<Locale, "de">[];

/**
 * The tag Intl formats dates with: British English (day before month), and Arabic with Latin digits like the
 * addresses, numerals and the rest of the page.
 */
export const INTL_LOCALES: Record<Locale, string> = {
  de: "de-DE",
  en: "en-GB",
  uk: "uk",
  ru: "ru",
  ar: "ar-u-nu-latn",
  tr: "tr",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Writing direction: Arabic is written right to left. */
export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** The console's languages. */
export const CONSOLE_LOCALES = ["de", "en"] as const;
export type ConsoleLocale = (typeof CONSOLE_LOCALES)[number];

/** The console speaks English to who chose English and German to everyone else (the network's working language). */
export function consoleLocaleOf(locale: Locale): ConsoleLocale {
  return locale === "en" ? "en" : "de";
}
