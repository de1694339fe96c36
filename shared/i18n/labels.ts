import { createHash } from "node:crypto";
import { CONSENT_TEXT_VERSION } from "../domain/application.ts";
import { type Conference, SEASON_WORDS } from "../domain/conference.ts";
import type { Locale } from "../domain/locale.ts";
import type { Admission, CounsellingService, PublicWorkTable, WorkTable } from "../domain/work-table.ts";
import { localizedTexts } from "../domain/work-table.ts";
import { catalogue } from "./catalogue.ts";
import type { Labels } from "./de/labels.ts";

export type { Labels } from "./de/labels.ts";

/** The labels of the network's things in every language of the public pages (see de/labels.ts). */
export const LABELS = catalogue<Labels, Locale>("labels", {
  de: async () => (await import("./de/labels.ts")).labels,
  en: async () => (await import("./en/labels.ts")).labels,
  uk: async () => (await import("./uk/labels.ts")).labels,
  ru: async () => (await import("./ru/labels.ts")).labels,
  ar: async () => (await import("./ar/labels.ts")).labels,
  tr: async () => (await import("./tr/labels.ts")).labels,
});

export const labelsOf = (locale: Locale): Labels => LABELS.get(locale);

export function serviceName(service: CounsellingService, locale: Locale): string {
  return LABELS.get(locale).services[service];
}

/** One sentence that tells a reader who may join, in their language. */
export function admissionSummary(admission: Admission, locale: Locale): string {
  const texts = LABELS.get(locale).admission;
  switch (admission.rule) {
    case "open":
      return texts.open;
    case "religious_mandate":
      return texts.religiousMandate;
    case "counselling_service":
      return texts.services(admission.services.map((s) => serviceName(s, locale)));
  }
}

/**
 * The privacy text the consent checkbox agrees to. Its version is stored with each application; a change of
 * wording needs a new CONSENT_TEXT_VERSION, so every stored consent still points at the text it agreed to.
 */
export function consentText(locale: Locale, version = CONSENT_TEXT_VERSION): string {
  const text = LABELS.get(locale).consent[version];
  if (!text) throw new Error(`no consent text for version ${version}`);
  return text;
}

/** The proof of which words were agreed to: SHA-256 of the consent text as shown (hex). */
export function consentTextHash(locale: Locale, version = CONSENT_TEXT_VERSION): string {
  return createHash("sha256").update(consentText(locale, version)).digest("hex");
}

/**
 * What a conference is called wherever it is shown: its title as the coordinators wrote it. A title is the event's
 * own name ("Herbsttagung 2027", "Frühjahrstagung 2027 des Netzwerks Migration"); only a title that does not say
 * which conference it is ("Teilhabe am Arbeitsmarkt") gets the season in front ("Herbsttagung: Teilhabe am
 * Arbeitsmarkt"). Subjects, sentences and calendar entries add their own words around this name and nothing
 * else, so no word is said twice.
 */
export function conferenceName(
  c: Pick<Conference, "season" | "title"> & { workTableId?: string | undefined },
  locale: Locale,
): string {
  if (c.workTableId) return c.title;
  if (SEASON_WORDS.spring.test(c.title) || SEASON_WORDS.autumn.test(c.title)) return c.title;
  return `${LABELS.get(locale).seasons[c.season]}: ${c.title}`;
}

/** A work table as anyone may see it, in the reader's language: no address, the admission rule in a sentence. */
export function toPublicWorkTable(table: WorkTable, locale: Locale): PublicWorkTable {
  return {
    id: table.id,
    numeral: table.numeral,
    ...localizedTexts(table, locale),
    admission: { ...table.admission, summary: admissionSummary(table.admission, locale) },
    contact: { name: table.contact.name },
  };
}
