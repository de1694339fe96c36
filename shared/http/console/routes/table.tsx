import { randomUUID } from "node:crypto";
import type { Context } from "hono";
import { Hono } from "hono/tiny";
import type { Application } from "../../../domain/application.ts";
import { type Conference, timeIssues } from "../../../domain/conference.ts";
import { isPartnerHandle, isUuid } from "../../../domain/ids.ts";
import { memberRemovedMail } from "../../../domain/member-mail-data.ts";
import { membersToSpreadsheet } from "../../../domain/partner-csv.ts";
import { paragraph } from "../../../domain/text.ts";
import type { WorkTable } from "../../../domain/work-table.ts";
import { type ConsoleTexts, consoleTexts } from "../../../i18n/console.ts";
import { labelsOf } from "../../../i18n/labels.ts";
import { decideAsContact, decideOnBehalf } from "../../../use-cases/decide-application.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { ErrorSummary, Field } from "../../ui/form-parts.tsx";
import {
  attendeesResponse,
  CancelConfirmation,
  cancellation,
  EventFacts,
  EventForm,
  type EventValues,
  eventChanges,
  eventRuleErrors,
  eventValues,
  MailingTable,
  mailingsOf,
  RsvpList,
  readEventForm,
} from "../event-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import { ApplicantFacts, berlinDateTime, consolePage, DecisionFields, field, StackTable } from "../parts.tsx";

type Status = 200 | 404 | 409 | 422;

/**
 * One work table's part of the console, for its contact persons (contact, and deputy while set) and for
 * coordinators: its applications (deciding the waiting ones), its members (the export, removing one with a note),
 * its meetings (planned like a conference, mailed to the members only). The guard in console-app.tsx lets only
 * them in; every route here also checks that what it names belongs to this table.
 */
