import type { Context } from "hono";
import { agendaInputSchema } from "../../../domain/agenda.ts";
import type { Conference } from "../../../domain/conference.ts";
import { type AgendaDeps, saveAgenda } from "../../../use-cases/agenda.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import type { AgendaBody } from "../openapi/response-schemas.ts";
import { type EventScopeDeps, eventRoutes } from "./event-scope.ts";
import { etagOf, versionOf } from "./meetings.ts";

type AgendaRouteDeps = AgendaDeps & EventScopeDeps & { conferences: AgendaDeps["conferences"] };

const body = (event: Conference): AgendaBody => ({
  items: event.agendaItems ?? [],
  ...(event.proposalsUntil ? { proposalsUntil: event.proposalsUntil } : {}),
});

const putDescription = {
  en: "The whole agenda in its order: an item without `id` is new (it gets one), an item left out is gone; `status` is `accepted` unless given. No mail goes out for a change: the next reminder and calendar entry carry the accepted items. Recorded as `agenda.update` with the items before and after. With `If-Match`, a change over someone else's is 412; a cancelled event is 409.",
  de: "Die ganze Tagesordnung in ihrer Reihenfolge: ein Punkt ohne `id` ist neu (er erhält eine), ein weggelassener entfällt; `status` ist `accepted`, wenn nicht angegeben. Für eine Änderung geht keine E-Mail hinaus: Die nächste Erinnerung und der Kalendereintrag tragen die angenommenen Punkte. Protokolliert als `agenda.update` mit den Punkten vorher und nachher. Mit `If-Match` wird eine Änderung über eine fremde hinweg mit 412 abgelehnt; ein abgesagter Termin ergibt 409.",
};

const OPERATIONS = {
  conference: { get: "adminGetConferenceAgenda", put: "adminSetConferenceAgenda" },
  meeting: { get: "adminGetMeetingAgenda", put: "adminSetMeetingAgenda" },
} as const;

/**
 * The agenda of a conference and of a table's meeting (issue 21): `GET` and `PUT /api/admin/conferences/:id/agenda`
 * and `…/work-tables/:tableId/meetings/:meetingId/agenda`, through the use case the console uses.
 */
export function adminAgendaRoutes(deps: AgendaRouteDeps, now: () => Date) {
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

  const docs = (kind: "conference" | "meeting", method: "get" | "put") =>
    describeRoute((d) => ({
      operationId: OPERATIONS[kind][method],
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

  return eventRoutes(deps, [
    { method: "get", suffix: "agenda", docs: (kind) => docs(kind, "get"), handle: read },
    { method: "put", suffix: "agenda", docs: (kind) => docs(kind, "put"), handle: write },
  ]);
}
