import * as z from "zod/mini";
import { LOCALES, TRANSLATED_LOCALES } from "./locale.ts";
import {
  AGENDA_STATUSES,
  APPLICATION_STATUSES,
  COUNSELLING_SERVICES,
  ENGAGEMENTS,
  MAILING_KINDS,
  ORGANISATION_TYPES,
  SEASONS,
} from "./vocabulary.ts";

/**
 * The domain's records as zod schemas, the one definition of their shape: the domain's types are derived from
 * these (`WorkTable` is `z.output<typeof workTableRecord>`, imported as types only, so no function loads zod to
 * name a type), and the OpenAPI document describes the JSON API's bodies with the same schemas
 * (http/api/openapi/response-schemas.ts). A field added here is in the type and in the document at once.
 *
 * Nothing at run time imports this module but the document's builder.
 */

const timestamp = () => z.iso.datetime({ offset: true });
const locale = () => z.enum(LOCALES);

// ---- work tables ----

/** The texts of a work table in one language. German is the canonical text; others are optional translations. */
export const workTableTextsRecord = z.strictObject({ name: z.string(), description: z.string(), audience: z.string() });

export const contactRecord = z.strictObject({ name: z.string(), email: z.string() });

/**
 * Who may join a work table, with `extra` members (a public answer adds a `summary` sentence). Data, not code
 * branches on ids: a coordinator can give any table any rule.
 * - `open`: anyone of the audience the table describes
 * - `religious_mandate`: only with the mandate of a religious community (applicants name the community)
 * - `counselling_service`: only the listed state-funded counselling services (applicants name theirs)
 */
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
export const admissionRecord = admissionWith({});

/** A work table as coordinators keep it: German texts, the translations, contact and deputy with addresses. */
export const workTableRecord = z.strictObject({
  id: z.string(),
  numeral: z.string(),
  ...workTableTextsRecord.shape,
  admission: admissionRecord,
  contact: contactRecord,
  /** Receives the table's applications instead of the contact while set (e.g. during a leave). */
  deputy: z.optional(contactRecord),
  translations: z.optional(
    z.strictObject(
      Object.fromEntries(TRANSLATED_LOCALES.map((code) => [code, z.optional(workTableTextsRecord)])) as Record<
        (typeof TRANSLATED_LOCALES)[number],
        z.ZodMiniOptional<typeof workTableTextsRecord>
      >,
    ),
  ),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  /**
   * Set while the table is archived: it is on no public page and in no form, its history stays, and its numeral
   * is free for another table.
   */
  archivedAt: z.optional(timestamp()),
});

/** What anyone may see: no email address of a contact or deputy, texts in the reader's language. */
export const publicWorkTableRecord = z.strictObject({
  id: z.string(),
  numeral: z.string(),
  ...workTableTextsRecord.shape,
  admission: admissionWith({ summary: z.string() }),
  contact: z.strictObject({ name: z.string() }),
});

// ---- applications ----

export const applicantRecord = z.strictObject({
  name: z.string(),
  email: z.string(),
  organisation: z.optional(z.string()),
  organisationType: z.enum(ORGANISATION_TYPES),
  engagement: z.enum(ENGAGEMENTS),
  locale: locale(),
});

/** Who receives an application of a table: its contact, or its deputy while one is set, or whom a coordinator chose. */
export const routedToRecord = z.strictObject({
  name: z.string(),
  email: z.string(),
  role: z.enum(["contact", "deputy", "other"]),
});

/** Who decided: the person the application was routed to (through their link or the console), or a coordinator. */
export const decidedByRecord = z.union([
  z.strictObject({ role: z.enum(["contact", "deputy", "other"]), name: z.string(), email: z.string() }),
  z.strictObject({ role: z.literal("coordinator"), email: z.string() }),
]);

export const decisionRecord = z.strictObject({
  outcome: z.enum(["accept", "decline"]),
  note: z.optional(z.string()),
  decidedAt: timestamp(),
  by: z.optional(decidedByRecord),
});

/** An application with everything stored about it. */
export const applicationRecord = z.strictObject({
  id: z.uuid(),
  submissionId: z.string(),
  workTableId: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  applicant: applicantRecord,
  /** Only the religious community that gives the mandate, never a person's own religion. */
  mandate: z.optional(z.strictObject({ community: z.string() })),
  service: z.optional(z.enum(COUNSELLING_SERVICES)),
  message: z.optional(z.string()),
  /**
   * The consent: which text (its version, and the SHA-256 of the words shown in the applicant's language), when it
   * was given, and when the address was confirmed.
   */
  consent: z.strictObject({
    textVersion: z.string(),
    textHash: z.optional(z.string()),
    language: z.optional(locale()),
    givenAt: timestamp(),
    confirmedAt: z.optional(timestamp()),
  }),
  /** Who received the application: the table's contact, or the deputy while one was set. */
  routedTo: z.optional(routedToRecord),
  decision: z.optional(decisionRecord),
  /** Every time a coordinator routed the application to someone else. */
  reroutes: z.optional(
    z.array(z.strictObject({ at: timestamp(), by: z.string(), from: routedToRecord, to: routedToRecord })),
  ),
  createdAt: timestamp(),
  submittedAt: z.optional(timestamp()),
  remindedAt: z.optional(timestamp()),
  escalatedAt: z.optional(timestamp()),
  updatedAt: timestamp(),
  /** Epoch seconds; DynamoDB's TTL deletes the item after it. */
  expiresAt: z.optional(z.int()),
});

