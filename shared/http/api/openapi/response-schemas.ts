import * as z from "zod/mini";
import { APPLICATION_STATUSES, ORGANISATION_TYPES } from "../../../domain/application.ts";
import { ATTENDANCE_STATUSES, type AttendanceEntry } from "../../../domain/attendance.ts";
import type { Rsvp } from "../../../domain/conference.ts";
import { LOCALES } from "../../../domain/locale.ts";
import type { MailKind } from "../../../domain/mail.ts";
import { MAIL_STATUSES } from "../../../domain/mail-delivery.ts";
import type { MinutesFrame, Task } from "../../../domain/minutes.ts";
import { NOTICE_KINDS, type Notice } from "../../../domain/notices.ts";
import type { Coordinator } from "../../../domain/people.ts";
import { REGISTRATION_STATUSES } from "../../../domain/places.ts";
import {
  agendaItemRecord,
  applicationRecord,
  auditEntryRecord,
  conferenceItemRecord,
  decisionRecord,
  publicWorkTableRecord,
  workTableRecord,
} from "../../../domain/records.ts";
import type { mailSummary } from "../../../mail/mail-summary.ts";
import type { partnerJson } from "../../../store/partner-repository.ts";
import type { SuppressionRepository } from "../../../store/suppression-repository.ts";
import type { PersonData } from "../../../use-cases/person-data.ts";
import type { AnnualReport } from "../../../use-cases/report.ts";
import type { Problem } from "../../problem.ts";

/**
 * The JSON bodies the API answers with, as zod schemas: the OpenAPI document (document.ts) describes the responses
 * with them. The domain's records (work tables, applications, conferences and meetings, audit entries) are the
 * schemas of domain/records.ts, from which the domain's types are derived: one definition for both. The bodies
 * built for the API (lists, pages, results) are defined here, and the projections other modules build (a partner
 * as JSON, a mail's summary, a person's data, an RSVP, a coordinator, a notice) are checked against the functions
 * that build them at compile time (below). The routes name these types where they build a body (`satisfies`,
 * type-only imports: no route's bundle carries this module); tests/http/openapi.test.ts validates real responses
 * against the document. Only the document's builder imports this module at run time.
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

/** A work table as anyone sees it: texts in the reader's language, no email address. */
export const publicWorkTable = publicWorkTableRecord;
export const publicWorkTableList = z.strictObject({ items: z.array(publicWorkTable) });

/** A work table as coordinators keep it: German texts, the translations, contact and deputy with addresses. */
export const workTable = workTableRecord;
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

export const decideResult = z.strictObject({ ...applicationRef.shape, decision: z.optional(decisionRecord) });

/** An application with everything stored about it (coordinators only). */
export const application = applicationRecord;

const nextCursor = z.optional(z.string());
export const applicationPage = z.strictObject({ items: z.array(application), nextCursor });

// ---- partners ----

