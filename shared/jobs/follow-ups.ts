import type { Application, RoutedTo } from "../domain/application.ts";
import { decisionReminderMail, tableRefOf, undecidedDigestMail } from "../domain/application-mail-data.ts";
import type { Recipient } from "../domain/mail.ts";
import type { ApplicationRepository } from "../store/application-repository.ts";
import type { WorkTableRepository } from "../store/work-table-repository.ts";

export interface FollowUpDeps {
  applications: ApplicationRepository;
  workTables: WorkTableRepository;
  /** Who gets the digest: the coordinators (the table's list, read when the digest goes out). */
  coordinators: () => Promise<Recipient[]>;
  reminderAfterDays: number;
  escalateAfterDays: number;
}

const DAY_MS = 86_400_000;
/** A transaction holds at most 100 items: 50 applications and their digest stay well inside. */
const DIGEST_SIZE = 50;

/**
 * The daily run: a contact is reminded of each application undecided after `reminderAfterDays`, and the
 * coordinators get one digest of those undecided after `escalateAfterDays`; the mails name the same numbers. Each
 * application is reminded and escalated once, however often this runs (flags and mails are written together,
 * conditionally).
 */
export async function runFollowUps(deps: FollowUpDeps, now: Date): Promise<{ reminded: number; escalated: number }> {
  const due = await deps.applications.undecidedSince(new Date(now.getTime() - deps.reminderAfterDays * DAY_MS));
  if (due.length === 0) return { reminded: 0, escalated: 0 };
  const tables = new Map((await deps.workTables.list({ includeArchived: true })).map((t) => [t.id, t]));
  const tableOf = (a: Application) => tableRefOf(tables.get(a.workTableId), a.workTableId);

  let reminded = 0;
  for (const application of due) {
    if (application.remindedAt || !application.routedTo || !application.submittedAt) continue;
    const routed = application as Application & { routedTo: RoutedTo; submittedAt: string };
    const mail = decisionReminderMail(routed, tableOf(application), deps.escalateAfterDays);
    if (await deps.applications.markFollowUp(application, "remindedAt", mail, now)) reminded++;
  }

  const escalateBefore = now.getTime() - deps.escalateAfterDays * DAY_MS;
  const overdue = due.filter(
    (a) => !a.escalatedAt && a.submittedAt !== undefined && Date.parse(a.submittedAt) < escalateBefore,
  );
  let escalated = 0;
  const days = { remindAfter: deps.reminderAfterDays, escalateAfter: deps.escalateAfterDays };
  const coordinators = overdue.length > 0 ? await deps.coordinators() : [];
  for (let start = 0; start < overdue.length && coordinators.length > 0; start += DIGEST_SIZE) {
    const chunk = overdue.slice(start, start + DIGEST_SIZE);
    const done = await deps.applications.escalate(
      chunk,
      (batch) => undecidedDigestMail(batch, tableOf, coordinators, days, now),
      now,
    );
    escalated += done.length;
  }
  return { reminded, escalated };
}
