import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { NOTICE_KINDS, NOTICE_PATHS, type Notice, type NoticeKind } from "../../../domain/notices.ts";
import { paragraph } from "../../../domain/text.ts";
import { consoleTexts } from "../../../i18n/console.ts";
import { labelsOf } from "../../../i18n/labels.ts";
import { noticeVersion, saveNotice } from "../../../use-cases/notices.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { ErrorSummary, Field } from "../../ui/form-parts.tsx";
import { Csrf, href, Notice as NoticeBox } from "../layout.tsx";
import { berlinDateTime, consolePage, field, StackTable } from "../parts.tsx";

const isKind = (value: string): value is NoticeKind => (NOTICE_KINDS as readonly string[]).includes(value);
const MAX = 20_000;

/** The legal notices' texts, edited by coordinators (German authoritative, English optional), versioned. */
export function noticeRoutes(deps: AppDependencies, now: () => Date) {
  const list = async (c: Context<AppEnv>) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const notices = await Promise.all(NOTICE_KINDS.map((kind) => deps.notices.get(kind)));
    return consolePage(
      c,
      { title: t.noticesTitle, path: "/konsole/hinweise", section: "notices" },
      <>
        <p>{t.noticesIntro}</p>
        <StackTable
          caption={t.noticesTitle}
          empty={t.none}
          rows={notices}
          columns={[
            {
              label: t.title,
              cell: (n) => (
                <a href={href(`/konsole/hinweise/${n.kind}`, locale)}>{labelsOf(locale).noticeTitles[n.kind]}</a>
              ),
            },
            { label: t.page, cell: (n) => <a href={NOTICE_PATHS[n.kind]}>{NOTICE_PATHS[n.kind]}</a> },
            {
              label: t.lastChanged,
              cell: (n) => (n.updatedAt ? `${berlinDateTime(n.updatedAt, locale)}, ${n.updatedBy}` : t.defaultText),
            },
          ]}
        />
      </>,
    );
  };

  const edit = (
    c: Context<AppEnv>,
    notice: Notice,
    state: { de?: string; en?: string; notice?: string; error?: string; errors?: Record<string, string> } = {},
    status: 200 | 409 | 422 = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const path = `/konsole/hinweise/${notice.kind}`;
    const errors = state.errors ?? {};
    return consolePage(
      c,
      { title: labelsOf(locale).noticeTitles[notice.kind], path, section: "notices" },
      <>
        {state.notice ? <NoticeBox>{state.notice}</NoticeBox> : null}
        <ErrorSummary heading={t.fieldsInvalid} formError={state.error} errors={Object.entries(errors)} />
        <p>{t.noticeFormat}</p>
        <form method="post" action={href(path, locale)} novalidate>
          <Csrf token={c.var.principal.session?.csrfToken ?? ""} />
          <input type="hidden" name="version" value={noticeVersion(notice)} />
          <Field
            id="field-de"
            label={t.noticeGerman}
            required={t.required}
            error={errors.de}
            control={(a) => (
              <textarea name="de" rows={20} maxlength={MAX} {...a}>
                {state.de ?? notice.de}
              </textarea>
            )}
          />
          <Field
            id="field-en"
            label={t.noticeEnglish}
            error={errors.en}
            control={(a) => (
              <textarea name="en" rows={10} maxlength={MAX} {...a}>
                {state.en ?? notice.en ?? ""}
              </textarea>
            )}
          />
          <p>
            <button type="submit">{t.save}</button>
          </p>
        </form>
        <p>
          <a href={NOTICE_PATHS[notice.kind]}>{t.showPage}</a>
        </p>
      </>,
      status,
    );
  };

  return new Hono<AppEnv>()
    .get("/", (c) => list(c))
    .get("/:kind", async (c) => {
      const kind = c.req.param("kind");
      return isKind(kind) ? edit(c, await deps.notices.get(kind)) : notFound(c);
    })
    .post("/:kind", async (c) => {
      const t = consoleTexts(c.var.locale);
      const kind = c.req.param("kind");
      if (!isKind(kind)) return notFound(c);
      const current = await deps.notices.get(kind);
      const de = paragraph(MAX).safeParse(field(c.var.form, "de"));
      const enText = field(c.var.form, "en");
      const en = enText ? paragraph(MAX).safeParse(enText) : undefined;
      if (!de.success || (en && !en.success)) {
        const errors = {
          ...(de.success ? {} : { de: t.fieldsInvalid }),
          ...(en && !en.success ? { en: t.fieldsInvalid } : {}),
        };
        return edit(c, current, { de: field(c.var.form, "de"), en: enText, errors, error: t.fieldsInvalid }, 422);
      }
      const outcome = await saveNotice(
        deps,
        kind,
        { de: de.data, ...(en?.success ? { en: en.data } : {}) },
        { expectedVersion: field(c.var.form, "version"), actor: c.var.principal.email },
        now(),
      );
      if (outcome.kind === "stale") return edit(c, outcome.notice, { error: t.staleNotice }, 409);
      return edit(c, outcome.notice, { notice: t.saved });
    });

  function notFound(c: Context<AppEnv>) {
    const t = consoleTexts(c.var.locale);
    return consolePage(c, { title: t.notFoundTitle, path: "/konsole/hinweise" }, <p>{t.notFound}</p>, 404);
  }
}
