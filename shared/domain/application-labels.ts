import type { Engagement, OrganisationType } from "./application.ts";
import type { Locale } from "./work-table.ts";

/** How organisation types and engagements read, for the form, the decision page and the mails. */
export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, Record<Locale, string>> = {
  public: { de: "Öffentlicher Träger (z. B. Verwaltung, Behörde)", en: "Public body (e.g. administration, authority)" },
  independent: { de: "Freier Träger", en: "Independent (non-governmental) provider" },
  association: { de: "Verein oder Initiative", en: "Association or initiative" },
  institution: { de: "Einrichtung (z. B. Schule, Kita, Kammer)", en: "Institution (e.g. school, day care, chamber)" },
  individual: { de: "Einzelperson", en: "Individual" },
};

export const ENGAGEMENT_LABELS: Record<Engagement, Record<Locale, string>> = {
  professional: { de: "beruflich", en: "professionally" },
  volunteer: { de: "ehrenamtlich", en: "as a volunteer" },
};
