import { acceptedItems } from "./agenda.ts";
import type { Conference, MailingKind } from "./conference.ts";
import type { ConferenceMailData, NewMail } from "./mail.ts";
import type { Partner } from "./partner.ts";

/**
 * The mails of a mailing (the conferences' today; one engine, more audiences later), as data (pure). Every partner's
 * mail of a mailing has one deterministic id, so a mailing that runs twice queues it once.
 */

/** The key of a mailing: an update is one mailing per calendar SEQUENCE, the others one per conference. */
export function mailingKey(kind: MailingKind, conference: Pick<Conference, "sequence">): string {
  return kind === "update" ? `update-${conference.sequence}` : kind;
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
): NewMail<"conference"> {
  return {
    id: mail.id,
    kind: "conference",
    to: [{ name: partner.name, email: partner.email }],
    locale: partner.locale,
    data: {
      conferenceId: conference.id,
      mailing: kind,
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
      ...(conference.agenda ? { agenda: conference.agenda } : {}),
      ...agendaOf(conference),
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

/** The accepted agenda items as mails and calendar entries show them: title, presenter, minutes (no notes). */
function agendaOf(conference: Pick<Conference, "agendaItems">): { agendaItems?: ConferenceMailData["agendaItems"] } {
  const items = acceptedItems(conference.agendaItems).map(({ title, presenter, minutes }) => ({
    title,
    ...(presenter ? { presenter } : {}),
    ...(minutes ? { minutes } : {}),
  }));
  return items.length > 0 ? { agendaItems: items } : {};
}
