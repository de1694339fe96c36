import type { Context } from "hono";
import { Hono } from "hono/tiny";
import type { Application } from "../../../domain/application.ts";
import { berlinToday } from "../../../domain/berlin-time.ts";
import type { Conference } from "../../../domain/conference.ts";
import { isUuid } from "../../../domain/ids.ts";
import { membersToSpreadsheet } from "../../../domain/partner-csv.ts";
import { paragraph } from "../../../domain/text.ts";
import type { WorkTable } from "../../../domain/work-table.ts";
import { consoleTexts } from "../../../i18n/console.ts";
import { labelsOf } from "../../../i18n/labels.ts";
import { decideAtTable } from "../../../use-cases/decide-at-table.ts";
import { publishedMinutes } from "../../../use-cases/event-links.ts";
import { cancelMeeting, changeMeeting, meetingOf, planMeeting, wholeMeeting } from "../../../use-cases/meetings.ts";
import { removeMember } from "../../../use-cases/table-members.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { agendaPage, saveAgendaForm } from "../agenda.tsx";
import { attendanceCounts, attendanceListPage, attendancePage, saveAttendanceForm } from "../attendance.tsx";
import {
  attendeesResponse,
  CancelConfirmation,
  EventForm,
  type EventValues,
  eventRuleErrors,
  eventValues,
  mailingsOf,
  readEventForm,
} from "../event-parts.tsx";
import { href } from "../layout.tsx";
import { minutesPage, publishMinutesForm, saveMinutesForm } from "../minutes.tsx";
import { consolePage, field } from "../parts.tsx";
import {
  checkInForm,
  checkInPage,
  closeRegistrationForm,
  registrationAction,
  registrationsCsv,
  registrationsPage,
} from "../registrations.tsx";
import { archivePage, minutesLabels } from "../tasks.tsx";
import { TableMeeting } from "../views/table-meeting.tsx";
import { TableMembers } from "../views/table-members.tsx";
import { tableBase as base, TableApplication, TableHome } from "../views/table-overview.tsx";

type Status = 200 | 404 | 409 | 422;

/**
 * One work table's part of the console, for its contact persons (contact, and deputy while set) and for
 * coordinators: its applications (deciding the waiting ones), its members (the export, removing one with a note),
 * its meetings (planned like a conference, mailed to the members only). The guard in console-app.tsx lets only
 * them in; every route here also checks that what it names belongs to this table. The pages are in
 * ../views/table-*.tsx; what a change does is the use cases' (the JSON API under /api/admin calls the same).
 */
