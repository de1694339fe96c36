import { RETENTION } from "../../domain/application.ts";
import { capitalised } from "../format.ts";
import { network } from "../network.ts";
import { conferenceWord, tableWord } from "./words.ts";

/**
 * What the public pages say, in German: German defines the shape every language follows (`WebTexts`).
 */
export const web = {
  /** The frame of every public page: header, footer, language switch, the home page. */
  page: {
    get network() {
      return network().names.de;
    },
    skip: "Zum Inhalt springen",
    headerLabel: "Kopfbereich",
    languageNav: "Sprache",
    errorPrefix: "Fehler",
    easyLanguageLink: "Das Netzwerk in Leichter Sprache",
    get homeTitle() {
      return capitalised(network().words.de.workTables, "de");
    },
    get homeIntro() {
      return network().descriptions.de;
    },
    get workTable() {
      return capitalised(network().words.de.workTable, "de");
    },
    audience: "Zielgruppe",
    admission: "Zugang",
    contact: "Ansprechpartner:in",
    get noTables() {
      return `Derzeit sind keine ${tableWord().many} eingetragen.`;
    },
    footerLabel: "Fußbereich",
    get footer() {
      return network().footers.de;
    },
    legalNav: "Rechtliches",
    germanOnly: "",
    notFoundTitle: "Seite nicht gefunden",
    notFoundText: "Diese Seite gibt es nicht.",
    get backHome() {
      return `Zur Übersicht der ${tableWord().many}`;
    },
  },
  /** The application form, and the pages behind the links in mails: confirm, decide. */
  application: {
    formTitle: "Mitarbeit beantragen",
    get formIntro() {
      return `Sie möchten in ${tableWord().a("dat").split(" ")[0]} oder mehreren ${tableWord().manyDative} mitarbeiten? Füllen Sie das Formular aus. Sie erhalten danach eine E-Mail, mit der Sie Ihren Antrag bestätigen; erst dann geht er an die Ansprechpartner:innen.`;
    },
    required: "Pflichtfeld",
    get tables() {
      return `${capitalised(tableWord().many, "de")}`;
    },
    get tablesHint() {
      return `Wählen Sie ${tableWord().a("acc").split(" ")[0]} oder mehrere.`;
    },
    name: "Name",
    email: "E-Mail-Adresse",
    organisation: "Organisation (optional)",
    organisationType: "Art der Organisation",
    choose: "Bitte wählen",
    engagement: "Ich engagiere mich",
    mandate: "Religionsgemeinschaft, die Sie entsendet",
    get mandateHint() {
      return `Nur für ${tableWord().many}, die ein Mandat einer Religionsgemeinschaft voraussetzen (z. B. III).`;
    },
    service: "Beratungsdienst",
    get serviceHint() {
      return `Nur für ${tableWord().many} der staatlich geförderten Beratung (z. B. V).`;
    },
    noService: "Kein Beratungsdienst",
    message: "Nachricht an die Ansprechpartner:innen (optional)",
    consent: "Einwilligung",
    honeypot: "Bitte lassen Sie dieses Feld leer.",
    submit: "Antrag senden",
    showIn: "Formular mit Ihren Angaben anzeigen auf:",
    errorSummary: "Bitte prüfen Sie Ihre Angaben:",
    tooFast: "Das ging sehr schnell. Bitte prüfen Sie Ihre Angaben und senden Sie das Formular noch einmal.",
    formExpired:
      "Das Formular war länger als einen Tag geöffnet. Ihre Angaben sind erhalten; bitte senden Sie es noch einmal.",
    rateLimited:
      "Von dieser Adresse kamen in der letzten Stunde zu viele Anträge. Bitte versuchen Sie es später noch einmal.",
    sentTitle: "Bitte bestätigen Sie Ihren Antrag",
    sentText: (email: string): string =>
      `Wir haben eine E-Mail an ${email} geschickt. Bitte öffnen Sie den Link darin, um Ihren Antrag zu bestätigen. Der Link ist ${RETENTION.unconfirmedDays} Tage gültig.`,
    get alreadyOpen() {
      return `Für diese ${tableWord().many} liegt schon ein offener Antrag von Ihnen vor; es wurde kein zweiter angelegt:`;
    },
    confirmationResent: (email: string): string =>
      `Wir haben Ihnen den Bestätigungslink noch einmal an ${email} geschickt. Auch der Link aus der ersten E-Mail bleibt gültig.`,
    confirmationPending:
      "Falls Sie ihn noch nicht bestätigt haben: Die E-Mail mit dem Bestätigungslink ist unterwegs. Sehen Sie bitte auch im Spam-Ordner nach. In einigen Minuten können Sie den Link erneut anfordern, indem Sie das Formular noch einmal senden.",
    confirmTitle: "Antrag bestätigen",
    confirmText:
      "Bitte bestätigen Sie, dass Sie den Antrag auf Mitarbeit gestellt haben. Danach leiten wir ihn weiter.",
    confirmButton: "Antrag jetzt bestätigen",
    confirmedTitle: "Vielen Dank – Ihr Antrag ist bestätigt",
    confirmedText: "Wir haben Ihren Antrag weitergeleitet an:",
    linkInvalidTitle: "Dieser Link ist ungültig",
    linkInvalidText: "Bitte prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.",
    linkExpiredTitle: "Dieser Link ist abgelaufen",
    linkExpiredText: "Bitte stellen Sie den Antrag bei Bedarf neu.",
    handedOnTitle: "Dieser Antrag wurde weitergegeben",
    handedOnText:
      "Die Koordination hat diesen Antrag an eine andere Person zur Entscheidung weitergegeben. Mit diesem Link können Sie nicht mehr darüber entscheiden. Bei Fragen wenden Sie sich bitte an die Koordination des Netzwerks.",
    decideTitle: "Antrag auf Mitarbeit",
    submittedAt: "Eingegangen",
    get workTable() {
      return capitalised(network().words.de.workTable, "de");
    },
    decision: "Ihre Entscheidung",
    accept: "Aufnehmen",
    decline: "Ablehnen",
    note: "Anmerkung an die antragstellende Person (optional)",
    decideButton: "Entscheidung senden",
    decidedTitle: "Entscheidung gespeichert",
    decidedText: (accepted: boolean): string =>
      accepted
        ? "Sie haben den Antrag angenommen. Die Person wird informiert und ist nun Netzwerkpartner:in."
        : "Sie haben den Antrag abgelehnt. Die Person wird informiert.",
    alreadyDecided: (accepted: boolean): string =>
      `Über diesen Antrag wurde bereits entschieden: ${accepted ? "angenommen" : "abgelehnt"}.`,
    conflict: "Über diesen Antrag wurde bereits anders entschieden; die erste Entscheidung gilt.",
    chooseDecision: "Bitte wählen Sie „Aufnehmen“ oder „Ablehnen“.",
  },
  /** The answer to an invitation. */
  /** The pages behind a table's mails for its work (issue 21): a task's owner, the archive, a proposal. */
  eventLinks: {
    taskTitle: "Ihre Aufgabe",
    from: "Aus",
    due: "Fällig am",
    state: "Stand",
    open: "offen",
    done: "erledigt",
    markDone: "Als erledigt markieren",
    doneNow: "Vielen Dank, die Aufgabe ist als erledigt markiert.",
    doneBefore: "Diese Aufgabe ist bereits erledigt.",
    archiveTitle: (name: string): string => `Protokolle: ${name}`,
    archiveIntro:
      "Hier finden Sie die veröffentlichten Protokolle, neueste zuerst. Der Link gilt nur für Sie und nur, solange Sie dabei sind; bitte geben Sie ihn nicht weiter.",
    archiveNone: "Es gibt noch keine veröffentlichten Protokolle.",
    noAccess: "Dieser Link gilt nicht mehr, weil Sie nicht mehr dabei sind.",
    noAccessTitle: "Kein Zugang mehr",
    conferences: "Tagungen des Netzwerks",
    when: "Wann",
    where: "Wo",
    present: "Anwesend",
    excused: "Entschuldigt",
    agenda: "Tagesordnung",
    text: "Protokoll",
    decisions: "Beschlüsse",
    tasks: "Aufgaben",
    nobody: "niemand erfasst",
    published: (date: string): string => `Veröffentlicht am ${date}`,
    corrected: (n: number, date: string): string => `Korrigierte Fassung ${n}, veröffentlicht am ${date}`,
    dueBy: (date: string): string => `bis ${date}`,
    deputyFor: (deputy: string, member: string): string => `${deputy}, Vertretung für ${member}`,
    proposeTitle: "Einen Punkt für die Tagesordnung vorschlagen",
    proposeIntro: (until: string): string =>
      `Schlagen Sie einen Punkt vor; die Ansprechpartner:in nimmt ihn an oder lehnt ihn ab, und Sie erhalten dazu eine E-Mail. Vorschläge sind bis ${until} möglich.`,
    proposeClosed: "Vorschläge für diese Tagesordnung sind nicht mehr möglich.",
    proposalTitle: "Titel des Punkts",
    proposalNote: "Worum geht es? (optional)",
    proposalMinutes: "Wie viele Minuten? (optional)",
    proposeButton: "Vorschlag senden",
    proposed: "Vielen Dank, Ihr Vorschlag ist eingegangen.",
    yourProposals: "Ihre Vorschläge",
    proposalStates: { proposed: "wartet auf Entscheidung", accepted: "angenommen", declined: "abgelehnt" },
    tooMany: "Sie haben schon fünf Punkte vorgeschlagen; mehr sind nicht möglich.",
  },
  rsvp: {
    when: "Wann",
    where: "Wo",
    agenda: "Tagesordnung",
    question: "Nehmen Sie teil?",
    yes: "Ja, ich nehme teil",
    no: "Nein, ich kann nicht",
    current: (yes: boolean): string =>
      `Ihre Antwort: ${yes ? "Ja, ich nehme teil." : "Nein, ich kann nicht."} Sie können sie bis zum Beginn ändern.`,
    saved: "Vielen Dank, Ihre Antwort ist gespeichert.",
    minutes: (n: number): string => `${n} Min.`,
    deputy: "Vertretung aus Ihrer Organisation (optional)",
    deputyHint:
      "Kommt an Ihrer Stelle jemand anderes aus Ihrer Organisation? Tragen Sie hier den Namen ein und sagen Sie zu.",
    deputyInvalid: "Bitte geben Sie nur einen Namen ein (höchstens 120 Zeichen, ohne Links).",
    currentDeputy: (name: string): string => `Es kommt in Ihrer Vertretung: ${name}.`,
    get closed() {
      return `${capitalised(conferenceWord().the("nom"), "de")} hat begonnen oder wurde abgesagt; Antworten lassen sich nicht mehr ändern.`;
    },
    /** Places, waiting list and workshops (issue 22). */
    places: {
      confirmed: "Ihr Platz ist bestätigt.",
      waitlisted: (position: number): string =>
        `Alle Plätze sind vergeben. Sie stehen auf Platz ${position} der Warteliste; wird ein Platz frei, rücken Sie automatisch nach und erhalten eine E-Mail.`,
      cancelled: "Sie haben abgesagt.",
      left: (free: number, capacity: number): string =>
        `Noch ${free} von ${capacity} ${capacity === 1 ? "Platz" : "Plätzen"} frei.`,
      full: "Alle Plätze sind vergeben; wer jetzt zusagt, kommt auf die Warteliste.",
      deadline: (date: string): string => `Anmeldeschluss: ${date}.`,
      deadlinePassed:
        "Der Anmeldeschluss ist vorbei; neue Zusagen sind nicht mehr möglich. Absagen können Sie weiterhin.",
      organisationFull: (limit: number): string =>
        `Aus Ihrer Organisation sind bereits so viele Personen angemeldet, wie die Veranstaltung je Organisation zulässt (${limit}).`,
      leave: "Von der Warteliste abmelden",
      code: (code: string): string => `Ihr Code für den Einlass: ${code}`,
      workshops: "Workshops",
      workshopsHint: "Wählen Sie je Zeitfenster höchstens einen Workshop.",
      none: "Keinen Workshop",
      placesLeft: (free: number): string =>
        free > 1 ? `noch ${free} Plätze frei` : free === 1 ? "noch 1 Platz frei" : "ausgebucht, Warteliste",
      status: {
        confirmed: "Platz bestätigt",
        waitlisted: (position: number | undefined): string =>
          position ? `Warteliste, Platz ${position}` : "Warteliste",
        pending: "wird vergeben, sobald Sie einen Platz haben",
      },
      workshopsInvalid: "Bitte wählen Sie je Zeitfenster höchstens einen der angebotenen Workshops.",
    },
  },
  /** Leaving the conference mailing list. */
  unsubscribe: {
    get title() {
      return `Vom Verteiler der ${conferenceWord().many} abmelden`;
    },
    intro: (email: string): string =>
      `Als Netzwerkpartner:in im ${network().name} erhalten Sie an die Adresse ${email} Einladungen und Informationen zu den ${conferenceWord().manyDative} des Netzwerks.`,
    get question() {
      return `Möchten Sie diese E-Mails nicht mehr erhalten, melden Sie sich hier ab. Ihre Zugehörigkeit zu den ${tableWord().manyDative} bleibt davon unberührt.`;
    },
    button: "Jetzt abmelden",
    get already() {
      return `Diese Adresse ist bereits abgemeldet. Sie erhalten keine E-Mails zu den ${conferenceWord().manyDative} des Netzwerks mehr.`;
    },
    doneTitle: "Sie sind abgemeldet",
    done: (email: string): string =>
      `Sie erhalten an ${email} keine E-Mails zu den ${conferenceWord().manyDative} des Netzwerks mehr.`,
    get undo() {
      return `War das ein Versehen? Auf Ihren Wunsch nimmt die Koordination des Netzwerks (${network().officeNames.de}) Sie wieder in den Verteiler auf.`;
    },
    invalidTitle: "Dieser Link ist ungültig",
    invalid: "Bitte prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.",
    expiredTitle: "Dieser Link ist abgelaufen",
    expired:
      "Bitte verwenden Sie den Abmeldelink aus einer neueren E-Mail oder wenden Sie sich an die Koordination des Netzwerks.",
  },
  /** Leaving one work table. */
  leave: {
    get title() {
      return `Aus ${tableWord().a("dat")} austreten`;
    },
    intro: (table: string): string =>
      `Sie sind Mitglied ${tableWord().inThe} ${table} und erhalten die Einladungen zu ${tableWord().its}en Treffen.`,
    get question() {
      return `Möchten Sie nicht mehr Mitglied sein, treten Sie hier aus. Die Einladungen zu den ${conferenceWord().manyDative} des Netzwerks erhalten Sie weiterhin.`;
    },
    button: "Jetzt austreten",
    notMember: (table: string): string => `Sie sind nicht (mehr) Mitglied ${tableWord().inThe} ${table}.`,
    doneTitle: "Sie sind ausgetreten",
    done: (table: string): string =>
      `Sie sind nicht mehr Mitglied ${tableWord().inThe} ${table} und erhalten ${tableWord().its}e Einladungen nicht mehr.`,
    get undo() {
      return `War das ein Versehen? Schreiben Sie der Ansprechpartner:in ${tableWord().the("gen")}; sie nimmt Sie gern wieder auf.`;
    },
    invalidTitle: "Dieser Link ist ungültig",
    invalid: "Bitte prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.",
    expiredTitle: "Dieser Link ist abgelaufen",
    get expired() {
      return `Bitte verwenden Sie den Link aus einer neueren E-Mail ${tableWord().the("gen")}.`;
    },
  },
};

export type WebTexts = typeof web;
