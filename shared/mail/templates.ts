import { framePersonLabel } from "../domain/frame-person.ts";
import { consoleLocaleOf, type Locale } from "../domain/locale.ts";
import type {
  ConferenceMailData,
  MailData,
  MailKind,
  MinutesMailData,
  OutboxMail,
  RegistrationMailData,
} from "../domain/mail.ts";
import type { FramePerson } from "../domain/minutes.ts";
import { agendaLines, dateTimeRange, longDateTime, longDay, tableName } from "../i18n/format.ts";
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
    ...(d.capacity ? ([[t.labels.places, t.labels.placesLimited(d.capacity)]] as [string, string][]) : []),
    ...(d.registrationDeadline
      ? ([[t.labels.registrationDeadline, longDateTime(d.registrationDeadline, locale)]] as [string, string][])
      : []),
    ...(d.openTasks?.length
      ? ([
          [
            t.labels.openTasks,
            d.openTasks
              .map(
                (task) =>
                  `• ${task.text} – ${task.ownerName}, ${MAILS.get(locale).minutes.labels.due(longDay(task.due, locale))}`,
              )
              .join("\n"),
          ],
        ] as [string, string][])
      : []),
  ];
  // A meeting's mail: who it goes to and why, how to leave the table, and that replies reach its contact person.
  const after = d.table
    ? [
        t.asMember(d.table),
        ...(links.archive ? [t.archive(links.archive)] : []),
        ...(links.leave ? [t.leave(links.leave)] : []),
        ...(links.unsubscribe ? [t.unsubscribe(links.unsubscribe)] : []),
      ]
    : links.unsubscribe
      ? [...(links.archive ? [t.archive(links.archive)] : []), t.asPartner(links.unsubscribe)]
      : [];
  const rsvp = links.rsvp && d.mailing !== "cancellation" ? { action: { label: t.rsvp, url: links.rsvp } } : {};
  const note = d.mailing === "cancellation" && d.cancellationNote ? [d.cancellationNote] : [];
  const propose =
    links.propose && d.proposalsUntil
      ? [MAILS.get(locale).propose(links.propose, longDateTime(d.proposalsUntil, locale))]
      : [];
  // Each subject and sentence adds its own words around the name only: the name says which conference it is.
  return {
    subject: `${d.test ? "[TEST] " : ""}${t.subjects[d.mailing]}: ${name}`,
    greeting: words.dear(d.partnerName),
    paragraphs: [...t.paragraphs[d.mailing](words.quote(name)), ...note, ...propose],
    facts,
    ...rsvp,
    after,
  };
}

/**
 * A member's mail of an event's published minutes (issue 21): the frame (what, when, where, who was there or
 * excused, the agenda), the text, the decisions and the tasks with owner and due date; a correction says so in its
 * subject and first sentence. Everything typed stays text (the renderer escapes it for the HTML part).
 */
export function minutesMailContent(d: MinutesMailData, locale: Locale, links: MailLinks): MailContent {
  const { words, conference: c, minutes: t } = MAILS.get(locale);
  const name = conferenceName(d, locale);
  const correction = d.number > 1;
  const person = (p: FramePerson) => `• ${framePersonLabel(p, t.labels.deputyFor)}`;
  const people = (list: FramePerson[]) => (list.length > 0 ? list.map(person).join("\n") : t.labels.nobody);
  const numbered = (lines: string[]) => lines.map((line, index) => `${index + 1}. ${line}`).join("\n");
  const facts: [string, string][] = [
    [c.labels.what, name],
    [c.labels.when, dateTimeRange(d.frame.startsAt, d.frame.endsAt, locale)],
    [c.labels.where, d.frame.location],
    [t.labels.present, people(d.frame.present)],
    [t.labels.excused, people(d.frame.excused)],
    ...(d.frame.agenda.length > 0
      ? ([[c.labels.agenda, agendaLines(d.frame.agenda, c.labels.minutes)]] as [string, string][])
      : []),
    ...(d.text ? ([[t.labels.text, d.text]] as [string, string][]) : []),
    ...(d.decisions.length > 0 ? ([[t.labels.decisions, numbered(d.decisions)]] as [string, string][]) : []),
    ...(d.tasks.length > 0
      ? ([
          [
            t.labels.tasks,
            numbered(
              d.tasks.map((task) => `${task.text} – ${task.ownerName}, ${t.labels.due(longDay(task.due, locale))}`),
            ),
          ],
        ] as [string, string][])
      : []),
  ];
  const archive = links.archive ? [c.archive(links.archive)] : [];
  const after = d.table
    ? [c.asMember(d.table), ...archive, ...(links.unsubscribe ? [c.unsubscribe(links.unsubscribe)] : [])]
    : links.unsubscribe
      ? [...archive, c.asPartner(links.unsubscribe)]
      : archive;
  return {
    subject: `${t.subject(correction)}: ${name}`,
    greeting: words.dear(d.partnerName),
    paragraphs: t.intro(words.quote(name), correction),
    facts,
    after,
  };
}

