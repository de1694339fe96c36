/**
 * The German wording of the JSON API's problem texts (titles, details, field messages), written once here
 * instead of at every `problem(...)` call: the code says what went wrong in English, and `problem()` answers in
 * the request's language, German unless English was asked for (`?lang=en` or Accept-Language).
 * tests/unit/problem-texts.test.ts finds every literal text given to `problem()` in the code and fails when one
 * has no German here.
 */
const GERMAN: Record<string, string> = {
  // Titles (HTTP's reason phrases)
  "Bad Request": "Ungültige Anfrage",
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
  // Details
  "The body is not valid UTF-8 JSON.": "Der Inhalt ist kein gültiges JSON in UTF-8.",
  "Send the body as application/json.": "Bitte senden Sie den Inhalt als application/json.",
  "Send the file as text/csv in UTF-8.": "Bitte senden Sie die Datei als text/csv in UTF-8.",
  'The file is not UTF-8. In Excel, save it as "CSV UTF-8 (comma delimited)".':
    "Die Datei ist nicht in UTF-8. Speichern Sie sie in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“.",
  "The request body has invalid fields; see errors.": "Der Inhalt hat ungültige Felder; siehe errors.",
  "The request has invalid query parameters; see errors.": "Die Anfrage hat ungültige Parameter; siehe errors.",
  "The conference has started or was cancelled; answers can no longer change.":
    "Die Veranstaltung hat begonnen oder wurde abgesagt; Antworten können nicht mehr geändert werden.",
  "The conference was changed at the same time; please reload.":
    "Die Veranstaltung wurde gleichzeitig geändert; bitte laden Sie sie neu.",
  "The conference was changed at the same time; please retry.":
    "Die Veranstaltung wurde gleichzeitig geändert; bitte versuchen Sie es noch einmal.",
  "This application has already been decided differently.": "Über diesen Antrag wurde bereits anders entschieden.",
  "This application was handed on to someone else; this link no longer decides it.":
    "Dieser Antrag wurde an eine andere Person weitergegeben; mit diesem Link kann nicht mehr entschieden werden.",
  "This conference has been cancelled.": "Diese Veranstaltung wurde abgesagt.",
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
  "There is no work table with this id.": "Es gibt keinen Arbeitstisch mit dieser Kennung.",
  "This is not an email address.": "Das ist keine E-Mail-Adresse.",
  "The work table was changed since you read it; read it again.":
    "Der Arbeitstisch wurde geändert, seit Sie ihn gelesen haben; bitte lesen Sie ihn neu.",
  "The work table was changed since it was read.": "Der Arbeitstisch wurde geändert, seit er gelesen wurde.",
  "The work table was changed at the same time.": "Der Arbeitstisch wurde gleichzeitig geändert.",
  "A backing service is not ready.": "Ein benötigter Dienst ist noch nicht bereit.",
  "The id in the path is not valid.": "Die Kennung im Pfad ist ungültig.",
  // Field messages of the schemas
  "choose at least one work table": "wählen Sie mindestens einen Arbeitstisch",
  "is not a cursor of this list": "ist keine Position dieser Liste",
  "is not a work table id": "ist keine Kennung eines Arbeitstisches",
  "must be a Roman numeral such as I, IV or XII": "muss eine römische Zahl sein, z. B. I, IV oder XII",
  "must be a name, without links or email addresses": "muss ein Name sein, ohne Links oder E-Mail-Adressen",
  "must be a single line without control characters": "muss eine Zeile ohne Steuerzeichen sein",
  "must be after inviteAt": "muss nach inviteAt liegen",
  "must be after startsAt": "muss nach startsAt liegen",
  "must be an https:// link": "muss ein https://-Link sein",
  "must be before startsAt": "muss vor startsAt liegen",
  "must be empty": "muss leer sein",
  "must be in the future": "muss in der Zukunft liegen",
  "must not contain control characters": "darf keine Steuerzeichen enthalten",
  "must not repeat a work table": "darf keinen Arbeitstisch doppelt nennen",
  "name the address the test goes to": "nennen Sie die Adresse, an die der Test geht",
  "services must not repeat": "Dienste dürfen nicht doppelt vorkommen",
  "there is no work table with this id": "es gibt keinen Arbeitstisch mit dieser Kennung",
  "this work table admits only with the mandate of a religious community":
    "dieser Arbeitstisch nimmt nur mit Mandat einer Religionsgemeinschaft auf",
  "use 1–64 lowercase letters, digits and hyphens, e.g. kita-uebergang-schule":
    "1–64 Kleinbuchstaben, Ziffern und Bindestriche, z. B. kita-uebergang-schule",
};

/** Texts with a number or name in them. */
const GERMAN_PATTERNS: [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /^Only a failed or uncertain mail can be sent again; this one is (\w+)\.$/,
    (m) => `Nur eine fehlgeschlagene oder unsichere E-Mail kann erneut gesendet werden; diese ist ${m[1]}.`,
  ],
  [/^The body must not exceed (\d+) bytes\.$/, (m) => `Der Inhalt darf höchstens ${m[1]} Bytes groß sein.`],
  [/^The file must not exceed (\d+) bytes\.$/, (m) => `Die Datei darf höchstens ${m[1]} Bytes groß sein.`],
  [
    /^The numeral (\S+) belongs to another work table\.$/,
    (m) => `Die Nummer ${m[1]} gehört zu einem anderen Arbeitstisch.`,
  ],
];

/** `text` in German when there is a German wording of it, else as it is (e.g. a text already German). */
export function germanProblemText(text: string): string {
  const known = GERMAN[text];
  if (known !== undefined) return known;
  for (const [pattern, say] of GERMAN_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return say(match);
  }
  return text;
}

/** Whether a German wording exists (for the test that every problem text has one). */
export function hasGermanProblemText(text: string): boolean {
  return GERMAN[text] !== undefined || GERMAN_PATTERNS.some(([pattern]) => pattern.test(text));
}
