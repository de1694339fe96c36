import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { berlinToday } from "../../../domain/berlin-time.ts";
import { isUuid } from "../../../domain/ids.ts";
import type { Task } from "../../../domain/minutes.ts";
import { consoleTexts } from "../../../i18n/console.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { href, Notice } from "../layout.tsx";
import { consolePage } from "../parts.tsx";
import { TaskList } from "../tasks.tsx";

/**
 * `/konsole/aufgaben`, for coordinators (issue 21): the open tasks of every table and of the conferences, by due
 * date, the overdue ones marked, each with a button to mark it done (as the table's contact can on its page).
 */
export function taskRoutes(deps: AppDependencies, now: () => Date) {
  const page = async (c: Context<AppEnv>, notice?: string) => {
    const t = consoleTexts(c.var.locale);
    const tables = await deps.workTables.list({ includeArchived: true });
    const names = new Map(tables.map((table) => [table.id, `${table.numeral} – ${table.name}`]));
    const scopes = [...tables.map((table) => table.id), "network"];
    const tasks = (await Promise.all(scopes.map((scope) => deps.minutes.tasks(scope)))).flat();
    return consolePage(
      c,
      { title: t.allTasksTitle, path: "/konsole/aufgaben", section: "overview" },
      <>
        {notice ? <Notice>{notice}</Notice> : null}
        <p>{t.allTasksIntro}</p>
        <TaskList
          locale={c.var.locale}
          tasks={tasks}
          today={berlinToday(now())}
          csrf={c.var.principal.session?.csrfToken ?? ""}
          tableOf={(task: Task) =>
            task.workTableId ? (names.get(task.workTableId) ?? task.workTableId) : t.networkTasks
          }
          doneAction={(task) => href(`/konsole/aufgaben/${task.id}/erledigt`, c.var.locale)}
        />
      </>,
    );
  };
  return new Hono<AppEnv>()
    .get("/", (c) => page(c))
    .post("/:id/erledigt", async (c) => {
      const t = consoleTexts(c.var.locale);
      const id = c.req.param("id") ?? "";
      const task = isUuid(id) ? await deps.minutes.task(id) : undefined;
      if (!task) return page(c, t.notFound);
      const done = task.status === "open" && (await deps.minutes.markDone(task, c.var.principal.email, now()));
      return page(c, done ? t.taskDone : t.taskAlreadyDone);
    });
}
