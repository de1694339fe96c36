import type { ConsoleLocale } from "../domain/locale.ts";
import type { CsvWords } from "../domain/partner-csv.ts";
import { catalogue } from "./catalogue.ts";

/** What a partner import's report says, in the console's languages (see de/csv.ts). */
export const CSV = catalogue<CsvWords, ConsoleLocale>("csv", {
  de: async () => (await import("./de/csv.ts")).csv,
  en: async () => (await import("./en/csv.ts")).csv,
});
