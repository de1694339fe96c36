import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PERSONAL_DATA_RETENTION } from "../../shared/domain/retention.ts";
import { DEFAULT_NOTICES } from "../../shared/i18n/de/notices.ts";

/**
 * The record of processing (docs/datenschutz.md), the privacy page (docs/privacy.md) and the privacy notice state the
 * retention rules the code enforces.
 */
const doc = readFileSync(new URL("../../docs/datenschutz.md", import.meta.url), "utf8");
const privacy = readFileSync(new URL("../../docs/privacy.md", import.meta.url), "utf8");

/** The rows of a retention table: `| \`rule\` | … | <n> <unit> | … |`. */
function retentionRows(text: string): Map<string, { n: number; unit: string }> {
  const rows = new Map<string, { n: number; unit: string }>();
  for (const match of text.matchAll(
    /^\|\s*`(\w+)`\s*\|.*?\|\s*(\d+)\s+(Tage?|Monate?|Jahre?|days?|months?|years?)\s*\|/gm,
  )) {
    rows.set(match[1] as string, { n: Number(match[2]), unit: (match[3] as string).toLowerCase() });
  }
  return rows;
}

const UNIT: Record<string, string> = { Days: "tag", Months: "monat", Years: "jahr" };
const ENGLISH: Record<string, string> = { Days: "day", Months: "month", Years: "year" };

describe("the retention rules as documented", () => {
  for (const [name, document] of [
    ["docs/datenschutz.md", doc],
    ["docs/privacy.md", privacy],
  ] as const) {
    it(`${name} lists every rule with the code's number and unit`, () => {
      const rows = retentionRows(document);
      expect([...rows.keys()].sort()).toEqual(Object.keys(PERSONAL_DATA_RETENTION).sort());
      for (const [rule, value] of Object.entries(PERSONAL_DATA_RETENTION)) {
        const unit = rule.match(/(Days|Months|Years)$/)?.[1] as string;
        const row = rows.get(rule);
        expect(row?.n, rule).toBe(value);
        expect(row?.unit.startsWith(UNIT[unit] as string) || row?.unit.startsWith(ENGLISH[unit] as string), rule).toBe(
          true,
        );
      }
    });
  }

  it("the privacy notice's default names each period", () => {
    const R = PERSONAL_DATA_RETENTION;
    for (const phrase of [
      `${R.unconfirmedDays} Tage`,
      `${R.declinedMonths} Monate`,
      `${R.acceptedYears} Jahre`,
      `${R.sentMailDays} Tage`,
      `${R.failedMailDays} Tage`,
      `${R.attendanceYears} Jahre nach dem Termin`,
      `${R.minutesYears} Jahre nach dem Termin`,
      `${R.auditYears} Jahre`,
    ]) {
      expect(DEFAULT_NOTICES.datenschutz).toContain(phrase);
    }
  });
});
