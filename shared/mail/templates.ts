import { ENGAGEMENT_LABELS, ORGANISATION_TYPE_LABELS } from "../domain/application-labels.ts";
import { conferenceName } from "../domain/conference.ts";
import type { ConferenceMailData, MailData, MailKind, OutboxMail, TableRef } from "../domain/mail.ts";
import type { Locale } from "../domain/work-table.ts";
import { escapeHtml } from "./escape.ts";

/** The links a mail carries; signed by the sender at send time. */
export interface MailLinks {
  confirm?: string;
  decide?: string;
  rsvp?: string;
  unsubscribe?: string;
}

/** A mail as a few blocks; one renderer makes the text and the HTML part from it, escaping in one place. */
export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  facts?: [label: string, value: string][];
  action?: { label: string; url: string };
  after?: string[];
}

const NETWORK = "Netzwerk Migration Schwerin";
const table = (t: TableRef, locale: Locale) =>
  `${locale === "de" ? "Arbeitstisch" : "Work table"} ${t.numeral} – ${t.name}`;
const date = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { dateStyle: "long", timeZone: "Europe/Berlin" }).format(
    new Date(iso),
  );

type Template<K extends MailKind> = (data: MailData[K], locale: Locale, links: MailLinks) => MailContent;

const templates: { [K in MailKind]: Template<K> } = {
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
            d.tables.map((t) => `• ${table(t, locale)}`).join("\n"),
            "Bitte bestätigen Sie Ihre E-Mail-Adresse. Erst danach leiten wir Ihren Antrag an die zuständigen Ansprechpartner:innen weiter.",
          ],
          action: { label: "Antrag bestätigen", url: links.confirm ?? "" },
          after: [
            "Der Link ist 7 Tage gültig. Ohne Bestätigung löschen wir Ihre Angaben danach automatisch.",
            "Falls Sie diesen Antrag nicht gestellt haben, können Sie diese E-Mail ignorieren.",
          ],
        }
      : {
          subject: "Please confirm your application to the Netzwerk Migration",
          greeting: "Hello,",
          paragraphs: [
            `thank you for your interest in the ${NETWORK}. You would like to join these work tables:`,
            d.tables.map((t) => `• ${table(t, locale)}`).join("\n"),
            "Please confirm your email address. Only then will we forward your application to the contact persons.",
          ],
          action: { label: "Confirm application", url: links.confirm ?? "" },
          after: [
            "The link is valid for 7 days. Without confirmation, your details are deleted automatically afterwards.",
            "If you did not apply, please ignore this email.",
          ],
        },

  new_application: (d, _locale, links) => ({
    subject: `Neuer Antrag für Arbeitstisch ${d.table.numeral} – ${d.table.name}`,
    greeting: `Guten Tag ${d.contactName},`,
    paragraphs: [
      `für den ${table(d.table, "de")} ist ein neuer Antrag auf Mitarbeit eingegangen und von der antragstellenden Person bestätigt worden.`,
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
      `Der Link ist ${60} Tage gültig und nur für diesen Antrag bestimmt. Bitte leiten Sie diese E-Mail nicht weiter.`,
    ],
  }),

  application_forwarded: (d, locale) =>
    locale === "de"
      ? {
          subject: "Ihr Antrag wurde weitergeleitet",
          greeting: `Guten Tag ${d.applicantName},`,
          paragraphs: [
            "vielen Dank für Ihre Bestätigung. Wir haben Ihren Antrag weitergeleitet an:",
            d.routes.map((r) => `• ${table(r.table, locale)}: ${r.contactName}`).join("\n"),
            "Die Ansprechpartner:innen entscheiden über die Aufnahme. Sie erhalten von uns eine Nachricht, sobald entschieden ist.",
          ],
        }
      : {
          subject: "Your application has been forwarded",
          greeting: `Dear ${d.applicantName},`,
          paragraphs: [
            "thank you for confirming. We have forwarded your application to:",
            d.routes.map((r) => `• ${table(r.table, locale)}: ${r.contactName}`).join("\n"),
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
                `Ihr Antrag auf Mitarbeit im ${table(d.table, locale)} wurde angenommen. Herzlich willkommen!`,
                "Als Netzwerkpartner:in erhalten Sie künftig auch die Einladungen zur Frühjahrs- und Herbsttagung.",
                ...note,
              ]
            : [
                `Ihr Antrag auf Mitarbeit im ${table(d.table, locale)} wurde leider nicht angenommen.`,
                ...note,
                "Ihre Angaben zu diesem Antrag werden nach 6 Monaten gelöscht.",
              ],
        }
      : {
          subject: accepted
            ? `Welcome to work table ${d.table.numeral} – ${d.table.name}`
            : `Your application for work table ${d.table.numeral} – ${d.table.name}`,
          greeting: `Dear ${d.applicantName},`,
          paragraphs: accepted
            ? [
                `Your application to join ${table(d.table, locale)} has been accepted. Welcome!`,
                "As a network partner you will also receive the invitations to the spring and autumn conference.",
                ...note,
              ]
            : [
                `Unfortunately, your application to join ${table(d.table, locale)} has not been accepted.`,
                ...note,
                "The details of this application will be deleted after 6 months.",
              ],
        };
  },

  decision_reminder: (d, _locale, links) => ({
    subject: `Erinnerung: Antrag für Arbeitstisch ${d.table.numeral} wartet auf Ihre Entscheidung`,
    greeting: `Guten Tag ${d.contactName},`,
    paragraphs: [
      `seit dem ${date(d.submittedAt, "de")} wartet ein Antrag auf Mitarbeit im ${table(d.table, "de")} auf Ihre Entscheidung.`,
      "Nach 14 Tagen ohne Entscheidung informieren wir die Koordination.",
    ],
    action: { label: "Antrag ansehen und entscheiden", url: links.decide ?? "" },
  }),

  undecided_digest: (d) => ({
    subject: `${d.items.length} Antrag/Anträge seit über 14 Tagen ohne Entscheidung`,
    greeting: "Guten Tag,",
    paragraphs: [
      "folgende Anträge auf Mitarbeit warten seit mehr als 14 Tagen auf eine Entscheidung der Ansprechpartner:innen:",
      d.items
        .map(
          (i) =>
            `• ${table(i.table, "de")} (${i.contactName}), eingegangen am ${date(i.submittedAt, "de")}, Antrag ${i.applicationId}`,
        )
        .join("\n"),
      "Die Ansprechpartner:innen wurden nach 7 Tagen bereits erinnert.",
    ],
  }),

  conference: conferenceMail,
};

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

