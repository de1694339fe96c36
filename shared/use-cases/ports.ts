import type { Applicant, Application, ApplicationStatus, Submission } from "../domain/application.ts";
import type { AuditEntry, NewAuditEntry } from "../domain/audit.ts";
import type { Conference, Rsvp } from "../domain/conference.ts";
import type { ConsentWording } from "../domain/consent.ts";
import type { NewMail } from "../domain/mail.ts";
import type { Partner } from "../domain/partner.ts";
import type { ApiToken, Coordinator, Session, SignInRequest } from "../domain/people.ts";
import type { Erasure, PersonRecords } from "../domain/person-records.ts";
import type { PlaceCount, QueueChange, RegistrationWrite, WaitingEntry } from "../domain/places.ts";
import type { ApplicationFact, EventFacts, MailDay, MemberSnapshot, ReportPeriod } from "../domain/report.ts";

export type { RegistrationWrite, WaitingEntry } from "../domain/places.ts";

import type { PasskeyRecord, SecondFactorRecord } from "../domain/second-factor.ts";
import type { WorkTable } from "../domain/work-table.ts";
import type { WorkTableInput } from "../domain/work-table-input.ts";

/**
 * The ports: what the use cases need of the stored data, in the domain's words. The repositories in store/ are
 * the adapters (they build the keys, conditions and transactions); tests hand in stand-ins
 * (tests/support/in-memory.ts). Each use case asks for the few methods it calls (`Pick<Applications, …>`), so a
 * stand-in implements only those. Every write that changes state and records it (a mail, an audit entry) is one
 * method: the adapter makes it one transaction.
 */

/** Where a list goes on: opaque to the use cases (the store's position; the HTTP edge seals it into a cursor). */
export type PagePosition = Record<string, unknown>;

export interface WorkTables {
  get(id: string): Promise<WorkTable | undefined>;
  /** Ordered by numeral; archived ones only on request. */
  list(options?: { includeArchived?: boolean }): Promise<WorkTable[]>;
  /**
   * Creates or replaces a work table, with its audit entry. Throws DomainError `stale` (changed since
   * `expectedVersion`), `numeral_taken` or `concurrent_update`.
   */
  put(
    id: string,
    input: WorkTableInput,
    now: Date,
    options: { expectedVersion?: string; actor?: string },
  ): Promise<SavedWorkTable>;
}

export interface SavedWorkTable {
  table: WorkTable;
  created: boolean;
  /** The table as it was before this save (none when it was created). */
  previous?: WorkTable;
}

/** The decision on an application, written at once (see Applications.decide). */
export interface DecisionWrite {
  /** The application as decided: written only over a `submitted` one. */
  decided: Application;
  /** The applicant's mail about it. */
  mail: NewMail;
  audit: NewAuditEntry;
  /** On acceptance: the applicant joins the partner list with the table (created, or merged: never erased). */
  partner?: { applicant: Applicant; workTableId: string };
  /** Through a link: the decision stands only while the application is still routed to this address. */
  routedToEmail?: string;
}

/** A waiting application routed to someone else (see Applications.reroute). */
export interface RerouteWrite {
  before: Application;
  after: Application;
  /** The new recipient's mail, with a decision link of their own. */
  mail: NewMail;
  audit: NewAuditEntry;
}

/**
 * Applications, their submissions and the per-person locks ("one open application per person and table"). Every
 * write is conditional on the state it leaves: false (or the tables taken) means a race or a repeat, nothing
 * written.
 */
export interface Applications {
  get(id: string): Promise<Application | undefined>;
  getSubmission(id: string): Promise<Submission | undefined>;
  /** The delivery status of a submission's latest confirmation mail. */
  confirmationMailStatus(mailId: string): Promise<string | undefined>;
  /** The application a person has open for a table, if any. */
  openApplicationOf(email: string, workTableId: string): Promise<{ applicationId: string } | undefined>;
  /**
   * A new submission: the applications with their locks, the submission and its confirmation mail, at once, and the
   * consent's wording kept by its hash (once per wording). The tables where the person already has an open
   * application (then nothing was written); empty on success.
   */
  insertSubmission(
    applications: Application[],
    submission: Submission,
    confirmation: NewMail<"confirm_submission">,
    now: Date,
    consent?: ConsentWording,
  ): Promise<string[]>;
  /** A fresh confirmation mail, recorded on the submission unless another one was since `lastConfirmationAt`. */
  recordConfirmationMail(
    submission: Submission,
    mail: NewMail<"confirm_submission">,
    count: number,
    now: Date,
  ): Promise<boolean>;
  /**
   * The double opt-in: the submission confirmed, each application as `confirmed` holds it (only from
   * pending_confirmation) with an audit entry of the applicant's step, the mails queued, at once.
   */
  confirm(submissionId: string, confirmed: Application[], mails: NewMail[], now: Date): Promise<boolean>;
  /** The decision: the application, the end of the person's lock, the mail, the audit entry and the partner, at once. */
  decide(decision: DecisionWrite, now: Date): Promise<boolean>;
  /** Only if the application is still submitted and unchanged since `before` was read. */
  reroute(change: RerouteWrite, now: Date): Promise<boolean>;
  /** Newest first. */
  list(filter: {
    status?: ApplicationStatus;
    workTableId?: string;
    limit: number;
    startKey?: PagePosition;
  }): Promise<{ items: Application[]; nextKey?: PagePosition }>;
}

