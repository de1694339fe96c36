import type { Context } from "hono";
import { html } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import { Hono } from "hono/tiny";
import { proposalInputSchema } from "../../../domain/agenda.ts";
import { LINK_PAGES, linkRoute } from "../../../domain/link-paths.ts";
import type { Task } from "../../../domain/minutes.ts";
import { localizedTexts } from "../../../domain/work-table.ts";
import { fieldText, loadFieldTexts } from "../../../i18n/fields.ts";
import { dateTimeRange, longDateTime, longDay } from "../../../i18n/format.ts";
import { conferenceName } from "../../../i18n/labels.ts";
import { eventLinkTexts } from "../../../i18n/web.ts";
import {
  type ArchiveDeps,
  loadArchive,
  loadTaskLink,
  markTaskDoneByLink,
  type TaskLinkDeps,
} from "../../../use-cases/event-links.ts";
import { loadProposalLink, type ProposalDeps, type ProposalLoad, proposeItem } from "../../../use-cases/proposals.ts";
import type { AppEnv } from "../../app-env.ts";
import { readForm } from "../../form-body.ts";
import { ErrorSummary, Field } from "../../ui/form-parts.tsx";
import { PublishedMinutes } from "../../ui/minutes-view.tsx";
import { MessagePage } from "../views/home.tsx";
import { linkProblem } from "../views/link-pages.tsx";

const page = (c: Context<AppEnv>, body: JSX.Element, status: 200 | 403 | 409 | 422 = 200) =>
  c.html(html`<!DOCTYPE html>${body}`, status);

/**
 * The pages behind the links a table's mails carry for its work (issue 21): `/aufgabe/:token` (a task's owner
 * sees it and marks it done by the button's POST; opening the link changes nothing) and `/archiv/:token` (a
 * member reads the table's published minutes; who left the table gets 403).
 */