export function tableRoutes(deps: AppDependencies, now: () => Date) {
  const csrfOf = (c: Context<AppEnv>) => c.var.principal.session?.csrfToken ?? "";

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
    const [waiting, accepted, declined, members, meetings, tasks] = await Promise.all([
      deps.applications.list({ status: "submitted", workTableId: table.id, limit: 100 }),
      deps.applications.list({ status: "accepted", workTableId: table.id, limit: 20 }),
      deps.applications.list({ status: "declined", workTableId: table.id, limit: 20 }),
      deps.partners.all({ workTableId: table.id }),
      deps.conferences.meetings(table.id),
      deps.minutes.tasks(table.id),
    ]);
    const decided = [...accepted.items, ...declined.items]
      .sort((a, b) => (b.decision?.decidedAt ?? "").localeCompare(a.decision?.decidedAt ?? ""))
      .slice(0, 20);
    return consolePage(
      c,
      { title: t.tableTitle(table.numeral, table.name), path: base(table), section: "myTables" },
      <TableHome
        t={t}
        locale={c.var.locale}
        table={table}
        waiting={waiting.items}
        decided={decided}
        memberCount={members.length}
        meetings={meetings}
        tasks={tasks}
        today={berlinToday(now())}
        csrf={csrfOf(c)}
        notice={notice}
      />,
    );
  };

  const application = (
    c: Context<AppEnv>,
    table: WorkTable,
    a: Application,
    notice?: { text: string; error?: boolean },
    status: Status = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    return consolePage(
      c,
      { title: t.applicationTitle(a.applicant.name), path: `${base(table)}/antraege/${a.id}`, section: "myTables" },
      <TableApplication t={t} locale={c.var.locale} table={table} application={a} csrf={csrfOf(c)} notice={notice} />,
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
      <TableMembers
        t={t}
        locale={c.var.locale}
        table={table}
        members={rows}
        csrf={csrfOf(c)}
        notice={state.notice}
        error={state.error}
      />,
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
    const [mailings, rsvps, attendance, minutes] = await Promise.all([
      mailingsOf(deps.conferences, meeting.id),
      deps.conferences.rsvps(meeting.id),
      attendanceCounts(deps, meeting.id),
      deps.minutes.get(meeting.id),
    ]);
    return consolePage(
      c,
      { title: meeting.title, path: `${base(table)}/treffen/${meeting.id}`, section: "myTables" },
      <TableMeeting
        t={consoleTexts(c.var.locale)}
        locale={c.var.locale}
        table={table}
        meeting={meeting}
        mailings={mailings}
        rsvps={rsvps}
        attendance={attendance}
        minutes={minutes}
        csrf={csrfOf(c)}
        notice={notice}
      />,
      status,
    );
  };

  /** The meeting of the path, only if it belongs to this table. */
  const meetingOfPath = (c: Context<AppEnv>, table: WorkTable) =>
    meetingOf(deps, table, c.req.param("meetingId") ?? "");

  /** The form's meeting, read with the table's default title and the invitation a minute from now. */
  const readMeeting = (c: Context<AppEnv>, table: WorkTable) =>
    readEventForm(c.var.form, consoleTexts(c.var.locale), {
      defaultTitle: labelsOf("de").meetingTitle(table),
      now: now(),
    });

  /** The planned meeting of the path with its agenda's place, or the page to answer with (404, or 409 cancelled). */
  /** A meeting of the path's table, cancelled or not (its lists stay readable). */
  const anyMeeting = async (c: Context<AppEnv>) => {
    const table = await tableOf(c);
    const meeting = table ? await meetingOfPath(c, table) : undefined;
    if (!table || !meeting) return { response: notFound(c) };
    const place = { eventPath: `${base(table)}/treffen/${meeting.id}`, section: "myTables" } as const;
    return { meeting, place };
  };
  const plannedMeeting = async (c: Context<AppEnv>) => {
    const table = await tableOf(c);
    const meeting = table ? await meetingOfPath(c, table) : undefined;
    if (!table || !meeting) return { response: notFound(c) };
    if (meeting.status !== "planned") {
      return { response: meetingPage(c, table, meeting, consoleTexts(c.var.locale).meetingCancelled, 409) };
    }
    const place = { eventPath: `${base(table)}/treffen/${meeting.id}`, section: "myTables" } as const;
    return { meeting, place };
  };

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
      // A contact decides as themselves; a coordinator on this page decides on the contact's behalf.
      const outcome = await decideAtTable(deps, table, a.id, decision, note, c.var.principal.email, now());
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
      const partner = await deps.partners.byHandle(handle);
      if (!partner?.workTableIds.has(table.id)) return members(c, table, { error: t.notMember }, 404);
      const note = paragraph(1000).safeParse(field(c.var.form, "note"));
      if (!note.success) return members(c, table, { error: t.noteRequired }, 422);
      const outcome = await removeMember(deps, table, { handle }, note.data, c.var.principal.email, now());
      if (outcome.kind !== "ok") return members(c, table, { error: t.notMember }, 409);
      return members(c, table, { notice: t.memberRemoved(outcome.partner.name) });
    })
    .post("/aufgaben/:taskId/erledigt", async (c) => {
      const t = consoleTexts(c.var.locale);
      const table = await tableOf(c);
      const id = c.req.param("taskId") ?? "";
      const task = table && isUuid(id) ? await deps.minutes.task(id) : undefined;
      // Only a task of this table: another table's id is no task here.
      if (!table || !task || task.workTableId !== table.id) return notFound(c);
      if (task.status === "done") return home(c, table, t.taskAlreadyDone);
      const done = await deps.minutes.markDone(task, c.var.principal.email, now());
      return home(c, table, done ? t.taskDone : t.taskAlreadyDone);
    })
    .get("/archiv", async (c) => {
      const table = await tableOf(c);
      if (!table) return notFound(c);
      const labels = minutesLabels(c.var.locale);
      const entries = (await publishedMinutes(deps, await deps.conferences.meetings(table.id))).map((entry) => ({
        ...entry,
        locale: c.var.locale,
        labels,
      }));
      return archivePage(c, table, `${base(table)}/archiv`, entries);
    })
    .get("/treffen/neu", async (c) => {
      const table = await tableOf(c);
      return table ? meetingForm(c, table, undefined) : notFound(c);
    })
    .post("/treffen/neu", async (c) => {
      const t = consoleTexts(c.var.locale);
      const table = await tableOf(c);
      if (!table) return notFound(c);
      const read = readMeeting(c, table);
      if (!read.input) {
        const state = { values: read.values, errors: read.errors, error: t.fieldsInvalid };
        return meetingForm(c, table, undefined, state, 422);
      }
      const { season: _season, ...input } = read.input;
      const outcome = await planMeeting(deps, table, input, c.var.principal.email, now());
      if (outcome.kind !== "ok") {
        const errors = eventRuleErrors(outcome.issues, t);
        return meetingForm(c, table, undefined, { values: read.values, errors, error: t.fieldsInvalid }, 422);
      }
      // To the meeting's own page (Post/Redirect/Get): reloading it never plans the meeting twice.
      return c.redirect(href(`${base(table)}/treffen/${outcome.meeting.id}?gespeichert=1`, c.var.locale), 303);
    })
    .get("/treffen/:meetingId", async (c) => {
      const t = consoleTexts(c.var.locale);
      const table = await tableOf(c);
      const meeting = table ? await meetingOfPath(c, table) : undefined;
      if (!table || !meeting) return notFound(c);
      return meetingPage(c, table, meeting, c.req.query("gespeichert") ? t.meetingSaved : undefined);
    })
    .get("/treffen/:meetingId/tagesordnung", async (c) => {
      const found = await plannedMeeting(c);
      return "response" in found ? found.response : agendaPage(c, deps, found.meeting, found.place);
    })
    .post("/treffen/:meetingId/tagesordnung", async (c) => {
      const found = await plannedMeeting(c);
      return "response" in found ? found.response : saveAgendaForm(c, deps, found.meeting, found.place, now());
    })
    .get("/treffen/:meetingId/anwesenheit", async (c) => {
      const found = await plannedMeeting(c);
      if ("response" in found) return found.response;
      const saved = c.req.query("gespeichert") ? consoleTexts(c.var.locale).attendanceSaved : undefined;
      return attendancePage(c, deps, found.meeting, found.place, saved ? { notice: saved } : {});
    })
    .post("/treffen/:meetingId/anwesenheit", async (c) => {
      const found = await plannedMeeting(c);
      return "response" in found ? found.response : saveAttendanceForm(c, deps, found.meeting, found.place, now());
    })
    .get("/treffen/:meetingId/anwesenheitsliste", async (c) => {
      const found = await plannedMeeting(c);
      return "response" in found ? found.response : attendanceListPage(c, deps, found.meeting, found.place);
    })
    .get("/treffen/:meetingId/protokoll", async (c) => {
      const found = await plannedMeeting(c);
      return "response" in found ? found.response : minutesPage(c, deps, found.meeting, found.place);
    })
    .post("/treffen/:meetingId/protokoll", async (c) => {
      const found = await plannedMeeting(c);
      return "response" in found ? found.response : saveMinutesForm(c, deps, found.meeting, found.place, now());
    })
    .post("/treffen/:meetingId/protokoll/veroeffentlichen", async (c) => {
      const found = await plannedMeeting(c);
      return "response" in found ? found.response : publishMinutesForm(c, deps, found.meeting, found.place, now());
    })
    .get("/treffen/:meetingId/anmeldungen", async (c) => {
      const found = await anyMeeting(c);
      return "response" in found ? found.response : registrationsPage(c, deps, found.meeting, found.place);
    })
    .get("/treffen/:meetingId/anmeldungen.csv", async (c) => {
      const found = await anyMeeting(c);
      return "response" in found ? found.response : registrationsCsv(c, deps, found.meeting);
    })
    .post("/treffen/:meetingId/anmeldungen/entfernen", async (c) => {
      const found = await plannedMeeting(c);
      return "response" in found
        ? found.response
        : registrationAction(c, deps, found.meeting, found.place, "remove", now());
    })
    .post("/treffen/:meetingId/anmeldungen/an-die-spitze", async (c) => {
      const found = await plannedMeeting(c);
      return "response" in found
        ? found.response
        : registrationAction(c, deps, found.meeting, found.place, "move_up", now());
    })
    .post("/treffen/:meetingId/anmeldungen/schliessen", async (c) => {
      const found = await plannedMeeting(c);
      return "response" in found ? found.response : closeRegistrationForm(c, deps, found.meeting, found.place, now());
    })
    .get("/treffen/:meetingId/einlass", async (c) => {
      const found = await anyMeeting(c);
      return "response" in found ? found.response : checkInPage(c, deps, found.meeting, found.place);
    })
    .post("/treffen/:meetingId/einlass", async (c) => {
      const found = await anyMeeting(c);
      return "response" in found ? found.response : checkInForm(c, deps, found.meeting, found.place, now());
    })
    .get("/treffen/:meetingId/bearbeiten", async (c) => {
      const t = consoleTexts(c.var.locale);
      const table = await tableOf(c);
      const meeting = table ? await meetingOfPath(c, table) : undefined;
      if (!table || !meeting) return notFound(c);
      if (meeting.status !== "planned") return meetingPage(c, table, meeting, t.meetingCancelled, 409);
      return meetingForm(c, table, meeting);
    })
    .post("/treffen/:meetingId/bearbeiten", async (c) => {
      const t = consoleTexts(c.var.locale);
      const table = await tableOf(c);
      const before = table ? await meetingOfPath(c, table) : undefined;
      if (!table || !before) return notFound(c);
      if (before.status !== "planned") return meetingPage(c, table, before, t.meetingCancelled, 409);
      const read = readMeeting(c, table);
      // The version the form was made from comes first: an edit over someone else's is not even read.
      if (read.values.version !== before.updatedAt) {
        return meetingForm(c, table, before, { error: t.conferenceChanged }, 409);
      }
      if (!read.input) {
        return meetingForm(c, table, before, { values: read.values, errors: read.errors, error: t.fieldsInvalid }, 422);
      }
      const { season: _season, ...input } = read.input;
      const outcome = await changeMeeting(
        deps,
        table,
        before.id,
        wholeMeeting(input),
        { expectedVersion: read.values.version ?? "", actor: c.var.principal.email },
        now(),
      );
      switch (outcome.kind) {
        case "ok":
          return meetingPage(c, table, outcome.meeting, t.meetingSaved);
        case "not_found":
          return notFound(c);
        case "cancelled":
          return meetingPage(c, table, outcome.meeting, t.meetingCancelled, 409);
        case "invalid": {
          const errors = eventRuleErrors(outcome.issues, t);
          return meetingForm(c, table, before, { values: read.values, errors, error: t.fieldsInvalid }, 422);
        }
        default:
          return meetingForm(c, table, await deps.conferences.get(before.id), { error: t.conferenceChanged }, 409);
      }
    })
    .post("/treffen/:meetingId/absagen", async (c) => {
      const t = consoleTexts(c.var.locale);
      const locale = c.var.locale;
      const table = await tableOf(c);
      const meeting = table ? await meetingOfPath(c, table) : undefined;
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
      const outcome = await cancelMeeting(deps, table, meeting.id, text || undefined, c.var.principal.email, now());
      if (outcome.kind === "ok") return meetingPage(c, table, outcome.meeting, t.meetingCancelledDone);
      if (outcome.kind === "cancelled") return meetingPage(c, table, outcome.meeting, t.meetingCancelled, 409);
      if (outcome.kind === "not_found") return notFound(c);
      return meetingPage(c, table, meeting, t.conferenceChanged, 409);
    })
    .get("/treffen/:meetingId/teilnehmende.csv", async (c) => {
      const table = await tableOf(c);
      const meeting = table ? await meetingOfPath(c, table) : undefined;
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
