import type { Text } from "./kit.ts";
import type { ResponseBodyName } from "./response-schemas.ts";

/**
 * The words of the document's response bodies (`#/components/schemas/<name>`): what each body is, in English and
 * German, and notes on the fields that need one (a note naming a field the schema lacks fails the build).
 */
/** What each response body is, and notes on the fields that need one. */
export const SCHEMA_TEXTS: Record<ResponseBodyName, Text & { fields?: Record<string, Text> }> = {
  Problem: {
    en: "An error (RFC 9457): `status` is the HTTP status; further members may follow.",
    de: "Ein Fehler (RFC 9457): `status` ist der HTTP-Status; weitere Angaben können folgen.",
    fields: {
      errors: {
        en: "For invalid fields: one entry per field; `path` is dotted (`workTableIds.0`).",
        de: "Bei ungültigen Feldern: ein Eintrag je Feld; `path` mit Punkten (`workTableIds.0`).",
      },
    },
  },
  Health: { en: "Ready.", de: "Bereit." },
  PublicWorkTable: {
    en: "A work table as anyone sees it: texts in the reader's language, the contact's name, no email address.",
    de: "Ein Arbeitstisch, wie alle ihn sehen: Texte in der Sprache der Lesenden, der Name der Ansprechperson, keine E-Mail-Adresse.",
    fields: {
      "admission.summary": {
        en: "Who may join, as one sentence in the reader's language.",
        de: "Wer teilnehmen kann, als ein Satz in der Sprache der Lesenden.",
      },
    },
  },
  PublicWorkTableList: {
    en: "The public work tables, by numeral.",
    de: "Die öffentlichen Arbeitstische, nach Nummer.",
  },
  ApplyResult: {
    en: "The submission and its applications, one per table.",
    de: "Die Einreichung und ihre Anträge, einer je Tisch.",
    fields: {
      id: { en: "The submission's id.", de: "Die Kennung der Einreichung." },
      confirmationResent: {
        en: "Set when a confirmation mail was sent again.",
        de: "Gesetzt, wenn eine Bestätigungs-E-Mail erneut gesendet wurde.",
      },
    },
  },
  ConfirmResult: { en: "The confirmed applications.", de: "Die bestätigten Anträge." },
  DecideResult: { en: "The decided application.", de: "Der entschiedene Antrag." },
  RsvpResult: {
    en: "The answer as recorded; with places counted, where the person stands (a place, or the position on the waiting list).",
    de: "Die Antwort wie gespeichert; mit gezählten Plätzen, wo die Person steht (ein Platz oder der Platz auf der Warteliste).",
  },
  CheckInResult: {
    en: "Who was checked in, or that they were before (with the time).",
    de: "Wer eingecheckt wurde, oder dass die Person es schon war (mit der Zeit).",
  },
  RegistrationList: {
    en: "Everyone who said yes, in order: with a place, on the waiting list (by position), cancelled; the places of the event and of each workshop.",
    de: "Alle, die zugesagt haben, in Reihenfolge: mit Platz, auf der Warteliste (nach Position), abgesagt; die Plätze der Veranstaltung und jedes Workshops.",
  },
  UnsubscribeResult: { en: "Unsubscribed.", de: "Abbestellt." },
  WorkTable: {
    en: "A work table as coordinators keep it: the German texts, the English translation, contact and deputy with their addresses.",
    de: "Ein Arbeitstisch, wie die Koordination ihn pflegt: die deutschen Texte, die englische Übersetzung, Ansprechperson und Vertretung mit Adresse.",
    fields: {
      archivedAt: {
        en: "Set while the table is archived.",
        de: "Gesetzt, solange der Tisch archiviert ist.",
      },
    },
  },
  WorkTableList: { en: "All work tables, archived ones included.", de: "Alle Arbeitstische, auch archivierte." },
  Application: {
    en: "An application with everything stored about it.",
    de: "Ein Antrag mit allem, was über ihn gespeichert ist.",
    fields: {
      consent: {
        en: "Which privacy text was agreed to (version, SHA-256 of the words shown), when, and when the address was confirmed.",
        de: "Welchem Datenschutztext zugestimmt wurde (Fassung, SHA-256 des gezeigten Wortlauts), wann, und wann die Adresse bestätigt wurde.",
      },
      routedTo: { en: "Who received it for a decision.", de: "Wer ihn zur Entscheidung erhielt." },
      expiresAt: {
        en: "Epoch seconds: when the stored application is deleted (retention).",
        de: "Sekunden seit 1970: wann der gespeicherte Antrag gelöscht wird (Aufbewahrung).",
      },
    },
  },
  ApplicationPage: {
    en: "One page of applications; `nextCursor` while more follow.",
    de: "Eine Seite Anträge; `nextCursor`, solange weitere folgen.",
  },
  Partner: {
    en: "A partner of the directory: who receives conference mail, and at which work tables.",
    de: "Ein Netzwerkpartner: wer Post zu den Tagungen erhält, und bei welchen Arbeitstischen.",
    fields: {
      handle: {
        en: "The random name of the partner in the links of their mails.",
        de: "Der zufällige Name des Partners in den Links seiner E-Mails.",
      },
      unsubscribedAt: {
        en: "Set while the partner receives no conference mail.",
        de: "Gesetzt, solange der Partner keine Post zu Tagungen erhält.",
      },
    },
  },
  PartnerPage: {
    en: "One page of partners; `nextCursor` while more follow.",
    de: "Eine Seite Netzwerkpartner; `nextCursor`, solange weitere folgen.",
  },
  ImportReport: {
    en: "What an import did: rows taken, merged into a partner, unchanged; each refused row with its line and reason; repeated addresses.",
    de: "Was ein Import bewirkt hat: übernommene, zusammengeführte und unveränderte Zeilen; jede abgelehnte Zeile mit Nummer und Grund; wiederholte Adressen.",
  },
  Conference: {
    en: "A conference (or a work table's meeting).",
    de: "Eine Tagung (oder ein Treffen eines Arbeitstischs).",
    fields: {
      sequence: {
        en: "The calendar entry's SEQUENCE; raised by every change of time or place.",
        de: "Die SEQUENCE des Kalendereintrags; steigt mit jeder Änderung von Zeit oder Ort.",
      },
    },
  },
  ConferenceList: { en: "All conferences, latest start first.", de: "Alle Tagungen, späteste zuerst." },
  ConferenceDetail: {
    en: "A conference with the progress of each mailing and the RSVP counts.",
    de: "Eine Tagung mit dem Fortschritt jedes Versands und der Zahl der Zu- und Absagen.",
  },
  Agenda: {
    en: "An event's agenda: its items in order; invitations, reminders and calendar entries show the accepted ones.",
    de: "Die Tagesordnung eines Termins: ihre Punkte in Reihenfolge; Einladungen, Erinnerungen und Kalendereinträge zeigen die angenommenen.",
  },
  Attendance: {
    en: "Who was at an event: one entry per person (`present`, `excused`, `absent`; a deputy from the member's organisation counts as present); an erased person's entry keeps the organisation, without address.",
    de: "Wer bei einem Termin war: ein Eintrag je Person (`present` anwesend, `excused` entschuldigt, `absent` abwesend; eine Vertretung aus der Organisation des Mitglieds zählt als anwesend); der Eintrag einer gelöschten Person behält die Organisation, ohne Adresse.",
  },
  Minutes: {
    en: "An event's minutes: the draft (text, decisions, tasks with owner and due date), the frame as it stands now (event, present and excused people with their organisations, agenda) and the last publication, if any.",
    de: "Das Protokoll eines Termins: der Entwurf (Text, Beschlüsse, Aufgaben mit Verantwortlichen und Fälligkeit), der Rahmen nach jetzigem Stand (Termin, anwesende und entschuldigte Personen mit Organisation, Tagesordnung) und die letzte Veröffentlichung, falls es eine gibt.",
  },
  TaskList: {
    en: "Tasks from published minutes, by due date.",
    de: "Aufgaben aus veröffentlichten Protokollen, nach Fälligkeit.",
  },
  SendNowResult: {
    en: "A test mail queued, or the mailing asked for.",
    de: "Eine Test-E-Mail eingereiht, oder der Versand angestoßen.",
  },
  MailSummary: {
    en: "An outbox mail as coordinators see it.",
    de: "Eine E-Mail des Postausgangs, wie die Koordination sie sieht.",
    fields: {
      reason: {
        en: "Why it failed or may not have arrived.",
        de: "Warum sie scheiterte oder vielleicht nicht ankam.",
      },
    },
  },
  MailPage: {
    en: "One page of mails; `nextCursor` while more follow.",
    de: "Eine Seite E-Mails; `nextCursor`, solange weitere folgen.",
  },
  PersonData: {
    en: "Everything stored about one person (Art. 15 GDPR).",
    de: "Alles, was über eine Person gespeichert ist (Art. 15 DSGVO).",
  },
  EraseResult: {
    en: "What an erasure did: items deleted, audit entries anonymised.",
    de: "Was eine Löschung bewirkt hat: gelöschte Einträge, anonymisierte Protokolleinträge.",
    fields: {
      erasedId: {
        en: "What stays in the audit log in place of the address.",
        de: "Was im Protokoll anstelle der Adresse bleibt.",
      },
    },
  },
  Suppression: {
    en: "An address no mailing reaches; for an erased person only the keyed hash.",
    de: "Eine Adresse, die kein Versand erreicht; bei gelöschten Personen nur der Hash.",
  },
  SuppressionList: { en: "The suppression list.", de: "Die Sperrliste." },
  MemberList: {
    en: "The members of one work table, by name.",
    de: "Die Mitglieder eines Arbeitstischs, nach Namen.",
  },
  MeetingList: {
    en: "One work table's meetings, latest start first.",
    de: "Die Treffen eines Arbeitstischs, spätestes zuerst.",
  },
  Rsvp: {
    en: "A partner's answer to an invitation.",
    de: "Die Antwort eines Netzwerkpartners auf eine Einladung.",
    fields: { answeredAt: { en: "When they last answered.", de: "Wann zuletzt geantwortet wurde." } },
  },
  RsvpList: {
    en: "Every answer to a meeting, yes and no.",
    de: "Alle Antworten auf ein Treffen, Zu- und Absagen.",
  },
  Coordinator: {
    en: "A coordinator: who added them, and when.",
    de: "Eine Koordinatorin oder ein Koordinator: wer sie oder ihn hinzugefügt hat, und wann.",
    fields: {
      addedBy: {
        en: "An address, or `setting` for the first coordinators (COORDINATOR_EMAILS).",
        de: "Eine Adresse, oder `setting` für die ersten (COORDINATOR_EMAILS).",
      },
    },
  },
  CoordinatorList: { en: "Every coordinator.", de: "Alle Koordinator:innen." },
  AuditEntry: {
    en: "One change a person made: who, when, what, to which thing, before and after.",
    de: "Eine Änderung, die eine Person vorgenommen hat: wer, wann, was, woran, vorher und nachher.",
    fields: {
      actor: {
        en: "An address, `link:<role>` for someone acting through a link in a mail, or `system`.",
        de: "Eine Adresse, `link:<Rolle>` für jemanden, der über einen Link aus einer E-Mail handelt, oder `system`.",
      },
      action: {
        en: "A thing and a verb, e.g. `meeting.create`, `partner.remove_from_table`.",
        de: "Ein Gegenstand und ein Verb, z. B. `meeting.create`, `partner.remove_from_table`.",
      },
    },
  },
  AuditPage: {
    en: "One page of the audit log, newest first; `nextCursor` while more may follow (a page may hold fewer entries than asked for).",
    de: "Eine Seite des Protokolls, neueste zuerst; `nextCursor`, solange weitere folgen können (eine Seite kann weniger Einträge enthalten als verlangt).",
  },
  Notice: {
    en: "A legal notice's text: plain text, `## ` starts a heading, `- ` a list item.",
    de: "Der Text eines rechtlichen Hinweises: einfacher Text, `## ` beginnt eine Überschrift, `- ` einen Listenpunkt.",
    fields: {
      updatedAt: {
        en: "The last save; missing while the default text shows.",
        de: "Die letzte Speicherung; fehlt, solange der Standardtext gilt.",
      },
    },
  },
  NoticeList: { en: "The three legal notices.", de: "Die drei rechtlichen Hinweise." },
  AnnualReport: {
    en: 'The figures of a period (`current`) and, when that year had any, of the same dates a year before (`previous`). Counts only: no name, no address; people by organisation type below 3 are `"< 3"`.',
    de: 'Die Zahlen eines Zeitraums (`current`) und, wenn es in jenem Jahr welche gab, derselben Tage ein Jahr zuvor (`previous`). Nur Zahlen: kein Name, keine Adresse; Personen nach Organisationsart unter 3 als `"< 3"`.',
    fields: {
      "current.members": {
        en: "Per work table: members and organisations (distinct names) at the start and end, as the daily count found them (null before the first count), and the joins and leaves in between; `byMonth`: members at each month's end.",
        de: "Je Arbeitstisch: Mitglieder und Organisationen (verschiedene Namen) zu Beginn und am Ende, wie die tägliche Zählung sie fand (null vor der ersten Zählung), und die Ein- und Austritte dazwischen; `byMonth`: Mitglieder am Ende jedes Monats.",
      },
      "current.applications": {
        en: "Applications received (address confirmed) in the period, by how they ended; `withdrawn`: erased on the applicant's request before a decision; the median days from receipt to decision.",
        de: "Im Zeitraum eingegangene Anträge (Adresse bestätigt), nach ihrem Ausgang; `withdrawn`: vor einer Entscheidung auf Wunsch gelöscht; der Median der Tage vom Eingang bis zur Entscheidung.",
      },
      "current.events": {
        en: "Meetings and conferences held (started, not cancelled): people and organisations present as recorded (`source: attendance`), or while nothing is recorded those with a place (`source: answers`).",
        de: "Stattgefundene Treffen und Konferenzen (begonnen, nicht abgesagt): Anwesende Personen und Organisationen laut Anwesenheitsliste (`source: attendance`) oder, solange keine erfasst ist, die Angemeldeten mit Platz (`source: answers`).",
      },
      "current.mails": {
        en: "Mails that ended in the period: sent, failed, uncertain; `suppressed`: partners the period's mailings skipped because their address is on the suppression list.",
        de: "Im Zeitraum abgeschlossene E-Mails: gesendet, fehlgeschlagen, ungewiss; `suppressed`: Partner:innen, die die Versände des Zeitraums wegen einer gesperrten Adresse übersprangen.",
      },
    },
  },
};
