import type { FieldTexts } from "../de/fields.ts";
import { conferenceWord, tableWord } from "./words.ts";

export const fields: FieldTexts = {
  /** Problem titles and details (the English ones are the code's own). */
  problems: {} as Record<string, string>,
  problemPatterns: [],
  /** A schema's own messages, and checks across fields, worded for people. */
  messages: {
    "must not be after startsAt": "Must not be after the start.",
    "is given twice": "Is given twice.",
    "a deputy attends in the member's place: only with status present":
      "A deputy attends in the member's place: only with the status present.",
    "a deputy comes in the partner's place: only with the answer yes":
      "A deputy comes in your place: please answer yes for that.",
    "names each person once": "Please name each person only once.",
    get "is not a member, contact person or coordinator of this work table"() {
      return `This person is neither a member nor the contact person of this ${tableWord().one} nor a coordinator.`;
    },
    "is not a partner of the network or a coordinator": "This address belongs to neither a partner nor a coordinator.",
    get "is not a member of this work table and did not answer the invitation"() {
      return `This person is not a member of this ${tableWord().one} and did not answer the invitation.`;
    },
    "is not a partner of the network": "This address belongs to no partner of the network.",
    "must be a single line without control characters": "Please write this on one line, without control characters.",
    "must not contain control characters": "Please remove the control characters from this text.",
    "must be a name, without links or email addresses": "Please give a name, without links or email addresses.",
    get "is not a work table id"() {
      return `There is no such ${tableWord().one}.`;
    },
    get "there is no work table with this id"() {
      return `There is no such ${tableWord().one}.`;
    },
    get "choose at least one work table"() {
      return `Please choose at least one ${tableWord().one}.`;
    },
    get "must not repeat a work table"() {
      return `Please name each ${tableWord().one} only once.`;
    },
    get "work table ids must be unique"() {
      return `Each ${tableWord().one} id may appear only once.`;
    },
    get "work table numerals must be unique"() {
      return `Each ${tableWord().one} numeral may appear only once.`;
    },
    "white text on this colour has too little contrast (at least 4.5:1 is needed)":
      "White text on this colour has too little contrast (at least 4.5:1 is needed).",
    get "name at least one work table"() {
      return `Please name at least one ${tableWord().one}.`;
    },
    "must be empty": "Please leave this field empty.",
    "consent is required": "Please agree to the processing of your details.",
    get "this work table admits only with the mandate of a religious community"() {
      return `A chosen ${tableWord().one} admits only with the mandate of a religious community: please name the community.`;
    },
    get "the chosen work tables admit no common counselling service"() {
      return `The chosen ${tableWord().many} admit no common counselling service: please apply to them one by one.`;
    },
    "is not a cursor of this list":
      "This position does not belong to this list. Please start the list from the beginning.",
    "has expired; start from the first page": "This position has expired. Please start from the first page.",
    "must be a Roman numeral such as I, IV or XII": "Please give a Roman numeral, for example I, IV or XII.",
    "must be after inviteAt": "The reminder must come after the invitation.",
    "must be after startsAt": "The end must come after the start.",
    "must be before startsAt": "This must come before the start.",
    "must be an https:// link": "Please give a link that starts with https://.",
    "must be in the future": "This time must be in the future.",
    "name the address the test goes to": "Please name the address the test should go to.",
    "services must not repeat": "Please name each counselling service only once.",
    "use 1–64 lowercase letters, digits and hyphens, e.g. kita-uebergang-schule":
      "Please use 1–64 lowercase letters, digits and hyphens, for example kita-uebergang-schule.",
    "must be the event's name; mails add words such as Einladung themselves":
      'Please give the event\'s name; the mails put words such as "Invitation" in front of it themselves.',
    get "the work table names no such person"() {
      return `The ${tableWord().one} names no such person.`;
    },
    "use type:id, e.g. application:<id> or partner:<address>":
      "Please give a type and an id, for example application:<id> or partner:<address>.",
    "use YYYY-MM-DD": "Please give the date as YYYY-MM-DD.",
    "is no calendar date": "Is no valid date.",
    "is before from": "Is before the first day (from).",
    "needs both from and to": "Please give both from and to.",
    "is no year between 2000 and 2999": "Please give a year between 2000 and 2999.",
  } as Record<string, string>,
  messagePatterns: [
    [/^is more than (\d+) days after from$/, (m) => `A report covers at most ${m[1]} days (five years).`],
    [
      /^workshop (\S+) has registrations; it cannot be removed$/,
      (m) => `Workshop ${m[1]} has registrations; it cannot be removed.`,
    ],
    [
      /^(\d+) places are given already; no fewer than that$/,
      (m) => `${m[1]} places are given already; it cannot be fewer.`,
    ],
    [/^there is no workshop (.+)$/, (m) => `There is no workshop ${m[1]}.`],
    [
      /^at most one workshop per time slot \((.+)\)$/,
      (m) => `Please choose at most one workshop per time slot (${m[1]}).`,
    ],
    [
      /^this work table admits only (MBE|JMD|MBE or JMD)$/,
      (m) => `A chosen ${tableWord().one} is only for ${m[1]}: please choose your service.`,
    ],
    [
      /^names the (spring|autumn) conference, but the season is (spring|autumn)$/,
      (m) =>
        `The title names the ${m[1]} ${conferenceWord().one}, but the event is the ${m[2]} ${conferenceWord().one}.`,
    ],
  ],
  /** The generic messages, by the kind of problem the validator found. */
  issues: {
    required: "Please give this.",
    empty: "Please fill in this field.",
    tooShort: (n) => `Please enter at least ${n} characters.`,
    tooLong: (n) => `Please enter at most ${n} characters.`,
    tooFew: (n) => `Please choose at least ${n}.`,
    tooMany: (n) => `Please choose at most ${n}.`,
    tooSmall: (n) => `Please give a number of ${n} or more.`,
    tooBig: (n) => `Please give a number of ${n} or less.`,
    wholeNumber: "Please give a whole number.",
    email: "Please enter a valid email address.",
    url: "Please give a complete link that starts with https://.",
    dateTime: "Please give date and time with a time zone, for example 2027-04-22T09:00:00+02:00.",
    format: "This does not have the expected form.",
    oneOf: (values) => `Please choose one of these values: ${values}.`,
    unknownField: "There is no such field here. Please leave it out.",
    wrongType: "This is of the wrong kind, for example a number instead of a text.",
    invalid: "Please check this.",
  },
  /** The application form's fields, each with its own message (the form and `POST /api/applications`). */
  application: {
    get workTableIds() {
      return `Please choose at least one ${tableWord().one}.`;
    },
    name: "Please enter your name: one line, at most 120 characters, without links or email addresses.",
    email: "Please enter a valid email address.",
    organisation: "At most 200 characters on one line, please.",
    organisationType: "Please choose the type of your organisation.",
    engagement: "Please choose whether you are involved professionally or as a volunteer.",
    get mandateCommunity() {
      return `A chosen ${tableWord().one} admits only with the mandate of a religious community: please name the community.`;
    },
    get service() {
      return `A chosen ${tableWord().one} is only for state-funded counselling services: please choose your service (MBE or JMD).`;
    },
    message: "At most 2000 characters, please.",
    consent: "Please agree to the processing of your details.",
    website: "Please leave this field empty.",
  },
};
