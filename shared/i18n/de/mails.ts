import { RETENTION } from "../../domain/application.ts";
import { capitalised, tableName } from "../format.ts";
import { type MailTexts, type MailWords, mailLists } from "../mail-content.ts";
import { network } from "../network.ts";
import { conferenceWord, tableWord } from "./words.ts";

const words: MailWords = {
  get closing() {
    return ["Mit freundlichen Grüßen", network().name, network().officeNames.de];
  },
  get table() {
    return capitalised(network().words.de.workTable, "de");
  },
  imprint: "Impressum",
  privacy: "Datenschutz",
  hello: "Guten Tag,",
  dear: (name) => `Guten Tag ${name},`,
  quote: (name) => `„${name}“`,
};

const { tableLabel, bullets, routeList } = mailLists(words);

/**
 * What mails to applicants and partners say, in German: German defines the shape every language follows
 * (`MailTexts`). The applicant's mails carry no text from the request where the address is not yet confirmed.
 */
export const mails: MailTexts = {
  words,
  tableLabel,
  /** The applicant's mails. */
  applicant: {
    confirm_submission: (d, links) => ({
      subject: `Bitte bestätigen Sie Ihren Antrag beim ${network().shortName}`,
      greeting: words.hello,
      paragraphs: [
        `vielen Dank für Ihr Interesse an der Mitarbeit im ${network().name}. Sie möchten in folgenden ${tableWord().manyDative} mitarbeiten:`,
        bullets(d.tables),
        "Bitte bestätigen Sie Ihre E-Mail-Adresse. Erst danach leiten wir Ihren Antrag an die zuständigen Ansprechpartner:innen weiter.",
      ],
      action: { label: "Antrag bestätigen", url: links.confirm ?? "" },
      after: [
        `Der Link ist ${RETENTION.unconfirmedDays} Tage gültig. Ohne Bestätigung löschen wir Ihre Angaben danach automatisch.`,
        "Falls Sie diesen Antrag nicht gestellt haben, können Sie diese E-Mail ignorieren.",
      ],
    }),
    application_forwarded: (d) => ({
      subject: "Ihr Antrag wurde weitergeleitet",
      greeting: words.dear(d.applicantName),
      paragraphs: [
        "vielen Dank für Ihre Bestätigung. Wir haben Ihren Antrag weitergeleitet an:",
        routeList(d.routes),
        "Die Ansprechpartner:innen entscheiden über die Aufnahme. Sie erhalten von uns eine Nachricht, sobald entschieden ist.",
      ],
    }),
    application_decided: (d) => {
      const note = d.note ? [`Anmerkung der Ansprechpartner:in: ${d.note}`] : [];
      return d.outcome === "accept"
        ? {
            subject: `Willkommen ${tableWord().inThe} ${tableName(d.table)}`,
            greeting: words.dear(d.applicantName),
            paragraphs: [
              `Ihr Antrag auf Mitarbeit im ${tableLabel(d.table)} wurde angenommen. Herzlich willkommen!`,
              `Als Netzwerkpartner:in erhalten Sie künftig auch die Einladungen zu den ${conferenceWord().manyDative} des Netzwerks.`,
              ...note,
            ],
          }
        : {
            subject: `Ihr Antrag für ${tableWord().one} ${tableName(d.table)}`,
            greeting: words.dear(d.applicantName),
            paragraphs: [
              `Ihr Antrag auf Mitarbeit im ${tableLabel(d.table)} wurde leider nicht angenommen.`,
              ...note,
              `Ihre Angaben zu diesem Antrag werden nach ${RETENTION.declinedMonths} Monaten gelöscht.`,
            ],
          };
    },
  },
  /** A partner's or member's mail of a conference or a table's meeting. */
  conference: {
    labels: {
      what: "Was",
      when: "Wann",
      where: "Wo",
      online: "Online teilnehmen",
      agenda: "Tagesordnung",
      minutes: (n: number) => `${n} Min.`,
      openTasks: "Offene Aufgaben",
      registrationDeadline: "Anmeldeschluss",
      places: "Plätze",
      placesLimited: (n) => `begrenzt auf ${n}; danach Warteliste`,
    },
    subjects: { invitation: "Einladung", reminder: "Erinnerung", update: "Geändert", cancellation: "Abgesagt" },
    paragraphs: {
      invitation: (q) => [
        `wir laden Sie herzlich zu ${q} ein.`,
        "Bitte sagen Sie uns, ob Sie teilnehmen. Sie können Ihre Antwort bis zum Beginn ändern. Der Termin für Ihren Kalender hängt an.",
      ],
      reminder: (q) => [`wir erinnern Sie an ${q}.`],
      update: (q) => [
        `Zeit oder Ort von ${q} haben sich geändert. Der angehängte Termin ersetzt den bisherigen in Ihrem Kalender.`,
      ],
      cancellation: (q) => [
        `${q} findet leider nicht statt. Der angehängte Termin entfernt den Eintrag aus Ihrem Kalender.`,
      ],
    },
    rsvp: "Zu- oder absagen",
    asMember: (t) =>
      `Sie erhalten diese E-Mail als Mitglied im ${tableLabel(t)}. Wenn Sie auf diese E-Mail antworten, erreichen Sie die Ansprechpartner:in ${tableWord().the("gen")}.`,
    leave: (url) => `Aus ${tableWord().the("dat")} austreten: ${url}`,
    unsubscribe: (url) => `Keine E-Mails des Netzwerks mehr erhalten: ${url}`,
    asPartner: (url) => `Sie erhalten diese E-Mail als Netzwerkpartner:in. Keine Einladungen mehr erhalten: ${url}`,
    archive: (url) => `Veröffentlichte Protokolle: ${url}`,
  },
  /** To a member taken off a work table; `table` is "II – …". */
  memberRemoved: (partnerName, table) => ({
    subject: `Ihre Mitgliedschaft ${tableWord().inThe} ${table}`,
    greeting: words.dear(partnerName),
    paragraphs: [
      `Sie sind nicht mehr Mitglied ${tableWord().inThe} ${table} und erhalten ${tableWord().its}e Einladungen nicht mehr. Vielen Dank für Ihre Mitarbeit.`,
      `Zu den ${conferenceWord().manyDative} des Netzwerks laden wir Sie weiterhin ein. Wenn das ein Irrtum ist oder Sie Fragen haben, antworten Sie einfach auf diese E-Mail; sie erreicht die Ansprechpartner:in ${tableWord().the("gen")}.`,
    ],
  }),
  /** The published minutes of a meeting or conference (issue 21). */
  minutes: {
    subject: (correction) => (correction ? "Korrigiertes Protokoll" : "Protokoll"),
    intro: (q, correction) =>
      correction
        ? [`hier ist das korrigierte Protokoll von ${q}. Es ersetzt die vorige Fassung.`]
        : [`hier ist das Protokoll von ${q}.`],
    labels: {
      present: "Anwesend",
      excused: "Entschuldigt",
      text: "Protokoll",
      decisions: "Beschlüsse",
      tasks: "Aufgaben",
      due: (date) => `bis ${date}`,
      deputyFor: (deputy, member) => `${deputy}, Vertretung für ${member}`,
      nobody: "niemand erfasst",
    },
  },
  /** Where a person stands after answering an event with places (issue 22). */
  registration: {
    subjects: {
      confirmed: "Anmeldung bestätigt",
      waitlisted: "Auf der Warteliste",
      promoted: "Ein Platz ist frei geworden: Sie sind dabei",
      workshop_promoted: "Workshop-Platz bestätigt",
      removed: "Anmeldung aufgehoben",
    },
    paragraphs: {
      confirmed: (q) => [`Ihre Anmeldung zu ${q} ist bestätigt. Wir freuen uns auf Sie.`],
      waitlisted: (q, position) => [
        `Alle Plätze für ${q} sind vergeben. Sie stehen auf Platz ${position} der Warteliste.`,
        "Wird ein Platz frei, rücken Sie automatisch nach und erhalten eine E-Mail mit dem Kalendereintrag.",
      ],
      promoted: (q) => [
        `Für ${q} ist ein Platz frei geworden: Sie sind von der Warteliste nachgerückt, Ihr Platz ist bestätigt.`,
      ],
      workshop_promoted: (q) => [`Für einen Workshop bei ${q} ist ein Platz frei geworden: Sie sind nachgerückt.`],
      removed: (q) => [`Ihre Anmeldung zu ${q} wurde von den Organisator:innen aufgehoben.`],
    },
    labels: { code: "Ihr Code für den Einlass", workshops: "Workshops" },
    codeHint: "Zeigen Sie am Einlass den QR-Code oder nennen Sie den Code.",
    qrAlt: (code) => `QR-Code für den Einlass, Code ${code}`,
    status: {
      confirmed: "Platz bestätigt",
      waitlisted: (position) => (position ? `Warteliste, Platz ${position}` : "Warteliste"),
      pending: "wird vergeben, sobald Sie einen Platz haben",
    },
    change: "Antwort ändern oder absagen",
    leaveList: "Von der Warteliste abmelden",
  },
  /** To a task's owner before its due date (issue 21). */
  taskReminder: {
    subject: (event) => `Erinnerung an Ihre Aufgabe: ${event}`,
    paragraphs: (q, task, date) => [
      `Sie haben bei ${q} diese Aufgabe übernommen:`,
      task,
      `Sie ist fällig am ${date}. Wenn sie erledigt ist, markieren Sie sie bitte mit dem Link unten als erledigt.`,
    ],
    action: "Als erledigt markieren",
  },
  /** To a member whose agenda proposal was decided (issue 21). */
  proposalDecided: {
    subject: (event) => `Ihr Vorschlag für die Tagesordnung: ${event}`,
    paragraphs: (e, item, accepted) =>
      accepted
        ? [`Ihr Vorschlag ${item} steht jetzt auf der Tagesordnung von ${e}. Vielen Dank!`]
        : [
            `Ihr Vorschlag ${item} kommt diesmal nicht auf die Tagesordnung von ${e}. Wenn Sie Fragen haben, antworten Sie einfach auf diese E-Mail.`,
          ],
  },
  propose: (url, until) => `Einen Punkt für die Tagesordnung vorschlagen (bis ${until}): ${url}`,
};
