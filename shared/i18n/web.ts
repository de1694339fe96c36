import type { Locale } from "../domain/locale.ts";
import { catalogue } from "./catalogue.ts";
import type { WebTexts } from "./de/web.ts";
import { LABELS } from "./labels.ts";

export type { WebTexts } from "./de/web.ts";

/** What the public pages say (see de/web.ts), in the six languages; the web app loads the reader's per request. */
export const WEB = catalogue<WebTexts, Locale>("web", {
  de: async () => (await import("./de/web.ts")).web,
  en: async () => (await import("./en/web.ts")).web,
  uk: async () => (await import("./uk/web.ts")).web,
  ru: async () => (await import("./ru/web.ts")).web,
  ar: async () => (await import("./ar/web.ts")).web,
  tr: async () => (await import("./tr/web.ts")).web,
});

/** What a page needs before it renders: the page texts and the labels, in the reader's language and German. */
export async function loadPageTexts(locale: Locale): Promise<void> {
  await Promise.all([WEB.load(locale), WEB.load("de"), LABELS.load(locale), LABELS.load("de")]);
}

export type PageTexts = WebTexts["page"];
export type ApplicationTexts = WebTexts["application"];

export const pageTexts = (locale: Locale): PageTexts => WEB.get(locale).page;
export const applicationTexts = (locale: Locale): ApplicationTexts => WEB.get(locale).application;
export const rsvpTexts = (locale: Locale) => WEB.get(locale).rsvp;
export const eventLinkTexts = (locale: Locale) => WEB.get(locale).eventLinks;
export const unsubscribeTexts = (locale: Locale) => WEB.get(locale).unsubscribe;
export const leaveTexts = (locale: Locale) => WEB.get(locale).leave;
