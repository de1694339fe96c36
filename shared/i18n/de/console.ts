import type { ApplicationStatus } from "../../domain/application.ts";
import type { MailStatus } from "../../domain/mail-delivery.ts";
import { capitalised } from "../format.ts";
import { network } from "../network.ts";
import { labels } from "./labels.ts";
import { conferenceWord, tableWord } from "./words.ts";

/**
 * Everything the console says, in German (formal "Sie", the network's inclusive spelling): it defines the shape
 * the English texts follow (`ConsoleTexts`). The console speaks German and English.
 */
export const texts = {
  console: "Konsole",
  consoleNav: "Bereiche der Konsole",
  menu: "Menü",
  nav: {
    overview: "Übersicht",
    applications: "Anträge",
    get workTables() {
      return `${capitalised(tableWord().many, "de")}`;
    },
    partners: "Partner:innen",
    get conferences() {
      return `${capitalised(conferenceWord().many, "de")}`;
    },
    mails: "E-Mails",
    report: "Jahresbericht",
    audit: "Protokoll",
    coordinators: "Koordination",
    account: "Mein Zugang",
    get myTables() {
      return `Meine ${tableWord().many}`;
    },
    notices: "Hinweise",
    network: "Netzwerk",
    people: "Personen (DSGVO)",
  },
  signOut: "Abmelden",
  signedInAs: (email: string) => `Angemeldet als ${email}`,
  required: "Pflichtfeld",
  save: "Speichern",
  cancel: "Abbrechen",
  back: "Zurück",
  search: "Suchen",
  filter: "Filtern",
  all: "Alle",
  next: "Weitere anzeigen",
  none: "Keine Einträge.",
  yes: "Ja",
  no: "Nein",
  csrfFailed:
    "Die Anfrage kam nicht aus der Konsole oder die Sitzung hat sich geändert. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
  // sign-in
  errorPrefix: "Fehler",
  secondStepTitle: "Zweiter Schritt der Anmeldung",
  passkeyTitle: "Mit einem Passkey (empfohlen)",
  passkeyIntro:
    "Ein Passkey liegt sicher auf Ihrem Gerät (Fingerabdruck, Gesichtserkennung, Geräte-PIN oder Sicherheitsschlüssel) und lässt sich nicht abfangen.",
  passkeyCreate: "Passkey anlegen",
  passkeyUse: "Mit Passkey bestätigen",
  passkeyFailed: "Der Passkey wurde nicht bestätigt. Versuchen Sie es noch einmal oder nutzen Sie einen Code.",
  passkeyRefused: "Der Passkey wurde nicht angenommen. Versuchen Sie es noch einmal oder nutzen Sie einen Code.",
  enrolAppTitle: "Oder mit einer Authenticator-App",
  secondStepIntro:
    "Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein, oder einen Ihrer Wiederherstellungscodes.",
  codeLabel: "Code",
  codeHint: "Sechs Ziffern aus der App, oder ein Wiederherstellungscode (xxxx-xxxx-xxxx).",
  confirmCode: "Bestätigen",
  wrongCode: (left: number) =>
    `Dieser Code stimmt nicht. Noch ${left} ${left === 1 ? "Versuch" : "Versuche"}, dann wird der zweite Schritt für 15 Minuten gesperrt.`,
  replayedCode: "Dieser Code wurde schon verwendet. Bitte warten Sie auf den nächsten Code der App.",
  lockedTitle: "Vorübergehend gesperrt",
  locked: (until: string) =>
    `Nach fünf falschen Codes ist der zweite Schritt bis ${until} gesperrt. Wir haben Ihnen dazu eine E-Mail geschickt.`,
  tooManyAttempts:
    "Gerade werden schon fünf Codes geprüft. Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal.",
  enrolTitle: "Zweiten Faktor einrichten",
  enrolIntro:
    "Die Konsole verlangt nach dem Anmeldelink einen zweiten Faktor. Richten Sie dazu einen Passkey ein, oder eine Authenticator-App (zum Beispiel FreeOTP, Aegis, Google oder Microsoft Authenticator).",
  enrolScan: "Scannen Sie diesen QR-Code mit der App,",
  enrolQrLabel: "QR-Code zum Einrichten der Authenticator-App",
  enrolType: "oder tippen Sie diesen Schlüssel ein:",
  enrolCode: "Geben Sie dann den Code ein, den die App zeigt.",
  enrolName: "Name des Geräts (optional, z. B. Diensthandy)",
  enrolExpired: "Die Einrichtung hat zu lange gedauert. Bitte scannen Sie den neuen QR-Code.",
  enrolDone: "Der zweite Faktor ist eingerichtet",
  recoveryIntro:
    "Ihre Wiederherstellungscodes. Jeder gilt einmal, falls Sie die App nicht zur Hand haben. Bewahren Sie sie sicher auf (ausgedruckt oder in einem Passwortmanager); sie werden nur jetzt angezeigt.",
  continueToConsole: "Weiter zur Konsole",
  secondFactorTitle: "Zweiter Faktor",
  secondFactorNone: "Kein zweiter Faktor eingerichtet.",
  secondFactorOffer:
    "Sie können einen Passkey oder eine Authenticator-App als zweiten Faktor einrichten; dann genügt der Anmeldelink allein nicht mehr.",
  setUpSecondFactor: "Zweiten Faktor einrichten",
  authenticator: (name: string) => `Authenticator-App „${name}“`,
  recoveryLeft: (n: number) => `${n} unbenutzte Wiederherstellungscodes`,
  factor: "Faktor",
  passkeyNamed: (name: string) => `Passkey „${name}“`,
  removeFactor: "Entfernen",
  secondFactorRemoved:
    "Der Faktor wurde entfernt. Ist keiner mehr übrig, richten Sie als Koordinator:in bei der nächsten Anmeldung einen neuen ein.",
  resetTitle: "Zweiten Faktor zurücksetzen",
  resetIntro:
    "Hat jemand sein Telefon und die Wiederherstellungscodes verloren? Nach dem Zurücksetzen enden die Sitzungen der Person, und sie richtet bei der nächsten Anmeldung einen neuen zweiten Faktor ein. Sie erhält eine E-Mail darüber.",
  resetButton: "Zurücksetzen",
  resetDone: (email: string) => `Der zweite Faktor von ${email} wurde zurückgesetzt.`,
  resetNone: (email: string) => `${email} hat keinen zweiten Faktor eingerichtet.`,
  signInTitle: "Anmelden",
  get signInIntro() {
    return `Die Konsole ist für die Koordination und die Ansprechpartner:innen der ${tableWord().many}. Geben Sie Ihre E-Mail-Adresse ein; wir senden Ihnen einen Link zur Anmeldung. Ein Passwort gibt es nicht.`;
  },
  emailLabel: "E-Mail-Adresse",
  emailInvalid: "Bitte geben Sie eine gültige E-Mail-Adresse an.",
  sendLink: "Anmeldelink senden",
  linkSentTitle: "Bitte sehen Sie in Ihr Postfach",
  linkSent: (minutes: number) =>
    `Wenn diese Adresse zur Konsole gehört, ist ein Anmeldelink unterwegs. Er ist ${minutes} Minuten gültig, funktioniert nur einmal und nur in diesem Browser.`,
  tooManyRequests: "Zu viele Anmeldeversuche. Bitte versuchen Sie es später noch einmal.",
  confirmSignInTitle: "Anmeldung bestätigen",
  confirmSignIn: (email: string) => `Sie melden sich als ${email} an der Konsole an.`,
  confirmSignInButton: "Jetzt anmelden",
  linkUsedTitle: "Link schon benutzt",
  linkUsed: "Dieser Anmeldelink wurde bereits benutzt. Fordern Sie bitte einen neuen an.",
  otherBrowserTitle: "Bitte im selben Browser öffnen",
  otherBrowser:
    "Ein Anmeldelink funktioniert nur in dem Browser, in dem Sie ihn angefordert haben. Öffnen Sie ihn bitte dort (kopieren Sie ihn dazu in die Adresszeile dieses Browsers), oder fordern Sie hier einen neuen Link an.",
  linkExpiredTitle: "Link abgelaufen",
  linkExpired: "Dieser Anmeldelink ist abgelaufen. Fordern Sie bitte einen neuen an.",
  linkInvalidTitle: "Link ungültig",
  linkInvalid: "Dieser Anmeldelink ist ungültig. Fordern Sie bitte einen neuen an.",
  requestNewLink: "Neuen Anmeldelink anfordern",
  signedOutTitle: "Abgemeldet",
  signedOut: "Sie sind abgemeldet. Ihre Sitzung ist beendet.",
  // overview
  overviewTitle: "Übersicht",
  waitingConfirmation: "Warten auf Bestätigung",
  waitingDecision: "Warten auf Entscheidung",
  overdue: (days: number) => `Seit über ${days} Tagen ohne Entscheidung`,
  mailsAttention: "E-Mails, die jemand ansehen sollte",
  get nextConference() {
    return `${capitalised(conferenceWord().aWith("nächst").replace(/^\S+ /, ""), "de")}`;
  },
  get noConference() {
    return `${capitalised(conferenceWord().no("nom"), "de")} geplant.`;
  },
  show: "Anzeigen",
  // applications
  applicationsTitle: "Anträge",
  status: "Status",
  get workTable() {
    return `${capitalised(tableWord().one, "de")}`;
  },
  searchLabel: "Name oder E-Mail-Adresse",
  searchHint: "Sucht in Namen, E-Mail-Adressen und Organisationen.",
  applicant: "Antragsteller:in",
  submitted: "Eingegangen",
  applicationStatus: {
    pending_confirmation: "wartet auf Bestätigung",
    submitted: "wartet auf Entscheidung",
    accepted: "angenommen",
    declined: "abgelehnt",
  } satisfies Record<ApplicationStatus, string>,
  applicationTitle: (name: string) => `Antrag von ${name}`,
  details: "Angaben",
  history: "Verlauf",
  routedTo: "Zuständig",
  organisation: "Organisation",
  organisationType: "Art",
  engagement: "Engagement",
  mandate: "Mandat der Religionsgemeinschaft",
  service: "Beratungsdienst",
  message: "Nachricht",
  consentGiven: "Einwilligung",
  consentWording: "Wortlaut, dem zugestimmt wurde",
  consentProof: (version: string, language: string, at: string) =>
    `Text vom ${version} (${language === "en" ? "englisch" : "deutsch"}), gegeben am ${at}`,
  decision: "Entscheidung",
  note: "Anmerkung",
  decideOnBehalf: "Im Auftrag entscheiden",
  decideOnBehalfHint:
    "Die Entscheidung wird als Entscheidung der Koordination im Auftrag der Ansprechpartner:in vermerkt; die antragstellende Person erhält die übliche Nachricht.",
  accept: "Annehmen",
  decline: "Ablehnen",
  chooseDecision: "Bitte wählen Sie „Annehmen“ oder „Ablehnen“.",
  reroute: "Weiterleiten",
  rerouteHint:
    "Der Antrag geht an eine andere Person, z. B. an die Vertretung. Sie erhält eine E-Mail mit einem eigenen Entscheidungslink.",
  rerouteTo: "An",
  get toDeputy() {
    return `Vertretung ${tableWord().the("gen")}`;
  },
  get toContact() {
    return `Ansprechpartner:in ${tableWord().the("gen")}`;
  },
  toOther: "Andere Person",
  otherName: "Name der Person",
  otherEmail: "E-Mail-Adresse der Person",
  rerouted: "Der Antrag wurde weitergeleitet.",
  decided: "Die Entscheidung ist gespeichert.",
  alreadyDecided: "Über diesen Antrag ist schon entschieden.",
  notWaiting: "Dieser Antrag wartet nicht auf eine Entscheidung.",
  event: {
    created: "Antrag gestellt",
    confirmed: "E-Mail-Adresse bestätigt, weitergeleitet an",
    reminded: "Erinnerung an die Ansprechpartner:in",
    escalated: "Koordination informiert",
    decided: "Entschieden",
    rerouted: "Weitergeleitet an",
  },
  byContact: "von der Ansprechpartner:in",
  byCoordinator: (email: string) => `von der Koordination (${email}) im Auftrag`,
  // work tables
  get workTablesTitle() {
    return `${capitalised(tableWord().many, "de")}`;
  },
  get newWorkTable() {
    return `${capitalised(tableWord().aWith("neu").replace(/^\S+ /, ""), "de")}`;
  },
  archived: "archiviert",
  archive: "Archivieren",
  restore: "Wiederherstellen",
  get archiveHint() {
    return `${capitalised(tableWord().aWith("archiviert"), "de")} verschwindet von der öffentlichen Seite und aus dem Formular; ${tableWord().its}e Anträge und Mitglieder bleiben erhalten. ${capitalised(tableWord().its, "de")}e Nummer wird frei.`;
  },
  editWorkTable: (name: string) => `${capitalised(tableWord().one, "de")} bearbeiten: ${name}`,
  id: "Kennung (in Adressen, z. B. kita-uebergang-schule)",
  numeral: "Nummer (römisch, z. B. VI)",
  name: "Name",
  description: "Beschreibung",
  audience: "Zielgruppe",
  admission: "Zugang",
  admissionOpen: "Offen für die beschriebene Zielgruppe",
  admissionMandate: "Nur mit Mandat einer Religionsgemeinschaft",
  admissionService: "Nur staatlich geförderte Beratungsdienste",
  services: "Zugelassene Dienste",
  contact: "Ansprechpartner:in",
  contactName: "Name der Ansprechpartner:in",
  contactEmail: "E-Mail-Adresse der Ansprechpartner:in",
  deputy: "Vertretung (optional; erhält die Anträge, solange eingetragen)",
  deputyName: "Name der Vertretung",
  deputyEmail: "E-Mail-Adresse der Vertretung",
  translation: (language: string) => `Übersetzung: ${language} (optional)`,
  saved: "Gespeichert.",
  savedRerouted: (n: number) =>
    `Gespeichert. ${n === 1 ? "Ein wartender Antrag geht" : `${n} wartende Anträge gehen`} jetzt an die neue Ansprechpartner:in, mit einer E-Mail und einem eigenen Entscheidungslink; die Links der bisherigen Ansprechpartner:in gelten nicht mehr.`,
  get staleEdit() {
    return `Jemand anderes hat ${tableWord().this("acc")} inzwischen geändert. Ihre Änderungen wurden nicht gespeichert. Unten steht der aktuelle Stand; bitte übertragen Sie Ihre Änderungen noch einmal.`;
  },
  get numeralTaken() {
    return `Diese Nummer hat schon ${tableWord().aWith("ander")}.`;
  },
  idTaken: "Diese Kennung gibt es schon.",
  openTasks: "Offene Aufgaben",
  noOpenTasks: "Keine offenen Aufgaben.",
  taskOverdue: "überfällig",
  taskFrom: "Aus",
  markDone: "Erledigt",
  taskDone: "Die Aufgabe ist als erledigt markiert.",
  taskAlreadyDone: "Diese Aufgabe war schon erledigt.",
  archiveTitle: (table: string) => `Archiv: ${table}`,
  archiveLink: "Archiv der Protokolle",
  archiveNone: "Es gibt noch keine veröffentlichten Protokolle.",
  publishedOn: (date: string) => `Veröffentlicht am ${date}`,
  correctedOn: (n: number, date: string) => `Korrigierte Fassung ${n}, veröffentlicht am ${date}`,
  dueBy: (date: string) => `bis ${date}`,
  allTasksTitle: "Aufgaben aller Tische",
  allTasksIntro:
    "Die offenen Aufgaben aus den veröffentlichten Protokollen aller Tische und Tagungen, die überfälligen markiert.",
  networkTasks: "Netzwerk (Tagungen)",
  minutesTitle: (event: string) => `Protokoll: ${event}`,
  minutesHeading: "Protokoll",
  minutesIntro:
    "Der Rahmen füllt sich aus dem Termin, der Anwesenheit und der Tagesordnung. Beschlüsse und Aufgaben sind eigene Einträge; ein Eintrag ohne Text entfällt. Speichern sendet nichts; erst Veröffentlichen schickt das Protokoll an die Empfänger:innen und legt es im Archiv ab.",
  minutesFrame: "Rahmen",
  minutesPresent: "Anwesend",
  minutesExcused: "Entschuldigt",
  minutesNobody: "Niemand erfasst.",
  minutesText: "Protokolltext",
  minutesDecisions: "Beschlüsse",
  minutesDecision: (n: number) => `Beschluss ${n}`,
  minutesNewDecision: "Neuer Beschluss",
  minutesDecisionText: "Beschluss",
  minutesTasks: "Aufgaben",
  minutesTask: (n: number) => `Aufgabe ${n}`,
  minutesNewTask: "Neue Aufgabe",
  minutesTaskText: "Was ist zu tun?",
  minutesTaskOwner: "Wer?",
  minutesChooseOwner: "Bitte wählen",
  minutesTaskDue: "Bis wann?",
  minutesSaveDraft: "Entwurf speichern",
  minutesSaved: "Der Entwurf ist gespeichert.",
  minutesPublished: "Das Protokoll ist veröffentlicht; die E-Mails gehen hinaus.",
  minutesPublish: "Protokoll veröffentlichen",
  minutesCorrect: "Korrektur veröffentlichen",
  minutesPublishHintMembers:
    "Alle Mitglieder erhalten das Protokoll einmal per E-Mail; das Archiv legt es ab. Eine spätere Korrektur geht einmal hinaus und ist als Korrektur gekennzeichnet.",
  minutesPublishHintPartners:
    "Alle Netzwerkpartner:innen erhalten das Protokoll einmal per E-Mail; das Archiv legt es ab. Eine spätere Korrektur geht einmal hinaus und ist als Korrektur gekennzeichnet.",
  minutesDraftState: "Entwurf, noch nicht veröffentlicht.",
  minutesNone: "Noch kein Protokoll.",
  minutesPublishedState: (n: number, at: string, changed: boolean): string =>
    `${n === 1 ? "Veröffentlicht" : `Korrigiert (Fassung ${n})`} am ${at}.${changed ? " Seitdem geändert: Veröffentlichen sendet eine Korrektur." : ""}`,
  minutesChanged: "Jemand anderes hat das Protokoll inzwischen geändert. Bitte prüfen Sie den aktuellen Stand.",
  minutesEmpty: "Es gibt noch nichts zu veröffentlichen: Bitte schreiben Sie zuerst das Protokoll.",
  minutesUnchanged: "Seit der Veröffentlichung hat sich nichts geändert.",
  editMinutes: "Protokoll bearbeiten",
  /** Places, waiting lists, workshops and the door (issue 22). */
  places: {
    legend: "Plätze und Anmeldung",
    intro:
      "Ohne Platzzahl nehmen alle teil, die zusagen. Mit Platzzahl kommt, wer danach zusagt, auf die Warteliste und rückt automatisch nach, sobald ein Platz frei wird.",
    capacity: "Plätze",
    perOrganisation: "Höchstens je Organisation",
    emptyNoLimit: "Leer: keine Begrenzung.",
    deadlineDate: "Datum des Anmeldeschlusses",
    deadlineTime: "Uhrzeit des Anmeldeschlusses",
    deadlineHint: "Leer: Zusagen bis zum Beginn.",
    workshops: "Workshops",
    workshopsHint:
      "Je Workshop eine Zeile. Workshops mit demselben Zeitfenster laufen parallel; jede Person wählt höchstens einen je Zeitfenster. Eine geleerte Zeile entfernt den Workshop.",
    workshop: (n: number) => `Workshop ${n}`,
    slot: "Zeitfenster",
    slotHint: "z. B. „Vormittag, 10:30–12:00 Uhr“",
    workshopTitle: "Name des Workshops",
    workshopCapacity: "Plätze im Workshop",
    numberInvalid: "Bitte geben Sie eine ganze Zahl ab 1 ein.",
    workshopIncomplete: "Bitte geben Sie Zeitfenster und Namen an.",
    capacityBelow: "So viele Plätze sind schon vergeben; weniger geht nicht.",
    workshopHasRegistrations: "Ein entfernter Workshop hat Anmeldungen; er lässt sich nicht entfernen.",
    deadlineAfterStart: "Der Anmeldeschluss darf nicht nach dem Beginn liegen.",
    title: (event: string) => `Anmeldungen: ${event}`,
    link: "Anmeldungen und Warteliste",
    list: "Liste",
    eventList: "Veranstaltung",
    capacityColumn: "Plätze",
    confirmedColumn: "Bestätigt",
    waitingColumn: "Warteliste",
    unlimited: "unbegrenzt",
    placesCaption: "Plätze je Liste",
    open: "Die Anmeldung ist offen.",
    closedNow:
      "Die Anmeldung ist geschlossen: Neue Zusagen werden nicht angenommen; Absagen schon, und die Warteliste rückt weiter nach.",
    close: "Anmeldung jetzt schließen",
    closedNotice: "Die Anmeldung ist geschlossen.",
    addPlaces: "Plätze oder Anmeldeschluss ändern",
    confirmedHeading: "Mit Platz",
    waitingHeading: "Warteliste",
    cancelledHeading: "Abgesagt",
    position: "Platz",
    name: "Name",
    organisation: "Organisation",
    workshopsColumn: "Workshops",
    code: "Code",
    checkedIn: "Eingecheckt",
    actions: "Aktionen",
    remove: "Entfernen",
    moveUp: "An die Spitze",
    removedNotice: "Die Person ist entfernt und per E-Mail informiert; ein frei gewordener Platz ist vergeben.",
    movedUpNotice: "Die Person steht jetzt an der Spitze der Warteliste.",
    notRegistered: "Diese Person hat keinen Platz und steht nicht auf der Warteliste; nichts wurde geändert.",
    nobody: "Niemand.",
    csv: "Als CSV (Excel)",
    printHint: "Zum Drucken: Diese Seite druckt als Liste ohne Knöpfe.",
    status: {
      confirmed: "Platz bestätigt",
      waitlisted: "Warteliste",
      cancelled: "abgesagt",
      pending: "wartet auf Platz",
    },
    csvHeader: [
      "Status",
      "Platz auf der Warteliste",
      "Name",
      "Organisation",
      "E-Mail",
      "Vertretung",
      "Workshops",
      "Code",
      "Zugesagt am",
      "Eingecheckt am",
    ],
    overview: (confirmed: number, capacity: number | undefined, waiting: number) =>
      `${capacity === undefined ? `${confirmed} Zusagen` : `${confirmed} von ${capacity} Plätzen`}${waiting > 0 ? `, ${waiting} auf der Warteliste` : ""}`,
    checkIn: "Einlass",
    checkInTitle: (event: string) => `Einlass: ${event}`,
    checkInIntro:
      "Scannen Sie den QR-Code aus der E-Mail mit der Kamera-App des Telefons, geben Sie den Code ein oder suchen Sie einen Namen.",
    codeField: "Code aus der E-Mail",
    search: "Name oder Organisation",
    show: "Anzeigen",
    find: "Suchen",
    checkInButton: (name: string) => `${name} einchecken`,
    checkedInNotice: (name: string) => `${name} ist eingecheckt.`,
    already: (name: string, time: string) => `${name} ist bereits eingecheckt (${time}).`,
    noPlace: (name: string) => `${name} hat keinen Platz (Warteliste oder abgesagt).`,
    notFound: "Niemand mit diesem Code oder Namen.",
    checkedInCount: (n: number, total: number) => `${n} von ${total} Personen mit Platz eingecheckt.`,
    results: "Treffer",
  },
  attendanceTitle: (event: string) => `Anwesenheit: ${event}`,
  attendanceHeading: "Anwesenheit",
  attendanceIntro:
    "Erfassen Sie, wer da war. Die Liste beginnt mit den Rückmeldungen: eine Zusage als anwesend, eine Absage als entschuldigt, ohne Antwort als abwesend. Kam eine Vertretung aus der Organisation, tragen Sie deren Namen ein.",
  attendanceStatuses: { present: "anwesend", excused: "entschuldigt", absent: "abwesend" },
  attendanceAnswer: (answer: "yes" | "no" | undefined): string =>
    answer === "yes" ? "Rückmeldung: zugesagt" : answer === "no" ? "Rückmeldung: abgesagt" : "Keine Rückmeldung",
  attendanceRecorded: "erfasst",
  attendanceDeputy: "Vertretung aus der Organisation (Name, optional)",
  attendanceSaved: "Die Anwesenheit ist gespeichert.",
  attendanceChanged: "Die Liste hat sich inzwischen geändert. Bitte prüfen Sie sie und speichern Sie erneut.",
  attendanceEmpty: "Noch steht niemand auf der Liste: Es gibt keine Mitglieder und keine Rückmeldungen.",
  attendanceErased: (n: number) =>
    n === 1
      ? "Ein Eintrag einer gelöschten Person bleibt unverändert (nur die Organisation)."
      : `${n} Einträge gelöschter Personen bleiben unverändert (nur die Organisation).`,
  attendanceCounts: (present: number, excused: number, absent: number) =>
    `Anwesend: ${present}, entschuldigt: ${excused}, abwesend: ${absent}.`,
  attendanceNone: "Noch nicht erfasst.",
  recordAttendance: "Anwesenheit erfassen",
  printList: "Anwesenheitsliste zum Drucken",
  printListTitle: (event: string) => `Anwesenheitsliste: ${event}`,
  printHint: "Drucken Sie diese Seite über das Druckmenü Ihres Browsers; sie ist für A4 eingerichtet.",
  lineNumber: "Nr.",
  signature: "Unterschrift",
  deputyComes: (name: string) => `Vertretung: ${name}`,
  deputyFor: (deputy: string, member: string) => `${deputy}, Vertretung für ${member}`,
  proposalsUntilDate: "Datum",
  proposalsUntilTime: "Uhrzeit (optional)",
  proposalsUntil: "Vorschläge der Mitglieder",
  proposalsUntilHint:
    "Bis wann Mitglieder über den Link in der Einladung Punkte vorschlagen können. Leer: keine Vorschläge. Ein Datum ohne Uhrzeit gilt bis 23:59 Uhr.",
  proposalsUntilInvalid: "Bitte geben Sie ein gültiges Datum an (und wahlweise eine Uhrzeit).",
  proposedBy: (name: string) => `Vorgeschlagen von ${name}`,
  agendaTitle: (event: string) => `Tagesordnung: ${event}`,
  agendaIntro:
    "Die Punkte in ihrer Reihenfolge. Einladung, Erinnerung und Kalendereintrag zeigen die angenommenen; eine Änderung nach der Einladung geht mit der nächsten Erinnerung hinaus, nicht als eigene E-Mail. Ein Punkt ohne Titel entfällt.",
  agendaItem: (n: number) => `Punkt ${n}`,
  agendaNewItem: "Neuer Punkt",
  agendaItemTitle: "Titel",
  agendaItemPresenter: "Wer stellt vor (optional)",
  agendaItemMinutes: "Minuten (optional)",
  agendaItemNote: "Notiz (optional)",
  agendaItemStatus: "Stand",
  agendaStatuses: { accepted: "angenommen", proposed: "vorgeschlagen", declined: "abgelehnt" },
  agendaChanged: "Jemand anderes hat den Termin inzwischen geändert. Unten steht der aktuelle Stand.",
  agendaSaved: "Die Tagesordnung ist gespeichert.",
  editAgenda: "Tagesordnung bearbeiten",
  agendaHeading: "Tagesordnung",
  agendaEmpty: "Noch keine Punkte.",
  agendaFreeHint:
    "Freier Text. Hat die Tagesordnung auf der Seite des Termins Punkte, zeigen E-Mails und Kalendereintrag diese statt dieses Texts.",
  fieldsInvalid: "Bitte prüfen Sie die markierten Felder.",
  archivedDone: "Archiviert.",
  restoredDone: "Wiederhergestellt.",
  // partners
  partnersTitle: "Partner:innen",
  email: "E-Mail-Adresse",
  get tables() {
    return `${capitalised(tableWord().many, "de")}`;
  },
  language: "Sprache",
  legalBasis: "Rechtsgrundlage",
  source: "Herkunft",
  sourceApplication: "Antrag",
  sourceImport: "Import",
  get mailingList() {
    return `Verteiler der ${conferenceWord().many}`;
  },
  unsubscribedSince: (date: string) => `abgemeldet seit ${date}`,
  subscribed: "angemeldet",
  resubscribe: "Wieder anmelden",
  resubscribeHint: "Nur auf Wunsch der Person. Bitte notieren Sie, wer wann wie darum gebeten hat.",
  partnerTitle: (name: string) => `Partner:in: ${name}`,
  import: "Importieren",
  importTitle: "Partner:innen importieren",
  get importIntro() {
    return `Laden Sie eine CSV-Datei hoch (UTF-8, mit Komma oder Semikolon). Spalten: Name, E-Mail, Organisation, ${capitalised(tableWord().many, "de")} (Nummern, getrennt mit |, z. B. I|IV), Rechtsgrundlage; die englischen Spaltennamen gehen auch. Zuerst sehen Sie eine Vorschau; geschrieben wird erst, wenn Sie sie bestätigen.`;
  },
  file: "CSV-Datei",
  preview: "Vorschau anzeigen",
  previewTitle: "Vorschau des Imports",
  previewIntro: "Noch ist nichts gespeichert. So würde der Import ausgehen:",
  taken: "neu aufgenommen",
  merged: "ergänzt",
  unchanged: "unverändert",
  refused: "abgelehnt",
  duplicates: "doppelt in der Datei (zusammengeführt)",
  line: "Zeile",
  reason: "Grund",
  confirmImport: "Jetzt importieren",
  imported: (taken: number, merged: number) => `Import abgeschlossen: ${taken} neu, ${merged} ergänzt.`,
  importExpired: "Die Vorschau ist abgelaufen. Bitte laden Sie die Datei noch einmal hoch.",
  export: "Exportieren",
  exportSpreadsheet: "Für Excel und LibreOffice (Semikolon, deutsche Spalten)",
  exportTechnical: "Technisches Format (Komma, englische Spalten)",
  suppressionsTitle: "Sperrliste",
  get suppressionsIntro() {
    return `An diese Adressen geht keine E-Mail zu den ${conferenceWord().manyDative} mehr, weil sie endgültig unzustellbar waren oder die Person sich beschwert hat.`;
  },
  suppressionReason: { bounce: "unzustellbar", complaint: "Beschwerde", erased: "gelöschte Person (Art. 17 DSGVO)" },
  lift: "Sperre aufheben",
  liftHint: "Nur wenn die Adresse wieder erreichbar ist oder die Person es wünscht. Bitte begründen Sie es.",
  lifted: "Die Sperre ist aufgehoben.",
  addressErased: "(Adresse gelöscht)",
  partnerSearchLabel: "Name, E-Mail-Adresse oder Organisation",
  unsubscribe: "Vom Verteiler abmelden",
  get unsubscribeHint() {
    return `Auf Wunsch der Person; sie erhält dann keine E-Mails zu den ${conferenceWord().manyDative} mehr.`;
  },
  get unsubscribedDone() {
    return `Die Person ist vom Verteiler der ${conferenceWord().many} abgemeldet.`;
  },
  get resubscribedDone() {
    return `Die Person ist wieder auf dem Verteiler der ${conferenceWord().many}.`;
  },
  noteRequired: "Bitte geben Sie eine Anmerkung an.",
  partnerSaved: "Gespeichert.",
  partnerUnchanged: "Nichts geändert.",
  partnerStale:
    "Jemand anderes hat diese Angaben inzwischen geändert. Ihre Änderungen wurden nicht gespeichert. Unten steht der aktuelle Stand.",
  noFile: "Bitte wählen Sie eine CSV-Datei aus.",
  notUtf8:
    "Die Datei ist nicht in UTF-8 gespeichert. In Excel: „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“.",
  fileTooLarge: (megabytes: number) => `Die Datei ist zu groß (höchstens ${megabytes} MB).`,
  fileRejected: "Die Datei kann nicht importiert werden:",
  previewCounts: (taken: number, merged: number, unchanged: number, refused: number) =>
    `${taken} neu, ${merged} ergänzt, ${unchanged} unverändert, ${refused} abgelehnt.`,
  nothingToImport: "Die Datei enthält keine Zeile, die sich importieren ließe.",
  outcome: "Ergebnis",
  partnerHistory: "Änderungen",
  suppressed: (reason: string) => `gesperrt (${reason})`,
  detail: "Meldung",
  since: "Seit",
  // conferences
  get conferencesTitle() {
    return `${capitalised(conferenceWord().many, "de")}`;
  },
  get newConference() {
    return `${capitalised(conferenceWord().aWith("neu").replace(/^\S+ /, ""), "de")}`;
  },
  get season() {
    return `${capitalised(conferenceWord().one, "de")}`;
  },
  get spring() {
    return labels.seasons.spring;
  },
  get autumn() {
    return labels.seasons.autumn;
  },
  title: "Titel",
  titleHint: "Der Name der Veranstaltung, z. B. „Herbsttagung 2027“. E-Mails setzen „Einladung:“ usw. davor.",
  startDate: "Beginn: Datum",
  startTime: "Beginn: Uhrzeit",
  endDate: "Ende: Datum",
  endTime: "Ende: Uhrzeit",
  get berlinTime() {
    return `Uhrzeit in ${network().city} (Mitteleuropäische Zeit).`;
  },
  location: "Ort",
  onlineUrl: "Online-Link (optional)",
  agenda: "Tagesordnung (optional)",
  inviteDate: "Einladung versenden am",
  inviteTime: "Einladung versenden um",
  reminderDate: "Erinnerung versenden am (optional)",
  reminderTime: "Erinnerung versenden um",
  cancelled: "abgesagt",
  planned: "geplant",
  conferenceTitle: (name: string) => name,
  when: "Wann",
  where: "Wo",
  mailings: "Versand",
  minutesMailing: "Protokoll",
  minutesCorrectionMailing: "Korrektur des Protokolls",
  mailingKind: { invitation: "Einladung", reminder: "Erinnerung", update: "Änderung", cancellation: "Absage" },
  mailingDone: "abgeschlossen",
  mailingRunning: "läuft",
  queued: "eingereiht",
  sent: "versendet",
  failed: "fehlgeschlagen",
  skipped: "übersprungen",
  rsvp: "Rückmeldungen",
  rsvpYes: "Zusagen",
  rsvpNo: "Absagen",
  attendeesCsv: "Teilnehmendenliste (CSV)",
  previewMail: "Einladung ansehen",
  previewTitle2: "Vorschau der Einladung",
  textPart: "Textfassung",
  htmlPart: "HTML-Fassung",
  testSend: "Test an mich senden",
  testSent: (email: string) => `Die Test-E-Mail ist an ${email} unterwegs.`,
  sendNow: "Jetzt versenden",
  sendNowConfirmTitle: "Wirklich jetzt versenden?",
  sendNowConfirm: (kind: string, count: number) =>
    `Die ${kind} geht jetzt an alle ${count} Partner:innen auf dem Verteiler der ${conferenceWord().many} (ohne Abgemeldete und Gesperrte). Das lässt sich nicht zurücknehmen.`,
  sendNowButton: "Ja, jetzt versenden",
  sendNowDone: "Der Versand ist gestartet.",
  edit: "Bearbeiten",
  get cancelConference() {
    return `${capitalised(conferenceWord().one, "de")} absagen`;
  },
  cancelHint: "Alle Eingeladenen erhalten eine Absage. Die Anmerkung steht in der Absage.",
  get cancelledDone() {
    return `${capitalised(conferenceWord().the("nom"), "de")} ist abgesagt; die Absagen gehen hinaus.`;
  },
  get conferenceSaved() {
    return `${capitalised(conferenceWord().the("nom"), "de")} ist gespeichert. Einladung und Erinnerung gehen zu den eingetragenen Zeiten hinaus.`;
  },
  get conferenceChanged() {
    return `Jemand anderes hat ${conferenceWord().the("acc")} inzwischen geändert. Bitte versuchen Sie es noch einmal.`;
  },
  dateInvalid: "Bitte geben Sie Datum und Uhrzeit an.",
  timeInvalid: "Diese Uhrzeit gibt es an diesem Tag nicht (Zeitumstellung) oder das Datum ist ungültig.",
  timeIssue: {
    future: "Dieser Zeitpunkt muss in der Zukunft liegen.",
    endAfterStart: "Das Ende muss nach dem Beginn liegen.",
    inviteBeforeStart: "Die Einladung muss vor dem Beginn hinausgehen.",
    reminderAfterInvite: "Die Erinnerung muss nach der Einladung hinausgehen.",
    reminderBeforeStart: "Die Erinnerung muss vor dem Beginn hinausgehen.",
    title:
      "Der Titel ist der Name der Veranstaltung; „Einladung“ usw. setzen die E-Mails selbst davor, und er nennt keine andere Jahreszeit.",
    onlineUrl: "Bitte geben Sie einen Link an, der mit https:// beginnt.",
  },
  cancelNote: "Anmerkung für die Absage (optional)",
  legend: {
    start: "Beginn",
    end: "Ende",
    invite: "Einladung",
    reminder: "Erinnerung (optional)",
    deadline: "Anmeldeschluss (optional)",
  },
  meetingTitle: "Titel (optional)",
  get meetingTitleHint() {
    return `Ohne Titel heißt das Treffen „Treffen ${tableWord().the("gen")} …“.`;
  },
  meetingInviteHint: "Leer lassen: Die Einladung geht sofort an die Mitglieder.",
  meetingReminderHint: "Leer lassen: Die Erinnerung geht zwei Tage vor dem Treffen hinaus.",
  // contact persons: their tables
  get myTablesTitle() {
    return `Meine ${tableWord().many}`;
  },
  get myTablesIntro() {
    return `Sie sind Ansprechpartner:in oder Vertretung dieser ${tableWord().many}.`;
  },
  tableTitle: (numeral: string, name: string) => `${capitalised(tableWord().one, "de")} ${numeral} – ${name}`,
  get tablePage() {
    return `Seite ${tableWord().the("gen")}`;
  },
  waitingApplications: "Anträge, die auf eine Entscheidung warten",
  decidedApplications: "Entschiedene Anträge",
  decidedBy: "Entschieden von",
  decidedAt: "Entschieden am",
  waitingCount: (n: number) => (n === 1 ? "1 Antrag wartet" : `${n} Anträge warten`),
  members: "Mitglieder",
  membersCount: (n: number) => (n === 1 ? "1 Mitglied" : `${n} Mitglieder`),
  membersCsv: "Mitgliederliste (CSV)",
  removeMember: "Entfernen",
  removeMemberHint:
    "Die Person erhält eine kurze, freundliche Nachricht, dass sie nicht mehr Mitglied ist. Ihre Anmerkung bleibt intern im Protokoll.",
  memberRemoved: (name: string) => `${name} ist nicht mehr Mitglied ${tableWord().this("gen")}.`,
  notMember: "Diese Person ist kein Mitglied (mehr).",
  meetings: "Treffen",
  newMeeting: "Neues Treffen",
  get meetingSaved() {
    return `Das Treffen ist gespeichert. Die Einladung geht an die Mitglieder ${tableWord().the("gen")}.`;
  },
  cancelMeeting: "Treffen absagen",
  cancelMeetingHint: "Alle eingeladenen Mitglieder erhalten eine Absage. Die Anmerkung steht darin.",
  meetingCancelledDone: "Das Treffen ist abgesagt; die Absagen gehen hinaus.",
  meetingCancelled: "Dieses Treffen ist abgesagt.",
  decide: "Entscheiden",
  decideHint: "Die antragstellende Person erhält Ihre Entscheidung per E-Mail, mit Ihrer Anmerkung.",
  get cancelConfirm() {
    return `Ja, ${conferenceWord().one} absagen`;
  },
  get conferenceCancelled() {
    return `${capitalised(conferenceWord().this("nom"), "de")} ist abgesagt.`;
  },
  nothingYet: "Noch nichts versendet.",
  rsvpCounts: (yes: number, no: number) => `${yes} Zusagen, ${no} Absagen`,
  answeredAt: "Geantwortet am",
  answer: "Antwort",
  previewHint: "So sieht die Einladung für eine Partner:in aus (hier mit Ihrem Namen). Die Links darin sind Beispiele.",
  mailFrame: "Die Einladung als HTML-E-Mail",
  testKind: "Welche E-Mail",
  recipients: "Empfänger:innen",
  // mails
  mailsTitle: "E-Mails",
  mailsIntro:
    "Fehlgeschlagene E-Mails hat SES abgelehnt oder nicht angenommen. Bei „vielleicht versendet“ ist unklar, ob sie ankamen: fragen Sie bitte erst nach, bevor Sie sie erneut senden.",
  mailStatus: {
    queued: "wartet",
    sending: "wird gesendet",
    sent: "versendet",
    failed: "fehlgeschlagen",
    uncertain: "vielleicht versendet",
  } satisfies Record<MailStatus, string>,
  recipient: "Empfänger:in",
  subject: "Betreff",
  attempts: "Versuche",
  retry: "Erneut senden",
  retried: "Die E-Mail ist wieder in der Warteschlange.",
  // audit
  auditTitle: "Protokoll",
  auditIntro: "Jede Änderung, die eine Person vorgenommen hat, und jeder Versand; zwei Jahre aufbewahrt.",
  action: "Aktion",
  actor: "Wer",
  at: "Wann",
  about: "Betrifft",
  changes: "Änderung",
  actionPrefix: "Aktion beginnt mit (z. B. application, worktable, partner)",
  actorFilter: "Wer (E-Mail-Adresse)",
  // coordinators
  coordinatorsTitle: "Koordination",
  coordinatorsIntro: "Diese Personen können die Konsole mit allen Rechten nutzen.",
  addCoordinator: "Person hinzufügen",
  coordinatorName: "Name (optional)",
  added: "Hinzugefügt.",
  alreadyCoordinator: "Diese Adresse gehört schon zur Koordination.",
  remove: "Entfernen",
  removed: "Entfernt.",
  lastCoordinator: "Die letzte Person der Koordination kann nicht entfernt werden.",
  addedBy: "Hinzugefügt von",
  // account
  accountTitle: "Mein Zugang",
  sessions: "Meine Sitzungen",
  sessionsIntro: "Hier sind Sie angemeldet. Beenden Sie jede Sitzung, die Sie nicht kennen.",
  thisSession: "diese Sitzung",
  started: "Begonnen",
  lastSeen: "Zuletzt aktiv",
  browser: "Browser",
  endSession: "Beenden",
  sessionEnded: "Die Sitzung ist beendet.",
  apiTokens: "Persönliche API-Schlüssel",
  apiTokensIntro:
    "Für Skripte, die die JSON-Schnittstelle unter /api/admin nutzen: im Kopf „Authorization: Bearer <Schlüssel>“. Ein Schlüssel wird nur einmal angezeigt.",
  tokenName: "Wofür (z. B. Auswertung)",
  tokenValidity: "Gültig für Tage",
  createToken: "Schlüssel erstellen",
  tokenCreated: "Ihr neuer Schlüssel (wird nur jetzt angezeigt):",
  tokenNeedsFreshFactor:
    "Ein neuer Schlüssel öffnet die Schnittstelle ohne weitere Anmeldung. Bitte bestätigen Sie deshalb zuerst noch einmal Ihren zweiten Faktor; danach können Sie zehn Minuten lang Schlüssel erstellen.",
  confirmFactorAgain: "Zweiten Faktor bestätigen",
  expires: "Läuft ab",
  lastUsed: "Zuletzt benutzt",
  revoke: "Widerrufen",
  revoked: "Widerrufen.",
  never: "nie",
  notFoundTitle: "Nicht gefunden",
  notFound: "Das gibt es nicht (mehr).",
  noticesTitle: "Rechtliche Hinweise",
  networkTitle: "Das Netzwerk",
  networkIntro:
    "Wie das Netzwerk sich nennt und beschreibt: auf den öffentlichen Seiten, in der Konsole und in jeder E-Mail. Mit „Vorschau“ sehen Sie die Änderung, bevor Sie sie speichern.",
  networkName: "Name des Netzwerks",
  networkShortName: "Kurzname (in Betreffzeilen und Seitentiteln)",
  networkCity: "Stadt",
  networkSender: "Absendername der E-Mails",
  networkColour: "Hauptfarbe (#rrggbb)",
  networkColourHint: "Weiße Schrift muss auf dieser Farbe gut lesbar sein: Kontrast mindestens 4,5:1.",
  networkNameIn: (language: string) => `Name (${language})`,
  networkDescriptionIn: (language: string) => `Beschreibung (${language})`,
  networkFooterIn: (language: string) => `Fußzeile (${language})`,
  networkLanguage: (language: string) => `Texte auf ${language}`,
  networkOffice: "Die koordinierende Stelle (Impressum, Datenschutzerklärung)",
  officeName: "Name der Stelle",
  officeProvider: "Anbieterin der Seiten",
  officeStreet: "Straße und Hausnummer",
  officePostcode: "Postleitzahl",
  officeTown: "Ort",
  officeRepresentative: "Vertreten durch (optional)",
  officeEmail: "E-Mail-Adresse (optional)",
  officePhone: "Telefon (optional)",
  networkAuthority: "Datenschutz-Aufsichtsbehörde (in der Datenschutzerklärung)",
  networkEasyLanguage: "Das Netzwerk in Leichter Sprache",
  networkEasyLanguageHint: "Ein kurzer Satz je Zeile; er steht am Anfang der Seite in Leichter Sprache.",
  networkOfficeNameIn: (language: string) => `Name der Stelle unter den E-Mails (${language})`,
  networkConsentIn: (language: string) => `Verantwortliche in der Einwilligung (${language})`,
  networkConsentHint:
    "Steht im Satz der Einwilligung. Eine Änderung ändert den Wortlaut: Neue Anträge speichern ihn mit neuem Prüfwert.",
  networkWordIn: (language: string) => `Wort für eine Gruppe (${language})`,
  networkWordsIn: (language: string) => `Wort für mehrere Gruppen (${language})`,
  networkConferenceIn: (language: string) => `Wort für das Treffen aller Partner:innen (${language})`,
  networkConferencesIn: (language: string) => `Wort für mehrere dieser Treffen (${language})`,
  networkSpringIn: (language: string) => `Name des Treffens aller im Frühjahr (${language}, optional)`,
  networkAutumnIn: (language: string) => `Name des Treffens aller im Herbst (${language}, optional)`,
  networkGender: "Geschlecht des Worts für eine Gruppe",
  networkConferenceGender: "Geschlecht des Worts für das Treffen aller",
  genders: { m: "der (maskulin)", f: "die (feminin)", n: "das (neutral)" },
  networkEasyWord: "In Leichter Sprache: eine Gruppe (optional, z. B. Arbeits-Tisch)",
  networkEasyWords: "In Leichter Sprache: mehrere Gruppen (optional)",
  networkEasyConferences: "In Leichter Sprache: mehrere Treffen aller (optional)",
  networkPreview: "Vorschau",
  networkPreviewTitle: "So sieht es aus (noch nicht gespeichert)",
  contrastTooLow: (ratio: string) =>
    `Weiße Schrift hätte auf dieser Farbe nur einen Kontrast von ${ratio}:1; nötig sind mindestens 4,5:1 (WCAG 2.1, AA). Bitte wählen Sie eine dunklere Farbe.`,
  staleNetwork: "Jemand anderes hat das Netzwerk inzwischen geändert. Unten steht der aktuelle Stand.",
  noticesIntro:
    "Impressum, Datenschutzerklärung und Erklärung zur Barrierefreiheit: Jede Seite und jede E-Mail verlinkt sie. Bis Sie einen Text speichern, gilt die Vorgabe der Software; bitte prüfen und ergänzen Sie sie.",
  page: "Seite",
  lastChanged: "Zuletzt geändert",
  defaultText: "Vorgabe der Software",
  noticeFormat:
    "Einfacher Text: Eine Zeile mit „## “ am Anfang wird eine Überschrift, eine mit „- “ ein Aufzählungspunkt; Leerzeilen trennen Absätze.",
  noticeGerman: "Deutscher Text (maßgeblich)",
  noticeEnglish: "Englischer Text (optional; ohne ihn zeigt die englische Seite den deutschen Text)",
  showPage: "Seite ansehen",
  staleNotice: "Jemand anderes hat diesen Text inzwischen geändert. Unten steht der aktuelle Stand.",
  peopleTitle: "Auskunft und Löschung",
  peopleIntro:
    "Eine Person möchte wissen, was über sie gespeichert ist (Art. 15 DSGVO), oder verlangt die Löschung (Art. 17 DSGVO). Geben Sie ihre E-Mail-Adresse ein.",
  showData: "Daten anzeigen",
  personTitle: (email: string) => `Gespeichert zu ${email}`,
  partnerRecord: "Eintrag als Netzwerkpartner:in",
  accessTitle: "Zugang und Sperren",
  downloadJson: "Als JSON herunterladen",
  eraseTitle: "Person löschen",
  eraseConfirm: (email: string) =>
    `Alle Daten zu ${email} werden gelöscht: Eintrag, Anträge, Rückmeldungen, E-Mails, Anmeldungen. Das Protokoll behält nur „gelöschte Person“. Die Adresse bleibt als verschlüsselter Prüfwert gesperrt, damit keine Einladung sie mehr erreicht. Das lässt sich nicht zurücknehmen.`,
  eraseButton: "Ja, endgültig löschen",
  get eraseContact() {
    return `Diese Person ist Ansprechpartner:in oder Vertretung ${tableWord().a("gen")}. Tragen Sie dort zuerst jemand anderen ein.`;
  },
  eraseCoordinator: "Diese Person gehört zur Koordination. Entfernen Sie sie dort zuerst.",
  erased: (deleted: number, anonymised: number) =>
    `Gelöscht: ${deleted} Einträge entfernt, ${anonymised} Protokolleinträge anonymisiert.`,
  forbiddenTitle: "Kein Zugang",
  forbidden: "Dieser Bereich ist der Koordination vorbehalten.",
  report: {
    title: (label: string) => `Jahresbericht ${label}`,
    intro:
      "Das Jahr des Netzwerks in Zahlen: für den Bericht an Rat und Verwaltung. Der Bericht enthält nur Zahlen, keine Namen und keine Adressen.",
    periodLegend: "Zeitraum",
    year: "Jahr",
    from: "Von (erster Tag)",
    to: "Bis (letzter Tag)",
    periodHint: "Ein Kalenderjahr, oder ein Zeitraum von bis zu fünf Jahren mit „Von“ und „Bis“.",
    show: "Bericht anzeigen",
    csv: "Alle Zahlen als CSV herunterladen",
    print:
      "Zum Ausdrucken oder Speichern als PDF drucken Sie diese Seite (Strg+P, auf dem Mac ⌘+P): Sie ist für A4 gesetzt.",
    comparison: (previous: string) =>
      `In Klammern: die Veränderung gegenüber demselben Zeitraum des Vorjahres (${previous}).`,
    noComparison: "Für denselben Zeitraum des Vorjahres liegen keine Zahlen vor; ein Vergleich entfällt.",
    change: "Veränderung gegenüber dem Vorjahr",
    generated: (at: string) => `Stand: ${at}`,
    notCounted: "–",
    notCountedNote:
      "„–“: noch nicht gezählt. Die Mitglieder zählt das System jeden Morgen; vor der ersten Zählung gibt es keinen Stand.",
    get membersTitle() {
      return `Mitglieder und Organisationen je ${tableWord().one}`;
    },
    get table() {
      return tableWord().one;
    },
    membersStart: "Mitglieder zu Beginn",
    membersEnd: "Mitglieder am Ende",
    joins: "Eintritte",
    leaves: "Austritte",
    organisationsStart: "Organisationen zu Beginn",
    organisationsEnd: "Organisationen am Ende",
    total: "Zusammen",
    get networkPeople() {
      return `Im Netzwerk (Personen in mindestens ${tableWord().a("dat")}, je einmal gezählt)`;
    },
    membersChartTitle: "Mitglieder je Monatsende",
    get membersChartCaption() {
      return `Mitglieder je ${tableWord().one} am Ende jedes Monats. Dieselben Zahlen stehen in der Tabelle darunter.`;
    },
    month: "Monat",
    applicationsTitle: "Anträge",
    received: "Eingegangen",
    accepted: "Aufgenommen",
    declined: "Abgelehnt",
    withdrawn: "Zurückgezogen",
    open: "Offen",
    medianDays: "Tage bis zur Entscheidung (Median)",
    applicationsNote:
      "Gezählt werden die im Zeitraum eingegangenen Anträge (Adresse bestätigt) mit ihrem heutigen Ausgang; „zurückgezogen“: vor der Entscheidung auf Wunsch der Person gelöscht.",
    applicationsChartTitle: "Anträge je Monat nach Ausgang",
    applicationsChartCaption:
      "Im Monat eingegangene Anträge, gestapelt nach Ausgang. Dieselben Zahlen stehen in der Tabelle darunter.",
    get meetingsTitle() {
      return `Treffen der ${tableWord().many}`;
    },
    held: "Treffen",
    attendances: "Anwesende (Summe)",
    organisationsAtMost: "Organisationen (höchstens an einem Treffen)",
    meetingsNote:
      "Anwesende laut Anwesenheitsliste; wo keine geführt wurde, die Anmeldungen mit Platz (in der Tabelle „laut Anmeldung“).",
    attendanceChartTitle: "Anwesende je Treffen",
    attendanceChartCaption: "Anwesende Personen je Treffen. Dieselben Zahlen stehen in der Tabelle darunter.",
    date: "Datum",
    meeting: "Treffen",
    people: "Personen",
    organisations: "Organisationen",
    source: "Quelle",
    fromAttendance: "Anwesenheitsliste",
    fromAnswers: "laut Anmeldung",
    noMeetings: "Im Zeitraum fanden keine Treffen statt.",
    get conferencesTitle() {
      return `${capitalised(conferenceWord().many, "de")}`;
    },
    get conference() {
      return capitalised(conferenceWord().one, "de");
    },
    invited: "Einladungen",
    answersYes: "Zusagen",
    answersNo: "Absagen",
    waitlisted: "Warteliste",
    places: "Plätze",
    present: "Anwesend",
    unlimited: "unbegrenzt",
    get noConferences() {
      return `Im Zeitraum fand ${conferenceWord().no("nom")} statt.`;
    },
    mailsTitle: "E-Mails",
    sent: "Gesendet",
    failed: "Fehlgeschlagen",
    uncertain: "Ungewiss (vielleicht gesendet)",
    suppressed: "Übersprungen (Adresse gesperrt)",
    count: "Anzahl",
    typesTitle: "Personen nach Organisationsart",
    typesNote:
      "Mitglieder am Ende des Zeitraums nach der Art der Organisation, die sie im Antrag angegeben haben; „nicht angegeben“: importierte Partner:innen. Unter 3 Personen erscheint „< 3“.",
    unknownType: "nicht angegeben",
    csvFile: (label: string) => `jahresbericht-${label}.csv`,
    csvHeader: ["Bereich", "Kennzahl", "Bezug", "Wert", "Vorjahr", "Veränderung"],
    periodProblem: {
      date: "Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).",
      order: "„Bis“ liegt vor „Von“.",
      length: "Ein Bericht umfasst höchstens fünf Jahre.",
      both: "Bitte geben Sie „Von“ und „Bis“ an.",
      year: "Bitte geben Sie ein Jahr zwischen 2000 und 2999 an.",
    },
  },
};

export type ConsoleTexts = typeof texts;
