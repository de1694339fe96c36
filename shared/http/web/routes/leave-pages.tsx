import type { Context } from "hono";
import { html } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import { Hono } from "hono/tiny";
import { LINK_PAGES, linkRoute } from "../../../domain/link-paths.ts";
import { localizedTexts } from "../../../domain/work-table.ts";
import { leaveTexts } from "../../../i18n/web.ts";
import { type LeaveDeps, leaveTable, loadLeave } from "../../../use-cases/leave-table.ts";
import type { AppEnv } from "../../app-env.ts";
import { MessagePage } from "../views/home.tsx";

const page = (c: Context<AppEnv>, body: JSX.Element, status: 200 | 404 | 410 = 200) =>
  c.html(html`<!DOCTYPE html>${body}`, status);

function linkProblem(c: Context<AppEnv>, kind: "invalid" | "expired" | "not_found") {
  const t = leaveTexts(c.var.locale);
  return page(
    c,
    <MessagePage locale={c.var.locale} title={kind === "expired" ? t.expiredTitle : t.invalidTitle} path="/">
      <p>{kind === "expired" ? t.expired : t.invalid}</p>
    </MessagePage>,
    kind === "expired" ? 410 : 404,
  );
}

/**
 * The link in a table meeting's mails to leave that table. `GET /austreten/:token` only shows the page (mail
 * scanners open links); its button's POST leaves.
 */
export function leavePageRoutes(deps: LeaveDeps, now: () => Date) {
  return new Hono<AppEnv>()
    .get(linkRoute("leave"), async (c) => {
      const token = c.req.param("token");
      const loaded = await loadLeave(deps, token, now());
      if (loaded.kind !== "ok") return linkProblem(c, loaded.kind);
      const t = leaveTexts(c.var.locale);
      const table = `${loaded.table.numeral} – ${localizedTexts(loaded.table, c.var.locale).name}`;
      return page(
        c,
        <MessagePage locale={c.var.locale} title={t.title} path={`${LINK_PAGES.leave}/${token}`}>
          {loaded.member ? (
            <>
              <p>{t.intro(table)}</p>
              <p>{t.question}</p>
              <form method="post" action={`${LINK_PAGES.leave}/${token}?lang=${c.var.locale}`}>
                <button type="submit">{t.button}</button>
              </form>
            </>
          ) : (
            <p role="status">{t.notMember(table)}</p>
          )}
        </MessagePage>,
      );
    })
    .post(linkRoute("leave"), async (c) => {
      const token = c.req.param("token");
      const outcome = await leaveTable(deps, token, now());
      if (outcome.kind !== "ok") return linkProblem(c, outcome.kind);
      const t = leaveTexts(c.var.locale);
      const table = `${outcome.table.numeral} – ${localizedTexts(outcome.table, c.var.locale).name}`;
      return page(
        c,
        <MessagePage locale={c.var.locale} title={t.doneTitle} path={`${LINK_PAGES.leave}/${token}`}>
          <p role="status">{t.done(table)}</p>
          <p>{t.undo}</p>
        </MessagePage>,
      );
    });
}
