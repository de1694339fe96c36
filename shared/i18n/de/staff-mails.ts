import { FOLLOW_UP_DAYS, RETENTION } from "../../domain/application.ts";
import type { AboutApplicant } from "../../domain/application-mail-data.ts";
import { longDate, tableName } from "../format.ts";
import { labelsOf } from "../labels.ts";
import type { StaffMailTexts } from "../mail-content.ts";
import { mails } from "./mails.ts";
import { tableWord } from "./words.ts";

const words = mails.words;
const tableLabel = mails.tableLabel;

/** The applicant's language, named in German for the contact person (mails queued before it was kept lack it). */
const applicantLanguage = (d: AboutApplicant): [string, string][] =>
  d.applicantLocale ? [["Sprache der antragstellenden Person", labelsOf("de").languages[d.applicantLocale]]] : [];

/**
 * The mails of an application's life to the network's staff: contact persons and coordinators read German, told
 * the applicant's language.
 */
export const staffMails: StaffMailTexts = {
  /** To a contact person: a new application of their table. */
  newApplication: (d, links) => ({
    language: "de",
    subject: `Neuer Antrag für ${tableWord().one} ${tableName(d.table)}`,
    greeting: words.dear(d.contactName),
    paragraphs: [
      `für den ${tableLabel(d.table)} ist ein neuer Antrag auf Mitarbeit eingegangen und von der antragstellenden Person bestätigt worden.`,
      "Bitte sehen Sie sich den Antrag an und entscheiden Sie über die Aufnahme. Die Seite zeigt alle Angaben; Sie brauchen kein Konto.",
    ],
    facts: [
      ["Name", d.applicantName],
      ...(d.organisation ? ([["Organisation", d.organisation]] as [string, string][]) : []),
      ["Art", labelsOf("de").organisationTypes[d.organisationType]],
      ["Engagement", labelsOf("de").engagements[d.engagement]],
      ...applicantLanguage(d),
    ],
    action: { label: "Antrag ansehen und entscheiden", url: links.decide ?? "" },
    after: [
      "Mit „Antworten“ erreichen Sie die antragstellende Person direkt.",
      `Der Link ist ${RETENTION.decisionLinkDays} Tage gültig und nur für diesen Antrag bestimmt. Bitte leiten Sie diese E-Mail nicht weiter.`,
    ],
  }),
  decisionReminder: (d, links) => {
    const language = applicantLanguage(d);
    return {
      language: "de",
      subject: `Erinnerung: Antrag für ${tableWord().one} ${d.table.numeral} wartet auf Ihre Entscheidung`,
      greeting: words.dear(d.contactName),
      paragraphs: [
        `seit dem ${longDate(d.submittedAt, "de")} wartet ein Antrag auf Mitarbeit im ${tableLabel(d.table)} auf Ihre Entscheidung.`,
        `Nach ${d.escalateAfterDays ?? FOLLOW_UP_DAYS.escalateAfter} Tagen ohne Entscheidung informieren wir die Koordination.`,
      ],
      ...(language.length > 0 ? { facts: language } : {}),
      action: { label: "Antrag ansehen und entscheiden", url: links.decide ?? "" },
    };
  },
  /** To the coordinators: the applications undecided for too long. */
  undecidedDigest: (d) => ({
    language: "de",
    subject: `${d.items.length} Antrag/Anträge seit über ${d.escalatedAfterDays ?? FOLLOW_UP_DAYS.escalateAfter} Tagen ohne Entscheidung`,
    greeting: words.hello,
    paragraphs: [
      `folgende Anträge auf Mitarbeit warten seit mehr als ${d.escalatedAfterDays ?? FOLLOW_UP_DAYS.escalateAfter} Tagen auf eine Entscheidung der Ansprechpartner:innen:`,
      d.items
        .map(
          (i) =>
            `• ${tableLabel(i.table)} (${i.contactName}), eingegangen am ${longDate(i.submittedAt, "de")}, Antrag ${i.applicationId}`,
        )
        .join("\n"),
      `Die Ansprechpartner:innen wurden nach ${d.remindedAfterDays ?? FOLLOW_UP_DAYS.remindAfter} Tagen bereits erinnert.`,
    ],
  }),
};
