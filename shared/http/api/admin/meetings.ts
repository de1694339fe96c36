import type { Context } from "hono";
import { Hono } from "hono/tiny";
import * as z from "zod/mini";
import { type Conference, holdsPlace } from "../../../domain/conference.ts";
import { conferenceInputSchema, conferencePatchSchema } from "../../../domain/conference-input.ts";
import { once } from "../../../domain/once.ts";
import { germanSpreadsheet, spreadsheetTime } from "../../../domain/partner-csv.ts";
import { paragraph } from "../../../domain/text.ts";
import type { WorkTable } from "../../../domain/work-table.ts";
import { labelsOf } from "../../../i18n/labels.ts";
import {
  cancelMeeting,
  changeMeeting,
  type MeetingDeps,
  type MeetingStore,
  meetingOf,
  meetingWithDefaults,
  planMeeting,
} from "../../../use-cases/meetings.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem, validationProblem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import type { RsvpListBody } from "../openapi/response-schemas.ts";
import { type EventDetailStore, eventDetail } from "./event-detail.ts";
import { tableNotFound, tableOfPath } from "./table-scope.ts";

/** `POST /api/admin/work-tables/:tableId/meetings`: a conference's body without the season (a meeting's is its start's). */
export const meetingBody = once(() => {
  const { season: _season, title, inviteAt, reminderAt: _reminderAt, ...fields } = conferenceInputSchema().shape;
  return z.strictObject({
    ...fields,
    title: z.optional(title),
    inviteAt: z.optional(inviteAt),
    reminderAt: z.optional(z.nullable(inviteAt)),
  });
});

/** `PATCH …/meetings/:meetingId`: any of the fields; `null` removes the link, the agenda or the reminder. */
export const meetingPatchBody = once(() => {
  const { season: _season, ...fields } = conferencePatchSchema().shape;
  return z.strictObject(fields);
});

/** `POST …/meetings/:meetingId/cancel`. */
export const cancelMeetingBody = once(() => z.strictObject({ note: z.optional(paragraph(1000)) }));

type MeetingRouteDeps = MeetingDeps & {
  workTables: { get(id: string): Promise<WorkTable | undefined> };
  conferences: MeetingDeps["conferences"] & Pick<MeetingStore, "meetings"> & EventDetailStore;
};

