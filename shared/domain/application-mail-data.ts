import type { Applicant, Application, Decision, RoutedTo } from "./application.ts";
import type { Locale } from "./locale.ts";
import type { MailData, NewMail, Recipient, TableRef } from "./mail.ts";
import type { WorkTable } from "./work-table.ts";

/**
 * The mails of an application's life, as data (pure): who gets what, with a deterministic id per cause, so that
 * a retried request or a second run of a job queues the same mail once. Texts are written from these at send time
 * (shared/mail/render.ts with the words in shared/i18n/(language)/mails.ts).
 */

/**
 * What the contact's mails about an application add to their data: the applicant's language, which the German
 * mail names ("Sprache der antragstellenden Person: Ukrainisch"). Optional: mails queued before it was kept lack it.
 */
export interface AboutApplicant {
  applicantLocale?: Locale;
}

export const tableRef = (t: Pick<WorkTable, "numeral" | "name">): TableRef => ({ numeral: t.numeral, name: t.name });

/** A table that was deleted meanwhile still has a name in a mail: its id. */
export const tableRefOf = (table: WorkTable | undefined, workTableId: string): TableRef =>
  table ? tableRef(table) : { numeral: "?", name: workTableId };

/**
 * The confirmation link of a submission. It goes to an address nobody has confirmed yet: the bare address, not
 * even the name (the template carries no text from the request either). The `n`th mail of a submission gets an id
 * of its own; all of them open the same submission and expire with it (`createdAt`).
 */
export function confirmationMail(
  submission: { id: string; createdAt: string },
  applicant: Pick<Applicant, "email" | "locale">,
  tables: TableRef[],
  n = 1,
): NewMail<"confirm_submission"> {
  return {
    id: n === 1 ? `confirm-${submission.id}` : `confirm-${submission.id}-${n}`,
    kind: "confirm_submission",
    to: [{ email: applicant.email }],
    locale: applicant.locale,
    data: { submissionId: submission.id, createdAt: submission.createdAt, tables },
  };
}

/** The confirmed application, to whoever receives its table's applications; Reply-To the applicant. */
export function newApplicationMail(
  application: Application,
  table: TableRef,
  routedTo: RoutedTo,
): NewMail<"new_application"> {
  const { applicant } = application;
  // A re-routed application's mail to its new recipient is a mail of its own.
  const n = application.reroutes?.length ?? 0;
  const data: MailData["new_application"] & AboutApplicant = {
    applicationId: application.id,
    table,
    contactName: routedTo.name,
    applicantName: applicant.name,
    ...(applicant.organisation ? { organisation: applicant.organisation } : {}),
    organisationType: applicant.organisationType,
    engagement: applicant.engagement,
    applicantLocale: applicant.locale,
  };
  return {
    id: n === 0 ? `new-application-${application.id}` : `new-application-${application.id}-${n + 1}`,
    kind: "new_application",
    to: [{ name: routedTo.name, email: routedTo.email }],
    about: application.applicant.email,
    replyTo: { name: applicant.name, email: applicant.email },
    locale: "de",
    data,
  };
}

/** To the applicant after confirming: to whom each application went. */
export function forwardedMail(
  submissionId: string,
  applicant: Applicant,
  routes: { table: TableRef; contactName: string }[],
): NewMail<"application_forwarded"> {
  return {
    id: `forwarded-${submissionId}`,
    kind: "application_forwarded",
    to: [{ name: applicant.name, email: applicant.email }],
    locale: applicant.locale,
    data: { applicantName: applicant.name, routes },
  };
}

/** To the applicant: the contact's decision, with the note if there is one. */
export function decidedMail(
  application: Application,
  table: TableRef,
  decision: Decision,
  note: string | undefined,
): NewMail<"application_decided"> {
  const { applicant } = application;
  return {
    id: `decided-${application.id}`,
    kind: "application_decided",
    to: [{ name: applicant.name, email: applicant.email }],
    locale: applicant.locale,
    data: { applicantName: applicant.name, table, outcome: decision, ...(note ? { note } : {}) },
  };
}

/** To the receiving contact: an application waits for a decision; says when the coordinators will be told. */
export function decisionReminderMail(
  application: Application & { routedTo: RoutedTo; submittedAt: string },
  table: TableRef,
  escalateAfterDays: number,
): NewMail<"decision_reminder"> {
  const data: MailData["decision_reminder"] & AboutApplicant = {
    applicationId: application.id,
    table,
    contactName: application.routedTo.name,
    submittedAt: application.submittedAt,
    escalateAfterDays,
    applicantLocale: application.applicant.locale,
  };
  return {
    id: `reminder-${application.id}`,
    kind: "decision_reminder",
    to: [{ name: application.routedTo.name, email: application.routedTo.email }],
    about: application.applicant.email,
    locale: "de",
    data,
  };
}

/** To the coordinators: the applications undecided for too long, in one mail a day. */
export function undecidedDigestMail(
  applications: Application[],
  tableOf: (application: Application) => TableRef,
  coordinators: Recipient[],
  days: { remindAfter: number; escalateAfter: number },
  now: Date,
): NewMail<"undecided_digest"> {
  return {
    id: `undecided-${now.toISOString().slice(0, 10)}-${applications[0]?.id}`,
    kind: "undecided_digest",
    to: coordinators,
    locale: "de",
    data: {
      remindedAfterDays: days.remindAfter,
      escalatedAfterDays: days.escalateAfter,
      items: applications.map((a) => ({
        applicationId: a.id,
        table: tableOf(a),
        contactName: a.routedTo?.name ?? "",
        submittedAt: a.submittedAt ?? a.createdAt,
      })),
    },
  };
}
