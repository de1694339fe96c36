import { beforeAll, describe, expect, it } from "vitest";
import { isRomanNumeral, numeralValue } from "../../shared/domain/numeral.ts";
import { admissionRequirements, byNumeral, isWorkTableId, type WorkTable } from "../../shared/domain/work-table.ts";
import { admissionSummary, toPublicWorkTable } from "../../shared/i18n/labels.ts";
import { seedWorkTables } from "../../shared/seed/work-tables.ts";
import { loadAllTexts } from "../support/texts.ts";

beforeAll(loadAllTexts);

const table = (overrides: Partial<WorkTable> = {}): WorkTable => ({
  id: "beratung",
  numeral: "V",
  name: "Beratung",
  description: "Austausch der Beratungsdienste.",
  audience: "Für MBE und JMD.",
  admission: { rule: "counselling_service", services: ["MBE", "JMD"] },
  contact: { name: "Anett Kropp", email: "a.kropp@awo-schwerin.de" },
  deputy: { name: "Vertretung", email: "vertretung@example.org" },
  translations: { en: { name: "Counselling", description: "Exchange.", audience: "For MBE and JMD." } },
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  ...overrides,
});

describe("numerals", () => {
  it("accepts the numerals a network uses and refuses malformed ones", () => {
    for (const ok of ["I", "II", "III", "IV", "V", "IX", "XII", "XXXIX"]) expect(isRomanNumeral(ok)).toBe(true);
    for (const bad of ["", "IIII", "VX", "IC", "iv", "4", "XL", "I V"]) expect(isRomanNumeral(bad)).toBe(false);
  });

  it("orders work tables by the value of their numeral, not alphabetically", () => {
    const order = ["IX", "IV", "X", "I", "V", "II"].map((numeral) => ({ numeral })).sort(byNumeral);
    expect(order.map((t) => t.numeral)).toEqual(["I", "II", "IV", "V", "IX", "X"]);
    expect(numeralValue("XIV")).toBe(14);
  });
});

describe("work table ids", () => {
  it("are lowercase slugs", () => {
    expect(isWorkTableId("kita-uebergang-schule")).toBe(true);
    expect(isWorkTableId("Kita")).toBe(false);
    expect(isWorkTableId("-kita")).toBe(false);
    expect(isWorkTableId("a".repeat(65))).toBe(false);
  });
});

describe("admission rules are data", () => {
  it("the seed makes table III need a mandate and table V a state-funded MBE or JMD service", () => {
    const byNumeralOf = (n: string) => seedWorkTables.find((t) => t.input.numeral === n)?.input.admission;
    expect(byNumeralOf("III")).toEqual({ rule: "religious_mandate" });
    expect(byNumeralOf("V")).toEqual({ rule: "counselling_service", services: ["MBE", "JMD"] });
    for (const open of ["I", "II", "IV"]) expect(byNumeralOf(open)).toEqual({ rule: "open" });
  });

  it("derives what an applicant must add from the chosen tables' rules", () => {
    const open: Pick<WorkTable, "admission"> = { admission: { rule: "open" } };
    const mandate: Pick<WorkTable, "admission"> = { admission: { rule: "religious_mandate" } };
    const mbeOnly: Pick<WorkTable, "admission"> = { admission: { rule: "counselling_service", services: ["MBE"] } };
    const both: Pick<WorkTable, "admission"> = { admission: { rule: "counselling_service", services: ["MBE", "JMD"] } };
    expect(admissionRequirements([open])).toEqual({ mandate: false, services: null });
    expect(admissionRequirements([open, mandate])).toEqual({ mandate: true, services: null });
    expect(admissionRequirements([both, mbeOnly])).toEqual({ mandate: false, services: ["MBE"] });
  });

  it("describes each rule to the reader in German and English", () => {
    expect(admissionSummary({ rule: "religious_mandate" }, "de")).toBe("Nur mit Mandat einer Religionsgemeinschaft.");
    expect(admissionSummary({ rule: "counselling_service", services: ["MBE", "JMD"] }, "de")).toBe(
      "Nur für staatlich geförderte Migrationsberatung für erwachsene Zugewanderte (MBE) und Jugendmigrationsdienst (JMD).",
    );
    expect(admissionSummary({ rule: "open" }, "en")).toBe("Open to the audience described.");
  });
});

describe("the public view of a work table", () => {
  it("never carries an email address, of the contact or the deputy", () => {
    const view = toPublicWorkTable(table(), "de");
    expect(JSON.stringify(view)).not.toContain("@");
    expect(view.contact).toEqual({ name: "Anett Kropp" });
  });

  it("uses the English texts where there are some and German where not", () => {
    expect(toPublicWorkTable(table(), "en").name).toBe("Counselling");
    expect(toPublicWorkTable(table({ translations: undefined }), "en").name).toBe("Beratung");
    expect(toPublicWorkTable(table(), "de").name).toBe("Beratung");
  });
});
