import type { MailData } from "../domain/mail.ts";
import { SIGN_IN } from "../domain/people.ts";
import { NETWORK, type Template } from "./render.ts";

/**
 * The mails of the console's people. The sign-in link goes to the address that asked for it, only if it
 * belongs to a coordinator or contact person, and carries nothing typed on the sign-in page.
 */
export const accountMails: { sign_in_link: Template<MailData["sign_in_link"]> } = {
  sign_in_link: (_d, locale, links) =>
    locale === "de"
      ? {
          subject: "Ihr Anmeldelink für die Konsole des Netzwerks Migration",
          greeting: "Guten Tag,",
          paragraphs: [
            `Sie haben einen Link zur Anmeldung an der Konsole des ${NETWORK} angefordert. Er ist ${SIGN_IN.linkMinutes} Minuten gültig und funktioniert nur einmal.`,
          ],
          action: { label: "Jetzt anmelden", url: links.signIn ?? "" },
          after: [
            "Falls Sie keinen Link angefordert haben, können Sie diese E-Mail ignorieren; ohne den Link meldet sich niemand an.",
          ],
        }
      : {
          subject: "Your sign-in link for the Netzwerk Migration console",
          greeting: "Hello,",
          paragraphs: [
            `You asked for a link to sign in to the console of the ${NETWORK}. It is valid for ${SIGN_IN.linkMinutes} minutes and works once.`,
          ],
          action: { label: "Sign in now", url: links.signIn ?? "" },
          after: ["If you did not ask for a link, please ignore this email; without the link nobody signs in."],
        },
};

/** A member was taken off a work table (see domain/member-mails.ts). */
export const memberMails: { member_removed: Template<MailData["member_removed"]> } = {
  member_removed: (d, locale) => {
    const table = `${d.table.numeral} – ${d.table.name}`;
    return locale === "de"
      ? {
          subject: `Ihre Mitgliedschaft im Arbeitstisch ${table}`,
          greeting: `Guten Tag ${d.partnerName},`,
          paragraphs: [
            `Sie sind nicht mehr Mitglied im Arbeitstisch ${table} und erhalten seine Einladungen nicht mehr. Vielen Dank für Ihre Mitarbeit.`,
            "Zu den Tagungen des Netzwerks laden wir Sie weiterhin ein. Wenn das ein Irrtum ist oder Sie Fragen haben, antworten Sie einfach auf diese E-Mail; sie erreicht die Ansprechpartner:in des Arbeitstisches.",
          ],
        }
      : {
          subject: `Your membership of work table ${table}`,
          greeting: `Dear ${d.partnerName},`,
          paragraphs: [
            `You are no longer a member of work table ${table} and will not receive its invitations any more. Thank you for your work with it.`,
            "We will keep inviting you to the network's conferences. If this is a mistake or you have questions, simply reply to this email; it reaches the work table's contact person.",
          ],
        };
  },
};
