import type { Context } from "hono";
import { html } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import { Hono } from "hono/tiny";
import { LINK_PAGES, linkRoute } from "../../../domain/link-paths.ts";
import type { Locale } from "../../../domain/locale.ts";
import { unsubscribeTexts } from "../../../i18n/web.ts";
import { type UnsubscribeDeps, unsubscribeByToken } from "../../../use-cases/unsubscribe.ts";
import type { AppEnv } from "../../app-env.ts";
import { MessagePage } from "../views/home.tsx";

/** What the link opens: an explanation and a button; nothing changes until the button is pressed. */
export function UnsubscribePage(props: { locale: Locale; token: string; email: string; unsubscribed: boolean }) {
  const t = unsubscribeTexts(props.locale);
  return (
    <MessagePage locale={props.locale} title={t.title} path={`${LINK_PAGES.unsubscribe}/${props.token}`}>
      <p>{t.intro(props.email)}</p>
      {props.unsubscribed ? (
        <p role="status">{t.already}</p>
      ) : (
        <>
          <p>{t.question}</p>
          <form method="post" action={`${LINK_PAGES.unsubscribe}/${props.token}?lang=${props.locale}`}>
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <button type="submit">{t.button}</button>
          </form>
        </>
      )}
    </MessagePage>
  );
}

export function UnsubscribedPage(props: { locale: Locale; token: string; email: string }) {
  const t = unsubscribeTexts(props.locale);
  return (
    <MessagePage locale={props.locale} title={t.doneTitle} path={`${LINK_PAGES.unsubscribe}/${props.token}`}>
      <p role="status">{t.done(props.email)}</p>
      <p>{t.undo}</p>
    </MessagePage>
  );
}

export function UnsubscribeLinkProblemPage(props: { locale: Locale; expired: boolean }) {
  const t = unsubscribeTexts(props.locale);
  return (
    <MessagePage locale={props.locale} title={props.expired ? t.expiredTitle : t.invalidTitle} path="/">
      <p>{props.expired ? t.expired : t.invalid}</p>
    </MessagePage>
  );
}

const page = (c: Context<AppEnv>, body: JSX.Element, status: 200 | 404 | 410 = 200) =>
  c.html(html`<!DOCTYPE html>${body}`, status);

const linkProblem = (c: Context<AppEnv>, kind: "invalid" | "expired" | "not_found") =>
  page(
    c,
    <UnsubscribeLinkProblemPage locale={c.var.locale} expired={kind === "expired"} />,
    kind === "expired" ? 410 : 404,
  );

/**
 * The visible unsubscribe link of a conference mail. `GET /abmelden/:token` only shows the page (mail scanners
 * open links); `POST /abmelden/:token` unsubscribes, from the page's button or as an RFC 8058 one-click POST.
 */
export function unsubscribePageRoutes(deps: UnsubscribeDeps, now: () => Date) {
  return new Hono<AppEnv>()
    .get(linkRoute("unsubscribe"), async (c) => {
      const token = c.req.param("token");
      const check = (await deps.signer()).verify(token, "unsubscribe", now());
      if (!check.ok) return linkProblem(c, check.reason);
      const partner = await deps.partners.byHandle(check.subject);
      if (!partner) return linkProblem(c, "not_found");
      return page(
        c,
        <UnsubscribePage
          locale={c.var.locale}
          token={token}
          email={partner.email}
          unsubscribed={partner.unsubscribedAt !== undefined}
        />,
      );
    })
    .post(linkRoute("unsubscribe"), async (c) => {
      const token = c.req.param("token");
      const outcome = await unsubscribeByToken(deps, token, now());
      if (outcome.kind !== "ok") return linkProblem(c, outcome.kind);
      return page(c, <UnsubscribedPage locale={c.var.locale} token={token} email={outcome.email} />);
    });
}
