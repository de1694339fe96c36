import type { Locale } from "./locale.ts";
import type { CounsellingService } from "./work-table.ts";

export const ORGANISATION_TYPES = ["public", "independent", "association", "institution", "individual"] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
export const ENGAGEMENTS = ["professional", "volunteer"] as const;
export type Engagement = (typeof ENGAGEMENTS)[number];

export const APPLICATION_STATUSES = ["pending_confirmation", "submitted", "accepted", "declined"] as const;
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

export interface Applicant {
  name: string;
  email: string;
  organisation?: string;
  organisationType: OrganisationType;
  engagement: Engagement;
  locale: Locale;
}

/** Who receives an application of a table: its contact, or its deputy while one is set, or whom a coordinator chose. */
export interface RoutedTo {
  name: string;
  email: string;
  role: "contact" | "deputy" | "other";
}

/** Who decided: the person the application was routed to (through their link or the console), or a coordinator. */
export type DecidedBy =
  | { role: RoutedTo["role"]; name: string; email: string }
  | { role: "coordinator"; email: string };

export interface Application {
  id: string;
  submissionId: string;
  workTableId: string;
  status: ApplicationStatus;
  applicant: Applicant;
  /** Only the religious community that gives the mandate, never a person's own religion. */
  mandate?: { community: string };
  service?: CounsellingService;
  message?: string;
  /**
   * The consent: which text (its version, and the SHA-256 of the words shown in the applicant's language), when it
   * was given, and when the address was confirmed.
   */
  consent: { textVersion: string; textHash?: string; language?: Locale; givenAt: string; confirmedAt?: string };
  /** Who received the application: the table's contact, or the deputy while one was set. */
  routedTo?: RoutedTo;
  decision?: { outcome: Decision; note?: string; decidedAt: string; by?: DecidedBy };
  /** Every time a coordinator routed the application to someone else. */
  reroutes?: { at: string; by: string; from: RoutedTo; to: RoutedTo }[];
  createdAt: string;
  submittedAt?: string;
  remindedAt?: string;
  escalatedAt?: string;
  updatedAt: string;
  /** Epoch seconds; DynamoDB's TTL deletes the item after it. */
  expiresAt?: number;
}

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
