import { RETENTION } from "../../domain/application.ts";
import { capitalised } from "../format.ts";
import { network } from "../network.ts";

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
    noTables: "Derzeit sind keine Arbeitstische eingetragen.",
    footerLabel: "Fußbereich",
    get footer() {
      return network().footers.de;
    },
    legalNav: "Rechtliches",
    germanOnly: "",
    notFoundTitle: "Seite nicht gefunden",
    notFoundText: "Diese Seite gibt es nicht.",
    backHome: "Zur Übersicht der Arbeitstische",
  },
  /** The application form, and the pages behind the links in mails: confirm, decide. */
  application: {
    formTitle: "Mitarbeit beantragen",
    formIntro:
      "Sie möchten in einem oder mehreren Arbeitstischen mitarbeiten? Füllen Sie das Formular aus. Sie erhalten danach eine E-Mail, mit der Sie Ihren Antrag bestätigen; erst dann geht er an die Ansprechpartner:innen.",
    required: "Pflichtfeld",
    tables: "Arbeitstische",
    tablesHint: "Wählen Sie einen oder mehrere.",
    name: "Name",
    email: "E-Mail-Adresse",
    organisation: "Organisation (optional)",
    organisationType: "Art der Organisation",
    choose: "Bitte wählen",
    engagement: "Ich engagiere mich",
    mandate: "Religionsgemeinschaft, die Sie entsendet",
    mandateHint: "Nur für Arbeitstische, die ein Mandat einer Religionsgemeinschaft voraussetzen (z. B. III).",
    service: "Beratungsdienst",
    serviceHint: "Nur für Arbeitstische der staatlich geförderten Beratung (z. B. V).",
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
    alreadyOpen:
      "Für diese Arbeitstische liegt schon ein offener Antrag von Ihnen vor; es wurde kein zweiter angelegt:",
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
    closed: "Die Tagung hat begonnen oder wurde abgesagt; Antworten lassen sich nicht mehr ändern.",
  },
  /** Leaving the conference mailing list. */
  unsubscribe: {
    title: "Vom Tagungsverteiler abmelden",
    intro: (email: string): string =>
      `Als Netzwerkpartner:in im ${network().name} erhalten Sie an die Adresse ${email} Einladungen und Informationen zu den Netzwerktagungen.`,
    question:
      "Möchten Sie diese E-Mails nicht mehr erhalten, melden Sie sich hier ab. Ihre Zugehörigkeit zu den Arbeitstischen bleibt davon unberührt.",
    button: "Jetzt abmelden",
    already: "Diese Adresse ist bereits abgemeldet. Sie erhalten keine E-Mails zu den Netzwerktagungen mehr.",
    doneTitle: "Sie sind abgemeldet",
    done: (email: string): string => `Sie erhalten an ${email} keine E-Mails zu den Netzwerktagungen mehr.`,
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
    title: "Aus einem Arbeitstisch austreten",
    intro: (table: string): string =>
      `Sie sind Mitglied im Arbeitstisch ${table} und erhalten die Einladungen zu seinen Treffen.`,
    question:
      "Möchten Sie nicht mehr Mitglied sein, treten Sie hier aus. Die Einladungen zu den Tagungen des Netzwerks erhalten Sie weiterhin.",
    button: "Jetzt austreten",
    notMember: (table: string): string => `Sie sind nicht (mehr) Mitglied im Arbeitstisch ${table}.`,
    doneTitle: "Sie sind ausgetreten",
    done: (table: string): string =>
      `Sie sind nicht mehr Mitglied im Arbeitstisch ${table} und erhalten seine Einladungen nicht mehr.`,
    undo: "War das ein Versehen? Schreiben Sie der Ansprechpartner:in des Arbeitstisches; sie nimmt Sie gern wieder auf.",
    invalidTitle: "Dieser Link ist ungültig",
    invalid: "Bitte prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.",
    expiredTitle: "Dieser Link ist abgelaufen",
    expired: "Bitte verwenden Sie den Link aus einer neueren E-Mail des Arbeitstisches.",
  },
};

export type WebTexts = typeof web;
