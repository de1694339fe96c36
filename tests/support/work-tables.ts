import type { WorkTableInput } from "../../shared/domain/work-table-input.ts";

/** A valid admin body for a work table, with the given changes. */
export function workTableBody(overrides: Partial<Record<keyof WorkTableInput, unknown>> = {}) {
  return {
    numeral: "VI",
    name: "Wohnen",
    description: "Wohnraum für Zugewanderte in Schwerin.",
    audience: "Für Wohnungsunternehmen, Beratungsstellen und Engagierte.",
    admission: { rule: "open" },
    contact: { name: "Erika Muster", email: "erika.muster@example.org" },
    ...overrides,
  };
}
