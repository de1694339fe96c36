import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { FOLLOW_UP_DAYS } from "../../../domain/application.ts";
import { EVENT_LIST } from "../../../domain/places.ts";
import { consoleTexts } from "../../../i18n/console.ts";
import { conferenceName } from "../../../i18n/labels.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { href } from "../layout.tsx";
import { mailingLabel } from "../mailing-label.ts";
import { berlinDateTime, consolePage } from "../parts.tsx";

const DAY_MS = 86_400_000;

/** What needs attention today: every number a counting Query, never a Scan. */
export function overviewRoutes(deps: AppDependencies, now: () => Date) {
  return new Hono<AppEnv>().get("/", async (c) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    if (!c.var.access.coordinator) return myTables(c, deps);
    const at = now();
    const [pending, waiting, overdue, failed, uncertain, conferences] = await Promise.all([
      deps.applications.count("pending_confirmation"),
      deps.applications.count("submitted"),
      deps.applications.count("submitted", new Date(at.getTime() - FOLLOW_UP_DAYS.escalateAfter * DAY_MS)),
      deps.mails.count("failed"),
      deps.mails.count("uncertain"),
      deps.conferences.list(),
    ]);
    const next = conferences
      .filter((conference) => conference.status === "planned" && Date.parse(conference.endsAt) > at.getTime())
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
    const [mailings, places] = next
      ? await Promise.all([deps.conferences.mailings(next.id), deps.places.counts(next.id, [EVENT_LIST])])
      : [[], undefined];
    const counted = places?.get(EVENT_LIST);
    const card = (label: string, value: number, link: string) => (
      <div class="card">
        <p>{label}</p>
        <p class="big">{value}</p>
        <p>
          <a href={href(link, locale)}>
            {t.show}
            <span class="hp"> {label}</span>
          </a>
        </p>
      </div>
    );
    return consolePage(
      c,
      { title: t.overviewTitle, path: "/konsole", section: "overview" },
      <>
        <div class="counts">
          {card(t.waitingConfirmation, pending, "/konsole/antraege?status=pending_confirmation")}
          {card(t.waitingDecision, waiting, "/konsole/antraege?status=submitted")}
          {card(t.overdue(FOLLOW_UP_DAYS.escalateAfter), overdue, "/konsole/antraege?status=submitted&ueberfaellig=1")}
          {card(t.mailsAttention, failed + uncertain, "/konsole/mails")}
        </div>
        <p>
          <a href={href("/konsole/aufgaben", locale)}>{t.allTasksTitle}</a>
        </p>
        <h2>{t.nextConference}</h2>
        {next ? (
          <div class="card">
            <p>
              <a href={href(`/konsole/tagungen/${next.id}`, locale)}>{conferenceName(next, locale)}</a>
            </p>
            <p>
              {t.when}: {berlinDateTime(next.startsAt, locale)}
            </p>
            <p>
              <a href={href(`/konsole/tagungen/${next.id}/anmeldungen`, locale)}>
                {t.places.overview(counted?.confirmed ?? 0, next.capacity, counted?.waiting ?? 0)}
              </a>
            </p>
            <ul>
              {mailings.map((m) => (
                <li>
                  {mailingLabel(t, m.key)}: {m.done ? t.mailingDone : t.mailingRunning}, {m.queued} {t.queued}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p>{t.noConference}</p>
        )}
      </>,
    );
  });
}

/** A contact person's start: their tables, each with what waits and its members. */
async function myTables(c: Context<AppEnv>, deps: AppDependencies) {
  const t = consoleTexts(c.var.locale);
  const locale = c.var.locale;
  const rows = await Promise.all(
    c.var.access.tables.map(async (table) => {
      const [waiting, members] = await Promise.all([
        deps.applications.list({ status: "submitted", workTableId: table.id, limit: 100 }),
        deps.partners.all({ workTableId: table.id }),
      ]);
      return { table, waiting: waiting.items.length, members: members.length };
    }),
  );
  return consolePage(
    c,
    { title: t.myTablesTitle, path: "/konsole", section: "myTables" },
    <>
      <p>{t.myTablesIntro}</p>
      {rows.map(({ table, waiting, members }) => (
        <div class="card">
          <h2>
            <a href={href(`/konsole/tische/${table.id}`, locale)}>{t.tableTitle(table.numeral, table.name)}</a>
          </h2>
          <p>
            {t.waitingCount(waiting)} · {t.membersCount(members)}
          </p>
        </div>
      ))}
    </>,
  );
}
