import * as z from "zod/mini";
import { LOCALES, type Locale } from "./locale.ts";
import { once } from "./once.ts";
import { emailAddress, line, paragraph, personName } from "./text.ts";
import {
  admissionRequirements,
  COUNSELLING_SERVICES,
  type CounsellingService,
  isWorkTableId,
  type WorkTable,
} from "./work-table.ts";

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

function buildSchema() {
  return z.strictObject({
    workTableIds: z.array(z.string().check(z.refine(isWorkTableId, { message: "is not a work table id" }))).check(
      z.minLength(1, "choose at least one work table"),
      z.maxLength(10),
      z.refine((ids) => new Set(ids).size === ids.length, { message: "must not repeat a work table" }),
    ),
    name: personName(120),
    email: emailAddress(),
    organisation: z.optional(line(200)),
    organisationType: z.enum(ORGANISATION_TYPES),
    engagement: z.enum(ENGAGEMENTS),
    mandate: z.optional(z.strictObject({ community: line(200) })),
    service: z.optional(z.enum(COUNSELLING_SERVICES)),
    message: z.optional(paragraph(2000)),
    consent: z.literal(true, { error: "consent is required" }),
    locale: z._default(z.enum(LOCALES), "de"),
    /** A honeypot: hidden from people, filled in by bots. */
    website: z.optional(z.string().check(z.maxLength(0, "must be empty"))),
  });
}

/** The body of `POST /api/applications`. Built on first use (see once.ts). */
export const applicationInputSchema = once(buildSchema);
export type ApplicationInput = z.output<ReturnType<typeof buildSchema>>;

export interface AdmissionIssue {
  path: string;
  message: string;
}

/**
 * Checks an application against the admission rules of the chosen tables (data, not code): every table must
 * exist, a mandate is needed where a table admits only with one, a counselling service where a table admits
 * only those. Returns the input reduced to what the rules need: a mandate or service no chosen table asks for
 * is not stored (data minimisation).
 */
export function checkAdmission(
  input: ApplicationInput,
  tables: ReadonlyMap<string, WorkTable>,
): { ok: true; value: ApplicationInput } | { ok: false; issues: AdmissionIssue[] } {
  const issues: AdmissionIssue[] = [];
  const chosen: WorkTable[] = [];
  input.workTableIds.forEach((id, index) => {
    const table = tables.get(id);
    if (table) chosen.push(table);
    else issues.push({ path: `workTableIds.${index}`, message: "there is no work table with this id" });
  });
  const needs = admissionRequirements(chosen);
  if (needs.mandate && !input.mandate) {
    issues.push({
      path: "mandate.community",
      message: "this work table admits only with the mandate of a religious community",
    });
  }
  if (needs.services && (!input.service || !needs.services.includes(input.service))) {
    issues.push({
      path: "service",
      message:
        needs.services.length === 0
          ? "the chosen work tables admit no common counselling service"
          : `this work table admits only ${needs.services.join(" or ")}`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  const { mandate, service, website: _honeypot, ...rest } = input;
  return {
    ok: true,
    value: { ...rest, ...(needs.mandate ? { mandate } : {}), ...(needs.services ? { service } : {}) },
  };
}

/** The body of `POST /api/decisions/:token`. */
export const decisionInputSchema = once(() =>
  z.strictObject({
    decision: z.enum(["accept", "decline"]),
    note: z.optional(paragraph(1000)),
  }),
);
