import type { Context } from "hono";
import { Hono } from "hono/tiny";
import type { Locale } from "../../../domain/locale.ts";
import { type ConsoleTexts, consoleTexts } from "../../../i18n/console.ts";
import type { AuditEntry } from "../../../store/audit.ts";
import { queryAudit } from "../../../use-cases/audit-log.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import { Field } from "../../ui/form-parts.tsx";
import { href } from "../layout.tsx";
import { ButtonForm, berlinDateTime, consolePage, field, StackTable } from "../parts.tsx";

const describe = (values: Record<string, unknown> | undefined) =>
  values
    ? Object.entries(values)
        .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
        .join("; ")
    : "";

/** What an entry changed: before → after (note). */
const changeOf = (e: AuditEntry) =>
  [e.before ? `${describe(e.before)} →` : "", describe(e.after), e.note ? `(${e.note})` : ""].filter(Boolean).join(" ");

/** The entries about one thing (a partner, a conference), oldest first. */
export function History(props: { t: ConsoleTexts; locale: Locale; entries: AuditEntry[] }) {
  const { t, locale } = props;
  return (
    <StackTable
      caption={t.partnerHistory}
      empty={t.none}
      rows={props.entries}
      columns={[
        { label: t.at, cell: (e) => berlinDateTime(e.at, locale) },
        { label: t.actor, cell: (e) => e.actor },
        { label: t.action, cell: (e) => e.action },
        { label: t.changes, cell: changeOf },
      ]}
    />
  );
}

/** The audit log, newest first, filtered by what (an action prefix) and who; paged by a sealed cursor. */
export function auditRoutes(deps: AppDependencies) {
  // Filters come by POST: an address to filter by never goes into a URL (history, logs).
  const list = async (c: Context<AppEnv>, filters: { action: string; actor: string; cursor?: string }) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const csrf = c.var.principal.session?.csrfToken ?? "";
    const action = filters.action.trim().slice(0, 60);
    const actor = filters.actor.trim().toLowerCase().slice(0, 254);
    const start = await decodeCursor(deps.signer, "audit", filters.cursor || undefined, new Date());
    const read = await queryAudit(deps, {
      ...(action ? { action } : {}),
      ...(actor ? { actor } : {}),
      limit: 50,
      ...(start.ok && start.key ? { position: start.key } : {}),
    });
    const items = read.kind === "ok" ? read.items : [];
    const next = await encodeCursor(deps.signer, "audit", read.kind === "ok" ? read.next : undefined, new Date());
    return consolePage(
      c,
      { title: t.auditTitle, path: "/konsole/protokoll", section: "audit" },
      <>
        <p>{t.auditIntro}</p>
        <form method="post" action={href("/konsole/protokoll", locale)}>
          <input type="hidden" name="_csrf" value={csrf} />
          <Field
            id="field-aktion"
            label={t.actionPrefix}
            control={(a) => <input type="text" name="aktion" maxlength={60} value={action} {...a} />}
          />
          <Field
            id="field-wer"
            label={t.actorFilter}
            control={(a) => <input type="text" name="wer" maxlength={254} value={actor} {...a} />}
          />
          <p>
            <button type="submit">{t.filter}</button>
          </p>
        </form>
        <StackTable
          caption={t.auditTitle}
          empty={t.none}
          rows={items}
          columns={[
            { label: t.at, cell: (e) => berlinDateTime(e.at, locale) },
            { label: t.actor, cell: (e) => e.actor },
            { label: t.action, cell: (e) => e.action },
            { label: t.about, cell: (e) => `${e.subject.type} ${e.subject.id}` },
            { label: t.changes, cell: changeOf },
          ]}
        />
        {next ? (
          <p>
            <ButtonForm
              action={href("/konsole/protokoll", locale)}
              csrf={csrf}
              label={t.next}
              fields={{ aktion: action, wer: actor, weiter: next }}
            />
          </p>
        ) : null}
      </>,
    );
  };
  return new Hono<AppEnv>()
    .get("/", (c) => list(c, { action: "", actor: "" }))
    .post("/", (c) =>
      list(c, {
        action: field(c.var.form, "aktion"),
        actor: field(c.var.form, "wer"),
        cursor: field(c.var.form, "weiter"),
      }),
    );
}