function conferenceMail(d: ConferenceMailData, locale: Locale, links: MailLinks): MailContent {
  const de = locale === "de";
  const name = conferenceName(d, locale);
  const quoted = de ? `„${name}“` : `“${name}”`;
  const facts: [string, string][] = [
    [de ? "Was" : "What", name],
    [de ? "Wann" : "When", when(d, locale)],
    [de ? "Wo" : "Where", d.location],
    ...(d.agenda ? ([[de ? "Tagesordnung" : "Agenda", d.agenda]] as [string, string][]) : []),
  ];
  const unsubscribe = links.unsubscribe
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
          ? [`${quoted} findet leider nicht statt. Der angehängte Termin entfernt den Eintrag aus Ihrem Kalender.`]
          : [`unfortunately, ${quoted} has been cancelled. The attached entry removes it from your calendar.`],
        facts,
        after: unsubscribe,
      };
  }
}

const CLOSING: Record<Locale, string[]> = {
  de: ["Mit freundlichen Grüßen", NETWORK, "Fachstelle Chancengleichheit der Landeshauptstadt Schwerin"],
  en: ["Kind regards", NETWORK, "Equal Opportunities Office of the City of Schwerin"],
};

export function mailContent(mail: Pick<OutboxMail, "kind" | "data" | "locale">, links: MailLinks): MailContent {
  const template = templates[mail.kind] as Template<MailKind>;
  return template(mail.data, mail.locale, links);
}

export function renderText(content: MailContent, locale: Locale): string {
  const blocks = [content.greeting, ...content.paragraphs];
  if (content.facts) blocks.push(content.facts.map(([label, value]) => `${label}: ${value}`).join("\n"));
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`);
  blocks.push(...(content.after ?? []), CLOSING[locale].join("\n"));
  return `${blocks.join("\n\n")}\n`;
}

export function renderHtml(content: MailContent, locale: Locale): string {
  const p = (text: string) => `<p>${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;
  const parts = [p(content.greeting), ...content.paragraphs.map(p)];
  if (content.facts) {
    const rows = content.facts.map(
      ([l, v]) => `<tr><th align="left">${escapeHtml(l)}</th><td>${escapeHtml(v)}</td></tr>`,
    );
    parts.push(`<table role="presentation">${rows.join("")}</table>`);
  }
  if (content.action) {
    parts.push(
      `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:.6em 1em;background:#005ea8;color:#fff;text-decoration:none;border-radius:.3em">${escapeHtml(content.action.label)}</a></p>`,
    );
  }
  parts.push(...(content.after ?? []).map(p), p(CLOSING[locale].join("\n")));
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head><body style="font-family:sans-serif;line-height:1.5">${parts.join("")}</body></html>`;
}
