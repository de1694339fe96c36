import type { Context } from "hono";
import { html } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import { Hono } from "hono/tiny";
import { LINK_PAGES, linkRoute } from "../../../domain/link-paths.ts";
import type { Task } from "../../../domain/minutes.ts";
import { localizedTexts } from "../../../domain/work-table.ts";
import { longDate } from "../../../i18n/format.ts";
import { eventLinkTexts } from "../../../i18n/web.ts";
import {
  type ArchiveDeps,
  loadArchive,
  loadTaskLink,
  markTaskDoneByLink,
  type TaskLinkDeps,
} from "../../../use-cases/event-links.ts";
import type { AppEnv } from "../../app-env.ts";
import { PublishedMinutes } from "../../ui/minutes-view.tsx";
import { MessagePage } from "../views/home.tsx";
import { linkProblem } from "../views/link-pages.tsx";

const page = (c: Context<AppEnv>, body: JSX.Element, status: 200 | 403 = 200) =>
  c.html(html`<!DOCTYPE html>${body}`, status);

/**
 * The pages behind the links a table's mails carry for its work (issue 21): `/aufgabe/:token` (a task's owner
 * sees it and marks it done by the button's POST; opening the link changes nothing) and `/archiv/:token` (a
 * member reads the table's published minutes; who left the table gets 403).
 */
export function eventLinkPageRoutes(deps: TaskLinkDeps & ArchiveDeps, now: () => Date) {
  const taskPage = (c: Context<AppEnv>, token: string, task: Task, notice?: string) => {
    const t = eventLinkTexts(c.var.locale);
    const locale = c.var.locale;
    return page(
      c,
      <MessagePage locale={locale} title={t.taskTitle} path={`${LINK_PAGES.task}/${token}`}>
        {notice ? (
          <p role="status" class="notice">
            {notice}
          </p>
        ) : null}
        <p class="pre">{task.text}</p>
        <dl class="facts">
          <dt>{t.from}</dt>
          <dd>{task.eventTitle}</dd>
          <dt>{t.due}</dt>
          <dd>{longDate(`${task.due}T12:00:00Z`, locale)}</dd>
          <dt>{t.state}</dt>
          <dd>{task.status === "done" ? t.done : t.open}</dd>
        </dl>
        {task.status === "open" ? (
          <form method="post" action={`${LINK_PAGES.task}/${token}?lang=${locale}`}>
            <button type="submit">{t.markDone}</button>
          </form>
        ) : null}
      </MessagePage>,
    );
  };

  return new Hono<AppEnv>()
    .get(linkRoute("task"), async (c) => {
      const token = c.req.param("token");
      const loaded = await loadTaskLink(deps, token, now());
      return loaded.kind === "ok" ? taskPage(c, token, loaded.task) : linkProblem(c, loaded.kind);
    })
    .post(linkRoute("task"), async (c) => {
      const token = c.req.param("token");
      const outcome = await markTaskDoneByLink(deps, token, now());
      if (outcome.kind !== "ok") return linkProblem(c, outcome.kind);
      const t = eventLinkTexts(c.var.locale);
      return taskPage(c, token, outcome.task, outcome.changed ? t.doneNow : t.doneBefore);
    })
    .get(linkRoute("archive"), async (c) => {
      const token = c.req.param("token");
      const t = eventLinkTexts(c.var.locale);
      const locale = c.var.locale;
      const loaded = await loadArchive(deps, token, now());
      if (loaded.kind === "no_access") {
        return page(
          c,
          <MessagePage locale={locale} title={t.noAccessTitle} path="/">
            <p>{t.noAccess}</p>
          </MessagePage>,
          403,
        );
      }
      if (loaded.kind !== "ok") return linkProblem(c, loaded.kind);
      const name = loaded.table
        ? `${loaded.table.numeral} – ${localizedTexts(loaded.table, locale).name}`
        : t.conferences;
      return page(
        c,
        <MessagePage locale={locale} title={t.archiveTitle(name)} path={`${LINK_PAGES.archive}/${token}`}>
          <p>{t.archiveIntro}</p>
          {loaded.entries.length === 0 ? <p>{t.archiveNone}</p> : null}
          {loaded.entries.map((entry) => (
            <PublishedMinutes event={entry.event} publication={entry.publication} locale={locale} labels={t} />
          ))}
        </MessagePage>,
      );
    });
}
