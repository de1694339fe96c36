import { consoleLocaleOf, type Locale } from "../domain/locale.ts";
import type { ConferenceMailData, MailData, MailKind, OutboxMail } from "../domain/mail.ts";
import { agendaLines, dateTimeRange, tableName } from "../i18n/format.ts";
import { conferenceName } from "../i18n/labels.ts";
import type { MailContent, MailLinks } from "../i18n/mail-content.ts";
import { ACCOUNT_MAILS, MAILS, STAFF_MAILS } from "../i18n/mails.ts";
import { oneLine } from "./render.ts";

export type { MailContent, MailLinks } from "../i18n/mail-content.ts";
export { loadMailTexts } from "../i18n/mails.ts";
export { renderHtml, renderText } from "./render.ts";

/** What a template makes of a mail's data, its language and its signed links. */
type Template<D> = (data: D, locale: Locale, links: MailLinks) => MailContent;

/** The text of a partner's mail of a conference mailing: invitation, reminder, update or cancellation. */
export function conferenceMail(d: ConferenceMailData, locale: Locale, links: MailLinks): MailContent {
  const { words, conference: t } = MAILS.get(locale);
  const name = conferenceName(d, locale);
  const facts: [string, string][] = [
    [t.labels.what, name],
    [t.labels.when, dateTimeRange(d.startsAt, d.endsAt, locale)],
    [t.labels.where, d.location],
    ...(d.onlineUrl ? ([[t.labels.online, d.onlineUrl]] as [string, string][]) : []),
    ...(d.agendaItems?.length
      ? ([[t.labels.agenda, agendaLines(d.agendaItems, t.labels.minutes)]] as [string, string][])
      : d.agenda
        ? ([[t.labels.agenda, d.agenda]] as [string, string][])
        : []),
  ];
  // A meeting's mail: who it goes to and why, how to leave the table, and that replies reach its contact person.
  const after = d.table
    ? [
        t.asMember(d.table),
        ...(links.leave ? [t.leave(links.leave)] : []),
        ...(links.unsubscribe ? [t.unsubscribe(links.unsubscribe)] : []),
      ]
    : links.unsubscribe
      ? [t.asPartner(links.unsubscribe)]
      : [];
  const rsvp = links.rsvp && d.mailing !== "cancellation" ? { action: { label: t.rsvp, url: links.rsvp } } : {};
  const note = d.mailing === "cancellation" && d.cancellationNote ? [d.cancellationNote] : [];
  // Each subject and sentence adds its own words around the name only: the name says which conference it is.
  return {
    subject: `${d.test ? "[TEST] " : ""}${t.subjects[d.mailing]}: ${name}`,
    greeting: words.dear(d.partnerName),
    paragraphs: [...t.paragraphs[d.mailing](words.quote(name)), ...note],
    facts,
    ...rsvp,
    after,
  };
}

/**
 * Every kind of mail and the texts that write it: the applicant's and the partner's in their language, the staff's
 * in German, the console's own in the console's language (English to who chose English, German to everyone else).
 */
const templates: { [K in MailKind]: Template<MailData[K]> } = {
  confirm_submission: (d, locale, links) => MAILS.get(locale).applicant.confirm_submission(d, links),
  application_forwarded: (d, locale) => MAILS.get(locale).applicant.application_forwarded(d),
  application_decided: (d, locale) => MAILS.get(locale).applicant.application_decided(d),
  new_application: (d, _locale, links) => STAFF_MAILS.get("de").newApplication(d, links),
  decision_reminder: (d, _locale, links) => STAFF_MAILS.get("de").decisionReminder(d, links),
  undecided_digest: (d) => STAFF_MAILS.get("de").undecidedDigest(d),
  sign_in_link: (_d, locale, links) => ACCOUNT_MAILS.get(consoleLocaleOf(locale)).signIn(links),
  second_factor_changed: (d, locale) => ACCOUNT_MAILS.get(consoleLocaleOf(locale)).secondFactor(d),
  member_removed: (d, locale) => MAILS.get(locale).memberRemoved(d.partnerName, tableName(d.table)),
  conference: conferenceMail,
};

/**
 * A mail's content in the language it is written in (the recipient's, or German/English for the staff), its
 * subject on one line, and the footer in the same language. The texts must have been loaded (`loadMailTexts`).
 */
export function mailContent(mail: Pick<OutboxMail, "kind" | "data" | "locale">, links: MailLinks): MailContent {
  const template = templates[mail.kind] as Template<MailData[MailKind]>;
  const written = template(mail.data, mail.locale, links);
  const language = written.language ?? mail.locale;
  const content = { ...written, subject: oneLine(written.subject), language };
  if (!links.imprint || !links.privacy) return content;
  const words = MAILS.get(language).words;
  return { ...content, footer: [`${words.imprint}: ${links.imprint}\n${words.privacy}: ${links.privacy}`] };
}
