import type { ConsoleTexts } from "../de/console.ts";
import { network } from "../network.ts";
import { conferenceWord, tableWord } from "./words.ts";

export const texts: ConsoleTexts = {
  console: "Console",
  consoleNav: "Console sections",
  menu: "Menu",
  nav: {
    overview: "Overview",
    applications: "Applications",
    get workTables() {
      return `${tableWord().Many}`;
    },
    partners: "Partners",
    get conferences() {
      return `${conferenceWord().Many}`;
    },
    mails: "Mails",
    audit: "Audit log",
    coordinators: "Coordinators",
    account: "My access",
    get myTables() {
      return `My ${tableWord().many}`;
    },
    notices: "Notices",
    network: "Network",
    people: "People (GDPR)",
  },
  signOut: "Sign out",
  signedInAs: (email) => `Signed in as ${email}`,
  required: "required",
  save: "Save",
  cancel: "Cancel",
  back: "Back",
  search: "Search",
  filter: "Filter",
  all: "All",
  next: "Show more",
  none: "Nothing here.",
  yes: "Yes",
  no: "No",
  csrfFailed:
    "The request did not come from the console, or the session changed. Please reload the page and try again.",
  errorPrefix: "Error",
  secondStepTitle: "Second step of signing in",
  passkeyTitle: "With a passkey (recommended)",
  passkeyIntro:
    "A passkey stays safely on your device (fingerprint, face, device PIN or security key) and cannot be intercepted.",
  passkeyCreate: "Create a passkey",
  passkeyUse: "Confirm with a passkey",
  passkeyFailed: "The passkey was not confirmed. Try again or use a code.",
  passkeyRefused: "The passkey was not accepted. Try again or use a code.",
  enrolAppTitle: "Or with an authenticator app",
  secondStepIntro: "Enter the six-digit code from your authenticator app, or one of your recovery codes.",
  codeLabel: "Code",
  codeHint: "Six digits from the app, or a recovery code (xxxx-xxxx-xxxx).",
  confirmCode: "Confirm",
  wrongCode: (left: number) =>
    `This code is not right. ${left} more ${left === 1 ? "try" : "tries"}, then the second step is locked for 15 minutes.`,
  replayedCode: "This code was used already. Please wait for the app's next code.",
  lockedTitle: "Locked for now",
  locked: (until: string) =>
    `After five wrong codes the second step is locked until ${until}. We have sent you an email about it.`,
  tooManyAttempts: "Five codes are being checked right now. Please wait a moment, then try again.",
  enrolTitle: "Set up a second factor",
  enrolIntro:
    "After the sign-in link, the console asks for a second factor. Set up a passkey for it, or an authenticator app (for example FreeOTP, Aegis, Google or Microsoft Authenticator).",
  enrolScan: "Scan this QR code with the app,",
  enrolQrLabel: "QR code to set up the authenticator app",
  enrolType: "or type in this key:",
  enrolCode: "Then enter the code the app shows.",
  enrolName: "Name of the device (optional, e.g. work phone)",
  enrolExpired: "Setting up took too long. Please scan the new QR code.",
  enrolDone: "The second factor is set up",
  recoveryIntro:
    "Your recovery codes. Each works once, for when you do not have the app at hand. Keep them safe (printed or in a password manager); they are shown only now.",
  continueToConsole: "Continue to the console",
  secondFactorTitle: "Second factor",
  secondFactorNone: "No second factor set up.",
  secondFactorOffer:
    "You can set up a passkey or an authenticator app as a second factor; the sign-in link alone is then not enough.",
  setUpSecondFactor: "Set up a second factor",
  authenticator: (name: string) => `Authenticator app “${name}”`,
  recoveryLeft: (n: number) => `${n} unused recovery codes`,
  factor: "Factor",
  passkeyNamed: (name: string) => `Passkey “${name}”`,
  removeFactor: "Remove",
  secondFactorRemoved:
    "The factor was removed. If none is left, as a coordinator you set up a new one at your next sign-in.",
  resetTitle: "Reset a second factor",
  resetIntro:
    "Has someone lost their phone and their recovery codes? After the reset their sessions end, and they set up a new second factor at their next sign-in. They get an email about it.",
  resetButton: "Reset",
  resetDone: (email: string) => `The second factor of ${email} was reset.`,
  resetNone: (email: string) => `${email} has no second factor set up.`,
  signInTitle: "Sign in",
  get signInIntro() {
    return `The console is for the coordinators and the ${tableWord().many}' contact persons. Enter your email address and we will send you a link to sign in. There is no password.`;
  },
  emailLabel: "Email address",
  emailInvalid: "Please enter a valid email address.",
  sendLink: "Send sign-in link",
  linkSentTitle: "Please check your inbox",
  linkSent: (minutes) =>
    `If this address belongs to the console, a sign-in link is on its way. It is valid for ${minutes} minutes and works once, in this browser only.`,
  tooManyRequests: "Too many sign-in attempts. Please try again later.",
  confirmSignInTitle: "Confirm sign-in",
  confirmSignIn: (email) => `You are signing in to the console as ${email}.`,
  confirmSignInButton: "Sign in now",
  linkUsedTitle: "Link already used",
  linkUsed: "This sign-in link has been used already. Please ask for a new one.",
  otherBrowserTitle: "Please open it in the same browser",
  otherBrowser:
    "A sign-in link works only in the browser in which you asked for it. Please open it there (copy it into that browser's address bar), or ask for a new link here.",
  linkExpiredTitle: "Link expired",
  linkExpired: "This sign-in link has expired. Please ask for a new one.",
  linkInvalidTitle: "Link not valid",
  linkInvalid: "This sign-in link is not valid. Please ask for a new one.",
  requestNewLink: "Ask for a new sign-in link",
  signedOutTitle: "Signed out",
  signedOut: "You are signed out. Your session has ended.",
  overviewTitle: "Overview",
  waitingConfirmation: "Waiting for confirmation",
  waitingDecision: "Waiting for a decision",
  overdue: (days) => `Undecided for more than ${days} days`,
  mailsAttention: "Mails someone should look at",
  get nextConference() {
    return `Next ${conferenceWord().one}`;
  },
  get noConference() {
    return `No ${conferenceWord().one} planned.`;
  },
  show: "Show",
  applicationsTitle: "Applications",
  status: "Status",
  get workTable() {
    return `${tableWord().One}`;
  },
  searchLabel: "Name or email address",
  searchHint: "Searches names, email addresses and organisations.",
  applicant: "Applicant",
  submitted: "Received",
  applicationStatus: {
    pending_confirmation: "waiting for confirmation",
    submitted: "waiting for a decision",
    accepted: "accepted",
    declined: "declined",
  },
  applicationTitle: (name) => `Application of ${name}`,
  details: "Details",
  history: "History",
  routedTo: "Routed to",
  organisation: "Organisation",
  organisationType: "Kind",
  engagement: "Engagement",
  mandate: "Mandate of the religious community",
  service: "Counselling service",
  message: "Message",
  consentGiven: "Consent",
  consentProof: (version, language, at) =>
    `Text of ${version} (${language === "en" ? "English" : "German"}), given on ${at}`,
  decision: "Decision",
  note: "Note",
  decideOnBehalf: "Decide on the contact's behalf",
  decideOnBehalfHint:
    "The decision is recorded as the coordinators' decision on behalf of the contact person; the applicant gets the usual message.",
  accept: "Accept",
  decline: "Decline",
  chooseDecision: "Please choose “Accept” or “Decline”.",
  reroute: "Route to someone else",
  rerouteHint:
    "The application goes to another person, e.g. the deputy. They get an email with a decision link of their own.",
  rerouteTo: "To",
  get toDeputy() {
    return `The ${tableWord().one}'s deputy`;
  },
  get toContact() {
    return `The ${tableWord().one}'s contact person`;
  },
  toOther: "Another person",
  otherName: "The person's name",
  otherEmail: "The person's email address",
  rerouted: "The application has been routed on.",
  decided: "The decision is saved.",
  alreadyDecided: "This application has been decided already.",
  notWaiting: "This application is not waiting for a decision.",
  event: {
    created: "Application made",
    confirmed: "Email address confirmed, routed to",
    reminded: "Reminder to the contact person",
    escalated: "Coordinators told",
    decided: "Decided",
    rerouted: "Routed to",
  },
  byContact: "by the contact person",
  byCoordinator: (email) => `by the coordinators (${email}) on the contact's behalf`,
  get workTablesTitle() {
    return `${tableWord().Many}`;
  },
  get newWorkTable() {
    return `New ${tableWord().one}`;
  },
  archived: "archived",
  archive: "Archive",
  restore: "Restore",
  get archiveHint() {
    return `An archived ${tableWord().one} leaves the public page and the form; its applications and members stay. Its numeral becomes free.`;
  },
  editWorkTable: (name) => `Edit ${tableWord().one}: ${name}`,
  id: "Id (used in addresses, e.g. kita-uebergang-schule)",
  numeral: "Numeral (Roman, e.g. VI)",
  name: "Name",
  description: "Description",
  audience: "Audience",
  admission: "Admission",
  admissionOpen: "Open to the audience described",
  admissionMandate: "Only with a religious community's mandate",
  admissionService: "Only state-funded counselling services",
  services: "Services admitted",
  contact: "Contact person",
  contactName: "Contact person's name",
  contactEmail: "Contact person's email address",
  deputy: "Deputy (optional; receives the applications while set)",
  deputyName: "Deputy's name",
  deputyEmail: "Deputy's email address",
  translation: (language) => `Translation: ${language} (optional)`,
  saved: "Saved.",
  savedRerouted: (n: number) =>
    `Saved. ${n === 1 ? "One waiting application now goes" : `${n} waiting applications now go`} to the new contact, with an email and a decision link of their own; the previous contact's links no longer work.`,
  get staleEdit() {
    return `Someone else changed this ${tableWord().one} meanwhile. Your changes were not saved. Below is the current state; please make your changes again.`;
  },
  get numeralTaken() {
    return `Another ${tableWord().one} has this numeral.`;
  },
  idTaken: "This id exists already.",
  fieldsInvalid: "Please check the marked fields.",
  archivedDone: "Archived.",
  restoredDone: "Restored.",
  partnersTitle: "Partners",
  email: "Email address",
  get tables() {
    return `${tableWord().Many}`;
  },
  language: "Language",
  legalBasis: "Legal basis",
  source: "Source",
  sourceApplication: "application",
  sourceImport: "import",
  get mailingList() {
    return `${conferenceWord().One} mailing list`;
  },
  unsubscribedSince: (date) => `unsubscribed since ${date}`,
  subscribed: "subscribed",
  resubscribe: "Subscribe again",
  resubscribeHint: "Only on the person's request. Please note who asked, when and how.",
  partnerTitle: (name) => `Partner: ${name}`,
  import: "Import",
  importTitle: "Import partners",
  importIntro:
    "Upload a CSV file (UTF-8, comma or semicolon). Columns: name, email, organisation, workTables (numerals joined by |, e.g. I|IV), legalBasis; the German column names work too. You see a preview first; nothing is written until you confirm it.",
  file: "CSV file",
  preview: "Show preview",
  previewTitle: "Preview of the import",
  previewIntro: "Nothing is saved yet. This is how the import would go:",
  taken: "new",
  merged: "added to",
  unchanged: "unchanged",
  refused: "refused",
  duplicates: "twice in the file (merged)",
  line: "Line",
  reason: "Reason",
  confirmImport: "Import now",
  imported: (taken, merged) => `Import done: ${taken} new, ${merged} added to.`,
  importExpired: "The preview has expired. Please upload the file again.",
  export: "Export",
  exportSpreadsheet: "For Excel and LibreOffice (semicolon, German columns)",
  exportTechnical: "Technical format (comma, English columns)",
  suppressionsTitle: "Suppression list",
  get suppressionsIntro() {
    return `No ${conferenceWord().one} mail goes to these addresses any more: they bounced for good, or the person complained.`;
  },
  suppressionReason: { bounce: "bounced", complaint: "complaint", erased: "erased person (Art. 17 GDPR)" },
  lift: "Lift",
  liftHint: "Only when the address works again or the person asks for it. Please give the reason.",
  lifted: "Lifted.",
  addressErased: "(address erased)",
  partnerSearchLabel: "Name, email address or organisation",
  unsubscribe: "Take off the mailing list",
  get unsubscribeHint() {
    return `On the person's request; they then receive no ${conferenceWord().one} mail.`;
  },
  get unsubscribedDone() {
    return `The person is off the ${conferenceWord().one} mailing list.`;
  },
  get resubscribedDone() {
    return `The person is on the ${conferenceWord().one} mailing list again.`;
  },
  noteRequired: "Please give a note.",
  partnerSaved: "Saved.",
  partnerUnchanged: "Nothing changed.",
  partnerStale:
    "Someone else changed these details meanwhile. Your changes were not saved. Below is the current state.",
  noFile: "Please choose a CSV file.",
  notUtf8: "The file is not saved as UTF-8. In Excel: “Save as” → “CSV UTF-8 (comma delimited)”.",
  fileTooLarge: (megabytes) => `The file is too large (at most ${megabytes} MB).`,
  fileRejected: "The file cannot be imported:",
  previewCounts: (taken, merged, unchanged, refused) =>
    `${taken} new, ${merged} added to, ${unchanged} unchanged, ${refused} refused.`,
  nothingToImport: "The file has no row that could be imported.",
  outcome: "Outcome",
  partnerHistory: "Changes",
  suppressed: (reason) => `suppressed (${reason})`,
  detail: "Report",
  since: "Since",
  get conferencesTitle() {
    return `${conferenceWord().Many}`;
  },
  get newConference() {
    return `New ${conferenceWord().one}`;
  },
  get season() {
    return `${conferenceWord().One}`;
  },
  get spring() {
    return `Spring ${conferenceWord().one}`;
  },
  get autumn() {
    return `Autumn ${conferenceWord().one}`;
  },
  title: "Title",
  titleHint: "The event's name, e.g. “Herbsttagung 2027”. Mails put “Invitation:” etc. in front.",
  startDate: "Start: date",
  startTime: "Start: time",
  endDate: "End: date",
  endTime: "End: time",
  get berlinTime() {
    return `Time in ${network().city} (Central European Time).`;
  },
  location: "Place",
  onlineUrl: "Online link (optional)",
  agenda: "Agenda (optional)",
  inviteDate: "Send the invitation on",
  inviteTime: "Send the invitation at",
  reminderDate: "Send the reminder on (optional)",
  reminderTime: "Send the reminder at",
  cancelled: "cancelled",
  planned: "planned",
  conferenceTitle: (name) => name,
  when: "When",
  where: "Where",
  mailings: "Mailings",
  mailingKind: { invitation: "invitation", reminder: "reminder", update: "update", cancellation: "cancellation" },
  mailingDone: "done",
  mailingRunning: "running",
  queued: "queued",
  sent: "sent",
  failed: "failed",
  skipped: "skipped",
  rsvp: "Replies",
  rsvpYes: "Yes",
  rsvpNo: "No",
  attendeesCsv: "Attendees (CSV)",
  previewMail: "See the invitation",
  previewTitle2: "Preview of the invitation",
  textPart: "Text version",
  htmlPart: "HTML version",
  testSend: "Send a test to me",
  testSent: (email) => `The test mail is on its way to ${email}.`,
  sendNow: "Send now",
  sendNowConfirmTitle: "Really send now?",
  sendNowConfirm: (kind, count) =>
    `The ${kind} goes to all ${count} partners on the mailing list now (without those unsubscribed or suppressed). This cannot be undone.`,
  sendNowButton: "Yes, send now",
  sendNowDone: "The mailing has started.",
  edit: "Edit",
  get cancelConference() {
    return `Cancel the ${conferenceWord().one}`;
  },
  cancelHint: "Everyone invited gets a cancellation. The note is in it.",
  get cancelledDone() {
    return `The ${conferenceWord().one} is cancelled; the cancellations go out.`;
  },
  get conferenceSaved() {
    return `The ${conferenceWord().one} is saved. Invitation and reminder go out at the times given.`;
  },
  get conferenceChanged() {
    return `Someone else changed the ${conferenceWord().one} meanwhile. Please try again.`;
  },
  dateInvalid: "Please give date and time.",
  timeInvalid: "This time does not exist on that day (clock change), or the date is not valid.",
  timeIssue: {
    future: "This must be in the future.",
    endAfterStart: "The end must be after the start.",
    inviteBeforeStart: "The invitation must go out before the start.",
    reminderAfterInvite: "The reminder must go out after the invitation.",
    reminderBeforeStart: "The reminder must go out before the start.",
    title:
      "The title is the event's name; mails put “Invitation” etc. in front themselves, and it names no other season.",
    onlineUrl: "Please give a link starting with https://.",
  },
  cancelNote: "Note for the cancellation (optional)",
  legend: { start: "Start", end: "End", invite: "Invitation", reminder: "Reminder (optional)" },
  meetingTitle: "Title (optional)",
  meetingTitleHint: "Without a title, the meeting is called “Treffen des Arbeitstisches …”.",
  meetingInviteHint: "Leave empty: the invitation goes to the members at once.",
  meetingReminderHint: "Leave empty: the reminder goes out two days before the meeting.",
  get myTablesTitle() {
    return `My ${tableWord().many}`;
  },
  get myTablesIntro() {
    return `You are the contact person or deputy of these ${tableWord().many}.`;
  },
  tableTitle: (numeral, name) => `${tableWord().One} ${numeral} – ${name}`,
  get tablePage() {
    return `${tableWord().One} page`;
  },
  waitingApplications: "Applications waiting for a decision",
  decidedApplications: "Decided applications",
  decidedBy: "Decided by",
  decidedAt: "Decided on",
  waitingCount: (n) => (n === 1 ? "1 application waiting" : `${n} applications waiting`),
  members: "Members",
  membersCount: (n) => (n === 1 ? "1 member" : `${n} members`),
  membersCsv: "Member list (CSV)",
  removeMember: "Remove",
  removeMemberHint:
    "The person gets a short, polite message that they are no longer a member. Your note stays internal, in the audit log.",
  memberRemoved: (name) => `${name} is no longer a member of this ${tableWord().one}.`,
  notMember: "This person is not a member (any more).",
  meetings: "Meetings",
  newMeeting: "New meeting",
  get meetingSaved() {
    return `The meeting is saved. The invitation goes to the ${tableWord().one}'s members.`;
  },
  cancelMeeting: "Cancel the meeting",
  cancelMeetingHint: "Every invited member gets a cancellation. The note is in it.",
  meetingCancelledDone: "The meeting is cancelled; the cancellations go out.",
  meetingCancelled: "This meeting is cancelled.",
  decide: "Decide",
  decideHint: "The applicant is told your decision by email, with your note.",
  get cancelConfirm() {
    return `Yes, cancel the ${conferenceWord().one}`;
  },
  get conferenceCancelled() {
    return `This ${conferenceWord().one} is cancelled.`;
  },
  nothingYet: "Nothing sent yet.",
  rsvpCounts: (yes, no) => `${yes} yes, ${no} no`,
  answeredAt: "Answered on",
  answer: "Answer",
  previewHint: "This is how the invitation looks for a partner (here with your name). Its links are examples.",
  mailFrame: "The invitation as an HTML mail",
  testKind: "Which mail",
  recipients: "Recipients",
  mailsTitle: "Mails",
  mailsIntro:
    "Failed mails were refused by SES or not taken. With “may have gone out” it is unclear whether they arrived: please ask before sending them again.",
  mailStatus: {
    queued: "waiting",
    sending: "being sent",
    sent: "sent",
    failed: "failed",
    uncertain: "may have gone out",
  },
  recipient: "Recipient",
  subject: "Subject",
  attempts: "Tries",
  retry: "Send again",
  retried: "The mail is queued again.",
  auditTitle: "Audit log",
  auditIntro: "Every change a person made, and every mailing; kept two years.",
  action: "Action",
  actor: "Who",
  at: "When",
  about: "About",
  changes: "Change",
  actionPrefix: "Action starts with (e.g. application, worktable, partner)",
  actorFilter: "Who (email address)",
  coordinatorsTitle: "Coordinators",
  coordinatorsIntro: "These people can use the console with all rights.",
  addCoordinator: "Add a person",
  coordinatorName: "Name (optional)",
  added: "Added.",
  alreadyCoordinator: "This address is a coordinator already.",
  remove: "Remove",
  removed: "Removed.",
  lastCoordinator: "The last coordinator cannot be removed.",
  addedBy: "Added by",
  accountTitle: "My access",
  sessions: "My sessions",
  sessionsIntro: "You are signed in here. End every session you do not recognise.",
  thisSession: "this session",
  started: "Started",
  lastSeen: "Last active",
  browser: "Browser",
  endSession: "End",
  sessionEnded: "The session has ended.",
  apiTokens: "Personal API tokens",
  apiTokensIntro:
    "For scripts using the JSON API under /api/admin: send “Authorization: Bearer <token>”. A token is shown once only.",
  tokenName: "What for (e.g. reporting)",
  tokenValidity: "Valid for days",
  createToken: "Create token",
  tokenCreated: "Your new token (shown only now):",
  tokenNeedsFreshFactor:
    "A new token opens the API without any further sign-in. So please confirm your second factor once more first; then you can create tokens for ten minutes.",
  confirmFactorAgain: "Confirm second factor",
  expires: "Expires",
  lastUsed: "Last used",
  revoke: "Revoke",
  revoked: "Revoked.",
  never: "never",
  notFoundTitle: "Not found",
  notFound: "This does not exist (any more).",
  noticesTitle: "Legal notices",
  networkTitle: "The network",
  networkIntro:
    "How the network names and describes itself: on the public pages, in the console and in every mail. “Preview” shows a change before you save it.",
  networkName: "Name of the network",
  networkShortName: "Short name (in subjects and page titles)",
  networkCity: "City",
  networkSender: "Sender name of the mails",
  networkColour: "Primary colour (#rrggbb)",
  networkColourHint: "White text must be readable on this colour: a contrast of at least 4.5:1.",
  networkNameIn: (language: string) => `Name (${language})`,
  networkDescriptionIn: (language: string) => `Description (${language})`,
  networkFooterIn: (language: string) => `Footer (${language})`,
  networkLanguage: (language: string) => `Texts in ${language}`,
  networkPreview: "Preview",
  networkPreviewTitle: "How it looks (not saved yet)",
  contrastTooLow: (ratio: string) =>
    `White text on this colour would have a contrast of only ${ratio}:1; at least 4.5:1 is needed (WCAG 2.1, AA). Please choose a darker colour.`,
  staleNetwork: "Someone else changed the network meanwhile. Below is the current state.",
  noticesIntro:
    "Legal notice, privacy notice and accessibility statement: every page and every mail links to them. Until you save a text, the software's default applies; please check and complete it.",
  page: "Page",
  lastChanged: "Last changed",
  defaultText: "The software's default",
  noticeFormat:
    "Plain text: a line starting with “## ” becomes a heading, one with “- ” a list item; blank lines separate paragraphs.",
  noticeGerman: "German text (authoritative)",
  noticeEnglish: "English text (optional; without it the English page shows the German text)",
  showPage: "See the page",
  staleNotice: "Someone else changed this text meanwhile. Below is the current state.",
  peopleTitle: "Access and erasure",
  peopleIntro:
    "A person wants to know what is stored about them (Art. 15 GDPR), or asks for erasure (Art. 17 GDPR). Enter their email address.",
  showData: "Show data",
  personTitle: (email) => `Stored about ${email}`,
  partnerRecord: "Partner record",
  accessTitle: "Access and suppression",
  downloadJson: "Download as JSON",
  eraseTitle: "Erase the person",
  eraseConfirm: (email) =>
    `All data about ${email} will be erased: record, applications, replies, mails, sign-ins. The audit log keeps only "erased person". The address stays suppressed as a keyed hash, so no invitation reaches it again. This cannot be undone.`,
  eraseButton: "Yes, erase for good",
  get eraseContact() {
    return `This person is the contact or deputy of ${tableWord().a}. Put someone else on the table first.`;
  },
  eraseCoordinator: "This person is a coordinator. Take them off the coordination first.",
  erased: (deleted, anonymised) => `Erased: ${deleted} items removed, ${anonymised} audit entries anonymised.`,
  forbiddenTitle: "No access",
  forbidden: "This part is for the coordinators.",
};
