import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import de from "zod/v4/locales/de.js";
import en from "zod/v4/locales/en.js";
import { applicationInputSchema, decisionInputSchema } from "../../shared/domain/application-input.ts";
import { LOCALES, type Locale } from "../../shared/domain/locale.ts";
import { rsvpInputSchema } from "../../shared/domain/rsvp-input.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { body, jsonRequest, testApp, testSigner } from "../support/app.ts";
import { createTestTable, type TestTable } from "../support/tables.ts";

/**
 * Every message about a field, on the public JSON routes, in every language of the public pages: written for
 * people, in the language asked for, never a validation library's default wording, never English outside English.
 */
let table: TestTable;
let built: ReturnType<typeof testApp>;

beforeAll(async () => {
  table = await createTestTable("field-messages");
  built = testApp(table);
  await loadSeed(built.deps.workTables);
});
afterAll(() => table.drop());

/** Every field wrong at once, and an unknown one. */
const everyFieldWrong = {
  workTableIds: [],
  name: "",
  email: "keine-adresse",
  organisation: "",
  organisationType: "verein",
  engagement: 3,
  mandate: { community: "" },
  service: "XYZ",
  message: "",
  consent: false,
  locale: "xx",
  website: "http://spam.example",
  religion: "x",
};
/** The fields right, the admission rules not: a table that needs a mandate, one that needs a service, none at all. */
const admissionWrong = {
  workTableIds: ["interreligioeser-dialog", "beratung", "gibt-es-nicht"],
  name: "Ada Beispiel",
  email: "ada@example.org",
  organisationType: "association",
  engagement: "volunteer",
  consent: true,
};

/** What zod says by itself, in English and German, for the same bodies: none of it may reach anyone. */
function defaultTexts(): Set<string> {
  const texts = new Set(["Invalid input"]);
  const cases: [z.ZodMiniType, unknown][] = [
    [applicationInputSchema(), everyFieldWrong],
    [decisionInputSchema(), { decision: "vielleicht", note: "\u0000", extra: 1 }],
    [rsvpInputSchema(), { answer: "vielleicht" }],
    [applicationInputSchema(), {}],
  ];
  for (const locale of [en(), de()]) {
    for (const [schema, data] of cases) {
      const result = schema.safeParse(data, { error: locale.localeError });
      for (const issue of result.error?.issues ?? []) texts.add(issue.message);
    }
  }
  return texts;
}

const ENGLISH = /\b(please|must|the|is|invalid|required|expected|field|choose|enter|should|received)\b/i;

async function problemsIn(locale: Locale) {
  const headers = { "Accept-Language": locale };
  const answers = [
    await built.app.request("/api/applications", jsonRequest("POST", everyFieldWrong, headers)),
    await built.app.request("/api/applications", jsonRequest("POST", admissionWrong, headers)),
    await built.app.request(
      `/api/decisions/${testSigner.sign("decide", "x|y", new Date(Date.now() + 60_000))}`,
      jsonRequest("POST", { decision: "vielleicht", note: "\u0000", extra: 1 }, headers),
    ),
    await built.app.request(
      `/api/rsvp/${testSigner.sign("rsvp", "x|y", new Date(Date.now() + 60_000))}`,
      jsonRequest("POST", { answer: "vielleicht" }, headers),
    ),
  ];
  for (const answer of answers) expect(answer.status).toBe(422);
  return Promise.all(answers.map((a) => body(a))) as Promise<
    { title: string; detail: string; errors: { path: string; message: string }[] }[]
  >;
}

describe("field messages on the public JSON routes", () => {
  const defaults = defaultTexts();

  it("name every invalid field of an application, with the form's own words", async () => {
    const [all, admission] = await problemsIn("de");
    const byPath = Object.fromEntries((all?.errors ?? []).map((e) => [e.path, e.message]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        "consent",
        "email",
        "engagement",
        "locale",
        "mandate.community",
        "message",
        "name",
        "organisation",
        "organisationType",
        "religion",
        "service",
        "website",
        "workTableIds",
      ].sort(),
    );
    expect(byPath.name).toBe(
      "Bitte geben Sie Ihren Namen an: eine Zeile, höchstens 120 Zeichen, ohne Links oder E-Mail-Adressen.",
    );
    expect(byPath.consent).toBe("Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.");
    expect(byPath.religion).toBe("Diese Angabe gibt es hier nicht. Bitte lassen Sie sie weg.");
    expect(byPath.locale).toBe("Bitte wählen Sie einen dieser Werte: de, en, uk, ru, ar, tr.");
    expect(admission?.errors.map((e) => e.path).sort()).toEqual(["mandate.community", "service", "workTableIds.2"]);
  });

  it.each(LOCALES)("in %s: no default text, and no English outside English", async (locale) => {
    const english = await problemsIn("en");
    const answers = await problemsIn(locale);
    answers.forEach((answer, i) => {
      const texts = [answer.title, answer.detail, ...answer.errors.map((e) => e.message)];
      for (const text of texts) {
        expect(defaults.has(text), text).toBe(false);
        expect(text).toMatch(/\S/);
      }
      if (locale === "en") return;
      for (const text of texts) expect(text, text).not.toMatch(ENGLISH);
      const englishByPath = new Map(english[i]?.errors.map((e) => [e.path, e.message]));
      for (const error of answer.errors) expect(error.message).not.toBe(englishByPath.get(error.path));
    });
  });
});
