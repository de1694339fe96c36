import { RETENTION } from "../../domain/application.ts";
import { capitalised, tableName } from "../format.ts";
import { type MailTexts, type MailWords, mailLists } from "../mail-content.ts";
import { network } from "../network.ts";
import { conferenceWord, tableWord } from "./words.ts";

const words: MailWords = {
  get closing() {
    return ["Kind regards", network().name, network().officeNames.en];
  },
  get table() {
    return capitalised(network().words.en.workTable, "en");
  },
  imprint: "Legal notice",
  privacy: "Privacy notice",
  hello: "Hello,",
  dear: (name) => `Dear ${name},`,
  quote: (name) => `“${name}”`,
};

const { tableLabel, bullets, routeList } = mailLists(words);

export const mails: MailTexts = {
  words,
  tableLabel,
  /** The applicant's mails. */
  applicant: {
    confirm_submission: (d, links) => ({
      subject: `Please confirm your application to the ${network().shortName}`,
      greeting: words.hello,
      paragraphs: [
        `thank you for your interest in the ${network().name}. You would like to join these ${tableWord().many}:`,
        bullets(d.tables),
        "Please confirm your email address. Only then will we forward your application to the contact persons.",
      ],
      action: { label: "Confirm application", url: links.confirm ?? "" },
      after: [
        `The link is valid for ${RETENTION.unconfirmedDays} days. Without confirmation, your details are deleted automatically afterwards.`,
        "If you did not apply, please ignore this email.",
      ],
    }),
    application_forwarded: (d) => ({
      subject: "Your application has been forwarded",
      greeting: words.dear(d.applicantName),
      paragraphs: [
        "thank you for confirming. We have forwarded your application to:",
        routeList(d.routes),
        "The contact persons decide on admission. We will let you know as soon as they have decided.",
      ],
    }),
    application_decided: (d) => {
      const note = d.note ? [`Note from the contact person: ${d.note}`] : [];
      return d.outcome === "accept"
        ? {
            subject: `Welcome to ${tableWord().one} ${tableName(d.table)}`,
            greeting: words.dear(d.applicantName),
            paragraphs: [
              `Your application to join ${tableLabel(d.table)} has been accepted. Welcome!`,
              `As a network partner you will also receive the invitations to the ${conferenceWord().many} in spring and autumn.`,
              ...note,
            ],
          }
        : {
            subject: `Your application for ${tableWord().one} ${tableName(d.table)}`,
            greeting: words.dear(d.applicantName),
            paragraphs: [
              `Unfortunately, your application to join ${tableLabel(d.table)} has not been accepted.`,
              ...note,
              `The details of this application will be deleted after ${RETENTION.declinedMonths} months.`,
            ],
          };
    },
  },
  /** A partner's or member's mail of a conference or a table's meeting. */
  conference: {
    labels: {
      what: "What",
      when: "When",
      where: "Where",
      online: "Join online",
      agenda: "Agenda",
      minutes: (n: number) => `${n} min`,
      openTasks: "Open tasks",
      registrationDeadline: "Registration closes",
      places: "Places",
      placesLimited: (n) => `limited to ${n}; then a waiting list`,
    },
    subjects: { invitation: "Invitation", reminder: "Reminder", update: "Changed", cancellation: "Cancelled" },
    paragraphs: {
      invitation: (q) => [
        `we cordially invite you to ${q}.`,
        "Please let us know whether you will attend; you can change your answer until it starts. The calendar entry is attached.",
      ],
      reminder: (q) => [`this is a reminder of ${q}.`],
      update: (q) => [`the time or place of ${q} has changed. The attached calendar entry replaces the previous one.`],
      cancellation: (q) => [
        `unfortunately, ${q} has been cancelled. The attached entry removes it from your calendar.`,
      ],
    },
    rsvp: "Reply yes or no",
    asMember: (t) =>
      `You receive this email as a member of ${tableWord().one} ${tableName(t)}. Replying to it reaches the ${tableWord().one}'s contact person.`,
    leave: (url) => `Leave the ${tableWord().one}: ${url}`,
    unsubscribe: (url) => `To stop receiving the network's emails: ${url}`,
    asPartner: (url) => `You receive this email as a network partner. To stop receiving invitations: ${url}`,
    archive: (url) => `Published minutes: ${url}`,
  },
  /** To a member taken off a work table; `table` is "II – …". */
  memberRemoved: (partnerName, table) => ({
    subject: `Your membership of ${tableWord().one} ${table}`,
    greeting: words.dear(partnerName),
    paragraphs: [
      `You are no longer a member of ${tableWord().one} ${table} and will not receive its invitations any more. Thank you for your work with it.`,
      `We will keep inviting you to the network's ${conferenceWord().many}. If this is a mistake or you have questions, simply reply to this email; it reaches the ${tableWord().one}'s contact person.`,
    ],
  }),
  /** The published minutes of a meeting or conference (issue 21). */
  minutes: {
    subject: (correction) => (correction ? "Corrected minutes" : "Minutes"),
    intro: (q, correction) =>
      correction
        ? [`here are the corrected minutes of ${q}. They replace the previous version.`]
        : [`here are the minutes of ${q}.`],
    labels: {
      present: "Present",
      excused: "Excused",
      text: "Minutes",
      decisions: "Decisions",
      tasks: "Tasks",
      due: (date) => `by ${date}`,
      deputyFor: (deputy, member) => `${deputy}, deputy for ${member}`,
      nobody: "nobody recorded",
    },
  },
  /** Where a person stands after answering an event with places (issue 22). */
  registration: {
    subjects: {
      confirmed: "Registration confirmed",
      waitlisted: "On the waiting list",
      promoted: "A place has become free: you are in",
      workshop_promoted: "Workshop place confirmed",
      removed: "Registration withdrawn",
    },
    paragraphs: {
      confirmed: (q) => [`Your registration for ${q} is confirmed. We look forward to seeing you.`],
      waitlisted: (q, position) => [
        `All places for ${q} are taken. You are number ${position} on the waiting list.`,
        "When a place becomes free, you move up automatically and receive an email with the calendar entry.",
      ],
      promoted: (q) => [
        `A place for ${q} has become free: you moved up from the waiting list, your place is confirmed.`,
      ],
      workshop_promoted: (q) => [`A place in a workshop at ${q} has become free: you moved up.`],
      removed: (q) => [`The organisers have withdrawn your registration for ${q}.`],
    },
    labels: { code: "Your code for the entrance", workshops: "Workshops" },
    codeHint: "At the entrance, show the QR code or say the code.",
    qrAlt: (code) => `QR code for the entrance, code ${code}`,
    status: {
      confirmed: "place confirmed",
      waitlisted: (position) => (position ? `waiting list, number ${position}` : "waiting list"),
      pending: "given once you have a place",
    },
    change: "Change or cancel your answer",
    leaveList: "Leave the waiting list",
  },
  /** To a task's owner before its due date (issue 21). */
  taskReminder: {
    subject: (event) => `Reminder of your task: ${event}`,
    paragraphs: (q, task, date) => [
      `At ${q} you took on this task:`,
      task,
      `It is due on ${date}. Once it is done, please mark it as done with the link below.`,
    ],
    action: "Mark as done",
  },
  /** To a member whose agenda proposal was decided (issue 21). */
  proposalDecided: {
    subject: (event) => `Your agenda proposal: ${event}`,
    paragraphs: (e, item, accepted) =>
      accepted
        ? [`Your proposal ${item} is now on the agenda of ${e}. Thank you!`]
        : [
            `Your proposal ${item} will not be on the agenda of ${e} this time. If you have questions, simply reply to this email.`,
          ],
  },
  propose: (url, until) => `Propose an agenda item (until ${until}): ${url}`,
};
