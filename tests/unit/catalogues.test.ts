import { beforeAll, describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../shared/domain/locale.ts";
import { COUNSELLING_SERVICES } from "../../shared/domain/work-table.ts";
import { FIELD_MESSAGES } from "../../shared/http/application-field-messages.ts";
import { applicationTexts } from "../../shared/http/pages/application-texts.ts";
import { pageTexts } from "../../shared/http/pages/texts.ts";
import { admissionSummary, LABELS, labelsOf, serviceName } from "../../shared/i18n/labels.ts";
import { LANGUAGE_NAMES } from "../../shared/i18n/languages.ts";

/** Every text of a catalogue entry: strings as they are, functions called with sample arguments. */
function textsOf(entry: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entry).map(([key, value]) => [
      key,
      typeof value === "function" ? String(value("person@example.org", true, 2)) : String(value),
    ]),
  );
}

/** Keys whose German text is empty on purpose: a remark other languages need and German does not. */
const EMPTY_IN_GERMAN = new Set(["germanOnly"]);

const catalogues: [string, (locale: Locale) => Record<string, unknown>][] = [
  ["page texts", (locale) => pageTexts(locale)],
  ["form and link page texts", (locale) => applicationTexts(locale)],
  [
    "form field messages",
    (locale) => Object.fromEntries(Object.entries(FIELD_MESSAGES).map(([k, v]) => [k, v[locale]])),
  ],
  ["organisation types", (locale) => labelsOf(locale).organisationTypes],
  ["engagements", (locale) => labelsOf(locale).engagements],
  ["consent texts", (locale) => labelsOf(locale).consent],
  ["notice titles", (locale) => labelsOf(locale).noticeTitles],
  [
    "services and admission",
    (locale) => ({
      ...Object.fromEntries(COUNSELLING_SERVICES.map((s) => [s, serviceName(s, locale)])),
      open: admissionSummary({ rule: "open" }, locale),
      mandate: admissionSummary({ rule: "religious_mandate" }, locale),
      services: admissionSummary({ rule: "counselling_service", services: ["MBE", "JMD"] }, locale),
    }),
  ],
  ["language names", (locale) => ({ name: LANGUAGE_NAMES[locale], german: labelsOf("de").languages[locale] })],
];

beforeAll(() => LABELS.loadAll());

describe("the catalogues", () => {
  it.each(catalogues)("%s have every key of the German one, with a text, in every language", (_name, of) => {
    const german = textsOf(of("de"));
    for (const locale of LOCALES) {
      const texts = textsOf(of(locale));
      expect(Object.keys(texts).toSorted(), locale).toEqual(Object.keys(german).toSorted());
      for (const [key, text] of Object.entries(texts)) {
        if (locale === "de" && EMPTY_IN_GERMAN.has(key)) continue;
        expect(text.trim(), `${locale}.${key}`).not.toBe("");
        expect(text, `${locale}.${key}`).not.toMatch(/undefined|\[object /);
      }
    }
  });

  it.each(catalogues)("%s are translated, not copies of the English ones", (_name, of) => {
    const english = textsOf(of("en"));
    for (const locale of ["uk", "ru", "ar", "tr"] as const) {
      const texts = textsOf(of(locale));
      const keys = Object.keys(english).filter((key) => /\p{L}{4}/u.test(english[key] ?? ""));
      const same = keys.filter((key) => texts[key] === english[key]);
      // Names such as "MBE" may stay; most texts must differ.
      expect(same.length, `${locale}: ${same.join(", ")}`).toBeLessThanOrEqual(Math.floor(keys.length / 4));
    }
  });

  it("write each script in its own letters: Cyrillic, Arabic and Turkish texts", () => {
    expect(pageTexts("uk").homeTitle).toMatch(/[\u0400-\u04FF]/);
    expect(pageTexts("ru").homeTitle).toMatch(/[\u0400-\u04FF]/);
    expect(pageTexts("ar").homeTitle).toMatch(/[\u0600-\u06FF]/);
    expect(applicationTexts("tr").formTitle).toMatch(/^[\p{Script=Latin}\s]+$/u);
  });
});
