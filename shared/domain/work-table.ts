import type * as z from "zod/mini";
import type { Locale } from "./locale.ts";
import { numeralValue } from "./numeral.ts";
import type {
  admissionRecord,
  contactRecord,
  publicWorkTableRecord,
  workTableRecord,
  workTableTextsRecord,
} from "./records.ts";
import type { COUNSELLING_SERVICES } from "./vocabulary.ts";

export { COUNSELLING_SERVICES } from "./vocabulary.ts";
export type CounsellingService = (typeof COUNSELLING_SERVICES)[number];

/** Who may join a work table (see records.ts): open, with a religious community's mandate, or certain services. */
export type Admission = z.output<typeof admissionRecord>;

export const ADMISSION_RULES = ["open", "religious_mandate", "counselling_service"] as const;

export type Contact = z.output<typeof contactRecord>;

/** The texts of a work table in one language. German is the canonical text; others are optional translations. */
export type WorkTableTexts = z.output<typeof workTableTextsRecord>;

/** A work table as coordinators keep it (its shape: `workTableRecord` in records.ts). */
export type WorkTable = z.output<typeof workTableRecord>;

/** What anyone may see: no email address of a contact or deputy, texts in the reader's language. */
export type PublicWorkTable = z.output<typeof publicWorkTableRecord>;

export const WORK_TABLE_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function isWorkTableId(value: string): boolean {
  return WORK_TABLE_ID_PATTERN.test(value);
}

export function byNumeral(a: { numeral: string }, b: { numeral: string }): number {
  return numeralValue(a.numeral) - numeralValue(b.numeral);
}

/** What an applicant must add to an application for the given tables, derived from their admission rules. */
export function admissionRequirements(tables: readonly Pick<WorkTable, "admission">[]): {
  mandate: boolean;
  services: CounsellingService[] | null;
} {
  let mandate = false;
  let services: CounsellingService[] | null = null;
  for (const { admission } of tables) {
    if (admission.rule === "religious_mandate") mandate = true;
    if (admission.rule === "counselling_service") {
      services = services ? services.filter((s) => admission.services.includes(s)) : [...admission.services];
    }
  }
  return { mandate, services };
}

export function localizedTexts(table: WorkTable, locale: Locale): WorkTableTexts {
  const translation = locale === "de" ? undefined : table.translations?.[locale];
  return {
    name: translation?.name ?? table.name,
    description: translation?.description ?? table.description,
    audience: translation?.audience ?? table.audience,
  };
}