/** An event's version for HTTP (a meeting's, a conference's agenda's): its last change. `W/` because the JSON is not byte-for-byte stable. */
export const etagOf = (meeting: Pick<Conference, "updatedAt">) => `W/"${meeting.updatedAt}"`;
export const versionOf = (ifMatch: string | undefined) =>
  ifMatch === undefined ? undefined : (/^W\/"(.+)"$/.exec(ifMatch.trim())?.[1] ?? ifMatch.replace(/"/g, "").trim());

const meetingNotFound = (c: Context) =>
  problem(c, 404, "Not Found", "There is no meeting of this work table with this id.");
const meetingCancelled = (c: Context) => problem(c, 409, "Conflict", "This meeting has been cancelled.");
const meetingRace = (c: Context) =>
  problem(c, 409, "Conflict", "The meeting was changed at the same time; please reload.");

const timesNote = {
  en: "Times ISO 8601 with offset, ahead; the end after the start, the invitation before the start, the reminder between the two.",
  de: "Zeiten nach ISO 8601 mit Zeitzone, in der Zukunft; das Ende nach dem Beginn, die Einladung vor dem Beginn, die Erinnerung dazwischen.",
};

/**
 * A work table's meetings, as its contact person plans them in the console (/konsole/tische/:id/treffen): the
 * list, planning, changing and cancelling one, and who answered; through the same use cases, so the invitation,
 * reminder, update and cancellation go to the table's members only, by the conferences' engine. A meeting of
 * another table is not found here. Mounted under /api/admin/work-tables beside the tables' own routes.
 */
export function adminMeetingRoutes(deps: MeetingRouteDeps, now: () => Date) {
  /** The table and the meeting of the path, or the 404 to answer with. */
  const scope = async (c: Context<AppEnv>) => {
    const table = await tableOfPath(c, deps.workTables);
    if (!table) return { response: await tableNotFound(c) };
    const meeting = await meetingOf(deps, table, c.req.param("meetingId") ?? "");
    if (!meeting) return { response: await meetingNotFound(c) };
    return { table, meeting };
  };

  return new Hono<AppEnv>()
    .get(
      "/:tableId/meetings",
      describeRoute((d) => ({
        operationId: "adminListMeetings",
        tag: "tables",
        coordinators: true,
        summary: { en: "A work table's meetings", de: "Die Treffen eines Arbeitstischs" },
        description: {
          en: "Planned and cancelled, latest start first. An archived table: 404, as in the console.",
          de: "Geplante und abgesagte, spätestes zuerst. Ein archivierter Tisch: 404, wie in der Konsole.",
        },
        parameters: [d.params.tableId],
        responses: { 200: d.json("MeetingList", { en: "The meetings.", de: "Die Treffen." }) },
        problems: [404],
      })),
      async (c) => {
        const table = await tableOfPath(c, deps.workTables);
        if (!table) return tableNotFound(c);
        return c.json({ items: await deps.conferences.meetings(table.id) });
      },
    )
    .post(
      "/:tableId/meetings",
      describeRoute((d) => ({
        operationId: "adminPlanMeeting",
        tag: "tables",
        coordinators: true,
        summary: { en: "Plan a meeting of a work table", de: "Ein Treffen eines Arbeitstischs planen" },
        description: {
          en: "As the console plans one: mailed to the table's members only, replies to the table's contact; recorded as `meeting.create`. Left out, the title is the table's (“Treffen des Arbeitstisches II – …”), the invitation goes out a minute from now, the reminder two days before the start (when that is more than a day after the invitation; `null`: none). The season is the start's.",
          de: "Wie in der Konsole: nur an die Mitglieder des Tischs verschickt, Antworten an die Ansprechperson; protokolliert als `meeting.create`. Ohne Angabe ist der Titel der des Tischs („Treffen des Arbeitstisches II – …“), die Einladung geht in einer Minute hinaus, die Erinnerung zwei Tage vor Beginn (wenn das mehr als einen Tag nach der Einladung liegt; `null`: keine). Die Jahreszeit ist die des Beginns.",
        },
        parameters: [d.params.tableId],
        jsonRequest: true,
        requestBody: d.jsonBody(meetingBody(), {
          startsAt: timesNote,
          onlineUrl: { en: "An `https://` link to join online.", de: "Ein `https://`-Link zur Online-Teilnahme." },
        }),
        responses: {
          201: d.json("Conference", { en: "Planned.", de: "Geplant." }, { ...d.headers.location, ...d.headers.etag }),
        },
        problems: [404],
      })),
      async (c) => {
        const table = await tableOfPath(c, deps.workTables);
        if (!table) return tableNotFound(c);
        const body = await readJsonBody(c, meetingBody());
        if (!body.ok) return body.response;
        const input = meetingWithDefaults(body.value, labelsOf("de").meetingTitle(table), now());
        const outcome = await planMeeting(deps, table, input, c.var.principal.email, now());
        if (outcome.kind === "invalid") return validationProblem(c, outcome.issues);
        c.header("Location", `/api/admin/work-tables/${table.id}/meetings/${outcome.meeting.id}`);
        c.header("ETag", etagOf(outcome.meeting));
        return c.json(outcome.meeting, 201);
      },
    )
    .get(
      "/:tableId/meetings/:meetingId",
      describeRoute((d) => ({
        operationId: "adminGetMeeting",
        tag: "tables",
        coordinators: true,
        summary: {
          en: "One meeting with its mailings, with its ETag",
          de: "Ein Treffen mit seinen Versänden, mit ETag",
        },
        parameters: [d.params.tableId, d.params.meetingId],
        responses: {
          200: d.json(
            "ConferenceDetail",
            {
              en: "The meeting, each mailing's progress and the RSVP counts.",
              de: "Das Treffen, der Fortschritt jedes Versands und die Zahl der Zu- und Absagen.",
            },
            d.headers.etag,
          ),
        },
        problems: [404],
      })),
      async (c) => {
        const found = await scope(c);
        if (!found.meeting) return found.response;
        const { meeting } = found;
        c.header("ETag", etagOf(meeting));
        return c.json(await eventDetail(deps.conferences, meeting));
      },
    )
    .patch(
      "/:tableId/meetings/:meetingId",
      describeRoute((d) => ({
        operationId: "adminChangeMeeting",
        tag: "tables",
        coordinators: true,
        summary: { en: "Change a planned meeting", de: "Ein geplantes Treffen ändern" },
        description: {
          en: "Any of the fields, as the console's form changes them; recorded as `meeting.update`. A change of time or place reaches the invited as an update. An invitation already sent keeps its time (a new `inviteAt` is then ignored); times already passed may stay, new ones must be ahead. With `If-Match`, a change over someone else's is 412; a cancelled meeting is 409. Places: `capacity`, `perOrganisation`, `registrationDeadline` and `workshops` as for a conference (`PUT /api/admin/conferences/{id}`); `null` removes one.",
          de: "Beliebige der Felder, wie das Formular der Konsole sie ändert; protokolliert als `meeting.update`. Eine Änderung von Zeit oder Ort geht als Aktualisierung an die Eingeladenen. Eine schon versandte Einladung behält ihre Zeit (ein neues `inviteAt` wird dann übergangen); vergangene Zeiten dürfen bleiben, neue müssen in der Zukunft liegen. Mit `If-Match` wird eine Änderung über eine fremde hinweg mit 412 abgelehnt; ein abgesagtes Treffen ergibt 409. Plätze: `capacity`, `perOrganisation`, `registrationDeadline` und `workshops` wie bei einer Tagung (`PUT /api/admin/conferences/{id}`); `null` entfernt eines.",
        },
        parameters: [d.params.tableId, d.params.meetingId, d.params.ifMatch],
        jsonRequest: true,
        requestBody: d.jsonBody(meetingPatchBody(), {
          reminderAt: { en: "`null` drops the reminder.", de: "`null` streicht die Erinnerung." },
        }),
        responses: { 200: d.json("Conference", { en: "Changed.", de: "Geändert." }, d.headers.etag) },
        problems: [404, 409, 412],
      })),
      async (c) => {
        const found = await scope(c);
        if (!found.meeting) return found.response;
        const body = await readJsonBody(c, meetingPatchBody());
        if (!body.ok) return body.response;
        const expectedVersion = versionOf(c.req.header("if-match"));
        const outcome = await changeMeeting(
          deps,
          found.table,
          found.meeting.id,
          body.value,
          { ...(expectedVersion !== undefined ? { expectedVersion } : {}), actor: c.var.principal.email },
          now(),
        );
        switch (outcome.kind) {
          case "ok":
            c.header("ETag", etagOf(outcome.meeting));
            return c.json(outcome.meeting);
          case "not_found":
            return meetingNotFound(c);
          case "cancelled":
            return meetingCancelled(c);
          case "stale":
            return problem(c, 412, "Precondition Failed", "The meeting was changed since you read it; read it again.");
          case "invalid":
            return validationProblem(c, outcome.issues);
          default:
            return meetingRace(c);
        }
      },
    )
    .post(
      "/:tableId/meetings/:meetingId/cancel",
      describeRoute((d) => ({
        operationId: "adminCancelMeeting",
        tag: "tables",
        coordinators: true,
        summary: { en: "Cancel a meeting", de: "Ein Treffen absagen" },
        description: {
          en: "Its schedules end and the invited get a cancellation with the note; recorded as `meeting.cancel`. Again is the same 200.",
          de: "Seine Termine enden, die Eingeladenen erhalten eine Absage mit der Notiz; protokolliert als `meeting.cancel`. Ein zweites Mal ergibt dasselbe 200.",
        },
        parameters: [d.params.tableId, d.params.meetingId],
        jsonRequest: true,
        requestBody: d.jsonBody(cancelMeetingBody(), {
          note: { en: "Goes to the invited with the cancellation.", de: "Geht mit der Absage an die Eingeladenen." },
        }),
        responses: { 200: d.json("Conference", { en: "Cancelled.", de: "Abgesagt." }) },
        problems: [404, 409],
      })),
      async (c) => {
        const found = await scope(c);
        if (!found.meeting) return found.response;
        const body = await readJsonBody(c, cancelMeetingBody());
        if (!body.ok) return body.response;
        const { table, meeting } = found;
        const outcome = await cancelMeeting(deps, table, meeting.id, body.value.note, c.var.principal.email, now());
        if (outcome.kind === "ok" || outcome.kind === "cancelled") return c.json(outcome.meeting);
        if (outcome.kind === "not_found") return meetingNotFound(c);
        return meetingRace(c);
      },
    )
    .get(
      "/:tableId/meetings/:meetingId/attendees",
      describeRoute((d) => ({
        operationId: "adminMeetingAttendees",
        tag: "tables",
        coordinators: true,
        summary: { en: "Who answered a meeting's invitation", de: "Wer auf die Einladung zu einem Treffen antwortete" },
        description: {
          en: "Every answer as JSON; with `Accept: text/csv` the console's file of who said yes, for a German spreadsheet.",
          de: "Alle Antworten als JSON; mit `Accept: text/csv` die Datei der Konsole mit den Zusagen, für eine deutsche Tabellenkalkulation.",
        },
        parameters: [d.params.tableId, d.params.meetingId],
        responses: {
          200: {
            ...d.words({
              en: "The answers; as CSV `Name;E-Mail;Organisation;Zugesagt am` (UTF-8 with BOM), those who said yes.",
              de: "Die Antworten; als CSV `Name;E-Mail;Organisation;Zugesagt am` (UTF-8 mit BOM) die Zusagen.",
            }),
            content: {
              "application/json": { schema: d.ref("RsvpList") },
              "text/csv": { schema: { type: "string" } },
            },
          },
        },
        problems: [404],
      })),
      async (c) => {
        const found = await scope(c);
        if (!found.meeting) return found.response;
        const { meeting } = found;
        const rsvps = await deps.conferences.rsvps(meeting.id);
        if (!(c.req.header("accept") ?? "").includes("text/csv")) {
          return c.json({ items: rsvps } satisfies RsvpListBody);
        }
        const yes = rsvps.filter(holdsPlace).sort((a, b) => a.name.localeCompare(b.name, "de"));
        const csv = germanSpreadsheet(
          ["Name", "E-Mail", "Organisation", "Zugesagt am"],
          yes.map((r) => [r.name, r.email, r.organisation ?? "", spreadsheetTime(r.answeredAt)]),
        );
        return c.body(csv, 200, {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="teilnehmende-${meeting.startsAt.slice(0, 10)}.csv"`,
        });
      },
    );
}
