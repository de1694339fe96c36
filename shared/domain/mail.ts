import type { AgendaItem } from "./agenda.ts";
import type { Decision, Engagement, OrganisationType } from "./application.ts";
import type { Conference, MailingKind } from "./conference.ts";
import type { Locale } from "./locale.ts";
import type { MailStatus } from "./mail-delivery.ts";
import type { MinutesFrame } from "./minutes.ts";
import type { PickStatus } from "./places.ts";
import type { SecondFactorEvent } from "./second-factor.ts";

/**
 * The mails the product sends, as data: what each kind says is fixed when the mail is queued (an application's
 * mails in the same transaction as the change that causes them, a mailing's one by one); the links are signed and
 * the text is written when it is sent.
 */

export interface Recipient {
  name?: string;
  email: string;
}

export interface TableRef {
  numeral: string;
  name: string;
}

/** What each kind of mail says, fixed when the mail is queued. Links are signed when it is sent. */
export interface MailData {
  /** No name: it goes to an address nobody has confirmed, and carries nothing from the request. */
  confirm_submission: { submissionId: string; createdAt: string; tables: TableRef[] };
  new_application: {
    applicationId: string;
    table: TableRef;
    contactName: string;
    applicantName: string;
    organisation?: string;
    organisationType: OrganisationType;
    engagement: Engagement;
  };
  application_forwarded: { applicantName: string; routes: { table: TableRef; contactName: string }[] };
  application_decided: { applicantName: string; table: TableRef; outcome: Decision; note?: string };
  decision_reminder: {
    applicationId: string;
    table: TableRef;
    contactName: string;
    submittedAt: string;
    /** When the coordinators are told (the follow-ups' setting, so the mail says what will happen). */
    escalateAfterDays?: number;
  };
  undecided_digest: {
    items: { applicationId: string; table: TableRef; contactName: string; submittedAt: string }[];
    remindedAfterDays?: number;
    escalatedAfterDays?: number;
  };
  conference: ConferenceMailData;
  /** To a member whose agenda proposal the contact accepted or declined (issue 21). */
  proposal_decided: {
    conferenceId: string;
    eventTitle: string;
    season: Conference["season"];
    table?: TableRef;
    title: string;
    outcome: "accepted" | "declined";
    proposerName: string;
  };
  /** To a task's owner a few days before it is due (issue 21): what, by when, and the link to mark it done. */
  task_reminder: TaskReminderMailData;
  /** An event's published minutes (issue 21) to a member of its table (a conference's: to a partner). */
  minutes: MinutesMailData;
  /**
   * Where a person stands after answering an event with places (issue 22): a place (with the code for the door
   * and the calendar entry), the waiting list (with the position), a place from the waiting list, a workshop's
   * place from its list, or removed by the organisers.
   */
  registration: RegistrationMailData;
  /** To a member a contact person (or coordinator) took off a work table: short and polite, no internal note. */
  member_removed: { partnerName: string; table: TableRef };
  /** A one-time link to the console, to a person who asked for it on the sign-in page. */
  sign_in_link: { requestId: string; createdAt: string };
  /** A change of the person's second factor: so they notice one they did not make. `by` is a coordinator's reset. */
  second_factor_changed: { event: SecondFactorEvent; at: string; by?: string; lockedUntil?: string };
}

/**
 * One partner's conference mail: everything the text, the links and the calendar entry need, the conference
 * as it was when the mailing ran (`sequence` is the calendar entry's SEQUENCE then).
 */
