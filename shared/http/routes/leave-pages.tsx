import type { Context } from "hono";
import { html } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import { Hono } from "hono/tiny";
import { LINK_PAGES, linkRoute } from "../../domain/link-paths.ts";
import { type LeaveDeps, leaveTable, loadLeave } from "../../use-cases/leave-table.ts";
import type { AppEnv } from "../app-env.ts";
import { MessagePage } from "../pages/home.tsx";

const texts = {
  de: {
    title: "Aus einem Arbeitstisch austreten",
    intro: (table: string) =>
      `Sie sind Mitglied im Arbeitstisch ${table} und erhalten die Einladungen zu seinen Treffen.`,
    question:
      "Möchten Sie nicht mehr Mitglied sein, treten Sie hier aus. Die Einladungen zu den Tagungen des Netzwerks erhalten Sie weiterhin.",
    button: "Jetzt austreten",
    notMember: (table: string) => `Sie sind nicht (mehr) Mitglied im Arbeitstisch ${table}.`,
    doneTitle: "Sie sind ausgetreten",
    done: (table: string) =>
      `Sie sind nicht mehr Mitglied im Arbeitstisch ${table} und erhalten seine Einladungen nicht mehr.`,
    undo: "War das ein Versehen? Schreiben Sie der Ansprechpartner:in des Arbeitstisches; sie nimmt Sie gern wieder auf.",
    invalidTitle: "Dieser Link ist ungültig",
    invalid: "Bitte prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.",
    expiredTitle: "Dieser Link ist abgelaufen",
    expired: "Bitte verwenden Sie den Link aus einer neueren E-Mail des Arbeitstisches.",
  },
  en: {
    title: "Leave a work table",
    intro: (table: string) => `You are a member of work table ${table} and receive the invitations to its meetings.`,
    question:
      "If you no longer wish to be a member, you can leave here. You will still be invited to the network's conferences.",
    button: "Leave now",
    notMember: (table: string) => `You are not (or no longer) a member of work table ${table}.`,
    doneTitle: "You have left the work table",
    done: (table: string) =>
      `You are no longer a member of work table ${table} and will not receive its invitations any more.`,
    undo: "Was this a mistake? Write to the work table's contact person; they will gladly add you again.",
    invalidTitle: "This link is not valid",
    invalid: "Please check that you opened the complete link from the email.",
    expiredTitle: "This link has expired",
    expired: "Please use the link from a more recent email of the work table.",
  },
} as const;

const page = (c: Context<AppEnv>, body: JSX.Element, status: 200 | 404 | 410 = 200) =>
  c.html(html`<!DOCTYPE html>${body}`, status);

function linkProblem(c: Context<AppEnv>, kind: "invalid" | "expired" | "not_found") {
  const t = texts[c.var.locale];
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
      const t = texts[c.var.locale];
      const table = `${loaded.table.numeral} – ${loaded.table.name}`;
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
      const t = texts[c.var.locale];
      const table = `${outcome.table.numeral} – ${outcome.table.name}`;
      return page(
        c,
        <MessagePage locale={c.var.locale} title={t.doneTitle} path={`${LINK_PAGES.leave}/${token}`}>
          <p role="status">{t.done(table)}</p>
          <p>{t.undo}</p>
        </MessagePage>,
      );
    });
}
