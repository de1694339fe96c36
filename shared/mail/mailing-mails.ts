import { conferenceName } from "../domain/conference.ts";
import type { ConferenceMailData } from "../domain/mail.ts";
import type { Locale } from "../domain/work-table.ts";
import type { MailContent, MailLinks } from "./render.ts";

const when = (d: ConferenceMailData, locale: Locale) => {
  const format = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  });
  const end = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  });
  return `${format.format(new Date(d.startsAt))} – ${end.format(new Date(d.endsAt))}${locale === "de" ? " Uhr" : ""}`;
};

/** The text of a partner's mail of a conference mailing: invitation, reminder, update or cancellation. */
export function conferenceMail(d: ConferenceMailData, locale: Locale, links: MailLinks): MailContent {
  const de = locale === "de";
  const name = conferenceName(d, locale);
  const quoted = de ? `„${name}“` : `“${name}”`;
  const facts: [string, string][] = [
    [de ? "Was" : "What", name],
    [de ? "Wann" : "When", when(d, locale)],
    [de ? "Wo" : "Where", d.location],
    ...(d.onlineUrl ? ([[de ? "Online teilnehmen" : "Join online", d.onlineUrl]] as [string, string][]) : []),
    ...(d.agenda ? ([[de ? "Tagesordnung" : "Agenda", d.agenda]] as [string, string][]) : []),
  ];
  const table = d.table ? `${de ? "Arbeitstisch" : "work table"} ${d.table.numeral} – ${d.table.name}` : "";
  // A meeting's mail: who it goes to and why, how to leave the table, and that replies reach its contact person.
  const unsubscribe = d.table
    ? [
        de
          ? `Sie erhalten diese E-Mail als Mitglied im ${table}. Wenn Sie auf diese E-Mail antworten, erreichen Sie die Ansprechpartner:in des Arbeitstisches.`
          : `You receive this email as a member of ${table}. Replying to it reaches the work table's contact person.`,
        ...(links.leave
          ? [de ? `Aus dem Arbeitstisch austreten: ${links.leave}` : `Leave the work table: ${links.leave}`]
          : []),
        ...(links.unsubscribe
          ? [
              de
                ? `Keine E-Mails des Netzwerks mehr erhalten: ${links.unsubscribe}`
                : `To stop receiving the network's emails: ${links.unsubscribe}`,
            ]
          : []),
      ]
    : links.unsubscribe
      ? [
          de
            ? `Sie erhalten diese E-Mail als Netzwerkpartner:in. Keine Einladungen mehr erhalten: ${links.unsubscribe}`
            : `You receive this email as a network partner. To stop receiving invitations: ${links.unsubscribe}`,
        ]
      : [];
  const test = d.test ? "[TEST] " : "";
  const greeting = de ? `Guten Tag ${d.partnerName},` : `Dear ${d.partnerName},`;
  const rsvp = links.rsvp ? { label: de ? "Zu- oder absagen" : "Reply yes or no", url: links.rsvp } : undefined;
  // Each subject and sentence adds its own words around the name only: the name says which conference it is.
  switch (d.mailing) {
    case "invitation":
      return {
        subject: `${test}${de ? "Einladung" : "Invitation"}: ${name}`,
        greeting,
        paragraphs: de
          ? [
              `wir laden Sie herzlich zu ${quoted} ein.`,
              "Bitte sagen Sie uns, ob Sie teilnehmen. Sie können Ihre Antwort bis zum Beginn ändern. Der Termin für Ihren Kalender hängt an.",
            ]
          : [
              `we cordially invite you to ${quoted}.`,
              "Please let us know whether you will attend; you can change your answer until it starts. The calendar entry is attached.",
            ],
        facts,
        ...(rsvp ? { action: rsvp } : {}),
        after: unsubscribe,
      };
    case "reminder":
      return {
        subject: `${test}${de ? "Erinnerung" : "Reminder"}: ${name}`,
        greeting,
        paragraphs: de ? [`wir erinnern Sie an ${quoted}.`] : [`this is a reminder of ${quoted}.`],
        facts,
        ...(rsvp ? { action: rsvp } : {}),
        after: unsubscribe,
      };
    case "update":
      return {
        subject: `${test}${de ? "Geändert" : "Changed"}: ${name}`,
        greeting,
        paragraphs: de
          ? [
              `Zeit oder Ort von ${quoted} haben sich geändert. Der angehängte Termin ersetzt den bisherigen in Ihrem Kalender.`,
            ]
          : [`the time or place of ${quoted} has changed. The attached calendar entry replaces the previous one.`],
        facts,
        ...(rsvp ? { action: rsvp } : {}),
        after: unsubscribe,
      };
    case "cancellation":
      return {
        subject: `${test}${de ? "Abgesagt" : "Cancelled"}: ${name}`,
        greeting,
        paragraphs: de
          ? [
              `${quoted} findet leider nicht statt. Der angehängte Termin entfernt den Eintrag aus Ihrem Kalender.`,
              ...(d.cancellationNote ? [d.cancellationNote] : []),
            ]
          : [
              `unfortunately, ${quoted} has been cancelled. The attached entry removes it from your calendar.`,
              ...(d.cancellationNote ? [d.cancellationNote] : []),
            ],
        facts,
        after: unsubscribe,
      };
  }
}
