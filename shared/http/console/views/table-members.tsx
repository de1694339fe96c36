import type { Locale } from "../../../domain/locale.ts";
import type { Partner } from "../../../domain/partner.ts";
import type { WorkTable } from "../../../domain/work-table.ts";
import type { ConsoleTexts } from "../../../i18n/console.ts";
import { ErrorSummary } from "../../ui/form-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import { StackTable } from "../parts.tsx";
import { tableBase } from "./table-overview.tsx";

/** The table's members, the export, and removing one with a note (each row names its member by the handle). */
export function TableMembers(props: {
  t: ConsoleTexts;
  locale: Locale;
  table: WorkTable;
  members: (Partner & { handle: string })[];
  csrf: string;
  notice: string | undefined;
  error: string | undefined;
}) {
  const { t, locale, table } = props;
  const base = tableBase(table);
  return (
    <>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <ErrorSummary heading={t.fieldsInvalid} formError={props.error} errors={[]} />
      <ul class="actions">
        <li>
          <a href={href(base, locale)}>{t.back}</a>
        </li>
        <li>
          <a href={href(`${base}/mitglieder.csv`, locale)}>{t.membersCsv}</a>
        </li>
      </ul>
      <p>{t.membersCount(props.members.length)}</p>
      <p class="hint">{t.removeMemberHint}</p>
      <StackTable
        caption={t.members}
        empty={t.none}
        rows={props.members}
        columns={[
          { label: t.name, cell: (p) => p.name },
          { label: t.email, cell: (p) => p.email },
          { label: t.organisation, cell: (p) => p.organisation ?? "–" },
          {
            label: t.removeMember,
            cell: (p) => (
              <form method="post" action={href(`${base}/mitglieder/${p.handle}/entfernen`, locale)}>
                <Csrf token={props.csrf} />
                <label for={`note-${p.handle}`}>{t.note}</label>
                <input type="text" id={`note-${p.handle}`} name="note" maxlength={1000} required />
                <button type="submit" class="secondary">
                  {t.removeMember}
                </button>
              </form>
            ),
          },
        ]}
      />
    </>
  );
}