export type RateCheck = { ok: true } | { ok: false; retryAfterSeconds: number };

/** At most `limit` hits per kind and subject in the current window. */
export interface RateLimiter {
  hit(kind: string, subject: string, limit: number, now: Date): Promise<RateCheck>;
}

export type UnsubscribeResult =
  | { outcome: "unsubscribed" | "already_unsubscribed"; partner: Partner }
  | { outcome: "not_found" };

export interface Partners {
  get(email: string): Promise<Partner | undefined>;
  /** The partner a link names by its opaque handle. */
  byHandle(handle: string): Promise<Partner | undefined>;
  /** Every partner (of one work table). */
  all(filter?: { workTableId?: string }): Promise<Partner[]>;
  /** Off the mailing list, audited; again changes nothing. */
  unsubscribe(email: string, now: Date, actor?: string, note?: string): Promise<UnsubscribeResult>;
  /** Off a work table, audited (with the mail to the member, if any); false when no member (any more). */
  removeFromTable(
    email: string,
    workTableId: string,
    change: { actor: string; action: "partner.leave_table" | "partner.remove_from_table"; note?: string },
    now: Date,
    mail?: NewMail,
  ): Promise<boolean>;
}

export interface Conferences {
  get(id: string): Promise<Conference | undefined>;
  rsvpOf(conferenceId: string, email: string): Promise<Rsvp | undefined>;
}

/** An event's places, waiting lists and answers (store/places-repository.ts). */
export interface Places {
  counts(conferenceId: string, lists: readonly string[]): Promise<Map<string, PlaceCount>>;
  rsvp(conferenceId: string, personKey: string): Promise<Rsvp | undefined>;
  rsvpOf(conferenceId: string, email: string): Promise<Rsvp | undefined>;
  rsvps(conferenceId: string): Promise<Rsvp[]>;
  waiting(conferenceId: string, list: string, limit?: number): Promise<WaitingEntry[]>;
  position(conferenceId: string, list: string, rank: number): Promise<number>;
  /** Not `written`: something changed since it was read (the event, or counts and answer); nothing written. */
  write(change: RegistrationWrite, now: Date): Promise<"written" | "conflict" | "event_changed">;
  dropStale(conferenceId: string, entry: QueueChange, count: PlaceCount): Promise<boolean>;
}

/** The audit log, for changes that are a single write elsewhere (or none: a read of a person's data). */
export interface AuditLog {
  record(entry: NewAuditEntry, now: Date): Promise<void>;
}

/** Coordinators, sign-in requests, sessions (keyed by the hash of their id) and personal API tokens. */
export interface Access {
  coordinator(email: string): Promise<Coordinator | undefined>;
  /** Writes the first coordinators while the table has none. */
  seedCoordinators(emails: readonly string[], now: Date): Promise<number>;
  /** False: one already. */
  addCoordinator(coordinator: Coordinator, audit: NewAuditEntry | undefined, now: Date): Promise<boolean>;
  /** Never the last one. */
  removeCoordinator(email: string, audit: NewAuditEntry, now: Date): Promise<"removed" | "not_found" | "last">;
  /** Sends every session of the person back to the second step. */
  requireSecondFactorEverywhere(email: string): Promise<number>;
  endAllSessions(email: string): Promise<number>;
  endAllApiTokens(email: string): Promise<number>;
  /** The request and its mail, at once. */
  createSignInRequest(request: SignInRequest, mail: NewMail<"sign_in_link">, now: Date): Promise<void>;
  signInRequest(id: string): Promise<SignInRequest | undefined>;
  /** Marks the request used and starts the session, with the audit entry, at once; false when used before. */
  useSignInRequest(
    id: string,
    sessionIdHash: string,
    session: Session,
    audit: NewAuditEntry,
    now: Date,
  ): Promise<boolean>;
  session(idHash: string): Promise<Session | undefined>;
  touchSession(idHash: string, session: Session, idleExpiresAt: number, now: Date): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  createApiToken(tokenHash: string, token: ApiToken, audit: NewAuditEntry, now: Date): Promise<void>;
  apiToken(tokenHash: string): Promise<ApiToken | undefined>;
  markApiTokenUsed(tokenHash: string, now: Date): Promise<void>;
}

