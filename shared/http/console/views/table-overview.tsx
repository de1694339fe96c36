import type { Application } from "../../../domain/application.ts";
import type { Conference } from "../../../domain/conference.ts";
import type { Locale } from "../../../domain/locale.ts";
import type { Task } from "../../../domain/minutes.ts";
import type { WorkTable } from "../../../domain/work-table.ts";
import type { ConsoleTexts } from "../../../i18n/console.ts";
import { ErrorSummary } from "../../ui/form-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import { ApplicantFacts, berlinDateTime, DecisionFields, StackTable } from "../parts.tsx";
import { TaskList } from "../tasks.tsx";

/** A table's part of the console lives under this path. */
export const tableBase = (table: Pick<WorkTable, "id">) => `/konsole/tische/${table.id}`;

/** Who decided: the contact or deputy by name, or the coordination on their behalf. */
export function decidedBy(t: ConsoleTexts, a: Application): string {
  const by = a.decision?.by;
  if (!by) return "–";
  if (by.role === "coordinator") return t.byCoordinator(by.email);
  return by.name || by.email;
}

/** The table's start page: the applications waiting and decided, the members' count, the meetings. */
export function TableHome(props: {
  t: ConsoleTexts;
  locale: Locale;
  table: WorkTable;
  waiting: Application[];
  decided: Application[];
  memberCount: number;
  meetings: Conference[];
  tasks: Task[];
  today: string;
  csrf: string;
  notice: string | undefined;
}) {
  const { t, locale, table } = props;
  const base = tableBase(table);
  return (
    <>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <h2>{t.waitingApplications}</h2>
      <StackTable
        caption={t.waitingApplications}
        empty={t.none}
        rows={props.waiting}
        columns={[
          {
            label: t.applicant,
            cell: (a) => <a href={href(`${base}/antraege/${a.id}`, locale)}>{a.applicant.name}</a>,
          },
          { label: t.organisation, cell: (a) => a.applicant.organisation ?? "–" },
          { label: t.submitted, cell: (a) => berlinDateTime(a.submittedAt ?? a.createdAt, locale) },
        ]}
      />
      <h2>{t.decidedApplications}</h2>
      <StackTable
        caption={t.decidedApplications}
        empty={t.none}
        rows={props.decided}
        columns={[
          {
            label: t.applicant,
            cell: (a) => <a href={href(`${base}/antraege/${a.id}`, locale)}>{a.applicant.name}</a>,
          },
          { label: t.decision, cell: (a) => t.applicationStatus[a.status] },
          { label: t.decidedBy, cell: (a) => decidedBy(t, a) },
          { label: t.decidedAt, cell: (a) => berlinDateTime(a.decision?.decidedAt, locale) },
        ]}
      />
      <h2>{t.members}</h2>
      <p>
        {t.membersCount(props.memberCount)}: <a href={href(`${base}/mitglieder`, locale)}>{t.show}</a>
      </p>
      <h2>{t.meetings}</h2>
      <p>
        <a href={href(`${base}/treffen/neu`, locale)}>{t.newMeeting}</a>
      </p>
      <StackTable
        caption={t.meetings}
        empty={t.none}
        rows={props.meetings}
        columns={[
          {
            label: t.title,
            cell: (m) => <a href={href(`${base}/treffen/${m.id}`, locale)}>{m.title}</a>,
          },
          { label: t.when, cell: (m) => berlinDateTime(m.startsAt, locale) },
          { label: t.where, cell: (m) => m.location },
          { label: t.status, cell: (m) => (m.status === "cancelled" ? t.cancelled : t.planned) },
        ]}
      />
      <p>
        <a href={href(`${base}/archiv`, locale)}>{t.archiveLink}</a>
      </p>
      <h2>{t.openTasks}</h2>
      <TaskList
        locale={locale}
        tasks={props.tasks}
        today={props.today}
        csrf={props.csrf}
        doneAction={(task) => href(`${base}/aufgaben/${task.id}/erledigt`, locale)}
      />
    </>
  );
}

/** One application of the table, with the decision form while it waits. */
export function TableApplication(props: {
  t: ConsoleTexts;
  locale: Locale;
  table: WorkTable;
  application: Application;
  csrf: string;
  notice: { text: string; error?: boolean } | undefined;
}) {
  const { t, locale, table, application: a, notice } = props;
  const path = `${tableBase(table)}/antraege/${a.id}`;
  return (
    <>
      {notice && !notice.error ? <Notice>{notice.text}</Notice> : null}
      {notice?.error ? <ErrorSummary heading={notice.text} formError={undefined} errors={[]} /> : null}
      <p>
        <a href={href(tableBase(table), locale)}>{t.back}</a>
      </p>
      <dl class="facts">
        <dt>{t.status}</dt>
        <dd>{t.applicationStatus[a.status]}</dd>
        <ApplicantFacts t={t} locale={locale} application={a} />
        <dt>{t.submitted}</dt>
        <dd>{berlinDateTime(a.submittedAt ?? a.createdAt, locale)}</dd>
        {a.decision ? (
          <>
            <dt>{t.decision}</dt>
            <dd>
              {t.applicationStatus[a.status]}, {berlinDateTime(a.decision.decidedAt, locale)}, {decidedBy(t, a)}
            </dd>
            {a.decision.note ? (
              <>
                <dt>{t.note}</dt>
                <dd class="pre">{a.decision.note}</dd>
              </>
            ) : null}
          </>
        ) : null}
      </dl>
      {a.status === "submitted" ? (
        <form method="post" action={href(`${path}/entscheidung`, locale)} class="card">
          <Csrf token={props.csrf} />
          <h2>{t.decide}</h2>
          <p>{t.decideHint}</p>
          <DecisionFields t={t} />
          <p>
            <button type="submit">{t.decide}</button>
          </p>
        </form>
      ) : null}
    </>
  );
}
