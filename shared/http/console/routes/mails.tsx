import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { ATTENTION_STATUSES } from "../../../domain/mail-delivery.ts";
import { consoleTexts } from "../../../i18n/console.ts";
import { mailSummary } from "../../../mail/mail-summary.ts";
import { loadMailTexts } from "../../../mail/templates.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { href, Notice } from "../layout.tsx";
import { ButtonForm, berlinDateTime, consolePage, StackTable } from "../parts.tsx";

/** Failed and uncertain mails, with the reason, and sending one again (the same repository as the JSON API). */
export function mailRoutes(deps: AppDependencies, now: () => Date) {
  const list = async (c: Context<AppEnv>, notice?: string) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const csrf = c.var.principal.session?.csrfToken ?? "";
    const pages = await Promise.all(ATTENTION_STATUSES.map((status) => deps.mails.list(status, 100)));
    await loadMailTexts(pages.flatMap((page) => page.items.map((m) => m.locale)));
    const mails = pages.flatMap((page) => page.items.map(mailSummary));
    return consolePage(
      c,
      { title: t.mailsTitle, path: "/konsole/mails", section: "mails" },
      <>
        {notice ? <Notice>{notice}</Notice> : null}
        <p>{t.mailsIntro}</p>
        <StackTable
          caption={t.mailsTitle}
          empty={t.none}
          rows={mails}
          columns={[
            { label: t.status, cell: (m) => t.mailStatus[m.status] },
            { label: t.recipient, cell: (m) => m.to.join(", ") },
            { label: t.subject, cell: (m) => m.subject },
            { label: t.attempts, cell: (m) => String(m.attempts) },
            { label: t.reason, cell: (m) => m.reason ?? "–" },
            { label: t.at, cell: (m) => berlinDateTime(m.failedAt ?? m.uncertainAt, locale) },
            {
              label: t.retry,
              cell: (m) => (
                <ButtonForm action={href(`/konsole/mails/${m.id}/erneut`, locale)} csrf={csrf} label={t.retry} />
              ),
            },
          ]}
        />
      </>,
    );
  };
  return new Hono<AppEnv>()
    .get("/", (c) => list(c))
    .post("/:id/erneut", async (c) => {
      const t = consoleTexts(c.var.locale);
      const result = await deps.mails.retry(c.req.param("id"), c.var.principal.email, now());
      return list(c, result.outcome === "retried" ? t.retried : t.notFound);
    });
}
