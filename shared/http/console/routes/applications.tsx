import type { Context } from "hono";
import { Hono } from "hono/tiny";
import {
  APPLICATION_STATUSES,
  type Application,
  type ApplicationStatus,
  FOLLOW_UP_DAYS,
} from "../../../domain/application.ts";
import { isUuid } from "../../../domain/ids.ts";
import type { Locale } from "../../../domain/locale.ts";
import { emailAddress, personName } from "../../../domain/text.ts";
import type { WorkTable } from "../../../domain/work-table.ts";
import { type ConsoleTexts, consoleTexts } from "../../../i18n/console.ts";
import type { AuditEntry } from "../../../store/audit.ts";
import { decideOnBehalf } from "../../../use-cases/decide-application.ts";
import { type ForwardTarget, forwardApplication } from "../../../use-cases/forward-application.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import { ChoiceGroup, ErrorSummary, Field } from "../../ui/form-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import {
  ApplicantFacts,
  berlinDateTime,
  consolePage,
  DecisionFields,
  field,
  NextPage,
  SearchForm,
  StackTable,
  WorkTableFilter,
} from "../parts.tsx";

const DAY_MS = 86_400_000;
const PAGE = 25;

interface ListFilter {
  status?: ApplicationStatus;
  workTableId?: string;
  overdue: boolean;
  search: string;
  cursor?: string;
}

/**
 * Applications for coordinators: every one, filtered by status and work table (in the URL: nothing personal) or
 * searched by name, address or organisation (by POST: a search term never goes into a URL), newest first, page by
 * page; each with its whole history, and deciding on the contact's behalf or routing it to someone else.
 */
