import { FOLLOW_UP_DAYS, RETENTION } from "../domain/application.ts";
import { ENGAGEMENT_LABELS, ORGANISATION_TYPE_LABELS } from "../domain/application-labels.ts";
import type { MailData } from "../domain/mail.ts";
import { longDate, NETWORK, type Template, tableLabel } from "./render.ts";

type ApplicationMailKind = Exclude<keyof MailData, "conference" | "sign_in_link" | "member_removed">;

/**
 * The texts of the mails of an application's life (German with "Sie", English where the applicant chose it;
 * contact persons and coordinators read German). Every number in them comes from the rule it describes
 * (RETENTION, FOLLOW_UP_DAYS, or the setting the mail carries), so changing a rule changes the mail.
 */
export const applicationMails: { [K in ApplicationMailKind]: Template<MailData[K]> } = {
  // The address has not been confirmed yet: this mail may reach someone who never applied, so it carries no text
  // from the request (not even the name), only our own words and the tables' names. Nobody can use it to put
  // their words into a mail from the city's sender.
  confirm_submission: (d, locale, links) =>
    locale === "de"
      ? {
          subject: "Bitte bestätigen Sie Ihren Antrag beim Netzwerk Migration",
          greeting: "Guten Tag,",
          paragraphs: [
            `vielen Dank für Ihr Interesse an der Mitarbeit im ${NETWORK}. Sie möchten in folgenden Arbeitstischen mitarbeiten:`,
            d.tables.map((t) => `• ${tableLabel(t, locale)}`).join("\n"),
            "Bitte bestätigen Sie Ihre E-Mail-Adresse. Erst danach leiten wir Ihren Antrag an die zuständigen Ansprechpartner:innen weiter.",
          ],
          action: { label: "Antrag bestätigen", url: links.confirm ?? "" },
          after: [
            `Der Link ist ${RETENTION.unconfirmedDays} Tage gültig. Ohne Bestätigung löschen wir Ihre Angaben danach automatisch.`,
            "Falls Sie diesen Antrag nicht gestellt haben, können Sie diese E-Mail ignorieren.",
          ],
        }
      : {
          subject: "Please confirm your application to the Netzwerk Migration",
          greeting: "Hello,",
          paragraphs: [
            `thank you for your interest in the ${NETWORK}. You would like to join these work tables:`,
            d.tables.map((t) => `• ${tableLabel(t, locale)}`).join("\n"),
            "Please confirm your email address. Only then will we forward your application to the contact persons.",
          ],
          action: { label: "Confirm application", url: links.confirm ?? "" },
          after: [
            `The link is valid for ${RETENTION.unconfirmedDays} days. Without confirmation, your details are deleted automatically afterwards.`,
            "If you did not apply, please ignore this email.",
          ],
        },

  new_application: (d, _locale, links) => ({
    subject: `Neuer Antrag für Arbeitstisch ${d.table.numeral} – ${d.table.name}`,
    greeting: `Guten Tag ${d.contactName},`,
    paragraphs: [
      `für den ${tableLabel(d.table, "de")} ist ein neuer Antrag auf Mitarbeit eingegangen und von der antragstellenden Person bestätigt worden.`,
      "Bitte sehen Sie sich den Antrag an und entscheiden Sie über die Aufnahme. Die Seite zeigt alle Angaben; Sie brauchen kein Konto.",
    ],
    facts: [
      ["Name", d.applicantName],
      ...(d.organisation ? ([["Organisation", d.organisation]] as [string, string][]) : []),
      ["Art", ORGANISATION_TYPE_LABELS[d.organisationType].de],
      ["Engagement", ENGAGEMENT_LABELS[d.engagement].de],
    ],
    action: { label: "Antrag ansehen und entscheiden", url: links.decide ?? "" },
    after: [
      "Mit „Antworten“ erreichen Sie die antragstellende Person direkt.",
      `Der Link ist ${RETENTION.decisionLinkDays} Tage gültig und nur für diesen Antrag bestimmt. Bitte leiten Sie diese E-Mail nicht weiter.`,
    ],
  }),

  application_forwarded: (d, locale) =>
    locale === "de"
      ? {
          subject: "Ihr Antrag wurde weitergeleitet",
          greeting: `Guten Tag ${d.applicantName},`,
          paragraphs: [
            "vielen Dank für Ihre Bestätigung. Wir haben Ihren Antrag weitergeleitet an:",
            d.routes.map((r) => `• ${tableLabel(r.table, locale)}: ${r.contactName}`).join("\n"),
            "Die Ansprechpartner:innen entscheiden über die Aufnahme. Sie erhalten von uns eine Nachricht, sobald entschieden ist.",
          ],
        }
      : {
          subject: "Your application has been forwarded",
          greeting: `Dear ${d.applicantName},`,
          paragraphs: [
            "thank you for confirming. We have forwarded your application to:",
            d.routes.map((r) => `• ${tableLabel(r.table, locale)}: ${r.contactName}`).join("\n"),
            "The contact persons decide on admission. We will let you know as soon as they have decided.",
          ],
        },

  application_decided: (d, locale) => {
    const accepted = d.outcome === "accept";
    const note = d.note
      ? locale === "de"
        ? [`Anmerkung der Ansprechpartner:in: ${d.note}`]
        : [`Note from the contact person: ${d.note}`]
      : [];
    return locale === "de"
      ? {
          subject: accepted
            ? `Willkommen im Arbeitstisch ${d.table.numeral} – ${d.table.name}`
            : `Ihr Antrag für Arbeitstisch ${d.table.numeral} – ${d.table.name}`,
          greeting: `Guten Tag ${d.applicantName},`,
          paragraphs: accepted
            ? [
                `Ihr Antrag auf Mitarbeit im ${tableLabel(d.table, locale)} wurde angenommen. Herzlich willkommen!`,
                "Als Netzwerkpartner:in erhalten Sie künftig auch die Einladungen zur Frühjahrs- und Herbsttagung.",
                ...note,
              ]
            : [
                `Ihr Antrag auf Mitarbeit im ${tableLabel(d.table, locale)} wurde leider nicht angenommen.`,
                ...note,
                `Ihre Angaben zu diesem Antrag werden nach ${RETENTION.declinedMonths} Monaten gelöscht.`,
              ],
        }
      : {
          subject: accepted
            ? `Welcome to work table ${d.table.numeral} – ${d.table.name}`
            : `Your application for work table ${d.table.numeral} – ${d.table.name}`,
          greeting: `Dear ${d.applicantName},`,
          paragraphs: accepted
            ? [
                `Your application to join ${tableLabel(d.table, locale)} has been accepted. Welcome!`,
                "As a network partner you will also receive the invitations to the spring and autumn conference.",
                ...note,
              ]
            : [
                `Unfortunately, your application to join ${tableLabel(d.table, locale)} has not been accepted.`,
                ...note,
                `The details of this application will be deleted after ${RETENTION.declinedMonths} months.`,
              ],
        };
  },

  decision_reminder: (d, _locale, links) => ({
    subject: `Erinnerung: Antrag für Arbeitstisch ${d.table.numeral} wartet auf Ihre Entscheidung`,
    greeting: `Guten Tag ${d.contactName},`,
    paragraphs: [
      `seit dem ${longDate(d.submittedAt, "de")} wartet ein Antrag auf Mitarbeit im ${tableLabel(d.table, "de")} auf Ihre Entscheidung.`,
      `Nach ${d.escalateAfterDays ?? FOLLOW_UP_DAYS.escalateAfter} Tagen ohne Entscheidung informieren wir die Koordination.`,
    ],
    action: { label: "Antrag ansehen und entscheiden", url: links.decide ?? "" },
  }),

  undecided_digest: (d) => ({
    subject: `${d.items.length} Antrag/Anträge seit über ${d.escalatedAfterDays ?? FOLLOW_UP_DAYS.escalateAfter} Tagen ohne Entscheidung`,
    greeting: "Guten Tag,",
    paragraphs: [
      `folgende Anträge auf Mitarbeit warten seit mehr als ${d.escalatedAfterDays ?? FOLLOW_UP_DAYS.escalateAfter} Tagen auf eine Entscheidung der Ansprechpartner:innen:`,
      d.items
        .map(
          (i) =>
            `• ${tableLabel(i.table, "de")} (${i.contactName}), eingegangen am ${longDate(i.submittedAt, "de")}, Antrag ${i.applicationId}`,
        )
        .join("\n"),
      `Die Ansprechpartner:innen wurden nach ${d.remindedAfterDays ?? FOLLOW_UP_DAYS.remindAfter} Tagen bereits erinnert.`,
    ],
  }),
};