const partnerFields = {
  email: z.string(),
  handle: z.optional(z.string()),
  name: z.string(),
  organisation: z.optional(z.nullable(z.string())),
  organisationType: z.optional(z.enum(ORGANISATION_TYPES)),
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

export const conference = conferenceItemRecord;
export const conferenceList = z.strictObject({ items: z.array(conference) });
/** An event's agenda (issue 21): its items in order, each with its id and status. */
export const agenda = z.strictObject({
  items: z.array(agendaItemRecord),
  proposalsUntil: z.optional(timestamp()),
});

const attendanceEntryFields = {
  email: z.optional(z.string()),
  name: z.string(),
  organisation: z.optional(z.nullable(z.string())),
  status: z.enum(ATTENDANCE_STATUSES),
  deputy: z.optional(z.string()),
  recordedAt: timestamp(),
  recordedBy: z.string(),
};

/** Who was at an event (issue 21): the recorded entries, an erased person's without an address. */
export const attendanceEntry = z.strictObject(attendanceEntryFields);
export const attendance = z.strictObject({ entries: z.array(attendanceEntry) });

const framePerson = z.strictObject({
  name: z.string(),
  organisation: z.optional(z.nullable(z.string())),
  deputy: z.optional(z.string()),
});
/** An event's minutes (issue 21): the draft, the frame as it stands now, and the last publication. */
export const minutes = z.strictObject({
  text: z.optional(z.string()),
  decisions: z.array(z.strictObject({ id: z.string(), text: z.string() })),
  tasks: z.array(
    z.strictObject({ id: z.string(), text: z.string(), owner: z.string(), ownerName: z.string(), due: z.iso.date() }),
  ),
  updatedAt: z.optional(timestamp()),
  frame: z.strictObject({
    title: z.string(),
    startsAt: timestamp(),
    endsAt: timestamp(),
    location: z.string(),
    table: z.optional(z.strictObject({ numeral: z.string(), name: z.string() })),
    present: z.array(framePerson),
    excused: z.array(framePerson),
    agenda: z.array(z.strictObject({ title: z.string(), presenter: z.optional(z.string()) })),
  }),
  publication: z.optional(
    z.strictObject({ number: z.int().check(z.gte(1)), publishedAt: timestamp(), publishedBy: z.string() }),
  ),
});
export const task = z.strictObject({
  id: z.string(),
  conferenceId: z.string(),
  workTableId: z.optional(z.string()),
  eventTitle: z.string(),
  eventSeason: z.enum(["spring", "autumn"]),
  text: z.string(),
  owner: z.string(),
  ownerName: z.string(),
  due: z.iso.date(),
  status: z.enum(["open", "done"]),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  doneAt: z.optional(timestamp()),
  doneBy: z.optional(z.string()),
  remindedAt: z.optional(timestamp()),
});
export const taskList = z.strictObject({ items: z.array(task) });

/** One conference with the progress of each of its mailings and the RSVP counts. */
export const conferenceDetail = z.strictObject({
  ...conferenceItemRecord.shape,
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
  /** `yes`: with a place; `waitlisted`: a yes waiting for one (issue 22). */
  rsvp: z.strictObject({ yes: count(), no: count(), waitlisted: count() }),
});

export const sendNowResult = z.union([
  z.strictObject({ status: z.literal("test_queued"), to: z.array(z.string()) }),
  z.strictObject({ status: z.literal("queued"), mailing: z.string() }),
]);

const workshopStanding = z.strictObject({
  id: z.string(),
  status: z.enum(["confirmed", "waitlisted", "pending"]),
  /** 1: next for a free place in the workshop. */
  position: z.optional(z.int().check(z.gte(1))),
});

export const rsvpResult = z.strictObject({
  conferenceId: z.uuid(),
  answer: z.optional(z.enum(["yes", "no"])),
  deputy: z.optional(z.string()),
  answeredAt: z.optional(timestamp()),
  /** With places counted (issue 22): a place, the waiting list, or cancelled after a "yes". */
  status: z.optional(z.enum(REGISTRATION_STATUSES)),
  /** On the waiting list: 1 is next for a free place. */
  position: z.optional(z.int().check(z.gte(1))),
  workshops: z.optional(z.array(workshopStanding)),
  /** The code for the door, with a place (also in the mail, with its QR code). */
  code: z.optional(z.string()),
});

/** One person's registration for an event, as the organisers see it (issue 22). */
export const registration = z.strictObject({
  email: z.string(),
  name: z.string(),
  organisation: z.nullable(z.string()),
  status: z.enum(REGISTRATION_STATUSES),
  position: z.optional(z.int().check(z.gte(1))),
  deputy: z.optional(z.string()),
  workshops: z.array(workshopStanding),
  answeredAt: timestamp(),
  /** When the person was checked in at the door. */
  checkedInAt: z.optional(timestamp()),
});

const placeCount = z.strictObject({
  id: z.string(),
  title: z.optional(z.string()),
  slot: z.optional(z.string()),
  capacity: z.optional(z.int()),
  confirmed: count(),
  waitlisted: count(),
});

export const checkInResult = z.strictObject({
  status: z.enum(["checked_in", "already"]),
  name: z.string(),
  organisation: z.nullable(z.string()),
  deputy: z.optional(z.string()),
  /** When the person was checked in (now, or the first time). */
  at: timestamp(),
});

export const registrationList = z.strictObject({
  items: z.array(registration),
  /** The event's places (`id` "event") and each workshop's. */
  places: z.array(placeCount),
  registrationOpen: z.boolean(),
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
  "minutes",
  "task_reminder",
  "proposal_decided",
  "member_removed",
  "sign_in_link",
  "second_factor_changed",
  "registration",
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

const auditEntry = auditEntryRecord;

/** Everything stored about one person (Art. 15 DSGVO). */
export const rsvp = z.strictObject({
  conferenceId: z.uuid(),
  email: z.string(),
  name: z.string(),
  organisation: z.optional(z.nullable(z.string())),
  answer: z.enum(["yes", "no"]),
  deputy: z.optional(z.string()),
  answeredAt: timestamp(),
  status: z.optional(z.enum(REGISTRATION_STATUSES)),
  rank: z.optional(z.int()),
  picks: z.optional(
    z.array(
      z.strictObject({
        workshopId: z.string(),
        status: z.enum(["confirmed", "waitlisted", "pending"]),
        rank: z.optional(z.int()),
      }),
    ),
  ),
  code: z.optional(z.string()),
  revision: z.optional(z.int()),
  removedBy: z.optional(z.string()),
});

export const personData = z.strictObject({
  person: z.string(),
  exportedAt: timestamp(),
  partner: z.nullable(z.strictObject({ ...partnerFields, workTables: z.array(z.string()) })),
  applications: z.array(application),
  rsvps: z.array(z.strictObject({ ...rsvp.shape, conferenceId: z.string(), conference: z.string() })),
  attendance: z.array(z.strictObject({ ...attendanceEntryFields, conferenceId: z.string(), conference: z.string() })),
  tasks: z.array(task),
  proposals: z.array(
    z.strictObject({
      conferenceId: z.string(),
      itemId: z.string(),
      email: z.string(),
      name: z.string(),
      locale: locale(),
      proposedAt: timestamp(),
      decided: z.optional(z.enum(["accepted", "declined"])),
      decidedAt: z.optional(timestamp()),
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
// ---- the annual report (issue 23) ----

const day = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const headcount = z.strictObject({ members: count(), organisations: count() });
const applicationCounts = {
  received: count(),
  accepted: count(),
  declined: count(),
  withdrawn: count(),
  open: count(),
};
const tableApplications = z.strictObject({
  workTableId: z.string(),
  ...applicationCounts,
  medianDaysToDecision: z.nullable(z.number()),
});
const eventAttendance = {
  id: z.string(),
  title: z.string(),
  workTableId: z.optional(z.string()),
  date: day(),
  people: count(),
  organisations: count(),
  source: z.enum(["attendance", "answers"]),
};
const reportFigures = z.strictObject({
  period: z.strictObject({ from: day(), to: day() }),
  members: z.strictObject({
    tables: z.array(
      z.strictObject({
        workTableId: z.string(),
        start: z.nullable(headcount),
        end: z.nullable(headcount),
        joins: count(),
        leaves: count(),
      }),
    ),
    network: z.strictObject({ start: z.nullable(count()), end: z.nullable(count()) }),
    byMonth: z.array(z.strictObject({ month: z.string(), tables: z.record(z.string(), z.nullable(count())) })),
  }),
  organisationTypes: z.array(
    z.strictObject({
      type: z.enum([...ORGANISATION_TYPES, "unknown"]),
      people: z.union([count(), z.literal("< 3")]),
      organisations: count(),
    }),
  ),
  applications: z.strictObject({
    tables: z.array(tableApplications),
    total: z.strictObject({
      workTableId: z.literal("all"),
      ...applicationCounts,
      medianDaysToDecision: z.nullable(z.number()),
    }),
    byMonth: z.array(z.strictObject({ month: z.string(), ...applicationCounts })),
  }),
  events: z.strictObject({
    tables: z.array(
      z.strictObject({ workTableId: z.string(), held: count(), attendances: count(), organisationsAtMost: count() }),
    ),
    total: z.strictObject({ held: count(), attendances: count() }),
    meetings: z.array(z.strictObject(eventAttendance)),
    conferences: z.array(
      z.strictObject({
        ...eventAttendance,
        invited: count(),
        answersYes: count(),
        answersNo: count(),
        waitlisted: count(),
        capacity: z.nullable(count()),
      }),
    ),
  }),
  mails: z.strictObject({ sent: count(), failed: count(), uncertain: count(), suppressed: count() }),
});
export const annualReport = z.strictObject({
  period: z.strictObject({ from: day(), to: day() }),
  generatedAt: timestamp(),
  tables: z.array(z.strictObject({ id: z.string(), numeral: z.string(), name: z.string(), archived: z.boolean() })),
  current: reportFigures,
  previous: z.optional(reportFigures),
});

export const responseBodies = {
  Problem: problemBody,
  Health: health,
  PublicWorkTable: publicWorkTable,
  PublicWorkTableList: publicWorkTableList,
  ApplyResult: applyResult,
  ConfirmResult: confirmResult,
  DecideResult: decideResult,
  RsvpResult: rsvpResult,
  RegistrationList: registrationList,
  CheckInResult: checkInResult,
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
  Agenda: agenda,
  Attendance: attendance,
  Minutes: minutes,
  TaskList: taskList,
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
  AnnualReport: annualReport,
} as const;
export type ResponseBodyName = keyof typeof responseBodies;

// ---- the types the routes build their bodies as ----

export type HealthBody = z.output<typeof health>;
export type AgendaBody = z.output<typeof agenda>;
export type AttendanceBody = z.output<typeof attendance>;
export type MinutesBodyJson = z.output<typeof minutes>;
export type TaskListBody = z.output<typeof taskList>;
export type ApplyResultBody = z.output<typeof applyResult>;
export type ConfirmResultBody = z.output<typeof confirmResult>;
export type DecideResultBody = z.output<typeof decideResult>;
export type RsvpResultBody = z.output<typeof rsvpResult>;
export type RegistrationListBody = z.output<typeof registrationList>;
export type CheckInResultBody = z.output<typeof checkInResult>;
export type UnsubscribeResultBody = z.output<typeof unsubscribeResult>;
export type ImportReportBody = z.output<typeof importReport>;
export type ConferenceDetailBody = z.output<typeof conferenceDetail>;
export type SendNowResultBody = z.output<typeof sendNowResult>;
export type EraseResultBody = z.output<typeof eraseResult>;
export type MailSummaryBody = z.output<typeof mailSummaryBody>;
export type MemberListBody = z.output<typeof memberList>;
export type RsvpListBody = z.output<typeof rsvpList>;
export type AuditPageBody = z.output<typeof auditPage>;
export type AnnualReportBody = z.output<typeof annualReport>;

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
  Holds<Same<z.output<typeof partner>, ReturnType<typeof partnerJson>>>,
  Holds<Same<z.output<typeof mailSummaryBody>, ReturnType<typeof mailSummary>>>,
  Holds<Same<z.output<typeof suppression>, Awaited<ReturnType<SuppressionRepository["list"]>>[number]>>,
  Holds<Same<z.output<typeof personData>, PersonData>>,
  Holds<Same<z.output<typeof rsvp>, Rsvp>>,
  Holds<Same<z.output<typeof attendanceEntry>, Omit<AttendanceEntry, "conferenceId">>>,
  Holds<Same<z.output<typeof task>, Task>>,
  Holds<Same<z.output<typeof minutes>["frame"], MinutesFrame>>,
  Holds<Same<z.output<typeof coordinator>, Coordinator>>,
  Holds<Same<z.output<typeof notice>, Notice>>,
  Holds<Same<z.output<typeof annualReport>, AnnualReport>>,
];
