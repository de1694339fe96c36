import * as z from "zod/mini";
import type { Application } from "../../../domain/application.ts";
import { APPLICATION_STATUSES, ENGAGEMENTS, ORGANISATION_TYPES } from "../../../domain/application.ts";
import type { AuditEntry } from "../../../domain/audit.ts";
import { type Rsvp, SEASONS } from "../../../domain/conference.ts";
import { LOCALES, TRANSLATED_LOCALES } from "../../../domain/locale.ts";
import type { MailKind } from "../../../domain/mail.ts";
import { MAIL_STATUSES } from "../../../domain/mail-delivery.ts";
import { NOTICE_KINDS, type Notice } from "../../../domain/notices.ts";
import type { Coordinator } from "../../../domain/people.ts";
import type { PublicWorkTable, WorkTable } from "../../../domain/work-table.ts";
import { COUNSELLING_SERVICES } from "../../../domain/work-table.ts";
import type { ConferenceItem } from "../../../jobs/conference-schedules.ts";
import type { mailSummary } from "../../../mail/mail-summary.ts";
import type { partnerJson } from "../../../store/partner-repository.ts";
import type { SuppressionRepository } from "../../../store/suppression-repository.ts";
import type { PersonData } from "../../../use-cases/person-data.ts";
import type { Problem } from "../../problem.ts";
import type { Text } from "./kit.ts";

/**
 * The JSON bodies the API answers with, as zod schemas: the OpenAPI document (document.ts) describes the responses
 * with them. The routes name these types where they build a body (`satisfies`, type-only imports: no route's
 * bundle carries this module), the records the repositories return are checked against them below, and
 * tests/http/openapi.test.ts validates real responses against the document. Only document.ts imports this module
 * at run time, and the web function loads that on the first request for the document.
 */

const timestamp = () => z.iso.datetime({ offset: true });
/** Epoch seconds (DynamoDB's TTL). */
const epochSeconds = () => z.int();
const count = () => z.int().check(z.gte(0));
const locale = () => z.enum(LOCALES);

// ---- problems (RFC 9457) ----

export const fieldError = z.strictObject({ path: z.string(), message: z.string() });

/** `application/problem+json`: every error. Extension members (e.g. a conflict's `decision`) may follow. */
export const problemBody = z.looseObject({
  type: z.optional(z.string()),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(fieldError)),
});

// ---- work tables ----

const texts = { name: z.string(), description: z.string(), audience: z.string() };
const contact = z.strictObject({ name: z.string(), email: z.string() });
/** Who may join; in public answers with a `summary` sentence in the reader's language. */
const admissionWith = <T extends z.core.$ZodLooseShape>(extra: T) =>
  z.discriminatedUnion("rule", [
    z.strictObject({ rule: z.literal("open"), ...extra }),
    z.strictObject({ rule: z.literal("religious_mandate"), ...extra }),
    z.strictObject({
      rule: z.literal("counselling_service"),
      services: z.array(z.enum(COUNSELLING_SERVICES)),
      ...extra,
    }),
  ]);
const admission = admissionWith({});

/** A work table as anyone sees it: texts in the reader's language, no email address. */
export const publicWorkTable = z.strictObject({
  id: z.string(),
  numeral: z.string(),
  ...texts,
  admission: admissionWith({ summary: z.string() }),
  contact: z.strictObject({ name: z.string() }),
});
export const publicWorkTableList = z.strictObject({ items: z.array(publicWorkTable) });

/** A work table as coordinators keep it: German texts, the translations, contact and deputy with addresses. */
export const workTable = z.strictObject({
  id: z.string(),
  numeral: z.string(),
  ...texts,
  admission,
  contact,
  deputy: z.optional(contact),
  translations: z.optional(
    z.strictObject(
      Object.fromEntries(TRANSLATED_LOCALES.map((code) => [code, z.optional(z.strictObject(texts))])) as Record<
        (typeof TRANSLATED_LOCALES)[number],
        z.ZodMiniOptional<z.ZodMiniObject<typeof texts, z.core.$strict>>
      >,
    ),
  ),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  archivedAt: z.optional(timestamp()),
});
export const workTableList = z.strictObject({ items: z.array(workTable) });