export function tableRoutes(deps: AppDependencies, now: () => Date) {
  const csrfOf = (c: Context<AppEnv>) => c.var.principal.session?.csrfToken ?? "";
  const base = (table: WorkTable) => `/konsole/tische/${table.id}`;

  /** The table of the path (the guard checked the person may work on it), or a 404 page. */
  const tableOf = async (c: Context<AppEnv>) => {
    const table = await deps.workTables.get(c.req.param("tableId") ?? "");
    return table && !table.archivedAt ? table : undefined;
  };

  const notFound = (c: Context<AppEnv>) => {
    const t = consoleTexts(c.var.locale);
    return consolePage(c, { title: t.notFoundTitle, path: "/konsole" }, <p>{t.notFound}</p>, 404);
  };

  const home = async (c: Context<AppEnv>, table: WorkTable, notice?: string) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const [waiting, accepted, declined, members, meetings] = await Promise.all([
      deps.applications.list({ status: "submitted", workTableId: table.id, limit: 100 }),
      deps.applications.list({ status: "accepted", workTableId: table.id, limit: 20 }),
      deps.applications.list({ status: "declined", workTableId: table.id, limit: 20 }),
      deps.partners.all({ workTableId: table.id }),
      deps.conferences.meetings(table.id),
    ]);
    const decided = [...accepted.items, ...declined.items]
      .sort((a, b) => (b.decision?.decidedAt ?? "").localeCompare(a.decision?.decidedAt ?? ""))
      .slice(0, 20);
    return consolePage(
      c,
      { title: t.tableTitle(table.numeral, table.name), path: base(table), section: "myTables" },
      <>
        {notice ? <Notice>{notice}</Notice> : null}
        <h2>{t.waitingApplications}</h2>
        <StackTable
          caption={t.waitingApplications}
          empty={t.none}
          rows={waiting.items}
          columns={[
            {
              label: t.applicant,
              cell: (a) => <a href={href(`${base(table)}/antraege/${a.id}`, locale)}>{a.applicant.name}</a>,
            },
            { label: t.organisation, cell: (a) => a.applicant.organisation ?? "–" },
            { label: t.submitted, cell: (a) => berlinDateTime(a.submittedAt ?? a.createdAt, locale) },
          ]}
        />
        <h2>{t.decidedApplications}</h2>
        <StackTable
          caption={t.decidedApplications}
          empty={t.none}
          rows={decided}
          columns={[
            {
              label: t.applicant,
              cell: (a) => <a href={href(`${base(table)}/antraege/${a.id}`, locale)}>{a.applicant.name}</a>,
            },
            { label: t.decision, cell: (a) => t.applicationStatus[a.status] },
            { label: t.decidedBy, cell: (a) => decidedBy(t, a) },
            { label: t.decidedAt, cell: (a) => berlinDateTime(a.decision?.decidedAt, locale) },
          ]}
        />
        <h2>{t.members}</h2>
        <p>
          {t.membersCount(members.length)}: <a href={href(`${base(table)}/mitglieder`, locale)}>{t.show}</a>
        </p>
        <h2>{t.meetings}</h2>
        <p>
          <a href={href(`${base(table)}/treffen/neu`, locale)}>{t.newMeeting}</a>
        </p>
        <StackTable
          caption={t.meetings}
          empty={t.none}
          rows={meetings}
          columns={[
            {
              label: t.title,
              cell: (m) => <a href={href(`${base(table)}/treffen/${m.id}`, locale)}>{m.title}</a>,
            },
            { label: t.when, cell: (m) => berlinDateTime(m.startsAt, locale) },
            { label: t.where, cell: (m) => m.location },
            { label: t.status, cell: (m) => (m.status === "cancelled" ? t.cancelled : t.planned) },
          ]}
        />
      </>,
    );
  };

  const application = async (
    c: Context<AppEnv>,
    table: WorkTable,
    a: Application,
    notice?: { text: string; error?: boolean },
    status: Status = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const path = `${base(table)}/antraege/${a.id}`;
    return consolePage(
      c,
      { title: t.applicationTitle(a.applicant.name), path, section: "myTables" },
      <>
        {notice && !notice.error ? <Notice>{notice.text}</Notice> : null}
        {notice?.error ? <ErrorSummary heading={notice.text} formError={undefined} errors={[]} /> : null}
        <p>
          <a href={href(base(table), locale)}>{t.back}</a>
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
            <Csrf token={csrfOf(c)} />
            <h2>{t.decide}</h2>
            <p>{t.decideHint}</p>
            <DecisionFields t={t} />
            <p>
              <button type="submit">{t.decide}</button>
            </p>
          </form>
        ) : null}
      </>,
      status,
    );
  };

  const members = async (
    c: Context<AppEnv>,
    table: WorkTable,
    state: { notice?: string; error?: string } = {},
    status: Status = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const list = await deps.partners.all({ workTableId: table.id });
    const rows = await Promise.all(
      list.map(async (p) => ({ ...p, handle: p.handle ?? (await deps.partners.ensureHandle(p)) })),
    );
    return consolePage(
      c,
      {
        title: `${t.members}: ${t.tableTitle(table.numeral, table.name)}`,
        path: `${base(table)}/mitglieder`,
        section: "myTables",
      },
      <>
        {state.notice ? <Notice>{state.notice}</Notice> : null}
        <ErrorSummary heading={t.fieldsInvalid} formError={state.error} errors={[]} />
        <ul class="actions">
          <li>
            <a href={href(base(table), locale)}>{t.back}</a>
          </li>
          <li>
            <a href={href(`${base(table)}/mitglieder.csv`, locale)}>{t.membersCsv}</a>
          </li>
        </ul>
        <p>{t.membersCount(rows.length)}</p>
        <p class="hint">{t.removeMemberHint}</p>
        <StackTable
          caption={t.members}
          empty={t.none}
          rows={rows}
          columns={[
            { label: t.name, cell: (p) => p.name },
            { label: t.email, cell: (p) => p.email },
            { label: t.organisation, cell: (p) => p.organisation ?? "–" },
            {
              label: t.removeMember,
              cell: (p) => (
                <form method="post" action={href(`${base(table)}/mitglieder/${p.handle}/entfernen`, locale)}>
                  <Csrf token={csrfOf(c)} />
                  <label for={`note-${p.handle}`}>{t.note}</label>
                  <input type="text" id={`note-${p.handle}`} name="note" maxlength={1000} required />
                  <button type="submit">{t.removeMember}</button>
                </form>
              ),
            },
          ]}
        />
      </>,
      status,
    );
  };

  const meetingForm = (
    c: Context<AppEnv>,
    table: WorkTable,
    meeting: Conference | undefined,
    state: { values?: EventValues; errors?: Record<string, string>; error?: string } = {},
    status: Status = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    const path = meeting ? `${base(table)}/treffen/${meeting.id}/bearbeiten` : `${base(table)}/treffen/neu`;
    return consolePage(
      c,
      { title: meeting ? `${t.edit}: ${meeting.title}` : t.newMeeting, path, section: "myTables" },
      <EventForm
        t={t}
        locale={c.var.locale}
        action={path}
        csrf={csrfOf(c)}
        values={state.values ?? eventValues(meeting)}
        errors={state.errors ?? {}}
        error={state.error}
        meeting
      />,
      status,
    );
  };

  const meetingPage = async (
    c: Context<AppEnv>,
    table: WorkTable,
    meeting: Conference,
    notice?: string,
    status: Status = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const [mailings, rsvps] = await Promise.all([
      mailingsOf(deps.conferences, meeting.id),
      deps.conferences.rsvps(meeting.id),
    ]);
    const path = `${base(table)}/treffen/${meeting.id}`;
    const planned = meeting.status === "planned";
    return consolePage(
      c,
      { title: meeting.title, path, section: "myTables" },
      <>
        {notice ? <Notice>{notice}</Notice> : null}
        {planned ? null : <Notice>{t.meetingCancelled}</Notice>}
        <EventFacts t={t} locale={locale} event={meeting} />
        <ul class="actions">
          <li>
            <a href={href(base(table), locale)}>{t.back}</a>
          </li>
          {planned ? (
            <li>
              <a href={href(`${path}/bearbeiten`, locale)}>{t.edit}</a>
            </li>
          ) : null}
          <li>
            <a href={href(`${path}/teilnehmende.csv`, locale)}>{t.attendeesCsv}</a>
          </li>
        </ul>
        <h2>{t.rsvp}</h2>
        <RsvpList t={t} locale={locale} rsvps={rsvps} />
        <h2>{t.mailings}</h2>
        <MailingTable t={t} locale={locale} mailings={mailings} />
        {planned ? (
          <form method="post" action={href(`${path}/absagen`, locale)} class="card">
            <Csrf token={csrfOf(c)} />
            <h2>{t.cancelMeeting}</h2>
            <Field
              id="field-note"
              label={t.cancelNote}
              hint={t.cancelMeetingHint}
              control={(attrs) => <textarea name="note" rows={3} maxlength={1000} {...attrs} />}
            />
            <p>
              <button type="submit">{t.cancelMeeting}</button>
            </p>
          </form>
        ) : null}
      </>,
      status,
    );
  };

  /** The meeting of the path, only if it belongs to this table. */
  const meetingOf = async (c: Context<AppEnv>, table: WorkTable) => {
    const id = c.req.param("meetingId") ?? "";
    const meeting = isUuid(id) ? await deps.conferences.get(id) : undefined;
    return meeting?.workTableId === table.id ? meeting : undefined;
  };

  const record = (c: Context<AppEnv>, action: string, note?: string) => ({
    actor: c.var.principal.email,
    action,
    ...(note ? { note } : {}),
  });

  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const table = await tableOf(c);
      return table ? home(c, table) : notFound(c);
    })
    .get("/antraege/:id", async (c) => {
      const table = await tableOf(c);
      const a = table ? await applicationOf(c, table) : undefined;
      return table && a ? application(c, table, a) : notFound(c);
    })
    .post("/antraege/:id/entscheidung", async (c) => {
      const t = consoleTexts(c.var.locale);
      const table = await tableOf(c);
      const a = table ? await applicationOf(c, table) : undefined;
      if (!table || !a) return notFound(c);
      const decision = field(c.var.form, "decision");
      if (decision !== "accept" && decision !== "decline") {
        return application(c, table, a, { text: t.chooseDecision, error: true }, 422);
      }
      const note = field(c.var.form, "note").slice(0, 1000) || undefined;
      const email = c.var.principal.email.toLowerCase();
      const role =
        table.contact.email.toLowerCase() === email
          ? ("contact" as const)
          : table.deputy?.email.toLowerCase() === email
            ? ("deputy" as const)
            : undefined;
      const person = role === "deputy" ? table.deputy : table.contact;
      // A contact decides as themselves; a coordinator on this page decides on the contact's behalf.
      const outcome =
        role && person
          ? await decideAsContact(deps, a.id, table.id, decision, note, { ...person, role }, now())
          : await decideOnBehalf(deps, a.id, decision, note, c.var.principal.email, now());
      if (outcome.kind === "conflict")
        return application(c, table, outcome.application, { text: t.alreadyDecided, error: true }, 409);
      if (outcome.kind !== "ok") return application(c, table, a, { text: t.notWaiting, error: true }, 409);
      return application(c, table, outcome.application, { text: t.decided });
    })
    .get("/mitglieder", async (c) => {
      const table = await tableOf(c);
      return table ? members(c, table) : notFound(c);
    })
    .get("/mitglieder.csv", async (c) => {
      const table = await tableOf(c);
      if (!table) return notFound(c);
      const list = await deps.partners.all({ workTableId: table.id });
      return c.body(membersToSpreadsheet(list), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="mitglieder-arbeitstisch-${table.numeral}.csv"`,
        "Cache-Control": "no-store",
      });
    })
    .post("/mitglieder/:handle/entfernen", async (c) => {
      const t = consoleTexts(c.var.locale);
      const table = await tableOf(c);
      if (!table) return notFound(c);
      const handle = c.req.param("handle");
      const partner = isPartnerHandle(handle) ? await deps.partners.byHandle(handle) : undefined;
      if (!partner?.workTableIds.has(table.id)) return members(c, table, { error: t.notMember }, 404);
      const note = paragraph(1000).safeParse(field(c.var.form, "note"));
      if (!note.success) return members(c, table, { error: t.noteRequired }, 422);
      const removed = await deps.partners.removeFromTable(
        partner.email,
        table.id,
        { actor: c.var.principal.email, action: "partner.remove_from_table", note: note.data },
        now(),
        // Who left all of the network's mail is not written to, even about this.
        partner.unsubscribedAt ? undefined : memberRemovedMail(partner, table, table.contact, randomUUID()),
      );
      if (!removed) return members(c, table, { error: t.notMember }, 409);
      return members(c, table, { notice: t.memberRemoved(partner.name) });
    })
    .get("/treffen/neu", async (c) => {
      const table = await tableOf(c);
      return table ? meetingForm(c, table, undefined) : notFound(c);
    })
    .post("/treffen/neu", async (c) => {
      const t = consoleTexts(c.var.locale);
      const table = await tableOf(c);
      if (!table) return notFound(c);
      const read = readEventForm(c.var.form, t, { defaultTitle: labelsOf("de").meetingTitle(table), now: now() });
      if (!read.input) {
        return meetingForm(
          c,
          table,
          undefined,
          { values: read.values, errors: read.errors, error: t.fieldsInvalid },
          422,
        );
      }
      const errors = eventRuleErrors(timeIssues(read.input, now()), t);
      if (Object.keys(errors).length > 0) {
        return meetingForm(c, table, undefined, { values: read.values, errors, error: t.fieldsInvalid }, 422);
      }
      const meeting = await deps.conferences.create(read.input, now(), record(c, "meeting.create"), {
        workTableId: table.id,
        table: { numeral: table.numeral, name: table.name },
        replyTo: { name: table.contact.name, email: table.contact.email },
      });
      // To the meeting's own page (Post/Redirect/Get): reloading it never plans the meeting twice.
      return c.redirect(href(`${base(table)}/treffen/${meeting.id}?gespeichert=1`, c.var.locale), 303);
    })
    .get("/treffen/:meetingId", async (c) => {
      const t = consoleTexts(c.var.locale);
      const table = await tableOf(c);
      const meeting = table ? await meetingOf(c, table) : undefined;
      if (!table || !meeting) return notFound(c);
      return meetingPage(c, table, meeting, c.req.query("gespeichert") ? t.meetingSaved : undefined);
    })
    .get("/treffen/:meetingId/bearbeiten", async (c) => {
      const t = consoleTexts(c.var.locale);
      const table = await tableOf(c);
      const meeting = table ? await meetingOf(c, table) : undefined;
      if (!table || !meeting) return notFound(c);
      if (meeting.status !== "planned") return meetingPage(c, table, meeting, t.meetingCancelled, 409);
      return meetingForm(c, table, meeting);
    })
    .post("/treffen/:meetingId/bearbeiten", async (c) => {
      const t = consoleTexts(c.var.locale);
      const table = await tableOf(c);
      const before = table ? await meetingOf(c, table) : undefined;
      if (!table || !before) return notFound(c);
      if (before.status !== "planned") return meetingPage(c, table, before, t.meetingCancelled, 409);
      const read = readEventForm(c.var.form, t, { defaultTitle: labelsOf("de").meetingTitle(table), now: now() });
      if (read.values.version !== before.updatedAt) {
        return meetingForm(c, table, before, { error: t.conferenceChanged }, 409);
      }
      if (!read.input) {
        return meetingForm(c, table, before, { values: read.values, errors: read.errors, error: t.fieldsInvalid }, 422);
      }
      // An invitation already sent stays as it was (its time is in the past and cannot change).
      const input =
        Date.parse(before.inviteAt) <= now().getTime() ? { ...read.input, inviteAt: before.inviteAt } : read.input;
      const candidate: Conference = { ...before, ...input };
      if (!input.reminderAt) delete candidate.reminderAt;
      const errors = eventRuleErrors(timeIssues(candidate, now(), before), t);
      if (Object.keys(errors).length > 0) {
        return meetingForm(c, table, before, { values: read.values, errors, error: t.fieldsInvalid }, 422);
      }
      const changes = eventChanges(input);
      const updated = await deps.conferences.replace(before, changes, now(), record(c, "meeting.update"));
      if (!updated)
        return meetingForm(c, table, await deps.conferences.get(before.id), { error: t.conferenceChanged }, 409);
      return meetingPage(c, table, updated, t.meetingSaved);
    })
    .post("/treffen/:meetingId/absagen", async (c) => {
      const t = consoleTexts(c.var.locale);
      const locale = c.var.locale;
      const table = await tableOf(c);
      const meeting = table ? await meetingOf(c, table) : undefined;
      if (!table || !meeting) return notFound(c);
      if (meeting.status !== "planned") return meetingPage(c, table, meeting, t.meetingCancelled, 409);
      const note = paragraph(1000).safeParse(field(c.var.form, "note"));
      const text = note.success ? note.data : "";
      const path = `${base(table)}/treffen/${meeting.id}`;
      if (field(c.var.form, "bestaetigt") !== "ja") {
        return consolePage(
          c,
          { title: t.cancelMeeting, path, section: "myTables" },
          <CancelConfirmation
            t={t}
            locale={locale}
            csrf={csrfOf(c)}
            path={path}
            name={meeting.title}
            hint={t.cancelMeetingHint}
            label={t.cancelMeeting}
            note={text}
          />,
        );
      }
      const cancelled = await deps.conferences.replace(
        meeting,
        cancellation(text, now()),
        now(),
        record(c, "meeting.cancel", text || undefined),
      );
      if (!cancelled) return meetingPage(c, table, meeting, t.conferenceChanged, 409);
      return meetingPage(c, table, cancelled, t.meetingCancelledDone);
    })
    .get("/treffen/:meetingId/teilnehmende.csv", async (c) => {
      const table = await tableOf(c);
      const meeting = table ? await meetingOf(c, table) : undefined;
      if (!table || !meeting) return notFound(c);
      return attendeesResponse(c, meeting, await deps.conferences.rsvps(meeting.id));
    });

  /** The application of the path, only if it belongs to this table and was confirmed. */
  async function applicationOf(c: Context<AppEnv>, table: WorkTable) {
    const id = c.req.param("id") ?? "";
    const a = isUuid(id) ? await deps.applications.get(id) : undefined;
    return a && a.workTableId === table.id && a.status !== "pending_confirmation" ? a : undefined;
  }
}

/** Who decided: the contact or deputy by name, or the coordination on their behalf. */
function decidedBy(t: ConsoleTexts, a: Application): string {
  const by = a.decision?.by;
  if (!by) return "–";
  if (by.role === "coordinator") return t.byCoordinator(by.email);
  return by.name || by.email;
}
