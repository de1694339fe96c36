import type { Engagement, OrganisationType } from "./application.ts";
import type { Locale } from "./locale.ts";

/** How organisation types and engagements read, for the form, the decision page and the mails. */
export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, Record<Locale, string>> = {
  public: {
    de: "Öffentlicher Träger (z. B. Verwaltung, Behörde)",
    en: "Public body (e.g. administration, authority)",
    // Machine translation, needs review by a native speaker.
    uk: "Державна установа (наприклад, адміністрація, орган влади)",
    ru: "Государственное учреждение (например, администрация, ведомство)",
    ar: "جهة عامة (مثل الإدارة أو السلطات الحكومية)",
    tr: "Kamu kurumu (ör. idare, resmî makam)",
  },
  independent: {
    de: "Freier Träger",
    en: "Independent (non-governmental) provider",
    // Machine translation, needs review by a native speaker.
    uk: "Недержавна організація",
    ru: "Негосударственная организация",
    ar: "جهة مستقلة غير حكومية",
    tr: "Sivil toplum kuruluşu",
  },
  association: {
    de: "Verein oder Initiative",
    en: "Association or initiative",
    // Machine translation, needs review by a native speaker.
    uk: "Громадське об’єднання або ініціатива",
    ru: "Общественное объединение или инициатива",
    ar: "جمعية أو مبادرة",
    tr: "Dernek veya girişim",
  },
  institution: {
    de: "Einrichtung (z. B. Schule, Kita, Kammer)",
    en: "Institution (e.g. school, day care, chamber)",
    // Machine translation, needs review by a native speaker.
    uk: "Заклад (наприклад, школа, дитячий садок, професійна палата)",
    ru: "Учреждение (например, школа, детский сад, профессиональная палата)",
    ar: "مؤسسة (مثل مدرسة أو روضة أطفال أو غرفة مهنية)",
    tr: "Kurum (ör. okul, kreş, meslek odası)",
  },
  individual: {
    de: "Einzelperson",
    en: "Individual",
    // Machine translation, needs review by a native speaker.
    uk: "Приватна особа",
    ru: "Частное лицо",
    ar: "فرد",
    tr: "Bireysel katılımcı",
  },
};

/** Read after the form's "I am involved" (a choice) and as a value on the decision page. */
export const ENGAGEMENT_LABELS: Record<Engagement, Record<Locale, string>> = {
  professional: {
    de: "beruflich",
    en: "professionally",
    // Machine translation, needs review by a native speaker.
    uk: "професійна",
    ru: "профессиональное",
    ar: "مهنية",
    tr: "mesleki olarak",
  },
  volunteer: {
    de: "ehrenamtlich",
    en: "as a volunteer",
    // Machine translation, needs review by a native speaker.
    uk: "волонтерська",
    ru: "волонтёрское",
    ar: "تطوعية",
    tr: "gönüllü olarak",
  },
};
