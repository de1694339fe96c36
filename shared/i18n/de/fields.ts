import { capitalised } from "../format.ts";
import { labels } from "./labels.ts";
import { tableWord } from "./words.ts";
/**
 * Field messages and problem texts in German: the words the JSON API and the forms answer with when something is
 * not right. The code writes problems and a schema's own messages in English; these maps word them. German defines
 * the shape every language follows (`FieldTexts`); a text a language lacks is answered in German.
 */

/** A text with a number or a name in it: the English pattern, and the words with the match filled in. */
export type TextPattern = [RegExp, (match: RegExpExecArray) => string];

export const fields = {
  /** Problem titles and details (the English ones are the code's own). */
  problems: {
    "Bad Request": "Ungültige Anfrage",
    "There are no minutes to publish yet.": "Es gibt noch kein Protokoll zum Veröffentlichen.",
    "Nothing changed since the minutes were published.":
      "Seit der Veröffentlichung des Protokolls hat sich nichts geändert.",
    "The minutes were changed since you read them; read them again.":
      "Das Protokoll wurde geändert, seit Sie es gelesen haben; bitte lesen Sie es erneut.",
    "The minutes were changed at the same time; please reload.":
      "Das Protokoll wurde gleichzeitig geändert; bitte laden Sie es neu.",
    Unauthorized: "Nicht angemeldet",
    Forbidden: "Nicht erlaubt",
    "Not Found": "Nicht gefunden",
    Conflict: "Konflikt",
    Gone: "Nicht mehr gültig",
    "Precondition Failed": "Veraltete Fassung",
    "Content Too Large": "Zu groß",
    "Unsupported Media Type": "Falsches Format",
    "Unprocessable Content": "Ungültige Angaben",
    "Too Many Requests": "Zu viele Anfragen",
    "Internal Server Error": "Interner Fehler",
    "Service Unavailable": "Vorübergehend nicht verfügbar",
    "The body is not valid UTF-8 JSON.": "Der Inhalt ist kein gültiges JSON in UTF-8.",
    "Send the body as application/json.": "Bitte senden Sie den Inhalt als application/json.",
    "Send the file as text/csv in UTF-8.": "Bitte senden Sie die Datei als text/csv in UTF-8.",
    'The file is not UTF-8. In Excel, save it as "CSV UTF-8 (comma delimited)".':
      "Die Datei ist nicht in UTF-8. Speichern Sie sie in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“.",
    "The request body has invalid fields; see errors.": "Der Inhalt hat ungültige Felder; siehe errors.",
    "The request has invalid query parameters; see errors.": "Die Anfrage hat ungültige Parameter; siehe errors.",
    "The conference has started or was cancelled; answers can no longer change.":
      "Die Veranstaltung hat begonnen oder wurde abgesagt; Antworten können nicht mehr geändert werden.",
    "The event has started or was cancelled; its places no longer change.":
      "Die Veranstaltung hat begonnen oder wurde abgesagt; ihre Plätze ändern sich nicht mehr.",
    "This person has no place and is not waiting for one at this event.":
      "Diese Person hat bei dieser Veranstaltung keinen Platz und steht nicht auf der Warteliste.",
    "This person is not on that waiting list.": "Diese Person steht nicht auf dieser Warteliste.",
    "No registration of this event has this code or address.":
      "Keine Anmeldung dieser Veranstaltung hat diesen Code oder diese Adresse.",
    "This person has no place at the event (waiting or cancelled).":
      "Diese Person hat keinen Platz bei der Veranstaltung (Warteliste oder abgesagt).",
    "Registration has closed; a new yes is no longer taken.":
      "Die Anmeldung ist geschlossen; neue Zusagen werden nicht mehr angenommen.",
    "The conference was changed at the same time; please reload.":
      "Die Veranstaltung wurde gleichzeitig geändert; bitte laden Sie sie neu.",
    "The conference was changed at the same time; please retry.":
      "Die Veranstaltung wurde gleichzeitig geändert; bitte versuchen Sie es noch einmal.",
    "This application has already been decided differently.": "Über diesen Antrag wurde bereits anders entschieden.",
    "This application was handed on to someone else; this link no longer decides it.":
      "Dieser Antrag wurde an eine andere Person weitergegeben; mit diesem Link kann nicht mehr entschieden werden.",
    "This conference has been cancelled.": "Diese Veranstaltung wurde abgesagt.",
    "This event has been cancelled.": "Dieser Termin wurde abgesagt.",
    "The event was changed at the same time; please reload.":
      "Der Termin wurde gleichzeitig geändert; bitte laden Sie ihn neu.",
    "The agenda was changed since you read it; read it again.":
      "Die Tagesordnung wurde geändert, seit Sie sie gelesen haben; bitte lesen Sie sie neu.",
    "This partner is on the mailing list; there is nothing to undo.":
      "Diese Partnerin oder dieser Partner steht im Verteiler; es gibt nichts rückgängig zu machen.",
    "A request with the session cookie must carry the session's X-CSRF-Token.":
      "Eine Anfrage mit dem Sitzungs-Cookie muss das X-CSRF-Token der Sitzung mitsenden.",
    "Only coordinators may do this.": "Das dürfen nur Koordinator:innen.",
    "Sign in to the console, or send a personal API token: Authorization: Bearer <token>.":
      "Bitte melden Sie sich in der Konsole an oder senden Sie ein persönliches API-Token: Authorization: Bearer <token>.",
    "Too many applications from this address; please try again later.":
      "Von dieser Adresse kamen zu viele Anträge; bitte versuchen Sie es später noch einmal.",
    "This link has expired. / Dieser Link ist abgelaufen.": "Dieser Link ist abgelaufen.",
    "This link is not valid. / Dieser Link ist ungültig.": "Dieser Link ist ungültig.",
    "Something went wrong on our side. Please try again later.":
      "Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es später noch einmal.",
    "There is no application with this id.": "Es gibt keinen Antrag mit dieser Kennung.",
    "There is no conference with this id.": "Es gibt keine Veranstaltung mit dieser Kennung.",
    "There is no mail with this id.": "Es gibt keine E-Mail mit dieser Kennung.",
    "There is no partner with this email address.": "Es gibt keine Partnerin und keinen Partner mit dieser Adresse.",
    "There is no such resource.": "Das Gesuchte gibt es nicht.",
    get "There is no work table with this id."() {
      return `Es gibt ${tableWord().no("acc")} mit dieser Kennung.`;
    },
    "This is not an email address.": "Das ist keine E-Mail-Adresse.",
    get "The work table was changed since you read it; read it again."() {
      return `${capitalised(tableWord().the("nom"), "de")} wurde geändert, seit Sie ${tableWord().pronounAcc} gelesen haben; bitte lesen Sie ${tableWord().pronounAcc} neu.`;
    },
    get "The work table was changed since it was read."() {
      return `${capitalised(tableWord().the("nom"), "de")} wurde geändert, seit ${tableWord().pronoun} gelesen wurde.`;
    },
    get "The work table was changed at the same time."() {
      return `${capitalised(tableWord().the("nom"), "de")} wurde gleichzeitig geändert.`;
    },
    "A backing service is not ready.": "Ein benötigter Dienst ist noch nicht bereit.",
    "The id in the path is not valid.": "Die Kennung im Pfad ist ungültig.",
    "This application is not waiting for a decision.": "Dieser Antrag wartet nicht auf eine Entscheidung.",
    get "There is no member of this work table with this email address."() {
      return `${capitalised(tableWord().this("nom"), "de")} hat kein Mitglied mit dieser Adresse.`;
    },
    get "This partner was taken off the work table at the same time."() {
      return `Diese Person wurde gleichzeitig ${tableWord().fromThe} genommen.`;
    },
    get "There is no meeting of this work table with this id."() {
      return `${capitalised(tableWord().this("nom"), "de")} hat kein Treffen mit dieser Kennung.`;
    },
    "This meeting has been cancelled.": "Dieses Treffen wurde abgesagt.",
    "The meeting was changed at the same time; please reload.":
      "Das Treffen wurde gleichzeitig geändert; bitte laden Sie es neu.",
    "The meeting was changed since you read it; read it again.":
      "Das Treffen wurde geändert, seit Sie es gelesen haben; bitte lesen Sie es neu.",
    "There is no coordinator with this email address.": "Mit dieser Adresse koordiniert niemand.",
    "This person is already a coordinator.": "Diese Person koordiniert bereits.",
    "The last coordinator cannot be removed.": "Die letzte Person der Koordination kann nicht entfernt werden.",
    "There is no notice of this kind.": "Diesen Hinweis gibt es nicht.",
    "The notice was changed since you read it; read it again.":
      "Der Hinweis wurde geändert, seit Sie ihn gelesen haben; bitte lesen Sie ihn neu.",
    "The notice was changed at the same time; please retry.":
      "Der Hinweis wurde gleichzeitig geändert; bitte versuchen Sie es noch einmal.",
  } as Record<string, string>,
  problemPatterns: [
    [
      /^This organisation has as many people registered as the event allows per organisation \((\d+)\)\.$/,
      (m) =>
        `Aus dieser Organisation sind so viele Personen angemeldet, wie die Veranstaltung je Organisation zulässt (${m[1]}).`,
    ],
    [
      /^Only a failed or uncertain mail can be sent again; this one is (\w+)\.$/,
      (m) => `Nur eine fehlgeschlagene oder unsichere E-Mail kann erneut gesendet werden; diese ist ${m[1]}.`,
    ],
    [/^The body must not exceed (\d+) bytes\.$/, (m) => `Der Inhalt darf höchstens ${m[1]} Bytes groß sein.`],
    [/^The file must not exceed (\d+) bytes\.$/, (m) => `Die Datei darf höchstens ${m[1]} Bytes groß sein.`],
    [
      /^The numeral (\S+) belongs to another work table\.$/,
      (m) => `Die Nummer ${m[1]} gehört zu ${tableWord().a("dat").split(" ")[0]} anderen ${tableWord().one}.`,
    ],
  ] as TextPattern[],
  /** A schema's own messages, and checks across fields, worded for people. */
  messages: {
    "must not be after startsAt": "Darf nicht nach dem Beginn liegen.",
    "is given twice": "Ist doppelt angegeben.",
    "a deputy attends in the member's place: only with status present":
      "Eine Vertretung nimmt an Stelle des Mitglieds teil: nur mit dem Status „anwesend“.",
    "a deputy comes in the partner's place: only with the answer yes":
      "Eine Vertretung kommt an Ihrer Stelle: Bitte sagen Sie dafür zu.",
    "names each person once": "Bitte nennen Sie jede Person nur einmal.",
    get "is not a member, contact person or coordinator of this work table"() {
      return `Diese Person ist weder Mitglied noch Ansprechpartner:in ${tableWord().this("gen")} noch Koordinator:in.`;
    },
    "is not a partner of the network or a coordinator":
      "Diese Adresse gehört weder einer Netzwerkpartner:in noch einer Koordinator:in.",
    get "is not a member of this work table and did not answer the invitation"() {
      return `Diese Person ist nicht Mitglied ${tableWord().this("gen")} und hat nicht auf die Einladung geantwortet.`;
    },
    "is not a partner of the network": "Diese Adresse gehört zu keiner Netzwerkpartner:in.",
    "must be a single line without control characters": "Bitte schreiben Sie dies in eine Zeile, ohne Steuerzeichen.",
    "must not contain control characters": "Bitte entfernen Sie die Steuerzeichen aus diesem Text.",
    "must be a name, without links or email addresses":
      "Bitte geben Sie einen Namen an, ohne Links oder E-Mail-Adressen.",
    get "is not a work table id"() {
      return `${capitalised(tableWord().this("acc"), "de")} gibt es nicht.`;
    },
    get "there is no work table with this id"() {
      return `${capitalised(tableWord().this("acc"), "de")} gibt es nicht.`;
    },
    get "choose at least one work table"() {
      return `Bitte wählen Sie mindestens ${tableWord().a("acc")}.`;
    },
    get "must not repeat a work table"() {
      return `Bitte nennen Sie ${tableWord().this("acc").replace(/^dies/, "jed")} nur einmal.`;
    },
    get "work table ids must be unique"() {
      return `Jede Kennung ${tableWord().a("gen")} darf nur einmal vorkommen.`;
    },
    get "work table numerals must be unique"() {
      return `Jede Nummer ${tableWord().a("gen")} darf nur einmal vorkommen.`;
    },
    "white text on this colour has too little contrast (at least 4.5:1 is needed)":
      "Weiße Schrift hat auf dieser Farbe zu wenig Kontrast (nötig ist mindestens 4,5:1).",
    get "name at least one work table"() {
      return `Bitte nennen Sie mindestens ${tableWord().a("acc")}.`;
    },
    "must be empty": "Bitte lassen Sie dieses Feld leer.",
    "consent is required": "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.",
    get "this work table admits only with the mandate of a religious community"() {
      return `${capitalised(tableWord().aWith("gewählt"), "de")} nimmt nur mit Mandat einer Religionsgemeinschaft auf: Bitte nennen Sie die Religionsgemeinschaft.`;
    },
    get "the chosen work tables admit no common counselling service"() {
      return `Die gewählten ${tableWord().many} nehmen keinen gemeinsamen Beratungsdienst auf: Bitte beantragen Sie sie einzeln.`;
    },
    "is not a cursor of this list":
      "Diese Position gehört nicht zu dieser Liste. Bitte beginnen Sie die Liste von vorn.",
    "has expired; start from the first page": "Diese Position ist abgelaufen. Bitte beginnen Sie mit der ersten Seite.",
    "must be a Roman numeral such as I, IV or XII":
      "Bitte geben Sie eine römische Zahl an, zum Beispiel I, IV oder XII.",
    "must be after inviteAt": "Die Erinnerung muss nach der Einladung liegen.",
    "must be after startsAt": "Das Ende muss nach dem Beginn liegen.",
    "must be before startsAt": "Dies muss vor dem Beginn liegen.",
    "must be an https:// link": "Bitte geben Sie einen Link an, der mit https:// beginnt.",
    "must be in the future": "Dieser Zeitpunkt muss in der Zukunft liegen.",
    "name the address the test goes to": "Bitte nennen Sie die Adresse, an die der Test gehen soll.",
    "services must not repeat": "Bitte nennen Sie jeden Beratungsdienst nur einmal.",
    "use 1–64 lowercase letters, digits and hyphens, e.g. kita-uebergang-schule":
      "Bitte verwenden Sie 1–64 Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel kita-uebergang-schule.",
    "must be the event's name; mails add words such as Einladung themselves":
      "Bitte geben Sie den Namen der Veranstaltung an; Wörter wie „Einladung“ setzen die E-Mails selbst davor.",
    get "the work table names no such person"() {
      return `${capitalised(tableWord().the("nom"), "de")} nennt keine solche Person.`;
    },
    "use type:id, e.g. application:<id> or partner:<address>":
      "Bitte geben Sie Art und Kennung an, zum Beispiel application:<Kennung> oder partner:<Adresse>.",
    "use YYYY-MM-DD": "Bitte als Datum JJJJ-MM-TT angeben.",
    "is no calendar date": "Ist kein gültiges Datum.",
    "is before from": "Liegt vor dem ersten Tag (from).",
    "needs both from and to": "Bitte from und to angeben (beide).",
    "is no year between 2000 and 2999": "Bitte ein Jahr zwischen 2000 und 2999 angeben.",
  } as Record<string, string>,
  messagePatterns: [
    [/^is more than (\d+) days after from$/, (m) => `Ein Bericht umfasst höchstens ${m[1]} Tage (fünf Jahre).`],
    [
      /^workshop (\S+) has registrations; it cannot be removed$/,
      (m) => `Der Workshop ${m[1]} hat Anmeldungen; er lässt sich nicht entfernen.`,
    ],
    [
      /^(\d+) places are given already; no fewer than that$/,
      (m) => `${m[1]} Plätze sind schon vergeben; weniger geht nicht.`,
    ],
    [/^there is no workshop (.+)$/, (m) => `Einen Workshop ${m[1]} gibt es nicht.`],
    [
      /^at most one workshop per time slot \((.+)\)$/,
      (m) => `Bitte höchstens einen Workshop je Zeitfenster (${m[1]}).`,
    ],
    [
      /^this work table admits only (MBE|JMD|MBE or JMD)$/,
      (m) =>
        `${capitalised(tableWord().aWith("gewählt"), "de")} ist nur für ${m[1]?.replace(" or ", " oder ")}: Bitte wählen Sie Ihren Dienst.`,
    ],
    [
      /^The numeral (\S+) belongs to another work table\.$/,
      (m) => `Die Nummer ${m[1]} gehört zu ${tableWord().a("dat").split(" ")[0]} anderen ${tableWord().one}.`,
    ],
    [
      /^names the (spring|autumn) conference, but the season is (spring|autumn)$/,
      (m) =>
        `Der Titel nennt die ${labels.seasons[m[1] === "spring" ? "spring" : "autumn"]}, die Veranstaltung ist aber die ${labels.seasons[m[2] === "spring" ? "spring" : "autumn"]}.`,
    ],
  ] as TextPattern[],
  /** The generic messages, by the kind of problem the validator found. */
  issues: {
    required: "Bitte geben Sie dies an.",
    empty: "Bitte füllen Sie dieses Feld aus.",
    tooShort: (n: number): string => `Bitte geben Sie mindestens ${n} Zeichen ein.`,
    tooLong: (n: number): string => `Bitte geben Sie höchstens ${n} Zeichen ein.`,
    tooFew: (n: number): string => `Bitte wählen Sie mindestens ${n} aus.`,
    tooMany: (n: number): string => `Bitte wählen Sie höchstens ${n} aus.`,
    tooSmall: (n: number): string => `Bitte geben Sie eine Zahl ab ${n} an.`,
    tooBig: (n: number): string => `Bitte geben Sie eine Zahl bis ${n} an.`,
    wholeNumber: "Bitte geben Sie eine ganze Zahl an.",
    email: "Bitte geben Sie eine gültige E-Mail-Adresse an.",
    url: "Bitte geben Sie einen vollständigen Link an, der mit https:// beginnt.",
    dateTime: "Bitte geben Sie Datum und Uhrzeit mit Zeitzone an, zum Beispiel 2027-04-22T09:00:00+02:00.",
    format: "Diese Angabe hat nicht die erwartete Form.",
    oneOf: (values: string): string => `Bitte wählen Sie einen dieser Werte: ${values}.`,
    unknownField: "Diese Angabe gibt es hier nicht. Bitte lassen Sie sie weg.",
    wrongType: "Diese Angabe hat die falsche Art, zum Beispiel eine Zahl statt eines Textes.",
    invalid: "Bitte prüfen Sie diese Angabe.",
  },
  /** The application form's fields, each with its own message (the form and `POST /api/applications`). */
  application: {
    get workTableIds() {
      return `Bitte wählen Sie mindestens ${tableWord().a("acc")}.`;
    },
    name: "Bitte geben Sie Ihren Namen an: eine Zeile, höchstens 120 Zeichen, ohne Links oder E-Mail-Adressen.",
    email: "Bitte geben Sie eine gültige E-Mail-Adresse an.",
    organisation: "Bitte höchstens 200 Zeichen in einer Zeile.",
    organisationType: "Bitte wählen Sie die Art Ihrer Organisation.",
    engagement: "Bitte wählen Sie, ob Sie sich beruflich oder ehrenamtlich engagieren.",
    get mandateCommunity() {
      return `${capitalised(tableWord().aWith("gewählt"), "de")} nimmt nur mit Mandat einer Religionsgemeinschaft auf: Bitte nennen Sie die Religionsgemeinschaft.`;
    },
    get service() {
      return `${capitalised(tableWord().aWith("gewählt"), "de")} ist nur für staatlich geförderte Beratungsdienste: Bitte wählen Sie Ihren Dienst (MBE oder JMD).`;
    },
    message: "Bitte höchstens 2000 Zeichen.",
    consent: "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.",
    website: "Bitte lassen Sie dieses Feld leer.",
  },
};

export type FieldTexts = typeof fields;