// ---- applications ----

const applicationRef = z.strictObject({
  id: z.uuid(),
  workTableId: z.string(),
  status: z.enum(APPLICATION_STATUSES),
});

export const health = z.strictObject({ status: z.literal("ok") });

/** `POST /api/applications`: the submission and one application per chosen table, waiting for confirmation. */
export const applyResult = z.strictObject({
  /** The submission's id (random, base64url): what the confirmation link names. */
  id: z.string(),
  applications: z.array(applicationRef),
  confirmationResent: z.optional(z.literal(true)),
});

export const confirmResult = z.strictObject({
  status: z.enum(["confirmed", "already_confirmed"]),
  applications: z.array(applicationRef),
});

const routedTo = z.strictObject({ name: z.string(), email: z.string(), role: z.enum(["contact", "deputy", "other"]) });
const decision = z.strictObject({
  outcome: z.enum(["accept", "decline"]),
  note: z.optional(z.string()),
  decidedAt: timestamp(),
  by: z.optional(
    z.union([
      z.strictObject({ role: z.enum(["contact", "deputy", "other"]), name: z.string(), email: z.string() }),
      z.strictObject({ role: z.literal("coordinator"), email: z.string() }),
    ]),
  ),
});

export const decideResult = z.strictObject({ ...applicationRef.shape, decision: z.optional(decision) });

/** An application with everything stored about it (coordinators only). */
export const application = z.strictObject({
  id: z.uuid(),
  submissionId: z.string(),
  workTableId: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  applicant: z.strictObject({
    name: z.string(),
    email: z.string(),
    organisation: z.optional(z.string()),
    organisationType: z.enum(ORGANISATION_TYPES),
    engagement: z.enum(ENGAGEMENTS),
    locale: locale(),
  }),
  mandate: z.optional(z.strictObject({ community: z.string() })),
  service: z.optional(z.enum(COUNSELLING_SERVICES)),
  message: z.optional(z.string()),
  consent: z.strictObject({
    textVersion: z.string(),
    textHash: z.optional(z.string()),
    language: z.optional(locale()),
    givenAt: timestamp(),
    confirmedAt: z.optional(timestamp()),
  }),
  routedTo: z.optional(routedTo),
  decision: z.optional(decision),
  reroutes: z.optional(z.array(z.strictObject({ at: timestamp(), by: z.string(), from: routedTo, to: routedTo }))),
  createdAt: timestamp(),
  submittedAt: z.optional(timestamp()),
  remindedAt: z.optional(timestamp()),
  escalatedAt: z.optional(timestamp()),
  updatedAt: timestamp(),
  expiresAt: z.optional(epochSeconds()),
});

const nextCursor = z.optional(z.string());
export const applicationPage = z.strictObject({ items: z.array(application), nextCursor });

// ---- partners ----

const partnerFields = {
  email: z.string(),
  handle: z.optional(z.string()),
  name: z.string(),
  organisation: z.optional(z.nullable(z.string())),
  locale: locale(),
  source: z.enum(["application", "import"]),
  legalBasis: z.optional(z.string()),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  tablesLeftAt: z.optional(timestamp()),
  unsubscribedAt: z.optional(timestamp()),
  resubscriptions: z.optional(z.array(z.strictObject({ at: timestamp(), by: z.string(), note: z.string() }))),
};

/** A partner of the directory: who receives conference mail, and at which work tables (ids, sorted). */
export const partner = z.strictObject({ ...partnerFields, workTableIds: z.array(z.string()) });
export const partnerPage = z.strictObject({ items: z.array(partner), nextCursor });

export const importReport = z.strictObject({
  taken: count(),
  merged: count(),
  unchanged: count(),
  refused: z.array(z.strictObject({ line: z.int(), reason: z.string() })),
  duplicates: z.array(z.strictObject({ line: z.int(), mergedInto: z.int() })),
});

// ---- conferences ----

