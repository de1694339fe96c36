import type { z } from "zod/mini";
import type { Locale } from "../domain/locale.ts";
import { catalogue } from "./catalogue.ts";
import type { FieldTexts, TextPattern } from "./de/fields.ts";

export type { FieldTexts } from "./de/fields.ts";

/**
 * What people read when something they sent is not right: problem titles and details, field messages (see
 * de/fields.ts). Loaded only when a request goes wrong, in the request's language and German (the fallback).
 */
export const FIELDS = catalogue<FieldTexts, Locale>("fields", {
  de: async () => (await import("./de/fields.ts")).fields,
  en: async () => (await import("./en/fields.ts")).fields,
  uk: async () => (await import("./uk/fields.ts")).fields,
  ru: async () => (await import("./ru/fields.ts")).fields,
  ar: async () => (await import("./ar/fields.ts")).fields,
  tr: async () => (await import("./tr/fields.ts")).fields,
});

/** Loads what `problemText`, `fieldText` and `issueMessage` read: the language and German. */
export async function loadFieldTexts(locale: Locale): Promise<void> {
  await Promise.all([FIELDS.load(locale), FIELDS.load("de")]);
}

function matchPattern(patterns: readonly TextPattern[], text: string): string | undefined {
  for (const [pattern, say] of patterns) {
    const match = pattern.exec(text);
    if (match) return say(match);
  }
  return undefined;
}

/** A problem's title or detail in `locale`: English as the code wrote it, the other languages where worded, else German. */
export function problemText(locale: Locale, text: string): string {
  if (locale === "en") return text;
  const own = FIELDS.get(locale);
  const german = FIELDS.get("de");
  return (
    own.problems[text] ??
    matchPattern(own.problemPatterns, text) ??
    german.problems[text] ??
    matchPattern(german.problemPatterns, text) ??
    text
  );
}

/**
 * A field message in `locale`: a message the code wrote in English (a refinement's text) worded for people, in
 * German where the language has no words for it; a message already worded (the validator's, a field's own) as it is.
 */
export function fieldText(locale: Locale, text: string): string {
  const own = FIELDS.get(locale);
  const fallback = locale === "en" ? own : FIELDS.get("de");
  return (
    own.messages[text] ??
    matchPattern(own.messagePatterns, text) ??
    fallback.messages[text] ??
    matchPattern(fallback.messagePatterns, text) ??
    text
  );
}

/** The message for one issue the validator found, for people in `locale`, by the kind of issue. */
export function issueMessage(issue: z.core.$ZodIssue | z.core.$ZodRawIssue, locale: Locale): string {
  const t = FIELDS.get(locale).issues;
  const number = (value: unknown) => Number(value);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return t.required;
      return issue.expected === "int" && typeof issue.input === "number" ? t.wholeNumber : t.wrongType;
    case "too_small":
      if (issue.origin === "string") return number(issue.minimum) <= 1 ? t.empty : t.tooShort(number(issue.minimum));
      if (issue.origin === "array" || issue.origin === "set") return t.tooFew(number(issue.minimum));
      return t.tooSmall(number(issue.minimum));
    case "too_big":
      if (issue.origin === "string") return t.tooLong(number(issue.maximum));
      if (issue.origin === "array" || issue.origin === "set") return t.tooMany(number(issue.maximum));
      return t.tooBig(number(issue.maximum));
    case "invalid_format":
      if (issue.format === "email") return t.email;
      if (issue.format === "url") return t.url;
      if (issue.format === "datetime") return t.dateTime;
      return t.format;
    case "not_multiple_of":
      return t.wholeNumber;
    case "invalid_value":
      return issue.values.length > 0 && issue.values.length <= 12
        ? t.oneOf(issue.values.map((v) => String(v)).join(", "))
        : t.invalid;
    case "unrecognized_keys":
      return t.unknownField;
    case "invalid_union": {
      // A discriminated union: the discriminator names none of its options.
      const options = (issue as { options?: unknown[] }).options;
      return Array.isArray(options) && options.length > 0 && options.length <= 12
        ? t.oneOf(options.map((o) => String(o)).join(", "))
        : t.invalid;
    }
    default:
      return t.invalid;
  }
}

/**
 * The form field a path of the application's body belongs to: `mandate.community` and `mandate` are the form's
 * `mandateCommunity`, `workTableIds.2` is `workTableIds`.
 */
export function applicationField(path: string): string {
  const [first] = path.split(".");
  return first === "mandate" ? "mandateCommunity" : (first ?? "");
}

/** The application's own message for a path of its body (the API's and the form's), if the field has one. */
export function applicationFieldMessage(path: string, locale: Locale): string | undefined {
  return (FIELDS.get(locale).application as Record<string, string>)[applicationField(path)];
}

/** `text` in German when there is a German wording of it (problems and field messages), else as it is. */
export function germanProblemText(text: string): string {
  return problemText("de", text);
}

/** Whether a problem text has German words (the test that every `problem()` text has them). */
export function hasGermanProblemText(text: string): boolean {
  const german = FIELDS.get("de");
  return german.problems[text] !== undefined || matchPattern(german.problemPatterns, text) !== undefined;
}

/** Whether a field message the code writes has German and English words (for the test that each does). */
export function hasFieldText(text: string): boolean {
  return (["de", "en"] as const).every((locale) => {
    const texts = FIELDS.get(locale);
    return texts.messages[text] !== undefined || matchPattern(texts.messagePatterns, text) !== undefined;
  });
}
