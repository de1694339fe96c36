import { createHash } from "node:crypto";

/**
 * Every DynamoDB key of the project is built here and nowhere else (the access patterns are listed in
 * table-definition.ts). Callers never concatenate key strings themselves.
 */

/**
 * A person as part of a key where the key needs no address: the open-application locks, RSVPs, conference mail
 * ids. (Partner items are keyed by the address itself: it is their identity, and erasure deletes them.)
 */
export function emailHash(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 40);
}
const WORK_TABLES = "WORKTABLES";

export const keys = {
  workTable: (id: string) => ({ pk: WORK_TABLES, sk: `WORKTABLE#${id}` }),
  /** Claims a numeral for one work table, so two tables can never both be "III". */
  workTableNumeral: (numeral: string) => ({ pk: WORK_TABLES, sk: `NUMERAL#${numeral}` }),
  workTablesPartition: { pk: WORK_TABLES, skPrefix: "WORKTABLE#" },

  application: (id: string) => ({ pk: `APP#${id}`, sk: "APP" }),
  /** gsi1: all applications, newest first. */
  applicationsByCreation: (createdAt: string, id: string) => ({ gsi1pk: "APPS", gsi1sk: `${createdAt}#${id}` }),
  applicationsPartition: "APPS",
  /** gsi2: applications in one status, by the time they entered it (reminders query the oldest "submitted"). */
  applicationsByStatus: (status: string, since: string, id: string) => ({
    gsi2pk: `APPS#${status}`,
    gsi2sk: `${since}#${id}`,
  }),
  applicationsStatusPartition: (status: string) => `APPS#${status}`,
  /** A consent's wording as applicants were shown it, by its SHA-256 (what each application stores). */
  consentWording: (hash: string) => ({ pk: `CONSENT#${hash}`, sk: "CONSENT" }),
  /** The ids of the applications one form submission created; the confirmation link names it. */
  submission: (id: string) => ({ pk: `SUB#${id}`, sk: "SUB" }),
  /** At most one open application per person and work table (the person as a hash of the email address). */
  openApplication: (emailHash: string, workTableId: string) => ({ pk: `OPEN#${emailHash}#${workTableId}`, sk: "OPEN" }),

  partner: (email: string) => ({ pk: `PARTNER#${email}`, sk: "PARTNER" }),
  /** gsi1: the partner directory, ordered by email address. */
  partnersByEmail: (email: string) => ({ gsi1pk: "PARTNERS", gsi1sk: email }),
  /** gsi2: a partner by the opaque handle in the links of their mails. */
  partnerByHandle: (handle: string) => ({ gsi2pk: `PARTNERHANDLE#${handle}`, gsi2sk: "PARTNER" }),

  /** A partner's conference preferences and history live on the partner item; the suppression list apart. */
  suppression: (email: string) => ({ pk: `SUPPRESS#${email}`, sk: "SUPPRESS" }),
  /** gsi1: the suppression list, ordered by email address (coordinators see it). */
  suppressionsByEmail: (email: string) => ({ gsi1pk: "SUPPRESSIONS", gsi1sk: email }),
  suppressionsPartition: "SUPPRESSIONS",
  partnersPartition: "PARTNERS",

  conference: (id: string) => ({ pk: `CONF#${id}`, sk: "CONF" }),
  /** gsi1: all conferences by start time. */
  conferencesByStart: (startsAt: string, id: string) => ({ gsi1pk: "CONFS", gsi1sk: `${startsAt}#${id}` }),
  conferencesPartition: "CONFS",
  /** gsi1: the meetings of one work table by start time (conferences and meetings share the CONF# items). */
  meetingsByStart: (workTableId: string, startsAt: string, id: string) => ({
    gsi1pk: `MEETINGS#${workTableId}`,
    gsi1sk: `${startsAt}#${id}`,
  }),
  meetingsPartition: (workTableId: string) => `MEETINGS#${workTableId}`,
  /** A partner's answer to one conference's invitation (pk = the conference, so one Query gives all answers). */
  rsvp: (conferenceId: string, emailHash: string) => ({ pk: `CONF#${conferenceId}`, sk: `RSVP#${emailHash}` }),
  rsvpPrefix: "RSVP#",
  /** The counts of one list of places of an event (issue 22): the event's own (`event`) or a workshop's. */
  places: (conferenceId: string, list: string) => ({ pk: `CONF#${conferenceId}`, sk: `PLACES#${list}` }),
  /** One person on a list's waiting list, by rank (lower first): a Query on the prefix reads the list in order. */
  queue: (conferenceId: string, list: string, rank: number) => ({
    pk: `CONF#${conferenceId}`,
    sk: `QUEUE#${list}#${String(rank).padStart(10, "0")}`,
  }),
  queuePrefix: (list: string) => `QUEUE#${list}#`,
  /** Who was at an event (issue 21), one item per person; an erased person's entry is keyed by a random id. */
  attendance: (conferenceId: string, personKey: string) => ({ pk: `CONF#${conferenceId}`, sk: `ATT#${personKey}` }),
  attendancePrefix: "ATT#",
  /** Who proposed an agenda item of an event (issue 21). */
  proposal: (conferenceId: string, itemId: string) => ({ pk: `CONF#${conferenceId}`, sk: `PROPOSAL#${itemId}` }),
  proposalPrefix: "PROPOSAL#",
  /** An event's minutes (issue 21): the draft and the last publication in one item. */
  minutes: (conferenceId: string) => ({ pk: `CONF#${conferenceId}`, sk: "MINUTES" }),
  /** A task from published minutes; gsi1: a table's tasks (or the conferences', "network") by due date. */
  task: (id: string) => ({ pk: `TASK#${id}`, sk: "TASK" }),
  tasksByDue: (scope: string, due: string, id: string) => ({ gsi1pk: `TASKS#${scope}`, gsi1sk: `${due}#${id}` }),
  tasksPartition: (scope: string) => `TASKS#${scope}`,
  /** gsi2: open tasks by due date, for the reminder before it (removed once done or reminded). */
  openTasksByDue: (due: string, id: string) => ({ gsi2pk: "TASKS#open", gsi2sk: `${due}#${id}` }),
  openTasksPartition: "TASKS#open",
  /** How far a mailing (invitation, reminder, update, cancellation) has got through the partner directory. */
  mailing: (conferenceId: string, mailingKey: string) => ({ pk: `CONF#${conferenceId}`, sk: `MAILING#${mailingKey}` }),
  mailingPrefix: "MAILING#",

  /** A one-time schedule of the local scheduler (the stand-in for EventBridge Scheduler). */
  schedule: (name: string) => ({ pk: `SCHEDULE#${name}`, sk: "SCHEDULE" }),
  /** gsi2: pending local schedules by due time. */
  schedulesDue: (fireAt: string, name: string) => ({ gsi2pk: "SCHEDULES#pending", gsi2sk: `${fireAt}#${name}` }),
  schedulesPendingPartition: "SCHEDULES#pending",

  mail: (id: string) => ({ pk: `MAIL#${id}`, sk: "MAIL" }),
  /** gsi1: the mails of one conference mailing, to count them by status. */
  mailsOfMailing: (conferenceId: string, mailingKey: string, mailId: string) => ({
    gsi1pk: `CONFMAIL#${conferenceId}#${mailingKey}`,
    gsi1sk: mailId,
  }),
  mailingMailsPartition: (conferenceId: string, mailingKey: string) => `CONFMAIL#${conferenceId}#${mailingKey}`,
  /**
   * gsi2: outbox mails by status and the time that matters in it: when a queued mail is due, when a sending one
   * was claimed (the sweep finds the stale ones), when a mail was sent, failed or became uncertain.
   */
  mailsByStatus: (status: string, at: string, id: string) => ({
    gsi2pk: `MAIL#${status}`,
    gsi2sk: `${at}#${id}`,
  }),
  mailsStatusPartition: (status: string) => `MAIL#${status}`,

  /** A coordinator (who may use the console); gsi1 lists them by address. */
  coordinator: (email: string) => ({ pk: `COORDINATOR#${email}`, sk: "COORDINATOR" }),
  coordinatorsByEmail: (email: string) => ({ gsi1pk: "COORDINATORS", gsi1sk: email }),
  coordinatorsPartition: "COORDINATORS",
  /** How many coordinators there are: removing one is conditional on it, so the last one stays, however raced. */
  coordinatorCount: { pk: "COORDINATORS", sk: "COUNT" },
  /** A person's second factor (authenticator, recovery codes, failures): one item per person. */
  secondFactor: (email: string) => ({ pk: `MFA#${email.trim().toLowerCase()}`, sk: "MFA" }),
  /** A WebAuthn challenge (by its hash), usable once: taken by a conditional delete, gone by TTL otherwise. */
  webAuthnChallenge: (challenge: string) => ({
    pk: `WEBAUTHN#${createHash("sha256").update(challenge).digest("base64url")}`,
    sk: "CHALLENGE",
  }),
  /** A sign-in request: the mailed link names it, and using it once marks it used. */
  signInRequest: (id: string) => ({ pk: `SIGNIN#${id}`, sk: "SIGNIN" }),
  /** A session, keyed by the hash of its id (the id itself is only in the cookie); gsi1: a person's sessions. */
  session: (idHash: string) => ({ pk: `SESSION#${idHash}`, sk: "SESSION" }),
  sessionsOf: (email: string, createdAt: string) => ({ gsi1pk: `SESSIONS#${email}`, gsi1sk: createdAt }),
  sessionsPartition: (email: string) => `SESSIONS#${email}`,
  /** A personal API token, keyed by the hash of the token; gsi1: a person's tokens. */
  apiToken: (tokenHash: string) => ({ pk: `APITOKEN#${tokenHash}`, sk: "APITOKEN" }),
  apiTokensOf: (email: string, createdAt: string) => ({ gsi1pk: `APITOKENS#${email}`, gsi1sk: createdAt }),
  apiTokensPartition: (email: string) => `APITOKENS#${email}`,

  /** One audit entry (a change a person made); gsi1 lists all of them, newest first. */
  audit: (id: string) => ({ pk: `AUDIT#${id}`, sk: "AUDIT" }),
  auditByTime: (at: string, id: string) => ({ gsi1pk: "AUDIT", gsi1sk: `${at}#${id}` }),
  /** gsi2: the audit entries about one thing (an application's history, a person's entries), by time. */
  auditBySubject: (type: string, subjectId: string, at: string, id: string) => ({
    gsi2pk: `AUDITSUBJECT#${type}#${subjectId}`,
    gsi2sk: `${at}#${id}`,
  }),
  auditSubjectPartition: (type: string, subjectId: string) => `AUDITSUBJECT#${type}#${subjectId}`,
  auditPartition: "AUDIT",

  /** A partner import waiting for the coordinator's confirmation: its rows in chunks (an item holds 400 KB). */
  importDraftChunk: (id: string, chunk: number) => ({
    pk: `IMPORTDRAFT#${id}`,
    sk: `CHUNK#${String(chunk).padStart(3, "0")}`,
  }),
  importDraftPartition: (id: string) => `IMPORTDRAFT#${id}`,

  /** A legal notice's text (Impressum, Datenschutz, Barrierefreiheit) as the coordinators edited it. */
  notice: (kind: string) => ({ pk: `NOTICE#${kind}`, sk: "NOTICE" }),
  /** The network's profile as the coordinators edited it (issue 20); until then the one chosen at start. */
  network: () => ({ pk: "NETWORK", sk: "PROFILE" }),

  /**
   * The annual report's own records (issue 23): counts with nothing about a person, kept while the network runs.
   * One item per confirmed application (its table, when it came in, its outcome); gsi1 lists them by receipt.
   */
  reportApplication: (applicationId: string) => ({ pk: `REPORTAPP#${applicationId}`, sk: "REPORTAPP" }),
  reportApplicationsByReceipt: (receivedAt: string, applicationId: string) => ({
    gsi1pk: "REPORTAPPS",
    gsi1sk: `${receivedAt}#${applicationId}`,
  }),
  reportApplicationsPartition: "REPORTAPPS",
  /** One Berlin day's counts (mails sent, failed, uncertain): numbers added to as they happen. */
  reportDay: (day: string) => ({ pk: "REPORT", sk: `DAY#${day}` }),
  /** The members of every table as the daily run found them on one Berlin day, with the joins and leaves since. */
  reportMembers: (day: string) => ({ pk: "REPORT", sk: `MEMBERS#${day}` }),
  reportPartition: "REPORT",
  /**
   * Who the daily run last found in a table (short hashes of the addresses), to count joins and leaves: replaced by
   * each run, so an erased person is gone from it the next day.
   */
  reportMemberSet: (workTableId: string) => ({ pk: "REPORTSET", sk: `TABLE#${workTableId}` }),
  reportMemberSetPartition: "REPORTSET",

  /** A fixed-window counter, e.g. submissions per email hash and hour. */
  rateCounter: (kind: string, subjectHash: string, window: string) => ({
    pk: `RATE#${kind}#${subjectHash}#${window}`,
    sk: "RATE",
  }),
} as const;

/**
 * gsi3: an item about one person, so a data subject request finds everything of theirs with one Query (Art. 15,
 * Art. 17). The person is the hash of their address, as in the other keys.
 */
export function aboutPerson(email: string, kind: string, id: string) {
  return { gsi3pk: `PERSON#${emailHash(email)}`, gsi3sk: `${kind}#${id}` };
}
export const personPartition = (email: string) => `PERSON#${emailHash(email)}`;

/** Key attributes, and the helper attributes only indexes and filters read (searchText): not part of a record. */
const KEY_ATTRIBUTES = new Set(["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk", "searchText"]);

/** Removes the key attributes from a stored item, leaving the record the domain knows. */
export function withoutKeys<T>(item: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.has(name))) as T;
}

/** The record without keys and without its TTL, for the records whose expiry is storage, not data. */
export function withoutKeysOrExpiry<T>(item: Record<string, unknown>): T {
  const { expiresAt: _ttl, ...record } = withoutKeys<T & { expiresAt?: number }>(item);
  return record as T;
}
