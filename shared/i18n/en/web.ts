import { RETENTION } from "../../domain/application.ts";
import type { WebTexts } from "../de/web.ts";
import { capitalised } from "../format.ts";
import { network } from "../network.ts";
import { conferenceWord, tableWord } from "./words.ts";

export const web: WebTexts = {
  /** The frame of every public page: header, footer, language switch, the home page. */
  page: {
    get network() {
      return network().names.en;
    },
    skip: "Skip to content",
    headerLabel: "Header",
    languageNav: "Language",
    errorPrefix: "Error",
    easyLanguageLink: "The network in Easy German (Leichte Sprache)",
    get homeTitle() {
      return capitalised(network().words.en.workTables, "en");
    },
    get homeIntro() {
      return network().descriptions.en;
    },
    get workTable() {
      return capitalised(network().words.en.workTable, "en");
    },
    audience: "Audience",
    admission: "Admission",
    contact: "Contact person",
    get noTables() {
      return `No ${tableWord().many} are listed at the moment.`;
    },
    footerLabel: "Footer",
    get footer() {
      return network().footers.en;
    },
    legalNav: "Legal",
    germanOnly: "This notice is available in German; the German text applies.",
    notFoundTitle: "Page not found",
    notFoundText: "This page does not exist.",
    get backHome() {
      return `To the list of ${tableWord().many}`;
    },
  },
  /** The application form, and the pages behind the links in mails: confirm, decide. */
  application: {
    formTitle: "Apply to join",
    get formIntro() {
      return `Would you like to join one or more ${tableWord().many}? Fill in the form. You will then receive an email to confirm your application; only then is it passed on to the contact persons.`;
    },
    required: "required",
    get tables() {
      return `${tableWord().Many}`;
    },
    tablesHint: "Choose one or more.",
    name: "Name",
    email: "Email address",
    organisation: "Organisation (optional)",
    organisationType: "Type of organisation",
    choose: "Please choose",
    engagement: "I am involved",
    mandate: "Religious community that sends you",
    get mandateHint() {
      return `Only for ${tableWord().many} that require the mandate of a religious community (e.g. III).`;
    },
    service: "Counselling service",
    get serviceHint() {
      return `Only for the ${tableWord().many} of state-funded counselling (e.g. V).`;
    },
    noService: "No counselling service",
    message: "Message to the contact persons (optional)",
    consent: "Consent",
    honeypot: "Please leave this field empty.",
    submit: "Send application",
    showIn: "Show the form with your entries in:",
    errorSummary: "Please check your details:",
    tooFast: "That was very quick. Please check your details and send the form again.",
    formExpired: "The form was open for more than a day. Your details are kept; please send it again.",
    rateLimited: "Too many applications came from this address in the last hour. Please try again later.",
    sentTitle: "Please confirm your application",
    sentText: (email: string) =>
      `We have sent an email to ${email}. Please open the link in it to confirm your application. The link is valid for ${RETENTION.unconfirmedDays} days.`,
    get alreadyOpen() {
      return `You already have an open application for these ${tableWord().many}; no second one was created:`;
    },
    confirmationResent: (email: string) =>
      `We have sent the confirmation link to ${email} once more. The link in the first email stays valid too.`,
    confirmationPending:
      "If you have not confirmed it yet: the email with the confirmation link is on its way. Please also check your spam folder. In a few minutes you can ask for the link again by sending the form once more.",
    confirmTitle: "Confirm application",
    confirmText: "Please confirm that you applied to join. We will then forward your application.",
    confirmButton: "Confirm application now",
    confirmedTitle: "Thank you – your application is confirmed",
    confirmedText: "We have forwarded your application to:",
    linkInvalidTitle: "This link is not valid",
    linkInvalidText: "Please check that you opened the complete link from the email.",
    linkExpiredTitle: "This link has expired",
    linkExpiredText: "Please apply again if you wish.",
    handedOnTitle: "This application was handed on",
    handedOnText:
      "The coordination has handed this application on to someone else for a decision. This link can no longer decide it. If you have questions, please contact the network's coordination.",
    decideTitle: "Application to join",
    submittedAt: "Received",
    get workTable() {
      return capitalised(network().words.en.workTable, "en");
    },
    decision: "Your decision",
    accept: "Accept",
    decline: "Decline",
    note: "Note to the applicant (optional)",
    decideButton: "Send decision",
    decidedTitle: "Decision saved",
    decidedText: (accepted: boolean) =>
      accepted
        ? "You accepted the application. The person is informed and is now a network partner."
        : "You declined the application. The person is informed.",
    alreadyDecided: (accepted: boolean) =>
      `This application has already been decided: ${accepted ? "accepted" : "declined"}.`,
    conflict: "This application has already been decided differently; the first decision stands.",
    chooseDecision: "Please choose “Accept” or “Decline”.",
  },
  /** The answer to an invitation. */
  /** The pages behind a table's mails for its work (issue 21): a task's owner, the archive, a proposal. */
  eventLinks: {
    taskTitle: "Your task",
    from: "From",
    due: "Due on",
    state: "State",
    open: "open",
    done: "done",
    markDone: "Mark as done",
    doneNow: "Thank you, the task is marked as done.",
    doneBefore: "This task is already done.",
    archiveTitle: (name: string): string => `Minutes: ${name}`,
    archiveIntro:
      "Here are the published minutes, newest first. The link is for you only and only while you take part; please do not pass it on.",
    archiveNone: "There are no published minutes yet.",
    noAccess: "This link is no longer valid because you no longer take part.",
    noAccessTitle: "No access any more",
    conferences: "The network's conferences",
    when: "When",
    where: "Where",
    present: "Present",
    excused: "Excused",
    agenda: "Agenda",
    text: "Minutes",
    decisions: "Decisions",
    tasks: "Tasks",
    nobody: "nobody recorded",
    published: (date: string): string => `Published on ${date}`,
    corrected: (n: number, date: string): string => `Corrected version ${n}, published on ${date}`,
    dueBy: (date: string): string => `by ${date}`,
    deputyFor: (deputy: string, member: string): string => `${deputy}, deputy for ${member}`,
    proposeTitle: "Propose an agenda item",
    proposeIntro: (until: string): string =>
      `Propose an item; the contact person accepts or declines it, and you get an email about it. Proposals are possible until ${until}.`,
    proposeClosed: "Proposals for this agenda are no longer possible.",
    proposalTitle: "Title of the item",
    proposalNote: "What is it about? (optional)",
    proposalMinutes: "How many minutes? (optional)",
    proposeButton: "Send proposal",
    proposed: "Thank you, your proposal has arrived.",
    yourProposals: "Your proposals",
    proposalStates: { proposed: "waiting for a decision", accepted: "accepted", declined: "declined" },
    tooMany: "You have proposed five items already; no more are possible.",
  },
  rsvp: {
    when: "When",
    where: "Where",
    agenda: "Agenda",
    question: "Will you attend?",
    yes: "Yes, I will attend",
    no: "No, I cannot attend",
    current: (yes: boolean) =>
      `Your answer: ${yes ? "Yes, I will attend." : "No, I cannot attend."} You can change it until the start.`,
    saved: "Thank you, your answer has been saved.",
    minutes: (n: number): string => `${n} min`,
    deputy: "Deputy from your organisation (optional)",
    deputyHint: "Is someone else from your organisation coming in your place? Enter their name here and answer yes.",
    deputyInvalid: "Please enter a name only (at most 120 characters, no links).",
    currentDeputy: (name: string): string => `Coming in your place: ${name}.`,
    get closed() {
      return `The ${conferenceWord().one} has started or was cancelled; answers can no longer change.`;
    },
    /** Places, waiting list and workshops (issue 22). */
    places: {
      confirmed: "Your place is confirmed.",
      waitlisted: (position: number): string =>
        `All places are taken. You are number ${position} on the waiting list; when a place becomes free, you move up automatically and receive an email.`,
      cancelled: "You have cancelled.",
      left: (free: number, capacity: number): string =>
        `${free} of ${capacity} ${capacity === 1 ? "place" : "places"} left.`,
      full: "All places are taken; whoever says yes now joins the waiting list.",
      deadline: (date: string): string => `Registration closes: ${date}.`,
      deadlinePassed: "Registration has closed; no new registrations are possible. You can still cancel.",
      organisationFull: (limit: number): string =>
        `Your organisation has as many people registered as the event allows per organisation (${limit}).`,
      leave: "Leave the waiting list",
      code: (code: string): string => `Your code for the entrance: ${code}`,
      workshops: "Workshops",
      workshopsHint: "Choose at most one workshop per time slot.",
      none: "No workshop",
      placesLeft: (free: number): string =>
        free > 1 ? `${free} places left` : free === 1 ? "1 place left" : "full, waiting list",
      status: {
        confirmed: "place confirmed",
        waitlisted: (position: number | undefined): string =>
          position ? `waiting list, number ${position}` : "waiting list",
        pending: "given once you have a place",
      },
      workshopsInvalid: "Please choose at most one of the workshops offered per time slot.",
    },
  },
  /** Leaving the conference mailing list. */
  unsubscribe: {
    get title() {
      return `Unsubscribe from ${conferenceWord().one} mail`;
    },
    intro: (email: string) =>
      `As a partner of the ${network().name} you receive invitations and news about the ${conferenceWord().many} at ${email}.`,
    get question() {
      return `If you no longer wish to receive these emails, you can unsubscribe here. Your membership of the ${tableWord().many} is not affected.`;
    },
    button: "Unsubscribe now",
    get already() {
      return `This address has already been unsubscribed. You will not receive emails about the ${conferenceWord().many}.`;
    },
    doneTitle: "You have been unsubscribed",
    done: (email: string) => `You will no longer receive emails about the ${conferenceWord().many} at ${email}.`,
    get undo() {
      return `Was this a mistake? At your request, the network's coordination (${network().officeNames.en}) will add you to the list again.`;
    },
    invalidTitle: "This link is not valid",
    invalid: "Please check that you opened the complete link from the email.",
    expiredTitle: "This link has expired",
    expired: "Please use the unsubscribe link from a more recent email or contact the network's coordination.",
  },
  /** Leaving one work table. */
  leave: {
    get title() {
      return `Leave ${tableWord().a}`;
    },
    intro: (table: string) =>
      `You are a member of ${tableWord().one} ${table} and receive the invitations to its meetings.`,
    get question() {
      return `If you no longer wish to be a member, you can leave here. You will still be invited to the network's ${conferenceWord().many}.`;
    },
    button: "Leave now",
    notMember: (table: string) => `You are not (or no longer) a member of ${tableWord().one} ${table}.`,
    get doneTitle() {
      return `You have left the ${tableWord().one}`;
    },
    done: (table: string) =>
      `You are no longer a member of ${tableWord().one} ${table} and will not receive its invitations any more.`,
    get undo() {
      return `Was this a mistake? Write to the ${tableWord().one}'s contact person; they will gladly add you again.`;
    },
    invalidTitle: "This link is not valid",
    invalid: "Please check that you opened the complete link from the email.",
    expiredTitle: "This link has expired",
    get expired() {
      return `Please use the link from a more recent email of the ${tableWord().one}.`;
    },
  },
};
