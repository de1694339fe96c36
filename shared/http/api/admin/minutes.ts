import type { Context } from "hono";
import * as z from "zod/mini";
import { berlinToday } from "../../../domain/berlin-time.ts";
import type { Conference } from "../../../domain/conference.ts";
import type { Task } from "../../../domain/minutes.ts";
import { isOverdue, minutesFrame, minutesInputSchema } from "../../../domain/minutes.ts";
import { once } from "../../../domain/once.ts";
import { taskScope } from "../../../store/minutes-repository.ts";
import { type MinutesDeps, publishMinutes, saveMinutes } from "../../../use-cases/minutes.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody, validate } from "../../json-body.ts";
import { problem, validationProblem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import type { MinutesBodyJson, TaskListBody } from "../openapi/response-schemas.ts";
import { type EventScopeDeps, eventRoutes } from "./event-scope.ts";
import { versionOf } from "./meetings.ts";
import { tableNotFound, tableOfPath } from "./table-scope.ts";

type MinutesRouteDeps = MinutesDeps &
  EventScopeDeps & {
    minutes: MinutesDeps["minutes"] & { tasks(scope: string): Promise<Task[]> };
    workTables: MinutesDeps["workTables"];
  };

/** `GET /api/admin/work-tables/:tableId/tasks`: which tasks (all when not given). */
export const taskListQuery = once(() => z.strictObject({ status: z.optional(z.enum(["open", "done", "overdue"])) }));

const OPERATIONS = {
  conference: {
    get: "adminGetConferenceMinutes",
    put: "adminSetConferenceMinutes",
    post: "adminPublishConferenceMinutes",
  },
  meeting: { get: "adminGetMeetingMinutes", put: "adminSetMeetingMinutes", post: "adminPublishMeetingMinutes" },
} as const;

const DESCRIPTIONS = {
  put: {
    en: "The whole draft: `text`, `decisions` and `tasks` (`owner` an address of a member, the contact person or a coordinator; for a conference a partner; `due` a date); an entry without `id` is new, one left out is gone. Nothing is sent: publishing does. With `If-Match` (the ETag of the last read), a change over someone else's is 412. Recorded as `minutes.update`.",
    de: "Der ganze Entwurf: `text`, `decisions` und `tasks` (`owner` die Adresse eines Mitglieds, der Ansprechpartner:in oder einer Koordinator:in; bei einer Tagung einer Netzwerkpartner:in; `due` ein Datum); ein Eintrag ohne `id` ist neu, ein weggelassener entfällt. Es wird nichts versendet: das tut die Veröffentlichung. Mit `If-Match` (dem ETag des letzten Lesens) wird eine Änderung über eine fremde hinweg mit 412 abgelehnt. Protokolliert als `minutes.update`.",
  },
  post: {
    en: "Publishes the draft with its frame filled in (event, time, place, present and excused people with their organisations, the agenda): the table's members (a conference's: every partner) get it by mail, once; the archive files it; its tasks are listed and reminded. Publishing again after a change is a correction, sent once and marked. 409 when there is nothing (new) to publish or the event is cancelled.",
    de: "Veröffentlicht den Entwurf mit ausgefülltem Rahmen (Termin, Zeit, Ort, anwesende und entschuldigte Personen mit Organisation, Tagesordnung): Die Mitglieder des Tischs (bei einer Tagung alle Netzwerkpartner:innen) erhalten ihn einmal per E-Mail; das Archiv legt ihn ab; seine Aufgaben werden gelistet und erinnert. Erneutes Veröffentlichen nach einer Änderung ist eine Korrektur, einmal versandt und gekennzeichnet. 409, wenn es nichts (Neues) zu veröffentlichen gibt oder der Termin abgesagt ist.",
  },
};

/**
 * The minutes of a conference and of a table's meeting (issue 21): `GET`/`PUT /api/admin/{event}/minutes` and
 * `POST …/minutes/publish`; and a table's tasks, `GET /api/admin/work-tables/:tableId/tasks?status=`.
 */
export function adminMinutesRoutes(deps: MinutesRouteDeps, now: () => Date) {
  const read = async (event: Conference, c: Context<AppEnv>) => {
    const [minutes, attendance] = await Promise.all([deps.minutes.get(event.id), deps.attendance.list(event.id)]);
    c.header("ETag", `W/"${minutes?.updatedAt ?? "none"}"`);
    return c.json({
      ...(minutes?.text ? { text: minutes.text } : {}),
      decisions: minutes?.decisions ?? [],
      tasks: minutes?.tasks ?? [],
      ...(minutes ? { updatedAt: minutes.updatedAt } : {}),
      frame: minutesFrame(event, attendance),
      ...(minutes?.published
        ? {
            publication: {
              number: minutes.published.number,
              publishedAt: minutes.published.publishedAt,
              publishedBy: minutes.published.publishedBy,
            },
          }
        : {}),
    } satisfies MinutesBodyJson);
  };
  const write = async (event: Conference, c: Context<AppEnv>) => {
    const input = await readJsonBody(c, minutesInputSchema());
    if (!input.ok) return input.response;
    const match = versionOf(c.req.header("if-match"));
    const expected = match === undefined ? undefined : match === "none" ? "" : match;
    const outcome = await saveMinutes(deps, event, input.value, expected, c.var.principal.email, now());
    switch (outcome.kind) {
      case "ok":
        return read(event, c);
      case "cancelled":
        return problem(c, 409, "Conflict", "This event has been cancelled.");
      case "invalid":
        return validationProblem(c, outcome.issues);
      default:
        return problem(c, 412, "Precondition Failed", "The minutes were changed since you read them; read them again.");
    }
  };
  const publish = async (event: Conference, c: Context<AppEnv>) => {
    const outcome = await publishMinutes(deps, event, c.var.principal.email, now());
    switch (outcome.kind) {
      case "ok":
        return read(event, c);
      case "cancelled":
        return problem(c, 409, "Conflict", "This event has been cancelled.");
      case "empty":
        return problem(c, 409, "Conflict", "There are no minutes to publish yet.");
      case "unchanged":
        return problem(c, 409, "Conflict", "Nothing changed since the minutes were published.");
      default:
        return problem(c, 409, "Conflict", "The minutes were changed at the same time; please reload.");
    }
  };
  const docs = (kind: "conference" | "meeting", method: "get" | "put" | "post") =>
    describeRoute((d) => ({
      operationId: OPERATIONS[kind][method],
      tag: kind === "conference" ? "conferences" : "tables",
      coordinators: true,
      summary: {
        get: { en: "The minutes, with their frame and ETag", de: "Das Protokoll, mit Rahmen und ETag" },
        put: { en: "Draft the minutes", de: "Das Protokoll entwerfen" },
        post: {
          en: "Publish the minutes (or a correction)",
          de: "Das Protokoll (oder eine Korrektur) veröffentlichen",
        },
      }[method],
      ...(method === "get" ? {} : { description: DESCRIPTIONS[method] }),
      parameters: [
        ...(kind === "conference" ? [d.params.conferenceId] : [d.params.tableId, d.params.meetingId]),
        ...(method === "put" ? [d.params.ifMatch] : []),
      ],
      ...(method === "put" ? { jsonRequest: true, requestBody: d.jsonBody(minutesInputSchema(), {}) } : {}),
      responses: {
        200: d.json(
          "Minutes",
          method === "get"
            ? { en: "The minutes.", de: "Das Protokoll." }
            : method === "put"
              ? { en: "Saved.", de: "Gespeichert." }
              : { en: "Published; the mails are on their way.", de: "Veröffentlicht; die E-Mails gehen hinaus." },
          d.headers.etag,
        ),
      },
      problems: method === "get" ? [404] : method === "put" ? [404, 409, 412] : [404, 409],
    }));

  return eventRoutes(deps, [
    { method: "get", suffix: "minutes", docs: (kind) => docs(kind, "get"), handle: read },
    { method: "put", suffix: "minutes", docs: (kind) => docs(kind, "put"), handle: write },
    { method: "post", suffix: "minutes/publish", docs: (kind) => docs(kind, "post"), handle: publish },
  ]).get(
    "/work-tables/:tableId/tasks",
    describeRoute((d) => ({
      operationId: "adminListTableTasks",
      tag: "tables",
      coordinators: true,
      summary: { en: "A table's tasks", de: "Die Aufgaben eines Tischs" },
      description: {
        en: "From its published minutes, by due date; `status=overdue` are the open ones whose due date (Europe/Berlin) has passed.",
        de: "Aus seinen veröffentlichten Protokollen, nach Fälligkeit; `status=overdue` sind die offenen, deren Fälligkeit (Europe/Berlin) verstrichen ist.",
      },
      parameters: [d.params.tableId, ...d.query(taskListQuery())],
      responses: { 200: d.json("TaskList", { en: "The tasks.", de: "Die Aufgaben." }) },
      problems: [404, 422],
    })),
    async (c) => {
      const table = await tableOfPath(c, deps.workTables);
      if (!table) return tableNotFound(c);
      const query = await validate(c, taskListQuery(), c.req.query(), "query");
      if (!query.ok) return query.response;
      const today = berlinToday(now());
      const status = query.value.status;
      const items = (await deps.minutes.tasks(taskScope(table.id))).filter((task) =>
        status === undefined ? true : status === "overdue" ? isOverdue(task, today) : task.status === status,
      );
      return c.json({ items } satisfies TaskListBody);
    },
  );
}
