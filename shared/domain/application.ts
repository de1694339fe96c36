import type * as z from "zod/mini";
import type { applicantRecord, applicationRecord, decidedByRecord, routedToRecord } from "./records.ts";
import type { APPLICATION_STATUSES, ENGAGEMENTS, ORGANISATION_TYPES } from "./vocabulary.ts";

export { APPLICATION_STATUSES, ENGAGEMENTS, ORGANISATION_TYPES } from "./vocabulary.ts";
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
export type Engagement = (typeof ENGAGEMENTS)[number];
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type Decision = "accept" | "decline";

/** The version of the privacy text an applicant agrees to; stored with every application (DSGVO Art. 7). */
export const CONSENT_TEXT_VERSION = "2026-11-26";

/** How long things live (DSGVO: no longer than needed). */
export const RETENTION = {
  /** An unconfirmed application, its confirmation link and its lock on the table. */
  unconfirmedDays: 7,
  /** A declined application, counted from the decision (calendar months). */
  declinedMonths: 6,
  /** An accepted application, counted from the decision (calendar years); the partner record stays. */
  acceptedYears: 2,
  /** A contact's decision link. */
  decisionLinkDays: 60,
} as const;

/**
 * Days without a decision after which the contact person is reminded, and after which the coordinators are told
 * (the daily follow-ups; the mails name the same numbers).
 */
export const FOLLOW_UP_DAYS = { remindAfter: 7, escalateAfter: 14 } as const;

/**
 * Someone who applies again while their application still waits for confirmation gets a fresh confirmation mail
 * when the last one failed (or may not have arrived), or was sent longer ago than this: a failed mail never locks
 * a person out. Sooner, they are told that the mail is on its way. The per-address rate limit applies as always.
 */
export const CONFIRMATION_RESEND_AFTER_MINUTES = 5;

export type Applicant = z.output<typeof applicantRecord>;

/** Who receives an application of a table: its contact, or its deputy while one is set, or whom a coordinator chose. */
export type RoutedTo = z.output<typeof routedToRecord>;

/** Who decided: the person the application was routed to (through their link or the console), or a coordinator. */
export type DecidedBy = z.output<typeof decidedByRecord>;

/** An application with everything stored about it (its shape: `applicationRecord` in records.ts). */
export type Application = z.output<typeof applicationRecord>;

/** The applications one form submission created; the confirmation link names it. */
export interface Submission {
  id: string;
  applicationIds: string[];
  createdAt: string;
  confirmedAt?: string;
  /** The latest confirmation mail of this submission, and when it was queued (a repeated application resends). */
  confirmationMailId?: string;
  lastConfirmationAt?: string;
  confirmations?: number;
  /** Epoch seconds; DynamoDB's TTL deletes the item after it. */
  expiresAt: number;
}
