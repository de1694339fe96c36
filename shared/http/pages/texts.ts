import type { Locale } from "../../domain/work-table.ts";

/** Everything a page says, German first. One object per language keeps the two in step. */
const texts = {
  de: {
    network: "Netzwerk Migration Schwerin",
    skip: "Zum Inhalt springen",
    headerLabel: "Kopfbereich",
    languageNav: "Sprache",
    otherLanguage: { code: "en", label: "English" },
    homeTitle: "Arbeitstische",
    homeIntro:
      "Das Netzwerk Migration ist ein freiwilliger Zusammenschluss öffentlicher und freier Träger, Organisationen, Vereine und engagierter Einzelpersonen, die sich beruflich oder ehrenamtlich für die Integration in Schwerin einsetzen. Die Arbeit geschieht in thematischen Arbeitstischen; zweimal im Jahr treffen sich alle Netzwerkpartner:innen zur Frühjahrs- und Herbsttagung.",
    workTable: "Arbeitstisch",
    audience: "Zielgruppe",
    admission: "Zugang",
    contact: "Ansprechpartner:in",
    noTables: "Derzeit sind keine Arbeitstische eingetragen.",
    footerLabel: "Fußbereich",
    footer: "Die Netzwerkarbeit wird von der Fachstelle Chancengleichheit der Landeshauptstadt Schwerin koordiniert.",
    legalNav: "Rechtliches",
    germanOnly: "",
    notFoundTitle: "Seite nicht gefunden",
    notFoundText: "Diese Seite gibt es nicht.",
    backHome: "Zur Übersicht der Arbeitstische",
  },
  en: {
    network: "Netzwerk Migration Schwerin (Migration Network)",
    skip: "Skip to content",
    headerLabel: "Header",
    languageNav: "Language",
    otherLanguage: { code: "de", label: "Deutsch" },
    homeTitle: "Work tables",
    homeIntro:
      "The Netzwerk Migration is a voluntary alliance of public and independent organisations, associations and committed individuals who work, professionally or as volunteers, for integration in Schwerin. The work happens in thematic work tables; twice a year all network partners meet at the spring and autumn conference.",
    workTable: "Work table",
    audience: "Audience",
    admission: "Admission",
    contact: "Contact person",
    noTables: "No work tables are listed at the moment.",
    footerLabel: "Footer",
    footer: "The network is coordinated by the Equal Opportunities Office of the City of Schwerin.",
    legalNav: "Legal",
    germanOnly: "This notice is available in German; the German text applies.",
    notFoundTitle: "Page not found",
    notFoundText: "This page does not exist.",
    backHome: "To the list of work tables",
  },
} as const;

export type PageTexts = (typeof texts)[Locale];

export function pageTexts(locale: Locale): PageTexts {
  return texts[locale];
}