const conferenceFields = {
  id: z.uuid(),
  season: z.enum(SEASONS),
  title: z.string(),
  workTableId: z.optional(z.string()),
  table: z.optional(z.strictObject({ numeral: z.string(), name: z.string() })),
  replyTo: z.optional(z.strictObject({ name: z.string(), email: z.string() })),
  startsAt: timestamp(),
  endsAt: timestamp(),
  location: z.string(),
  onlineUrl: z.optional(z.string()),
  agenda: z.optional(z.string()),
  inviteAt: timestamp(),
  reminderAt: z.optional(timestamp()),
  status: z.enum(["planned", "cancelled"]),
  sequence: count(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  cancelledAt: z.optional(timestamp()),
  cancellationNote: z.optional(z.string()),
  /** The last `send-now` a coordinator asked for; the stream handler starts that mailing. */
  sendNow: z.optional(
    z.strictObject({ kind: z.enum(["invitation", "reminder", "update", "cancellation"]), requestedAt: timestamp() }),
  ),
};

export const conference = z.strictObject(conferenceFields);
export const conferenceList = z.strictObject({ items: z.array(conference) });

/** One conference with the progress of each of its mailings and the RSVP counts. */
export const conferenceDetail = z.strictObject({
  ...conferenceFields,
  mailings: z.array(
    z.strictObject({
      key: z.string(),
      done: z.boolean(),
      queued: count(),
      skipped: z.strictObject({ unsubscribed: count(), suppressed: count(), answeredNo: count() }),
      /** Its mails by status. */
      mails: z.record(z.enum(MAIL_STATUSES), count()),
      startedAt: timestamp(),
      finishedAt: z.optional(timestamp()),
    }),
  ),
  rsvp: z.strictObject({ yes: count(), no: count() }),
});

export const sendNowResult = z.union([
  z.strictObject({ status: z.literal("test_queued"), to: z.array(z.string()) }),
  z.strictObject({ status: z.literal("queued"), mailing: z.string() }),
]);

export const rsvpResult = z.strictObject({
  conferenceId: z.uuid(),
  answer: z.optional(z.enum(["yes", "no"])),
  answeredAt: z.optional(timestamp()),
});

export const unsubscribeResult = z.strictObject({ status: z.literal("unsubscribed") });

// ---- mails ----

/** The kinds of mail the product sends (the keys of `MailData`; the checks below keep the two the same). */
const MAIL_KINDS = [
  "confirm_submission",
  "new_application",
  "application_forwarded",
  "application_decided",
  "decision_reminder",
  "undecided_digest",
  "conference",
  "member_removed",
  "sign_in_link",
  "second_factor_changed",
] as const satisfies readonly MailKind[];

/** What coordinators see of an outbox mail. */
export const mailSummaryBody = z.strictObject({
  id: z.string(),
  kind: z.enum(MAIL_KINDS),
  status: z.enum(MAIL_STATUSES),
  to: z.array(z.string()),
  subject: z.string(),
  attempts: count(),
  createdAt: timestamp(),
  sentAt: z.optional(timestamp()),
  failedAt: z.optional(timestamp()),
  uncertainAt: z.optional(timestamp()),
  reason: z.optional(z.string()),
  lastError: z.optional(z.string()),
  nextAttemptAt: z.optional(timestamp()),
  retries: z.optional(
    z.array(
      z.strictObject({ at: timestamp(), by: z.string(), from: z.enum(MAIL_STATUSES), reason: z.optional(z.string()) }),
    ),
  ),
});
export const mailPage = z.strictObject({ items: z.array(mailSummaryBody), nextCursor });

// ---- people and suppressions ----

export const suppression = z.strictObject({
  email: z.string(),
  reason: z.enum(["bounce", "complaint", "erased"]),
  personHash: z.optional(z.string()),
  detail: z.string(),
  at: timestamp(),
});
export const suppressionList = z.strictObject({ items: z.array(suppression) });

const auditEntry = z.strictObject({
  id: z.string(),
  at: timestamp(),
  actor: z.string(),
  action: z.string(),
  subject: z.strictObject({ type: z.string(), id: z.string() }),
  before: z.optional(z.record(z.string(), z.unknown())),
  after: z.optional(z.record(z.string(), z.unknown())),
  note: z.optional(z.string()),
});

/** Everything stored about one person (Art. 15 DSGVO). */
export const personData = z.strictObject({
  person: z.string(),
  exportedAt: timestamp(),
  partner: z.nullable(z.strictObject({ ...partnerFields, workTables: z.array(z.string()) })),
  applications: z.array(application),
  rsvps: z.array(
    z.strictObject({
      conferenceId: z.string(),
      email: z.string(),
      name: z.string(),
      organisation: z.optional(z.nullable(z.string())),
      answer: z.enum(["yes", "no"]),
      answeredAt: timestamp(),
      conference: z.string(),
    }),
  ),
  mails: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.string(),
      status: z.string(),
      subject: z.string(),
      to: z.array(z.string()),
      createdAt: timestamp(),
      sentAt: z.optional(timestamp()),
    }),
  ),
  signInRequests: z.array(z.strictObject({ createdAt: timestamp(), usedAt: z.optional(timestamp()) })),
  sessions: z.array(
    z.strictObject({ createdAt: timestamp(), lastSeenAt: timestamp(), userAgent: z.optional(z.string()) }),
  ),
  apiTokens: z.array(
    z.strictObject({
      name: z.string(),
      createdAt: timestamp(),
      expiresAt: epochSeconds(),
      lastUsedAt: z.optional(timestamp()),
    }),
  ),
  secondFactor: z.nullable(
    z.strictObject({
      authenticator: z.optional(
        z.strictObject({ name: z.string(), createdAt: timestamp(), lastUsedAt: z.optional(timestamp()) }),
      ),
      passkeys: z.array(
        z.strictObject({
          id: z.string(),
          name: z.string(),
          createdAt: timestamp(),
          lastUsedAt: z.optional(timestamp()),
        }),
      ),
      recoveryCodesLeft: z.number(),
      lockedUntil: z.optional(timestamp()),
    }),
  ),
  coordinator: z.nullable(
    z.strictObject({ email: z.string(), name: z.optional(z.string()), addedBy: z.string(), addedAt: timestamp() }),
  ),
  contactOf: z.array(z.strictObject({ workTable: z.string(), role: z.enum(["contact", "deputy"]) })),
  suppression: z.nullable(z.strictObject({ reason: z.string(), detail: z.string(), at: timestamp() })),
  auditEntries: z.array(auditEntry),
});