/** The content id of the QR code's image in a registration mail (a related part of the HTML). */
export const CHECK_IN_QR_CID = "einlass-qr@netzwerk";

/**
 * Where a person stands after answering an event with places (issue 22): the event, their standing (the position
 * on the waiting list), their workshops, and with a place the code for the door (as text, and as a QR code in the
 * HTML part that holds the door's check-in link). The button leads to the answer page.
 */
export function registrationMailContent(d: RegistrationMailData, locale: Locale, links: MailLinks): MailContent {
  const { words, conference: c, registration: t } = MAILS.get(locale);
  const name = conferenceName(d, locale);
  const facts: [string, string][] = [
    [c.labels.what, name],
    [c.labels.when, dateTimeRange(d.startsAt, d.endsAt, locale)],
    [c.labels.where, d.location],
    ...(d.onlineUrl ? ([[c.labels.online, d.onlineUrl]] as [string, string][]) : []),
    ...(d.workshops?.length
      ? ([
          [
            t.labels.workshops,
            d.workshops
              .map((w) => {
                const status = w.status === "waitlisted" ? t.status.waitlisted(w.position) : t.status[w.status];
                return `• ${w.slot}: ${w.title} (${status})`;
              })
              .join("\n"),
          ],
        ] as [string, string][])
      : []),
    ...(d.code ? ([[t.labels.code, d.code]] as [string, string][]) : []),
  ];
  const action =
    links.rsvp && d.outcome !== "removed"
      ? { action: { label: d.outcome === "waitlisted" ? t.leaveList : t.change, url: links.rsvp } }
      : {};
  return {
    subject: `${t.subjects[d.outcome]}: ${name}`,
    greeting: words.dear(d.partnerName),
    paragraphs: [...t.paragraphs[d.outcome](words.quote(name), d.position ?? 0), ...(d.code ? [t.codeHint] : [])],
    facts,
    ...(d.code && links.checkIn ? { image: { cid: CHECK_IN_QR_CID, alt: t.qrAlt(d.code) } } : {}),
    ...action,
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
  minutes: minutesMailContent,
  proposal_decided: (d, locale) => {
    const { words, proposalDecided: t } = MAILS.get(locale);
    const name = conferenceName({ ...d, title: d.eventTitle, ...(d.table ? { workTableId: "table" } : {}) }, locale);
    return {
      subject: t.subject(name),
      greeting: words.dear(d.proposerName),
      paragraphs: t.paragraphs(words.quote(name), words.quote(d.title), d.outcome === "accepted"),
    };
  },
  registration: registrationMailContent,
  task_reminder: (d, locale, links) => {
    const { words, taskReminder: t } = MAILS.get(locale);
    const name = conferenceName({ ...d, title: d.eventTitle, ...(d.table ? { workTableId: "table" } : {}) }, locale);
    return {
      subject: t.subject(name),
      greeting: words.dear(d.ownerName),
      paragraphs: t.paragraphs(words.quote(name), d.text, longDay(d.due, locale)),
      ...(links.taskDone ? { action: { label: t.action, url: links.taskDone } } : {}),
    };
  },
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
