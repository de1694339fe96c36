import { type ConsoleLocale, consoleLocaleOf, type Locale } from "../domain/locale.ts";
import { catalogue } from "./catalogue.ts";
import type { ConsoleTexts } from "./de/console.ts";

export type { ConsoleTexts } from "./de/console.ts";

/** What the console says, in German and English (see de/console.ts). */
export const CONSOLE = catalogue<ConsoleTexts, ConsoleLocale>("console", {
  de: async () => (await import("./de/console.ts")).texts,
  en: async () => (await import("./en/console.ts")).texts,
});

/** The console's texts for a reader: English to who chose English, German to everyone else. */
export const consoleTexts = (locale: Locale): ConsoleTexts => CONSOLE.get(consoleLocaleOf(locale));

/** Loads the console's texts for a reader's language. */
export const loadConsoleTexts = (locale: Locale) => CONSOLE.load(consoleLocaleOf(locale));