export function eventLinkPageRoutes(deps: TaskLinkDeps & ArchiveDeps & ProposalDeps, now: () => Date) {
  const noAccess = (c: Context<AppEnv>) => {
    const t = eventLinkTexts(c.var.locale);
    return page(
      c,
      <MessagePage locale={c.var.locale} title={t.noAccessTitle} path="/">
        <p>{t.noAccess}</p>
      </MessagePage>,
      403,
    );
  };

  type Loaded = Extract<ProposalLoad, { kind: "ok" }>;
  type Values = { title: string; minutes: string; note: string };
  const proposePage = (
    c: Context<AppEnv>,
    token: string,
    loaded: Loaded,
    state: { values?: Values; errors?: Record<string, string>; error?: string; notice?: string } = {},
    status: 200 | 409 | 422 = 200,
  ) => {
    const t = eventLinkTexts(c.var.locale);
    const locale = c.var.locale;
    const { event } = loaded;
    const values = state.values ?? { title: "", minutes: "", note: "" };
    const errors = state.errors ?? {};
    return page(
      c,
      <MessagePage locale={locale} title={t.proposeTitle} path={`${LINK_PAGES.propose}/${token}`}>
        {state.notice ? (
          <p role="status" class="notice">
            {state.notice}
          </p>
        ) : null}
        <ErrorSummary
          heading={t.proposeTitle}
          formError={state.error}
          errors={Object.entries(errors).map(([name, message]) => [name, message])}
        />
        <dl class="facts">
          <dt>{t.from}</dt>
          <dd>{conferenceName(event, locale)}</dd>
          <dt>{t.when}</dt>
          <dd>{dateTimeRange(event.startsAt, event.endsAt, locale)}</dd>
        </dl>
        {loaded.open && event.proposalsUntil ? (
          <>
            <p>{t.proposeIntro(longDateTime(event.proposalsUntil, locale))}</p>
            <form method="post" action={`${LINK_PAGES.propose}/${token}?lang=${locale}`} novalidate>
              <Field
                id="field-title"
                label={t.proposalTitle}
                error={errors.title}
                control={(a) => <input type="text" name="title" value={values.title} maxlength={200} {...a} />}
              />
              <Field
                id="field-minutes"
                label={t.proposalMinutes}
                error={errors.minutes}
                control={(a) => (
                  <input
                    type="number"
                    name="minutes"
                    value={values.minutes}
                    min="1"
                    max="600"
                    inputmode="numeric"
                    {...a}
                  />
                )}
              />
              <Field
                id="field-note"
                label={t.proposalNote}
                error={errors.note}
                control={(a) => (
                  <textarea name="note" rows={4} maxlength={1000} {...a}>
                    {values.note}
                  </textarea>
                )}
              />
              <p>
                <button type="submit">{t.proposeButton}</button>
              </p>
            </form>
          </>
        ) : (
          <p>{t.proposeClosed}</p>
        )}
        {loaded.mine.length > 0 ? (
          <>
            <h2>{t.yourProposals}</h2>
            <ul>
              {loaded.mine.map((own) => (
                <li>
                  {own.item.title} – {t.proposalStates[own.item.status]}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </MessagePage>,
      status,
    );
  };

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
          <dd>{longDay(task.due, locale)}</dd>
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
    .get(linkRoute("propose"), async (c) => {
      const token = c.req.param("token");
      const loaded = await loadProposalLink(deps, token, now());
      if (loaded.kind === "no_access") return noAccess(c);
      return loaded.kind === "ok" ? proposePage(c, token, loaded) : linkProblem(c, loaded.kind);
    })
    .post(linkRoute("propose"), async (c) => {
      const token = c.req.param("token");
      const t = eventLinkTexts(c.var.locale);
      const form = await readForm(c);
      if (!form.ok) return c.text("Unsupported", form.status);
      const values = {
        title: form.params.get("title") ?? "",
        minutes: (form.params.get("minutes") ?? "").trim(),
        note: form.params.get("note") ?? "",
      };
      const parsed = proposalInputSchema().safeParse({
        title: values.title,
        ...(values.minutes ? { minutes: /^\d+$/.test(values.minutes) ? Number(values.minutes) : Number.NaN } : {}),
        ...(values.note.trim() ? { note: values.note } : {}),
      });
      if (!parsed.success) {
        const loaded = await loadProposalLink(deps, token, now());
        if (loaded.kind === "no_access") return noAccess(c);
        if (loaded.kind !== "ok") return linkProblem(c, loaded.kind);
        await loadFieldTexts(c.var.locale);
        const errors: Record<string, string> = {};
        for (const issue of parsed.error.issues) {
          errors[String(issue.path[0] ?? "title")] ??= fieldText(c.var.locale, issue.message);
        }
        return proposePage(c, token, loaded, { values: { ...values, title: values.title.slice(0, 200) }, errors }, 422);
      }
      const outcome = await proposeItem(deps, token, parsed.data, now());
      if (outcome.kind === "no_access") return noAccess(c);
      if (outcome.kind === "closed" || outcome.kind === "too_many") {
        const loaded = await loadProposalLink(deps, token, now());
        if (loaded.kind !== "ok") return linkProblem(c, loaded.kind === "no_access" ? "invalid" : loaded.kind);
        return outcome.kind === "closed"
          ? proposePage(c, token, loaded, { error: t.proposeClosed }, 409)
          : proposePage(c, token, loaded, { values, error: t.tooMany }, 422);
      }
      if (outcome.kind !== "ok") return linkProblem(c, outcome.kind);
      return proposePage(c, token, outcome, { notice: t.proposed });
    })
    .get(linkRoute("archive"), async (c) => {
      const token = c.req.param("token");
      const t = eventLinkTexts(c.var.locale);
      const locale = c.var.locale;
      const loaded = await loadArchive(deps, token, now());
      if (loaded.kind === "no_access") return noAccess(c);
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
