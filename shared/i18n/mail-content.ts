import type { AboutApplicant } from "../domain/application-mail-data.ts";
import type { MailingKind } from "../domain/conference.ts";
import type { Locale } from "../domain/locale.ts";
import type { MailData, RegistrationMailData, TableRef } from "../domain/mail.ts";

type RegistrationOutcome = RegistrationMailData["outcome"];

/** The links a mail carries; signed by the sender at send time. */
export interface MailLinks {
  /** A task's owner marks it done (issue 21). */
  taskDone?: string;
  /** Proposing an agenda item, until the deadline the contact set (issue 21). */
  propose?: string;
  /** The published minutes of the mail's table (or the conferences'), for as long as the reader takes part. */
  archive?: string;
  confirm?: string;
  decide?: string;
  rsvp?: string;
  unsubscribe?: string;
  /** Leaving the work table whose meeting a mail is about (not all mail: that is `unsubscribe`). */
  leave?: string;
  signIn?: string;
  /** The door's check-in of the person (issue 22): the QR code holds it; opening it needs a signed-in door staff. */
  checkIn?: string;
  /** The Impressum and the privacy notice: in every mail's footer. */
  imprint?: string;
  privacy?: string;
}

/** A mail as a few blocks; one renderer makes the text and the HTML part from it, escaping in one place. */
export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  facts?: [label: string, value: string][];
  action?: { label: string; url: string };
  /** An image of the mail's own (a QR code), as a related part: the HTML shows it by its content id. */
  image?: { cid: string; alt: string };
  after?: string[];
  /** Below the closing: the links to the Impressum and the privacy notice. */
  footer?: string[];
  /**
   * The language the mail is written in when it is not the mail's own locale: the staff's mails (to contact
   * persons and coordinators) are German, sign-in links German or English. Closing, footer and the HTML's
   * `lang` follow it.
   */
  language?: Locale;
}

/** The words every mail shares: the closing, the name of a work table, the footer's labels, the greetings. */
export interface MailWords {
  closing: string[];
  /** "Arbeitstisch" as a heading or list item: "Arbeitstisch II – …". Sentences inflect it themselves. */
  table: string;
  imprint: string;
  privacy: string;
  /** The greeting when the mail may not carry a name. */
  hello: string;
  /** The greeting of a named person, formal and without gender. */
  dear: (name: string) => string;
  /** A conference's name quoted in a sentence. */
  quote: (name: string) => string;
}

/** What a conference mail says in one language; `quoted` is the conference's name in the language's quotes. */
export interface ConferenceTexts {
  labels: {
    what: string;
    when: string;
    where: string;
    online: string;
    agenda: string;
    minutes: (n: number) => string;
    /** The table's open tasks in a meeting's invitation (issue 21). */
    openTasks: string;
    /** Until when a new "yes" is taken, and the places when limited (issue 22). */
    registrationDeadline: string;
    places: string;
    placesLimited: (n: number) => string;
  };
  subjects: Record<MailingKind, string>;
  paragraphs: Record<MailingKind, (quoted: string) => string[]>;
  rsvp: string;
  /** To a work table's member: why they get the mail, and that replies reach the table's contact person. */
  asMember: (table: TableRef) => string;
  leave: (url: string) => string;
  unsubscribe: (url: string) => string;
  /** To a network partner (a conference of the whole network): why they get it, and how to stop it. */
  asPartner: (url: string) => string;
  /** Where the published minutes are (issue 21). */
  archive: (url: string) => string;
}

/** What the mail of published minutes says in one language (issue 21); the minutes themselves are as written. */
export interface MinutesTexts {
  subject: (correction: boolean) => string;
  intro: (quoted: string, correction: boolean) => string[];
  labels: {
    present: string;
    excused: string;
    text: string;
    decisions: string;
    tasks: string;
    /** "bis 12. Januar 2027", after a task's owner. */
    due: (date: string) => string;
    deputyFor: (deputy: string, member: string) => string;
    nobody: string;
  };
}

/** The mails to applicants and partners, in each of the six languages of the public pages. */
export interface MailTexts {
  words: MailWords;
  /** "Arbeitstisch II – …": a work table as a heading or list item. */
  tableLabel: (t: TableRef) => string;
  /** The applicant's mails. */
  applicant: {
    confirm_submission: (d: MailData["confirm_submission"], links: MailLinks) => MailContent;
    application_forwarded: (d: MailData["application_forwarded"]) => MailContent;
    application_decided: (d: MailData["application_decided"]) => MailContent;
  };
  /** A partner's or member's mail of a conference or a table's meeting. */
  conference: ConferenceTexts;
  /** To a member taken off a work table; `table` is "II – …". */
  memberRemoved: (partnerName: string, table: string) => MailContent;
  /** The published minutes of a meeting or conference. */
  minutes: MinutesTexts;
  /** To a member whose agenda proposal was accepted or declined: the event quoted, the item quoted. */
  proposalDecided: {
    subject: (event: string) => string;
    paragraphs: (quotedEvent: string, quotedItem: string, accepted: boolean) => string[];
  };
  /** To a member: where to propose an agenda item, and until when (a date). */
  propose: (url: string, until: string) => string;
  /** To a task's owner before the due date: the event quoted, the task, the date, the button. */
  taskReminder: {
    subject: (event: string) => string;
    paragraphs: (quoted: string, task: string, date: string) => string[];
    action: string;
  };
  /** Where a person stands after answering an event with places (issue 22). */
  registration: RegistrationTexts;
}

/** What a registration mail says in one language; `quoted` is the event's name in the language's quotes. */
export interface RegistrationTexts {
  subjects: Record<RegistrationOutcome, string>;
  paragraphs: Record<RegistrationOutcome, (quoted: string, position: number) => string[]>;
  labels: {
    /** "Ihr Code für den Einlass". */
    code: string;
    workshops: string;
  };
  /** Below the code: show the QR code or say the code at the door. */
  codeHint: string;
  /** The QR image's text alternative. */
  qrAlt: (code: string) => string;
  /** A workshop's line: where the person stands in it. */
  status: { confirmed: string; waitlisted: (position: number | undefined) => string; pending: string };
  /** The button to the answer page: change or cancel, or leave the waiting list. */
  change: string;
  leaveList: string;
}

/** The console's own mails (the sign-in link, a changed second factor), in German and English. */
export interface AccountMailTexts {
  signIn: (links: MailLinks) => MailContent;
  secondFactor: (d: MailData["second_factor_changed"]) => MailContent;
}

/** The mails to contact persons and coordinators about applications: German, the network's working language. */
export interface StaffMailTexts {
  newApplication: (d: MailData["new_application"] & AboutApplicant, links: MailLinks) => MailContent;
  decisionReminder: (d: MailData["decision_reminder"] & AboutApplicant, links: MailLinks) => MailContent;
  undecidedDigest: (d: MailData["undecided_digest"]) => MailContent;
}

/**
 * A language's ways of naming work tables in a mail, from its words: "Arbeitstisch II – …" as a heading
 * (`tableLabel`), a bulleted list of tables, and the list of where an application went with the contact's name.
 */
export function mailLists(words: Pick<MailWords, "table">) {
  const tableLabel = (t: TableRef) => `${words.table} ${t.numeral} – ${t.name}`;
  return {
    tableLabel,
    bullets: (tables: TableRef[]) => tables.map((t) => `• ${tableLabel(t)}`).join("\n"),
    routeList: (routes: MailData["application_forwarded"]["routes"]) =>
      routes.map((r) => `• ${tableLabel(r.table)}: ${r.contactName}`).join("\n"),
  };
}
