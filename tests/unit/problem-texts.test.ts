import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIELDS, fieldText, germanProblemText, hasFieldText, hasGermanProblemText } from "../../shared/i18n/fields.ts";

beforeAll(() => FIELDS.loadAll());

/** Every source file of the shared code. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The literal titles and details given to `problem(c, status, title, detail)` anywhere in the code. */
function problemTexts(): string[] {
  const literal = String.raw`("(?:[^"\\]|\\.)*"|'[^']*'|\`[^\`]*\`)`;
  const call = new RegExp(String.raw`problem\(\s*c,\s*\d+,\s*${literal}(?:,\s*${literal})?`, "g");
  const texts = new Set<string>();
  for (const file of sourceFiles(new URL("../../shared", import.meta.url).pathname)) {
    for (const match of readFileSync(file, "utf8").matchAll(call)) {
      for (const quoted of match.slice(1)) {
        if (!quoted) continue;
        // A template's ${…} stands for a number or a word: the pattern must accept a sample in its place.
        const text = quoted.startsWith("`")
          ? quoted.slice(1, -1).replace(/\$\{[^}]+\}/g, "42")
          : JSON.parse(quoted.startsWith("'") ? `"${quoted.slice(1, -1).replace(/"/g, '\\"')}"` : quoted);
        texts.add(text);
      }
    }
  }
  return [...texts];
}

describe("the API's problem texts", () => {
  const texts = problemTexts();

  it("are found in the code (the scan works)", () => {
    expect(texts).toContain("Not Found");
    expect(texts).toContain("There is no work table with this id.");
    expect(texts.length).toBeGreaterThan(40);
  });

  it("each have a German wording, since German is the default of every message", () => {
    expect(texts.filter((text) => !hasGermanProblemText(text))).toEqual([]);
  });

  it("word numbers and names into the German text", () => {
    expect(germanProblemText("The body must not exceed 16384 bytes.")).toBe(
      "Der Inhalt darf höchstens 16384 Bytes groß sein.",
    );
    expect(germanProblemText("The numeral IV belongs to another work table.")).toBe(
      "Die Nummer IV gehört zu einem anderen Arbeitstisch.",
    );
  });
});

/**
 * The field messages the code writes in English: a refinement's or check's text (`message: "…"`, `error: "…"`, a
 * length check's text), which starts in lower case, as a validator's fragment does.
 */
function fieldMessagesInCode(): string[] {
  const patterns = [
    /\b(?:message|error):\s*"([a-z][^"]*)"/g,
    /\b(?:message|error):\s*'([a-z][^']*)'/g,
    /\b(?:message|error):\s*`([a-z][^`]*)`/g,
    /\bz\.(?:minLength|maxLength)\(\d+,\s*"([a-z][^"]*)"/g,
  ];
  const texts = new Set<string>();
  for (const file of sourceFiles(new URL("../../shared", import.meta.url).pathname)) {
    if (file.includes("/config/")) continue; // settings an operator reads in a start-up error, not people
    const source = readFileSync(file, "utf8");
    for (const pattern of patterns) {
      // A template's ${…} stands for a word: the pattern must accept a sample in its place.
      for (const match of source.matchAll(pattern)) texts.add((match[1] ?? "").replace(/\$\{[^}]+\}/g, "spring"));
    }
  }
  return [...texts];
}

describe("the field messages the code writes", () => {
  const texts = fieldMessagesInCode();

  it("are found in the code (the scan works)", () => {
    expect(texts).toContain("must be a single line without control characters");
    expect(texts.length).toBeGreaterThan(15);
  });

  it("each have words for people, in German and English", () => {
    expect(texts.filter((text) => !hasFieldText(text))).toEqual([]);
    for (const text of texts) {
      expect(fieldText("de", text)).toMatch(/^[A-ZÄÖÜ].*\.$/);
      expect(fieldText("en", text)).toMatch(/^[A-Z].*\.$/);
    }
  });
});
