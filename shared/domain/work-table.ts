import type { Locale } from "./locale.ts";
import { numeralValue } from "./numeral.ts";

export { LOCALES, type Locale } from "./locale.ts";

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

const SERVICE_NAMES: Record<CounsellingService, Record<Locale, string>> = {
  MBE: {
    de: "Migrationsberatung für erwachsene Zugewanderte (MBE)",
    en: "Migration counselling for adults (MBE)",
    // Machine translation, needs review by a native speaker.
    uk: "Міграційна консультація для дорослих іммігрантів (MBE)",
    // Machine translation, needs review by a native speaker.
    ru: "Миграционная консультация для взрослых иммигрантов (MBE)",
    // Machine translation, needs review by a native speaker.
    ar: "الاستشارة في شؤون الهجرة للمهاجرين البالغين (MBE)",
    // Machine translation, needs review by a native speaker.
    tr: "Yetişkin göçmenler için göç danışmanlığı (MBE)",
  },
  JMD: {
    de: "Jugendmigrationsdienst (JMD)",
    en: "Youth migration service (JMD)",
    // Machine translation, needs review by a native speaker.
    uk: "Молодіжна міграційна служба (JMD)",
    // Machine translation, needs review by a native speaker.
    ru: "Молодёжная миграционная служба (JMD)",
    // Machine translation, needs review by a native speaker.
    ar: "خدمة الهجرة للشباب (JMD)",
    // Machine translation, needs review by a native speaker.
    tr: "Gençlik Göç Servisi (JMD)",
  },
};

export function serviceName(service: CounsellingService, locale: Locale): string {
  return SERVICE_NAMES[service][locale];
}

/** The sentences of admissionSummary; `services` gets the names of the services in the reader's language. */
const ADMISSION_SUMMARIES: Record<
  Locale,
  { open: string; religiousMandate: string; services: (names: readonly string[]) => string }
> = {
  de: {
    open: "Offen für die beschriebene Zielgruppe.",
    religiousMandate: "Nur mit Mandat einer Religionsgemeinschaft.",
    services: (names) => `Nur für staatlich geförderte ${names.join(" und ")}.`,
  },
  en: {
    open: "Open to the audience described.",
    religiousMandate: "Only with the mandate of a religious community.",
    // Inside an English sentence the service names are not capitalised ("state-funded migration counselling").
    services: (names) =>
      `Only for state-funded ${names.map((name) => name.charAt(0).toLowerCase() + name.slice(1)).join(" and ")}.`,
  },
  // Machine translation, needs review by a native speaker.
  uk: {
    open: "Відкрито для описаної цільової групи.",
    religiousMandate: "Лише з мандатом релігійної громади.",
    services: (names) => `Лише для державно фінансованих служб: ${names.join(" і ")}.`,
  },
  // Machine translation, needs review by a native speaker.
  ru: {
    open: "Открыто для описанной целевой группы.",
    religiousMandate: "Только с мандатом религиозной общины.",
    services: (names) => `Только для служб, финансируемых государством: ${names.join(" и ")}.`,
  },
  // Machine translation, needs review by a native speaker.
  ar: {
    open: "مفتوح للفئة المستهدفة الموصوفة.",
    religiousMandate: "فقط بتفويض من جماعة دينية.",
    // The Arabic "and" (و) is written joined to the word that follows it.
    services: (names) => `فقط للخدمات المموّلة من الدولة: ${names.join(" و")}.`,
  },
  // Machine translation, needs review by a native speaker.
  tr: {
    open: "Tanımlanan hedef kitleye açıktır.",
    religiousMandate: "Yalnızca bir dini topluluğun yetkilendirmesiyle.",
    services: (names) => `Yalnızca devlet tarafından desteklenen hizmetler için: ${names.join(" ve ")}.`,
  },
};

/** One sentence that tells a reader who may join, in their language. */
export function admissionSummary(admission: Admission, locale: Locale): string {
  const texts = ADMISSION_SUMMARIES[locale];
  switch (admission.rule) {
    case "open":
      return texts.open;
    case "religious_mandate":
      return texts.religiousMandate;
    case "counselling_service":
      return texts.services(admission.services.map((s) => serviceName(s, locale)));
  }
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

export function toPublicWorkTable(table: WorkTable, locale: Locale): PublicWorkTable {
  return {
    id: table.id,
    numeral: table.numeral,
    ...localizedTexts(table, locale),
    admission: { ...table.admission, summary: admissionSummary(table.admission, locale) },
    contact: { name: table.contact.name },
  };
}