export interface ConferenceMailData
  extends Pick<
    Conference,
    | "sequence"
    | "season"
    | "title"
    | "startsAt"
    | "endsAt"
    | "location"
    | "onlineUrl"
    | "agenda"
    | "cancellationNote"
    | "workTableId"
    | "table"
  > {
  conferenceId: string;
  mailing: MailingKind;
  /** The accepted agenda items when the mailing ran (issue 21): a changed agenda goes out with the next mail. */
  agendaItems?: Pick<AgendaItem, "title" | "presenter" | "minutes">[];
  /** Until when members may propose agenda items (issue 21): an invitation's and reminder's link names it. */
  proposalsUntil?: string;
  /** A meeting's invitation and reminder: the table's open tasks when the mailing ran (issue 21). */
  openTasks?: { text: string; ownerName: string; due: string }[];
  partnerName: string;
  /** For the calendar entry's ATTENDEE; never in a link. */
  partnerEmail: string;
  /** What the partner's links (RSVP, unsubscribe) name: opaque, so no address lands in a URL or header. */
  partnerHandle?: string;
  /** A test send to a coordinator: marked as such, links that do not count. */
  test?: boolean;
  /** Until when a new "yes" is taken (issue 22): the invitation and the reminder name it. */
  registrationDeadline?: string;
  /** The event's places (issue 22), when limited: the invitation says so. */
  capacity?: number;
  /** The workshops the person chose (issue 22), for the calendar entry's description. */
  choices?: string[];
}

export interface RegistrationMailData
  extends Pick<
    Conference,
    "sequence" | "season" | "title" | "startsAt" | "endsAt" | "location" | "onlineUrl" | "workTableId" | "table"
  > {
  conferenceId: string;
  outcome: "confirmed" | "waitlisted" | "promoted" | "workshop_promoted" | "removed";
  /** The place on the event's waiting list, when waiting. */
  position?: number;
  /** The code for the door (`XXXX-XXXX`), with a place. */
  code?: string;
  /** The workshops chosen, each with where the person stands. */
  workshops?: { slot: string; title: string; status: PickStatus; position?: number }[];
  partnerName: string;
  /** For the calendar entry's ATTENDEE; never in a link. */
  partnerEmail: string;
  partnerHandle?: string;
}

export interface TaskReminderMailData {
  taskId: string;
  text: string;
  due: string;
  eventTitle: string;
  season: Conference["season"];
  table?: TableRef;
  ownerName: string;
}

/** One member's mail of published minutes: the publication as sent (a number above 1 is a correction). */
export interface MinutesMailData extends Pick<Conference, "season" | "title" | "workTableId" | "table"> {
  conferenceId: string;
  number: number;
  frame: MinutesFrame;
  text?: string;
  decisions: string[];
  tasks: { text: string; ownerName: string; due: string }[];
  partnerName: string;
  partnerHandle?: string;
}

export type MailKind = keyof MailData;
export type { MailStatus } from "./mail-delivery.ts";

export interface OutboxMail<K extends MailKind = MailKind> {
  id: string;
  kind: K;
  to: Recipient[];
  replyTo?: Recipient;
  locale: Locale;
  data: MailData[K];
  status: MailStatus;
  /** Calls to SES so far. */
  attempts: number;
  createdAt: string;
  claimedAt?: string;
  sentAt?: string;
  messageId?: string;
  /** The first transient failure: retries go on for the retry window from here. */
  firstFailedAt?: string;
  /** When a mail put back after a transient failure is due again. */
  nextAttemptAt?: string;
  lastError?: string;
  failedAt?: string;
  /** SES's own words, or why the mailer gave up. */
  failedReason?: string;
  uncertainAt?: string;
  uncertainReason?: string;
  /** Every time a coordinator sent a failed or uncertain mail again. */
  retries?: { at: string; by: string; from: MailStatus; reason?: string }[];
  expiresAt?: number;
}

export type NewMail<K extends MailKind = MailKind> = Pick<OutboxMail<K>, "id" | "kind" | "to" | "locale" | "data"> & {
  replyTo?: Recipient;
  /**
   * The address of the person the mail is about, when it is not its recipient (a contact's mail about an
   * applicant): the mail is then found, and erased, with that person's data. Not stored on the mail itself.
   */
  about?: string;
  /** For conference mail: which mailing it belongs to, so its mails can be counted. */
  mailing?: { conferenceId: string; key: string };
};
