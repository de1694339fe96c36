import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { agendaInputSchema } from "../../../domain/agenda.ts";
import type { Conference } from "../../../domain/conference.ts";
import type { WorkTable } from "../../../domain/work-table.ts";
import { type AgendaDeps, saveAgenda } from "../../../use-cases/agenda.ts";
import { type MeetingDeps, meetingOf } from "../../../use-cases/meetings.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import type { AgendaBody } from "../openapi/response-schemas.ts";
import { etagOf, versionOf } from "./meetings.ts";
import { tableNotFound, tableOfPath } from "./table-scope.ts";

type AgendaRouteDeps = AgendaDeps &
  MeetingDeps & {
    conferences: AgendaDeps["conferences"] &
      MeetingDeps["conferences"] & { get(id: string): Promise<Conference | undefined> };
    workTables: { get(id: string): Promise<WorkTable | undefined> };
  };

const body = (event: Conference): AgendaBody => ({ items: event.agendaItems ?? [] });

const putDescription = {
  en: "The whole agenda in its order: an item without `id` is new (it gets one), an item left out is gone; `status` is `accepted` unless given. No mail goes out for a change: the next reminder and calendar entry carry the accepted items. Recorded as `agenda.update` with the items before and after. With `If-Match`, a change over someone else's is 412; a cancelled event is 409.",
  de: "Die ganze Tagesordnung in ihrer Reihenfolge: ein Punkt ohne `id` ist neu (er erhält eine), ein weggelassener entfällt; `status` ist `accepted`, wenn nicht angegeben. Für eine Änderung geht keine E-Mail hinaus: Die nächste Erinnerung und der Kalendereintrag tragen die angenommenen Punkte. Protokolliert als `agenda.update` mit den Punkten vorher und nachher. Mit `If-Match` wird eine Änderung über eine fremde hinweg mit 412 abgelehnt; ein abgesagter Termin ergibt 409.",
};

/**
 * The agenda of a conference and of a table's meeting (issue 21): `GET` and `PUT /api/admin/conferences/:id/agenda`
 * and `…/work-tables/:tableId/meetings/:meetingId/agenda`, through the use case the console uses.
 */
export function adminAgendaRoutes(deps: AgendaRouteDeps, now: () => Date) {
  /** The conference of the path (never a meeting: a meeting is reached through its table). */
  const conferenceOf = async (c: Context<AppEnv>) => {
    const event = await deps.conferences.get(c.req.param("id") ?? "");
    return event && !event.workTableId ? event : undefined;
  };
  const meetingOfPath = async (c: Context<AppEnv>) => {
    const table = await tableOfPath(c, deps.workTables);
    if (!table) return { response: await tableNotFound(c) };
    const meeting = await meetingOf(deps, table, c.req.param("meetingId") ?? "");
    return meeting
      ? { event: meeting }
      : { response: problem(c, 404, "Not Found", "There is no meeting of this work table with this id.") };
  };
  const conferenceNotFound = (c: Context) => problem(c, 404, "Not Found", "There is no conference with this id.");

  const read = (event: Conference, c: Context<AppEnv>) => {
    c.header("ETag", etagOf(event));
    return c.json(body(event));
  };
  const write = async (event: Conference, c: Context<AppEnv>) => {
    const input = await readJsonBody(c, agendaInputSchema());
    if (!input.ok) return input.response;
    const expected = versionOf(c.req.header("if-match"));
    if (expected !== undefined && expected !== event.updatedAt) {
      return problem(c, 412, "Precondition Failed", "The agenda was changed since you read it; read it again.");
    }
    const outcome = await saveAgenda(deps, event, input.value, c.var.principal.email, now());
    if (!outcome.ok) {
      return outcome.reason === "cancelled"
        ? problem(c, 409, "Conflict", "This event has been cancelled.")
        : problem(c, 409, "Conflict", "The event was changed at the same time; please reload.");
    }
    return read(outcome.event, c);
  };

  const docs = (operationId: string, kind: "conference" | "meeting", method: "get" | "put") =>
    describeRoute((d) => ({
      operationId,
      tag: kind === "conference" ? "conferences" : "tables",
      coordinators: true,
      summary:
        method === "get"
          ? kind === "conference"
            ? { en: "A conference's agenda, with its ETag", de: "Die Tagesordnung einer Tagung, mit ETag" }
            : { en: "A meeting's agenda, with its ETag", de: "Die Tagesordnung eines Treffens, mit ETag" }
          : kind === "conference"
            ? { en: "Set a conference's agenda", de: "Die Tagesordnung einer Tagung setzen" }
            : { en: "Set a meeting's agenda", de: "Die Tagesordnung eines Treffens setzen" },
      ...(method === "put" ? { description: putDescription } : {}),
      parameters: [
        ...(kind === "conference" ? [d.params.conferenceId] : [d.params.tableId, d.params.meetingId]),
        ...(method === "put" ? [d.params.ifMatch] : []),
      ],
      ...(method === "put" ? { jsonRequest: true, requestBody: d.jsonBody(agendaInputSchema(), {}) } : {}),
      responses: {
        200: d.json(
          "Agenda",
          method === "get" ? { en: "The agenda.", de: "Die Tagesordnung." } : { en: "Saved.", de: "Gespeichert." },
          d.headers.etag,
        ),
      },
      problems: method === "get" ? [404] : [404, 409, 412],
    }));

  return new Hono<AppEnv>()
    .get("/conferences/:id/agenda", docs("adminGetConferenceAgenda", "conference", "get"), async (c) => {
      const event = await conferenceOf(c);
      return event ? read(event, c) : conferenceNotFound(c);
    })
    .put("/conferences/:id/agenda", docs("adminSetConferenceAgenda", "conference", "put"), async (c) => {
      const event = await conferenceOf(c);
      return event ? write(event, c) : conferenceNotFound(c);
    })
    .get(
      "/work-tables/:tableId/meetings/:meetingId/agenda",
      docs("adminGetMeetingAgenda", "meeting", "get"),
      async (c) => {
        const found = await meetingOfPath(c);
        return found.event ? read(found.event, c) : found.response;
      },
    )
    .put(
      "/work-tables/:tableId/meetings/:meetingId/agenda",
      docs("adminSetMeetingAgenda", "meeting", "put"),
      async (c) => {
        const found = await meetingOfPath(c);
        return found.event ? write(found.event, c) : found.response;
      },
    );
}
