import type { Context } from "hono";
import { berlinToday } from "../../domain/berlin-time.ts";
import type { Locale } from "../../domain/locale.ts";
import { isOverdue, type Task } from "../../domain/minutes.ts";
import type { WorkTable } from "../../domain/work-table.ts";
import { consoleTexts } from "../../i18n/console.ts";
import { longDay } from "../../i18n/format.ts";
import type { AppEnv } from "../app-env.ts";
import { type MinutesViewLabels, PublishedMinutes } from "../ui/minutes-view.tsx";
import { href } from "./layout.tsx";
import { ButtonForm, consolePage, StackTable } from "./parts.tsx";

/** A task's due date as the console shows it, "überfällig" beside it once it passed while open. */
function dueCell(task: Task, today: string, locale: Locale) {
  const t = consoleTexts(locale);
  const date = longDay(task.due, locale);
  return isOverdue(task, today) ? (
    <>
      {date} <strong>({t.taskOverdue})</strong>
    </>
  ) : (
    date
  );
}

/**
 * The open tasks of a table (or of every table, for coordinators) as a list (issue 21): what, who, by when with
 * the overdue ones marked, from which event; with `doneAction`, a button per task to mark it done.
 */
export function TaskList(props: {
  locale: Locale;
  tasks: Task[];
  today: string;
  csrf: string;
  doneAction?: (task: Task) => string;
  tableOf?: (task: Task) => string;
}) {
  const t = consoleTexts(props.locale);
  const open = props.tasks.filter((task) => task.status === "open").sort((a, b) => a.due.localeCompare(b.due));
  return (
    <StackTable
      caption={t.openTasks}
      empty={t.noOpenTasks}
      rows={open}
      columns={[
        { label: t.minutesTaskText, cell: (task) => task.text },
        { label: t.minutesTaskOwner, cell: (task) => task.ownerName },
        { label: t.minutesTaskDue, cell: (task) => dueCell(task, props.today, props.locale) },
        ...(props.tableOf ? [{ label: t.workTable, cell: (task: Task) => props.tableOf?.(task) ?? "" }] : []),
        { label: t.taskFrom, cell: (task) => task.eventTitle },
        ...(props.doneAction
          ? [
              {
                label: t.action,
                cell: (task: Task) => (
                  <ButtonForm action={props.doneAction?.(task) ?? ""} csrf={props.csrf} label={t.markDone} />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** The console's words for a published minutes' view. */
export function minutesLabels(locale: Locale): MinutesViewLabels {
  const t = consoleTexts(locale);
  return {
    when: t.when,
    where: t.where,
    present: t.minutesPresent,
    excused: t.minutesExcused,
    agenda: t.agendaHeading,
    text: t.minutesText,
    decisions: t.minutesDecisions,
    tasks: t.minutesTasks,
    nobody: t.minutesNobody,
    published: t.publishedOn,
    corrected: t.correctedOn,
    dueBy: t.dueBy,
    deputyFor: t.deputyFor,
  };
}

/** A table's archive in the console: its meetings' published minutes, newest first (issue 21). */
export function archivePage(
  c: Context<AppEnv>,
  table: WorkTable,
  path: string,
  entries: Parameters<typeof PublishedMinutes>[0][],
) {
  const t = consoleTexts(c.var.locale);
  return consolePage(
    c,
    { title: t.archiveTitle(`${table.numeral} – ${table.name}`), path, section: "myTables" },
    <>
      <p>
        <a href={href(path.replace(/\/archiv$/, ""), c.var.locale)}>{t.back}</a>
      </p>
      {entries.length === 0 ? <p>{t.archiveNone}</p> : null}
      {entries.map((entry) => (
        <PublishedMinutes {...entry} />
      ))}
    </>,
  );
}

export const todayIn = berlinToday;
