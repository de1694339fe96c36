import type { Locale } from "../domain/locale.ts";

/** Each language's name in itself, as the language switch shows it (every page lists them all, so they are here). */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  de: "Deutsch",
  en: "English",
  uk: "Українська",
  ru: "Русский",
  ar: "العربية",
  tr: "Türkçe",
};