export function applicationRoutes(deps: AppDependencies, now: () => Date) {
  const list = async (c: Context<AppEnv>, filter: ListFilter) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const csrf = c.var.principal.session?.csrfToken ?? "";
    const tables = await deps.workTables.list({ includeArchived: true });
    const start = await decodeCursor(deps.signer, "console-applications", filter.cursor, now());
    const status = filter.overdue ? "submitted" : filter.status;
    const page = await deps.applications.list({
      ...(status ? { status } : {}),
      ...(filter.workTableId ? { workTableId: filter.workTableId } : {}),
      ...(filter.overdue ? { before: new Date(now().getTime() - FOLLOW_UP_DAYS.escalateAfter * DAY_MS) } : {}),
      ...(filter.search ? { search: filter.search } : {}),
      limit: PAGE,
      ...(start.ok && start.key ? { startKey: start.key } : {}),
    });
    const next = await encodeCursor(deps.signer, "console-applications", page.nextKey, now());
    const tableName = (id: string) => {
      const table = tables.find((w) => w.id === id);
      return table ? `${table.numeral}: ${table.name}` : id;
    };
    const linkQuery = new URLSearchParams({
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.workTableId ? { tisch: filter.workTableId } : {}),
      ...(filter.overdue ? { ueberfaellig: "1" } : {}),
    });
    return consolePage(
      c,
      { title: t.applicationsTitle, path: "/konsole/antraege", section: "applications" },
      <>
        <WorkTableFilter t={t} locale={locale} action="/konsole/antraege" tables={tables} selected={filter.workTableId}>
          <Field
            id="field-status"
            label={t.status}
            control={(a) => (
              <select name="status" {...a}>
                <option value="">{t.all}</option>
                {APPLICATION_STATUSES.map((s) => (
                  <option value={s} selected={filter.status === s}>
                    {t.applicationStatus[s]}
                  </option>
                ))}
              </select>
            )}
          />
        </WorkTableFilter>
        <SearchForm
          t={t}
          locale={locale}
          action="/konsole/antraege/suche"
          csrf={csrf}
          label={t.searchLabel}
          hint={t.searchHint}
          value={filter.search}
        />
        <StackTable
          caption={t.applicationsTitle}
          empty={t.none}
          rows={page.items}
          columns={[
            {
              label: t.applicant,
              cell: (a) => <a href={href(`/konsole/antraege/${a.id}`, locale)}>{a.applicant.name}</a>,
            },
            { label: t.organisation, cell: (a) => a.applicant.organisation ?? "–" },
            { label: t.workTable, cell: (a) => tableName(a.workTableId) },
            { label: t.status, cell: (a) => t.applicationStatus[a.status] },
            { label: t.submitted, cell: (a) => berlinDateTime(a.submittedAt ?? a.createdAt, locale) },
            { label: t.routedTo, cell: (a) => a.routedTo?.name ?? "–" },
          ]}
        />
        <NextPage
          t={t}
          locale={locale}
          next={next}
          csrf={csrf}
          search={filter.search}
          searchAction="/konsole/antraege/suche"
          list="/konsole/antraege"
          query={linkQuery}
        />
      </>,
    );
  };

  const detail = async (
    c: Context<AppEnv>,
    id: string,
    notice?: { text: string; error?: boolean },
    status: 200 | 404 | 409 | 422 = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    const application = isUuid(id) ? await deps.applications.get(id) : undefined;
    if (!application) {
      return consolePage(
        c,
        { title: t.notFoundTitle, path: "/konsole/antraege", section: "applications" },
        <p>{t.notFound}</p>,
        404,
      );
    }
    const [table, history, wording] = await Promise.all([
      deps.workTables.get(application.workTableId),
      deps.audit.about("application", application.id),
      application.consent.textHash ? deps.applications.consentWording(application.consent.textHash) : undefined,
    ]);
    return consolePage(
      c,
      {
        title: t.applicationTitle(application.applicant.name),
        path: `/konsole/antraege/${application.id}`,
        section: "applications",
      },
      <ApplicationDetail
        t={t}
        locale={c.var.locale}
        application={application}
        table={table}
        history={history}
        wording={wording?.text}
        csrf={c.var.principal.session?.csrfToken ?? ""}
        notice={notice}
      />,
      status,
    );
  };

  return new Hono<AppEnv>()
    .get("/", (c) => {
      const status = c.req.query("status") as ApplicationStatus | undefined;
      const workTableId = c.req.query("tisch");
      return list(c, {
        ...(status && APPLICATION_STATUSES.includes(status) ? { status } : {}),
        ...(workTableId ? { workTableId } : {}),
        overdue: c.req.query("ueberfaellig") === "1",
        search: "",
        ...(c.req.query("weiter") ? { cursor: c.req.query("weiter") } : {}),
      });
    })
    .post("/suche", (c) =>
      list(c, {
        overdue: false,
        search: field(c.var.form, "q").slice(0, 100),
        ...(field(c.var.form, "weiter") ? { cursor: field(c.var.form, "weiter") } : {}),
      }),
    )
    .get("/:id", (c) => detail(c, c.req.param("id")))
    .post("/:id/entscheidung", async (c) => {
      const t = consoleTexts(c.var.locale);
      const decision = field(c.var.form, "decision");
      if (decision !== "accept" && decision !== "decline") {
        return detail(c, c.req.param("id"), { text: t.chooseDecision, error: true }, 422);
      }
      const note = field(c.var.form, "note").slice(0, 1000) || undefined;
      const outcome = await decideOnBehalf(deps, c.req.param("id"), decision, note, c.var.principal.email, now());
      if (outcome.kind === "conflict")
        return detail(c, c.req.param("id"), { text: t.alreadyDecided, error: true }, 409);
      if (outcome.kind !== "ok") return detail(c, c.req.param("id"), { text: t.notWaiting, error: true }, 409);
      return detail(c, c.req.param("id"), { text: t.decided });
    })
    .post("/:id/weiterleitung", async (c) => {
      const t = consoleTexts(c.var.locale);
      const id = c.req.param("id");
      const choice = field(c.var.form, "to");
      let target: ForwardTarget | undefined;
      if (choice === "deputy" || choice === "contact") target = { to: choice };
      if (choice === "other") {
        const name = personName(120).safeParse(field(c.var.form, "name"));
        const email = emailAddress().safeParse(field(c.var.form, "email"));
        if (name.success && email.success) target = { to: "other", name: name.data, email: email.data };
      }
      // detail() shows the 404 page for an application that does not exist, whatever was chosen.
      if (!target) return detail(c, id, { text: t.fieldsInvalid, error: true }, 422);
      const outcome = await forwardApplication(deps, id, target, c.var.principal.email, now());
      if (outcome.kind === "not_found") return detail(c, id);
      if (outcome.kind === "no_recipient") return detail(c, id, { text: t.fieldsInvalid, error: true }, 422);
      if (outcome.kind !== "ok") return detail(c, id, { text: t.notWaiting, error: true }, 409);
      return detail(c, id, { text: t.rerouted });
    });
}