// ---- conferences and a table's meetings ----

/** One item of an event's agenda (issue 21): what, who presents, the planned minutes, a note, its state. */
export const agendaItemRecord = z.strictObject({
  id: z.string(),
  title: z.string(),
  presenter: z.optional(z.string()),
  minutes: z.optional(z.int()),
  note: z.optional(z.string()),
  status: z.enum(AGENDA_STATUSES),
  /** Proposed by a member through the link in the invitation. */
  fromMember: z.optional(z.literal(true)),
});

/**
 * A conference of the whole network (spring or autumn), or, with `workTableId`, a meeting of one work table: the
 * same event with its invitation, reminder, calendar entry, RSVPs, update and cancellation, mailed by the same
 * engine to its audience (every partner, or the members of that table).
 */
export const conferenceRecord = z.strictObject({
  id: z.uuid(),
  /** A meeting's season only files it (by its month); a meeting is called by its title. */
  season: z.enum(SEASONS),
  title: z.string(),
  /** Set for a meeting of a work table: its invitations go to that table's members only. */
  workTableId: z.optional(z.string()),
  /** A meeting's table as its mails name it, and who answers the members' replies (Reply-To). */
  table: z.optional(z.strictObject({ numeral: z.string(), name: z.string() })),
  replyTo: z.optional(z.strictObject({ name: z.string(), email: z.string() })),
  /** ISO 8601 with offset; shown and scheduled in Europe/Berlin. */
  startsAt: timestamp(),
  endsAt: timestamp(),
  location: z.string(),
  /** A link to join online (https), for a conference held in a room and online, or online only. */
  onlineUrl: z.optional(z.string()),
  agenda: z.optional(z.string()),
  /** The agenda as items (issue 21); mails and calendar entries show the accepted ones. */
  agendaItems: z.optional(z.array(agendaItemRecord)),
  /** Until when members may propose agenda items through the link in the invitation (issue 21). */
  proposalsUntil: z.optional(timestamp()),
  inviteAt: timestamp(),
  reminderAt: z.optional(timestamp()),
  /** Places (issue 22): absent for as many as come; beyond them a "yes" joins the waiting list. */
  capacity: z.optional(z.int().check(z.gte(1))),
  /** At most this many people of one organisation hold a place or wait for one. */
  perOrganisation: z.optional(z.int().check(z.gte(1))),
  /** After it, no new "yes" is taken (a "no" is, until the start; the waiting list still moves). */
  registrationDeadline: z.optional(timestamp()),
  /** Workshops in time slots, each with its own places and waiting list (issue 22). */
  workshops: z.optional(
    z.array(
      z.strictObject({
        id: z.string(),
        slot: z.string(),
        title: z.string(),
        capacity: z.optional(z.int().check(z.gte(1))),
      }),
    ),
  ),
  status: z.enum(["planned", "cancelled"]),
  /** How often the event's minutes were published (issue 21): a higher number starts the minutes' mailing. */
  minutesPublication: z.optional(z.int().check(z.gte(1))),
  /** The calendar entry's SEQUENCE: raised by every change of time or place, so calendars replace the event. */
  sequence: z.int().check(z.gte(0)),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  cancelledAt: z.optional(timestamp()),
  /** What the coordinators said on cancelling; the cancellation mail says it too. */
  cancellationNote: z.optional(z.string()),
});

/** A conference as stored: with the last `send-now` a coordinator asked for (the stream handler starts it). */
export const conferenceItemRecord = z.strictObject({
  ...conferenceRecord.shape,
  sendNow: z.optional(z.strictObject({ kind: z.enum(MAILING_KINDS), requestedAt: timestamp() })),
});

// ---- the audit log ----

/** One change a person made (or a mailing that went out): who, when, what, to which thing, before and after. */
export const auditEntryRecord = z.strictObject({
  id: z.string(),
  at: timestamp(),
  /**
   * Who: a coordinator's or contact person's address, "link:<role>" for someone acting through a link in a mail
   * (an applicant confirming, a partner unsubscribing), or "system" for what runs on its own (a mailing).
   */
  actor: z.string(),
  /** What, as a thing and a verb, e.g. `mail.retry`, `worktable.update`, `application.decide`. */
  action: z.string(),
  subject: z.strictObject({ type: z.string(), id: z.string() }),
  before: z.optional(z.record(z.string(), z.unknown())),
  after: z.optional(z.record(z.string(), z.unknown())),
  note: z.optional(z.string()),
});
