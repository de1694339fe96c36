import type { Application } from "../domain/application.ts";
import type { WorkTable } from "../domain/work-table.ts";
import { queueMail, type Recipient } from "../mail/outbox.ts";
import type { ApplicationRepository } from "../store/application-repository.ts";
import type { WorkTableRepository } from "../store/work-table-repository.ts";

export interface FollowUpDeps {
  applications: ApplicationRepository;
  workTables: WorkTableRepository;
  coordinators: Recipient[];
  reminderAfterDays: number;
  escalateAfterDays: number;
}

const DAY_MS = 86_400_000;
/** A transaction holds at most 100 items: 50 applications and their digest stay well inside. */
const DIGEST_SIZE = 50;

/**
 * The daily run: a contact is reminded of each application undecided after 7 days, and the coordinators get one
 * digest of those undecided after 14. Each application is reminded and escalated once, however often this runs
 * (the flags and the mails are written together, conditionally).
 */
export async function runFollowUps(deps: FollowUpDeps, now: Date): Promise<{ reminded: number; escalated: number }> {
  const due = await deps.applications.undecidedSince(new Date(now.getTime() - deps.reminderAfterDays * DAY_MS));
  if (due.length === 0) return { reminded: 0, escalated: 0 };
  const tables = new Map((await deps.workTables.list()).map((t) => [t.id, t]));
  const ref = (a: Application) => {
    const table = tables.get(a.workTableId) as WorkTable | undefined;
    return table ? { numeral: table.numeral, name: table.name } : { numeral: "?", name: a.workTableId };
  };

  let reminded = 0;
  for (const application of due) {
    if (application.remindedAt || !application.routedTo || !application.submittedAt) continue;
    const mail = queueMail(
      deps.applications.tableName,
      {
        id: `reminder-${application.id}`,
        kind: "decision_reminder",
        to: [{ name: application.routedTo.name, email: application.routedTo.email }],
        locale: "de",
        data: {
          applicationId: application.id,
          table: ref(application),
          contactName: application.routedTo.name,
          submittedAt: application.submittedAt,
        },
      },
      now,
    );
    if (await deps.applications.markFollowUp(application, "remindedAt", mail, now)) reminded++;
  }

  const escalateBefore = now.getTime() - deps.escalateAfterDays * DAY_MS;
  const overdue = due.filter(
    (a) => !a.escalatedAt && a.submittedAt !== undefined && Date.parse(a.submittedAt) < escalateBefore,
  );
  let escalated = 0;
  for (let start = 0; start < overdue.length && deps.coordinators.length > 0; start += DIGEST_SIZE) {
    const chunk = overdue.slice(start, start + DIGEST_SIZE);
    const done = await deps.applications.escalate(
      chunk,
      (batch) =>
        queueMail(
          deps.applications.tableName,
          {
            id: `undecided-${now.toISOString().slice(0, 10)}-${batch[0]?.id}`,
            kind: "undecided_digest",
            to: deps.coordinators,
            locale: "de",
            data: {
              items: batch.map((a) => ({
                applicationId: a.id,
                table: ref(a),
                contactName: a.routedTo?.name ?? "",
                submittedAt: a.submittedAt ?? a.createdAt,
              })),
            },
          },
          now,
        ),
      now,
    );
    escalated += done.length;
  }
  return { reminded, escalated };
}
