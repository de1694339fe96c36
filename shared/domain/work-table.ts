import type { Locale } from "./locale.ts";
import { numeralValue } from "./numeral.ts";

/** State-funded counselling services a work table may be limited to. */
export const COUNSELLING_SERVICES = ["MBE", "JMD"] as const;
export type CounsellingService = (typeof COUNSELLING_SERVICES)[number];

/**
 * Who may join a work table. Data, not code branches on ids: a coordinator can give any table any rule.
 * - `open`: anyone of the audience the table describes
 * - `religious_mandate`: only with the mandate of a religious community (applicants name the community)
 * - `counselling_service`: only the listed state-funded counselling services (applicants name theirs)
 */
export type Admission =
  | { rule: "open" }
  | { rule: "religious_mandate" }
  | { rule: "counselling_service"; services: CounsellingService[] };

export const ADMISSION_RULES = ["open", "religious_mandate", "counselling_service"] as const;

export interface Contact {
  name: string;
  email: string;
}

/** The texts of a work table in one language. German is the canonical text; others are optional translations. */
export interface WorkTableTexts {
  name: string;
  description: string;
  audience: string;
}

export interface WorkTable extends WorkTableTexts {
  id: string;
  numeral: string;
  admission: Admission;
  contact: Contact;
  /** Receives the table's applications instead of the contact while set (e.g. during a leave). */
  deputy?: Contact;
  translations?: Partial<Record<Exclude<Locale, "de">, WorkTableTexts>>;
  createdAt: string;
  updatedAt: string;
  /**
   * Set while the table is archived: it is on no public page and in no form, its history stays, and its numeral
   * is free for another table.
   */
  archivedAt?: string;
}

/** What anyone may see: no email address of a contact or deputy, texts in the reader's language. */
export interface PublicWorkTable extends WorkTableTexts {
  id: string;
  numeral: string;
  admission: Admission & { summary: string };
  contact: { name: string };
}

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