export const eraseResult = z.strictObject({
  status: z.literal("erased"),
  kind: z.literal("erased"),
  /** What stays in the audit log in place of the address. */
  erasedId: z.string(),
  deleted: count(),
  anonymised: count(),
});

// ---- a table's members and meetings, coordinators, the audit log, the legal notices ----

/** A work table's members: partners of the directory, as `GET /api/admin/partners` shows them. */
export const memberList = z.strictObject({ items: z.array(partner) });

/** A work table's meetings: conferences with `workTableId`, latest start first. */
export const meetingList = z.strictObject({ items: z.array(conference) });

/** A partner's answer to an invitation. */
export const rsvp = z.strictObject({
  conferenceId: z.uuid(),
  email: z.string(),
  name: z.string(),
  organisation: z.optional(z.nullable(z.string())),
  answer: z.enum(["yes", "no"]),
  answeredAt: timestamp(),
});
export const rsvpList = z.strictObject({ items: z.array(rsvp) });

export const coordinator = z.strictObject({
  email: z.string(),
  name: z.optional(z.string()),
  addedBy: z.string(),
  addedAt: timestamp(),
});
export const coordinatorList = z.strictObject({ items: z.array(coordinator) });

export const auditPage = z.strictObject({ items: z.array(auditEntry), nextCursor });

export const notice = z.strictObject({
  kind: z.enum(NOTICE_KINDS),
  de: z.string(),
  en: z.optional(z.string()),
  updatedAt: z.optional(timestamp()),
  updatedBy: z.optional(z.string()),
});
export const noticeList = z.strictObject({ items: z.array(notice) });

