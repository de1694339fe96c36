import { acceptedItems } from "./agenda.ts";
import type { Conference, MailingKind, MailingRun } from "./conference.ts";
import type { ConferenceMailData, NewMail } from "./mail.ts";
import type { Publication } from "./minutes.ts";
import type { Partner } from "./partner.ts";

/**
 * The mails of a mailing (the conferences' today; one engine, more audiences later), as data (pure). Every partner's
 * mail of a mailing has one deterministic id, so a mailing that runs twice queues it once.
 */

/**
 * The key of a mailing: an update is one mailing per calendar SEQUENCE, the minutes one per publication (a
 * correction is a mailing of its own), the others one per conference.
 */
export function mailingKey(kind: MailingRun, conference: Pick<Conference, "sequence" | "minutesPublication">): string {
  if (kind === "update") return `update-${conference.sequence}`;
  if (kind === "minutes") return `minutes-${conference.minutesPublication ?? 0}`;
  return kind;
}

/** A partner's mail of a mailing: the same id however often the mailing runs (the person as a hash, not the address). */
export function conferenceMailId(conferenceId: string, key: string, personHash: string): string {
  return `conf-${conferenceId}-${key}-${personHash}`;
}

/**
 * One partner's mail of a conference mailing: the conference as it is now (its calendar SEQUENCE included), the
 * partner's name and language, and their link handle. A test send goes to a coordinator, is marked, carries no
 * working links and belongs to no mailing's counts.
 */
export function conferenceMail(
  conference: Conference,
  kind: MailingKind,
  partner: Pick<Partner, "email" | "name" | "locale" | "handle">,
  mail: { id: string; test?: boolean },
  openTasks: ConferenceMailData["openTasks"] = [],
): NewMail<"conference"> {
  return {
    id: mail.id,
    kind: "conference",
    to: [{ name: partner.name, email: partner.email }],
    locale: partner.locale,
    data: {
      ...eventMailFacts(conference),
      mailing: kind,
      ...(conference.agenda ? { agenda: conference.agenda } : {}),
      ...agendaOf(conference),
      ...(openTasks.length > 0 && (kind === "invitation" || kind === "reminder") ? { openTasks } : {}),
      ...(conference.proposalsUntil && (kind === "invitation" || kind === "reminder")
        ? { proposalsUntil: conference.proposalsUntil }
        : {}),
      // Places (issue 22): the invitation and the reminder say until when, and that places are limited.
      ...(conference.registrationDeadline && (kind === "invitation" || kind === "reminder")
        ? { registrationDeadline: conference.registrationDeadline }
        : {}),
      ...(conference.capacity && (kind === "invitation" || kind === "reminder")
        ? { capacity: conference.capacity }
        : {}),
      ...(kind === "cancellation" && conference.cancellationNote
        ? { cancellationNote: conference.cancellationNote }
        : {}),
      partnerName: partner.name,
      partnerEmail: partner.email,
      ...(partner.handle ? { partnerHandle: partner.handle } : {}),
      ...(mail.test ? { test: true } : {}),
    },
    // A meeting's members write back to the table's contact person, not to the network's sender.
    ...(conference.replyTo ? { replyTo: conference.replyTo } : {}),
    ...(mail.test ? {} : { mailing: { conferenceId: conference.id, key: mailingKey(kind, conference) } }),
  };
}

/**
 * One member's mail of an event's published minutes (issue 21): the publication as it was sent, in the member's
 * language around it; replies go to the table's contact person. One id per publication and person.
 */
export function minutesMail(
  conference: Conference,
  publication: Publication,
  partner: Pick<Partner, "email" | "name" | "locale" | "handle">,
  mail: { id: string },
): NewMail<"minutes"> {
  return {
    id: mail.id,
    kind: "minutes",
    to: [{ name: partner.name, email: partner.email }],
    locale: partner.locale,
    data: {
      conferenceId: conference.id,
      season: conference.season,
      title: conference.title,
      ...(conference.workTableId && conference.table
        ? { workTableId: conference.workTableId, table: conference.table }
        : {}),
      number: publication.number,
      frame: publication.frame,
      ...(publication.text ? { text: publication.text } : {}),
      decisions: publication.decisions.map((d) => d.text),
      tasks: publication.tasks.map(({ text, ownerName, due }) => ({ text, ownerName, due })),
      partnerName: partner.name,
      ...(partner.handle ? { partnerHandle: partner.handle } : {}),
    },
    ...(conference.replyTo ? { replyTo: conference.replyTo } : {}),
    mailing: { conferenceId: conference.id, key: mailingKey("minutes", conference) },
  };
}

/** The accepted agenda items as mails and calendar entries show them: title, presenter, minutes (no notes). */
function agendaOf(conference: Pick<Conference, "agendaItems">): { agendaItems?: ConferenceMailData["agendaItems"] } {
  const items = acceptedItems(conference.agendaItems).map(({ title, presenter, minutes }) => ({
    title,
    ...(presenter ? { presenter } : {}),
    ...(minutes ? { minutes } : {}),
  }));
  return items.length > 0 ? { agendaItems: items } : {};
}

/**
 * What every mail about an event carries of it, for its text and its calendar entry: the event as it is when the
 * mail is queued (`sequence` is the calendar entry's SEQUENCE then).
 */
export function eventMailFacts(conference: Conference) {
  return {
    conferenceId: conference.id,
    sequence: conference.sequence,
    season: conference.season,
    title: conference.title,
    startsAt: conference.startsAt,
    endsAt: conference.endsAt,
    location: conference.location,
    ...(conference.onlineUrl ? { onlineUrl: conference.onlineUrl } : {}),
    ...(conference.workTableId && conference.table
      ? { workTableId: conference.workTableId, table: conference.table }
      : {}),
  };
}