/** An attempt at the second step, counted before it is checked. */
export type Reservation = { ok: true; count: number } | { ok: false; record?: SecondFactorRecord };

/**
 * A person's second factor (authenticator, passkeys, recovery codes, the count of attempts) and WebAuthn
 * challenges. Each change with its audit entry and the mail that tells the person, at once.
 */
export interface SecondFactors {
  get(email: string): Promise<SecondFactorRecord | undefined>;
  /** Only while the person has no factor. */
  enrol(record: SecondFactorRecord, audit: NewAuditEntry, mail: NewMail, now: Date): Promise<boolean>;
  remove(email: string, audit: NewAuditEntry, mail: NewMail, now: Date): Promise<boolean>;
  removeOne(
    email: string,
    which: { kind: "totp" } | { kind: "passkey"; index: number; id: string },
    audit: NewAuditEntry,
    mail: NewMail,
    now: Date,
  ): Promise<boolean>;
  reserveAttempt(email: string, max: number, now: Date): Promise<Reservation>;
  /** A code's time step, accepted once. */
  useStep(email: string, step: number, now: Date): Promise<boolean>;
  useRecoveryCode(email: string, codeHash: string, audit: NewAuditEntry, mail: NewMail, now: Date): Promise<boolean>;
  lock(email: string, max: number, until: number, audit: NewAuditEntry, mail: NewMail, now: Date): Promise<boolean>;
  addPasskey(
    email: string,
    passkey: PasskeyRecord,
    fresh: SecondFactorRecord | undefined,
    audit: NewAuditEntry,
    mail: NewMail,
    now: Date,
  ): Promise<boolean>;
  usePasskey(email: string, index: number, oldCounter: number, newCounter: number, now: Date): Promise<boolean>;
  putChallenge(email: string, purpose: "register" | "authenticate", challenge: string, now: Date): Promise<void>;
  /** Takes a challenge once; false when it is not (any more) this person's. */
  takeChallenge(email: string, purpose: "register" | "authenticate", challenge: string, now: Date): Promise<boolean>;
  delete(email: string): Promise<void>;
}

/** The suppression list: addresses no mailing reaches. */
export interface Suppressions {
  get(email: string): Promise<{ reason: string; detail: string; at: string } | undefined>;
  /** An erased person stays suppressed by the keyed hash of their address only. */
  addErased(personHash: string, now: Date): Promise<void>;
}

/** A person's records for a data subject request, and their erasure (see store/person-data-repository.ts). */
export interface PersonDataStore {
  recordsAbout(email: string): Promise<PersonRecords>;
  /** The audit entries about one thing (an application, a partner). */
  auditAbout(type: string, id: string): Promise<AuditEntry[]>;
  /** Deletes their items and anonymises the audit entries about or by them to `erasedId`. */
  erase(email: string, erasedId: string): Promise<Erasure>;
}

/**
 * One write of a store's transaction, opaque to the use cases: a repository hands it out (a proposal, the mail a
 * decision causes) and another takes it into the same transaction as its own change.
 */
export type StoreWrite = object;

/**
 * The annual report's records and reads (issue 23; store/report-repository.ts): anonymous records of applications,
 * the days' mail counts, the daily members' counts, and the events of a period counted.
 */
export interface ReportRecords {
  applicationFacts(period: ReportPeriod): Promise<ApplicationFact[]>;
  mailDays(period: ReportPeriod): Promise<MailDay[]>;
  /** For each day the last count on or before it; each once, in order. */
  memberSnapshotsAt(days: readonly string[]): Promise<MemberSnapshot[]>;
  /** Who the last count found in each table (short hashes); `counted` once any count ran. */
  memberSets(): Promise<{ sets: Map<string, Set<string>>; counted: boolean }>;
  events(period: ReportPeriod, tableIds: readonly string[]): Promise<EventFacts[]>;
  memberSnapshot(day: string): Promise<{ snapshot: MemberSnapshot; version: number } | undefined>;
  /**
   * The day's count with the tables' sets, in one write over the day's `version` (none: the day's first);
   * false when another count wrote the day meanwhile.
   */
  recordMembers(
    snapshot: MemberSnapshot,
    sets: ReadonlyMap<string, ReadonlySet<string>>,
    version: number | undefined,
    at: string,
  ): Promise<boolean>;
  /** Once: records of the applications stored from before the report; how many were written. */
  backfillApplications(at: string): Promise<number>;
}
