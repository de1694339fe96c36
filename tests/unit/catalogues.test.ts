import { describe, expect, it } from "vitest";
import { LOCALES, MACHINE_TRANSLATED } from "../../shared/domain/locale.ts";
import { LANGUAGE_NAMES } from "../../shared/i18n/languages.ts";
import { I18N_AREAS } from "../support/texts.ts";

const table = { numeral: "II", name: "Gesellschaftliche Integration" };
const at = "2027-04-22T07:00:00Z";
/** What a mail's data or links may hold: every field any text function reads, with a plausible value. */
const DATA = {
  ...table,
  table,
  tables: [table],
  routes: [{ table, contactName: "Kim Beispiel" }],
  applicantName: "Ada Beispiel",
  contactName: "Kim Beispiel",
  partnerName: "Pat Beispiel",
  organisation: "Verein Neu",
  organisationType: "association",
  engagement: "volunteer",
  applicantLocale: "uk",
  outcome: "accept",
  note: "Willkommen",
  items: [{ table, contactName: "Kim Beispiel", submittedAt: at, applicationId: "a1" }],
  escalatedAfterDays: 14,
  remindedAfterDays: 7,
  event: "locked",
  at,
  lockedUntil: at,
  by: "koordination@example.org",
  submittedAt: at,
  confirm: "https://example.org/c",
  decide: "https://example.org/d",
  signIn: "https://example.org/s",
  column: "name",
  code: "too_big",
  maximum: 120,
};

/** Arguments a text function is tried with, in turn, until one gives a whole text (numbers, names, lists, data). */
const SAMPLES: unknown[][] = [
  [2, 3, 4, 5, 6, 7],
  ["Probe", "Beispiel", "Muster", "Vorlage", "Text", "Wort"],
  [["Migrationsberatung", "Jugendmigrationsdienst"]],
  [/(\w+) (\w+) (\w+)/.exec("spring autumn 42") as RegExpExecArray],
  [DATA, DATA, DATA],
];

const whole = (text: string) => !/undefined|\[object |NaN/.test(text);

function call(fn: (...args: unknown[]) => unknown): string {
  let last = "";
  for (const args of SAMPLES) {
    try {
      const value = fn(...args);
      last = typeof value === "string" ? value : value && typeof value === "object" ? JSON.stringify(value) : "";
      if (last && whole(last)) return last;
    } catch {
      // This function takes other arguments: the next sample.
    }
  }
  return last;
}

/** Every text of a catalogue by its path: strings as they are, functions called with sample arguments. */
function textsOf(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  if (typeof value === "function") return { [prefix]: call(value as (...args: unknown[]) => unknown) };
  if (Array.isArray(value) || value === null || typeof value !== "object") return {};
  return Object.assign(
    {},
    ...Object.entries(value).map(([key, inner]) => textsOf(inner, prefix ? `${prefix}.${key}` : key)),
  );
}

/**
 * Paths holding texts keyed by the code's English wording, where a language gives only what its readers can meet
 * (the rest falls back to German, by design): each text there must exist in German and be written, that is all.
 */
const PARTIAL = [/^problems\./, /^messages\./];

/** Keys whose German text is empty on purpose: a remark other languages need and German does not. */
const EMPTY_IN_GERMAN = new Set(["page.germanOnly"]);

describe.each(I18N_AREAS)("the $name texts", ({ catalogue }) => {
  it("have every key of the German ones, with a text, in every language", async () => {
    const all = (await catalogue.loadAll()) as Record<string, unknown>;
    const german = textsOf(all.de);
    for (const [locale, texts] of Object.entries(all).map(([l, t]) => [l, textsOf(t)] as const)) {
      const full = (key: string) => !PARTIAL.some((p) => p.test(key));
      expect(Object.keys(texts).filter(full).toSorted(), locale).toEqual(Object.keys(german).filter(full).toSorted());
      for (const [key, text] of Object.entries(texts)) {
        if (!full(key) && locale !== "en") expect(german[key], `${locale}.${key} has no German`).toBeDefined();
        if (locale === "de" && EMPTY_IN_GERMAN.has(key)) continue;
        expect(text.trim(), `${locale}.${key}`).not.toBe("");
        expect(text, `${locale}.${key}`).not.toMatch(/undefined|\[object /);
      }
    }
  });

  it("are translated in the machine-translated languages, not copies of the English ones", async () => {
    const all = (await catalogue.loadAll()) as Record<string, unknown>;
    if (!all.en) return;
    const english = textsOf(all.en);
    for (const locale of MACHINE_TRANSLATED.filter((l) => l in all)) {
      const texts = textsOf(all[locale]);
      const keys = Object.keys(english).filter((key) => key in texts && /\p{L}{4}/u.test(english[key] ?? ""));
      const same = keys.filter((key) => texts[key] === english[key]);
      // Names such as "MBE" may stay; most texts must differ.
      expect(same.length, `${locale}: ${same.join(", ")}`).toBeLessThanOrEqual(Math.floor(keys.length / 4));
    }
  });
});

describe("the languages", () => {
  it("each have their own name, written in their own letters", () => {
    expect(Object.keys(LANGUAGE_NAMES).toSorted()).toEqual([...LOCALES].toSorted());
    expect(LANGUAGE_NAMES.uk).toMatch(/^[\u0400-\u04FF]+$/);
    expect(LANGUAGE_NAMES.ru).toMatch(/^[\u0400-\u04FF]+$/);
    expect(LANGUAGE_NAMES.ar).toMatch(/^[\u0600-\u06FF]+$/);
  });
});
