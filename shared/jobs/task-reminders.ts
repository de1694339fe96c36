import { berlinToday } from "../domain/berlin-time.ts";
import type { Locale } from "../domain/locale.ts";
import type { NewMail } from "../domain/mail.ts";
import type { Task } from "../domain/minutes.ts";
import type { WorkTable } from "../domain/work-table.ts";

/** How many days before its due date a task's owner is reminded (issue 21: "a few days"). */
export const TASK_REMINDER_DAYS = 3;

export interface TaskReminderDeps {
  minutes: {
    openTasksDueBy(until: string): Promise<Task[]>;
    remind(task: Task, mail: NewMail<"task_reminder">, now: Date): Promise<boolean>;
  };
  partners: { get(email: string): Promise<{ locale: Locale } | undefined> };
  workTables: { get(id: string): Promise<WorkTable | undefined> };
}

/** A task's reminder to its owner, in their language (a partner's, else German); one id per task. */
export function taskReminderMail(task: Task, locale: Locale, table: WorkTable | undefined): NewMail<"task_reminder"> {
  return {
    id: `task-reminder-${task.id}`,
    kind: "task_reminder",
    to: [{ name: task.ownerName, email: task.owner }],
    locale,
    data: {
      taskId: task.id,
      text: task.text,
      due: task.due,
      eventTitle: task.eventTitle,
      season: task.eventSeason,
      ...(table ? { table: { numeral: table.numeral, name: table.name } } : {}),
      ownerName: task.ownerName,
    },
    // The owner's reply reaches the table's contact person, who gave the task.
    ...(table ? { replyTo: { name: table.contact.name, email: table.contact.email } } : {}),
  };
}

/**
 * The daily run's part for tasks (issue 21): every open task due within `TASK_REMINDER_DAYS` (or already past) and
 * not yet reminded gets one reminder to its owner, with the link to mark it done.
 */
export async function runTaskReminders(deps: TaskReminderDeps, now: Date): Promise<{ reminded: number }> {
  const until = berlinToday(new Date(now.getTime() + TASK_REMINDER_DAYS * 86_400_000));
  let reminded = 0;
  for (const task of await deps.minutes.openTasksDueBy(until)) {
    const [partner, table] = await Promise.all([
      deps.partners.get(task.owner),
      task.workTableId ? deps.workTables.get(task.workTableId) : Promise.resolve(undefined),
    ]);
    if (await deps.minutes.remind(task, taskReminderMail(task, partner?.locale ?? "de", table), now)) reminded++;
  }
  return { reminded };
}
