import { RETENTION } from "./application.ts";

/**
 * How long personal data is kept: every rule the product enforces, in one place. TTL (`expiresAt`) or the daily
 * run enforce each; the privacy notice's default, docs/privacy.md and docs/datenschutz.md state the same numbers
 * (tests/unit/records-of-processing.test.ts compares them with this object).
 */
export const PERSONAL_DATA_RETENTION = {
  /** An unconfirmed application, its lock and its confirmation link (TTL). */
  unconfirmedDays: RETENTION.unconfirmedDays,
  /** A declined application, from the decision (TTL). */
  declinedMonths: RETENTION.declinedMonths,
  /** An accepted application, from the decision (TTL); the partner record stays. */
  acceptedYears: RETENTION.acceptedYears,
  /** A sent mail's record (TTL). */
  sentMailDays: 30,
  /** A failed or uncertain mail's record (TTL). */
  failedMailDays: 90,
  /** A partner who unsubscribed from all mail or left their last table (the daily run erases them). */
  leftPartnerYears: 1,
  /** An event's attendance list, from the event's end (TTL): proof for funders, then gone. */
  attendanceYears: 3,
  /** An event's minutes with their decisions and tasks, from the event's end (TTL): the table's archive. */
  minutesYears: 5,
  /** The audit log (TTL). */
  auditYears: 2,
} as const;