function ApplicationDetail(props: {
  t: ConsoleTexts;
  locale: Locale;
  application: Application;
  table: WorkTable | undefined;
  history: AuditEntry[];
  /** The consent's words as the applicant was shown them (kept by their hash). */
  wording: string | undefined;
  csrf: string;
  notice: { text: string; error?: boolean } | undefined;
}) {
  const { t, locale, application: a, table } = props;
  const events: [string, string, string][] = [
    [a.createdAt, t.event.created, ""],
    ...(a.submittedAt
      ? [
          [a.submittedAt, t.event.confirmed, a.reroutes?.[0]?.from.name ?? a.routedTo?.name ?? ""] as [
            string,
            string,
            string,
          ],
        ]
      : []),
    ...(a.remindedAt ? [[a.remindedAt, t.event.reminded, ""] as [string, string, string]] : []),
    ...(a.escalatedAt ? [[a.escalatedAt, t.event.escalated, ""] as [string, string, string]] : []),
    ...(a.reroutes ?? []).map(
      (r) => [r.at, t.event.rerouted, `${r.to.name} <${r.to.email}> (${r.by})`] as [string, string, string],
    ),
    ...(a.decision
      ? [
          [
            a.decision.decidedAt,
            `${t.event.decided}: ${a.decision.outcome === "accept" ? t.accept : t.decline}`,
            a.decision.by?.role === "coordinator"
              ? t.byCoordinator(a.decision.by.email)
              : `${t.byContact} ${a.decision.by && "name" in a.decision.by ? a.decision.by.name : ""}`,
          ] as [string, string, string],
        ]
      : []),
  ];
  events.sort((x, y) => x[0].localeCompare(y[0]));
  const waiting = a.status === "submitted";
  return (
    <>
      {props.notice ? (
        props.notice.error ? (
          <ErrorSummary heading="" formError={props.notice.text} errors={[]} />
        ) : (
          <Notice>{props.notice.text}</Notice>
        )
      ) : null}
      <h2>{t.details}</h2>
      <dl>
        <dt>{t.status}</dt>
        <dd>{t.applicationStatus[a.status]}</dd>
        <dt>{t.workTable}</dt>
        <dd>{table ? `${table.numeral}: ${table.name}` : a.workTableId}</dd>
        <ApplicantFacts t={t} locale={locale} application={a} />
        <dt>{t.routedTo}</dt>
        <dd>{a.routedTo ? `${a.routedTo.name} <${a.routedTo.email}>` : "–"}</dd>
        <dt>{t.consentGiven}</dt>
        <dd>
          {t.consentProof(
            a.consent.textVersion,
            a.consent.language ?? a.applicant.locale,
            berlinDateTime(a.consent.givenAt, locale),
          )}
          {a.consent.textHash ? (
            <>
              <br />
              SHA-256: <code class="hash">{a.consent.textHash}</code>
            </>
          ) : null}
          {props.wording ? (
            <details>
              <summary>{t.consentWording}</summary>
              <p lang={a.consent.language ?? a.applicant.locale}>{props.wording}</p>
            </details>
          ) : null}
        </dd>
        {a.decision?.note ? (
          <>
            <dt>{t.note}</dt>
            <dd class="pre">{a.decision.note}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t.history}</h2>
      <ol>
        {events.map(([at, what, who]) => (
          <li>
            {berlinDateTime(at, locale)}: {what}
            {who ? ` ${who}` : ""}
          </li>
        ))}
        {props.history
          // Confirmations, decisions and reroutes are in the events above, from the application itself.
          .filter(
            (e) =>
              !["application.confirm", "application.reroute"].includes(e.action) &&
              !e.action.startsWith("application.decide"),
          )
          .map((e) => (
            <li>
              {berlinDateTime(e.at, locale)}: {e.action} ({e.actor})
            </li>
          ))}
      </ol>
      {waiting ? (
        <>
          <h2>{t.decideOnBehalf}</h2>
          <p>{t.decideOnBehalfHint}</p>
          <form method="post" action={href(`/konsole/antraege/${a.id}/entscheidung`, locale)}>
            <Csrf token={props.csrf} />
            <DecisionFields t={t} />
            <p>
              <button type="submit">{t.decideOnBehalf}</button>
            </p>
          </form>
          <h2>{t.reroute}</h2>
          <p>{t.rerouteHint}</p>
          <form method="post" action={href(`/konsole/antraege/${a.id}/weiterleitung`, locale)}>
            <Csrf token={props.csrf} />
            <ChoiceGroup
              id="field-to"
              legend={t.rerouteTo}
              required={t.required}
              type="radio"
              name="to"
              choices={[
                ...(table?.deputy ? [{ value: "deputy", label: `${t.toDeputy}: ${table.deputy.name}` }] : []),
                ...(table ? [{ value: "contact", label: `${t.toContact}: ${table.contact.name}` }] : []),
                { value: "other", label: t.toOther },
              ]}
              checked={() => false}
            />
            <Field
              id="field-name"
              label={t.otherName}
              control={(attributes) => <input type="text" name="name" maxlength={120} {...attributes} />}
            />
            <Field
              id="field-email"
              label={t.otherEmail}
              control={(attributes) => <input type="email" name="email" maxlength={254} {...attributes} />}
            />
            <p>
              <button type="submit">{t.reroute}</button>
            </p>
          </form>
        </>
      ) : null}
    </>
  );
}
