import { describe, expect, it } from "vitest";
import { en } from "zod/locales";
import { workTableInputSchema } from "../../shared/domain/work-table-input.ts";
import { toFieldErrors } from "../../shared/http/json-body.ts";
import { workTableBody } from "../support/work-tables.ts";

const valid = workTableBody({
  numeral: "vi",
  name: " Wohnen ",
  description: "Wohnraum für Zugewanderte.\nMit zweiter Zeile.",
  contact: { name: "Erika Muster", email: "Erika.Muster@Example.org" },
});

function errorsOf(input: unknown) {
  const result = workTableInputSchema().safeParse(input, { error: en().localeError });
  return result.success ? [] : toFieldErrors(result.error.issues);
}

describe("work table input", () => {
  it("normalises what a coordinator typed: numeral upper-cased, texts trimmed, email lower-cased", () => {
    const result = workTableInputSchema().parse(valid);
    expect(result.numeral).toBe("VI");
    expect(result.name).toBe("Wohnen");
    expect(result.contact.email).toBe("erika.muster@example.org");
    expect(result.description).toContain("\n");
  });

  it("names every invalid field", () => {
    const errors = errorsOf({
      ...valid,
      numeral: "IIII",
      name: "",
      admission: { rule: "counselling_service", services: [] },
      contact: { name: "Erika", email: "not-an-address" },
    });
    expect(errors.map((e) => e.path).sort()).toEqual(["admission.services", "contact.email", "name", "numeral"]);
  });

  it("refuses a line break in a name, which could otherwise forge a mail header", () => {
    const errors = errorsOf({ ...valid, contact: { name: "Eve\r\nBcc: all@example.org", email: "eve@example.org" } });
    expect(errors).toEqual([{ path: "contact.name", message: "must be a single line without control characters" }]);
  });

  it("refuses unknown fields and unknown admission rules instead of ignoring them", () => {
    expect(errorsOf({ ...valid, contactEmail: "x@example.org" })[0]?.message).toContain("contactEmail");
    expect(errorsOf({ ...valid, admission: { rule: "by_invitation" } }).map((e) => e.path)).toEqual(["admission.rule"]);
  });

  it("accepts a deputy and English texts, and null to remove a deputy", () => {
    expect(
      errorsOf({
        ...valid,
        deputy: { name: "Max Muster", email: "max@example.org" },
        translations: { en: { name: "Housing", description: "Housing.", audience: "For landlords." } },
      }),
    ).toEqual([]);
    expect(errorsOf({ ...valid, deputy: null })).toEqual([]);
  });
});
