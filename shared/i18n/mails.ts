import type { ConsoleLocale, Locale } from "../domain/locale.ts";
import { catalogue } from "./catalogue.ts";
import { LABELS } from "./labels.ts";
import type { AccountMailTexts, MailTexts, StaffMailTexts } from "./mail-content.ts";

/** What mails to applicants and partners say, in the six languages (see de/mails.ts). */
export const MAILS = catalogue<MailTexts, Locale>("mails", {
  de: async () => (await import("./de/mails.ts")).mails,
  en: async () => (await import("./en/mails.ts")).mails,
  uk: async () => (await import("./uk/mails.ts")).mails,
  ru: async () => (await import("./ru/mails.ts")).mails,
  ar: async () => (await import("./ar/mails.ts")).mails,
  tr: async () => (await import("./tr/mails.ts")).mails,
});

/** The console's own mails: the sign-in link and a changed second factor, in German and English. */
export const ACCOUNT_MAILS = catalogue<AccountMailTexts, ConsoleLocale>("account mails", {
  de: async () => (await import("./de/account-mails.ts")).accountMails,
  en: async () => (await import("./en/account-mails.ts")).accountMails,
});

/** The mails to contact persons and coordinators about applications, in German. */
export const STAFF_MAILS = catalogue<StaffMailTexts, "de">("staff mails", {
  de: async () => (await import("./de/staff-mails.ts")).staffMails,
});

/**
 * Loads the texts the mails in `locales` are written with (and German and English: staff and console mails, and
 * the applicant's mail to the contact person, are German or English). `mailContent` reads them synchronously.
 */
export async function loadMailTexts(locales: Iterable<Locale>): Promise<void> {
  const all = [...new Set<Locale>(["de", "en", ...locales])];
  await Promise.all([
    ...all.map((locale) => MAILS.load(locale)),
    ...all.map((locale) => LABELS.load(locale)),
    ACCOUNT_MAILS.load("de"),
    ACCOUNT_MAILS.load("en"),
    STAFF_MAILS.load("de"),
  ]);
}