/** Every response body by its name in the document (`#/components/schemas/<name>`). */
export const responseBodies = {
  Problem: problemBody,
  Health: health,
  PublicWorkTable: publicWorkTable,
  PublicWorkTableList: publicWorkTableList,
  ApplyResult: applyResult,
  ConfirmResult: confirmResult,
  DecideResult: decideResult,
  RsvpResult: rsvpResult,
  UnsubscribeResult: unsubscribeResult,
  WorkTable: workTable,
  WorkTableList: workTableList,
  Application: application,
  ApplicationPage: applicationPage,
  Partner: partner,
  PartnerPage: partnerPage,
  ImportReport: importReport,
  Conference: conference,
  ConferenceList: conferenceList,
  ConferenceDetail: conferenceDetail,
  SendNowResult: sendNowResult,
  MailSummary: mailSummaryBody,
  MailPage: mailPage,
  PersonData: personData,
  EraseResult: eraseResult,
  Suppression: suppression,
  SuppressionList: suppressionList,
  MemberList: memberList,
  MeetingList: meetingList,
  Rsvp: rsvp,
  RsvpList: rsvpList,
  Coordinator: coordinator,
  CoordinatorList: coordinatorList,
  AuditEntry: auditEntry,
  AuditPage: auditPage,
  Notice: notice,
  NoticeList: noticeList,
} as const;
export type ResponseBodyName = keyof typeof responseBodies;

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
  RsvpResult: { en: "The answer as recorded.", de: "Die Antwort wie gespeichert." },
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
};

// ---- the types the routes build their bodies as ----

export type HealthBody = z.output<typeof health>;
export type ApplyResultBody = z.output<typeof applyResult>;
export type ConfirmResultBody = z.output<typeof confirmResult>;
export type DecideResultBody = z.output<typeof decideResult>;
export type RsvpResultBody = z.output<typeof rsvpResult>;
export type UnsubscribeResultBody = z.output<typeof unsubscribeResult>;
export type ImportReportBody = z.output<typeof importReport>;
export type ConferenceDetailBody = z.output<typeof conferenceDetail>;
export type SendNowResultBody = z.output<typeof sendNowResult>;
export type EraseResultBody = z.output<typeof eraseResult>;
export type MailSummaryBody = z.output<typeof mailSummaryBody>;
export type MemberListBody = z.output<typeof memberList>;
export type RsvpListBody = z.output<typeof rsvpList>;
export type AuditPageBody = z.output<typeof auditPage>;

// ---- the records the repositories return, checked against the schemas at compile time ----

/** A type with every optional member required and `undefined` gone, all the way down: its full set of keys. */
type Full<T> = T extends readonly (infer E)[]
  ? Full<E>[]
  : T extends Set<infer E>
    ? Set<E>
    : T extends object
      ? { [K in keyof T]-?: Full<Exclude<T[K], undefined>> }
      : T;
/** The same keys at every level and assignable both ways: a field added on one side only is a type error. */
type Same<A, B> = [Full<A>] extends [Full<B>] ? ([Full<B>] extends [Full<A>] ? true : false) : false;
type Holds<T extends true> = T;

/** The compile-time checks; not used anywhere, they fail `tsc` when a record and its schema part. */
export type ResponseSchemaChecks = [
  Holds<Same<z.output<typeof problemBody>, Problem>>,
  Holds<Same<z.output<typeof publicWorkTable>, PublicWorkTable>>,
  Holds<Same<z.output<typeof workTable>, WorkTable>>,
  Holds<Same<z.output<typeof application>, Application>>,
  Holds<Same<z.output<typeof partner>, ReturnType<typeof partnerJson>>>,
  Holds<Same<z.output<typeof conference>, ConferenceItem>>,
  Holds<Same<z.output<typeof mailSummaryBody>, ReturnType<typeof mailSummary>>>,
  Holds<Same<z.output<typeof suppression>, Awaited<ReturnType<SuppressionRepository["list"]>>[number]>>,
  Holds<Same<z.output<typeof personData>, PersonData>>,
  Holds<Same<z.output<typeof rsvp>, Rsvp>>,
  Holds<Same<z.output<typeof coordinator>, Coordinator>>,
  Holds<Same<z.output<typeof auditEntry>, AuditEntry>>,
  Holds<Same<z.output<typeof notice>, Notice>>,
];
