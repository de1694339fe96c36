import type { Context } from "hono";
import { html } from "hono/html";
import { Hono } from "hono/tiny";
import { NOTICE_KINDS, NOTICE_PATHS, type NoticeKind, noticeBlocks } from "../../../domain/notices.ts";
import { labelsOf } from "../../../i18n/labels.ts";
import { pageTexts } from "../../../i18n/web.ts";
import type { NoticeRepository } from "../../../store/notice-repository.ts";
import type { AppEnv } from "../../app-env.ts";
import { MessagePage } from "../views/home.tsx";

/** A notice's text as headings, paragraphs and lists; every character escaped (it is coordinators' data). */
export function NoticeText(props: { text: string; lang?: string }) {
  return (
    <div lang={props.lang}>
      {noticeBlocks(props.text).map((block) =>
        block.kind === "heading" ? (
          <h2>{block.text}</h2>
        ) : block.kind === "list" ? (
          <ul>
            {block.items.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
        ) : (
          <p class="pre">{block.text}</p>
        ),
      )}
    </div>
  );
}

async function noticePage(c: Context<AppEnv>, notices: NoticeRepository, kind: NoticeKind) {
  const locale = c.var.locale;
  const notice = await notices.get(kind);
  const english = locale === "en" ? notice.en : undefined;
  return c.html(
    html`<!DOCTYPE html>${(
      <MessagePage locale={locale} title={labelsOf(locale).noticeTitles[kind]} path={NOTICE_PATHS[kind]}>
        {locale !== "de" && !english ? <p>{pageTexts(locale).germanOnly}</p> : null}
        <NoticeText text={english ?? notice.de} {...(english || locale === "de" ? {} : { lang: "de" })} />
      </MessagePage>
    )}`,
  );
}

/** The Impressum, the privacy notice and the accessibility statement, linked from every page and mail. */
export function noticePageRoutes(notices: NoticeRepository) {
  const app = new Hono<AppEnv>();
  for (const kind of NOTICE_KINDS) app.get(NOTICE_PATHS[kind], (c) => noticePage(c, notices, kind));
  return app;
}
