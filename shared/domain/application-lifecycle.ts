import {
  type Application,
  CONSENT_TEXT_VERSION,
  type DecidedBy,
  type Decision,
  RETENTION,
  type RoutedTo,
} from "./application.ts";
import type { ApplicationInput } from "./application-input.ts";
import type { WorkTable } from "./work-table.ts";

/**
 * How an application moves through its states, as pure functions: pending_confirmation → submitted (confirmed by
 * the applicant, routed to a contact) → accepted | declined (by the contact). The use cases
 * (shared/use-cases/) decide when; the repository stores what these return, with conditions on the state left.
 */

const DAY_MS = 86_400_000;
const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** When an unconfirmed application (its lock and its confirmation link) expires, epoch seconds. */
export function unconfirmedExpiry(createdAt: Date): number {
  return epochSeconds(new Date(createdAt.getTime() + RETENTION.unconfirmedDays * DAY_MS));
}

/** When a declined application is deleted: RETENTION.declinedMonths calendar months after the decision. */
export function declinedExpiry(decidedAt: Date): number {
  const expiry = new Date(decidedAt);
  expiry.setUTCMonth(expiry.getUTCMonth() + RETENTION.declinedMonths);
  return epochSeconds(expiry);
}

/**
 * One application of a submission, for one work table, waiting for the applicant's confirmation. `consentHash` is
 * the proof of the words the applicant agreed to (the SHA-256 of the consent text in their language).
 */
export function newApplication(
  input: ApplicationInput,
  ids: { id: string; submissionId: string; workTableId: string },
  consentHash: string,
  now: Date,
): Application {
  const at = now.toISOString();
  return {
    ...ids,
    status: "pending_confirmation",
    applicant: {
      name: input.name,
      email: input.email,
      ...(input.organisation ? { organisation: input.organisation } : {}),
      organisationType: input.organisationType,
      engagement: input.engagement,
      locale: input.locale,
    },
    ...(input.mandate ? { mandate: input.mandate } : {}),
    ...(input.service ? { service: input.service } : {}),
    ...(input.message ? { message: input.message } : {}),
    consent: {
      textVersion: CONSENT_TEXT_VERSION,
      textHash: consentHash,
      language: input.locale,
      givenAt: at,
    },
    createdAt: at,
    updatedAt: at,
    expiresAt: unconfirmedExpiry(now),
  };
}

/** Who receives a table's applications: the deputy while one is set, otherwise the contact. */
export function routeOf(table: Pick<WorkTable, "contact" | "deputy">): RoutedTo {
  return table.deputy ? { ...table.deputy, role: "deputy" } : { ...table.contact, role: "contact" };
}

/** The applicant confirmed: the application is submitted to whoever receives its table's applications. */
export function confirmedApplication(application: Application, routedTo: RoutedTo, now: Date): Application {
  const at = now.toISOString();
  const { expiresAt: _keptWhileOpen, ...rest } = application;
  return {
    ...rest,
    status: "submitted",
    routedTo,
    submittedAt: at,
    consent: { ...application.consent, confirmedAt: at },
    updatedAt: at,
  };
}

/** A coordinator routes an application (still waiting for a decision) to someone else. */
export function reroutedApplication(application: Application, to: RoutedTo, by: string, now: Date): Application {
  const at = now.toISOString();
  const from = application.routedTo ?? to;
  return {
    ...application,
    routedTo: to,
    reroutes: [...(application.reroutes ?? []), { at, by, from, to }],
    updatedAt: at,
  };
}

/** When an accepted application is deleted: RETENTION.acceptedYears calendar years after the decision. */
export function acceptedExpiry(decidedAt: Date): number {
  const expiry = new Date(decidedAt);
  expiry.setUTCFullYear(expiry.getUTCFullYear() + RETENTION.acceptedYears);
  return Math.floor(expiry.getTime() / 1000);
}

/**
 * The contact decided; a declined application is deleted RETENTION.declinedMonths later, an accepted one
 * RETENTION.acceptedYears later (the partner record it made stays).
 */
export function decidedApplication(
  application: Application,
  decision: Decision,
  note: string | undefined,
  by: DecidedBy,
  now: Date,
): Application {
  const at = now.toISOString();
  return {
    ...application,
    status: decision === "accept" ? "accepted" : "declined",
    decision: { outcome: decision, ...(note ? { note } : {}), decidedAt: at, by },
    updatedAt: at,
    expiresAt: decision === "decline" ? declinedExpiry(now) : acceptedExpiry(now),
  };
}
