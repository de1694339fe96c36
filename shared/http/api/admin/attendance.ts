import type { Context } from "hono";
import { attendanceInputSchema } from "../../../domain/attendance.ts";
import type { Conference } from "../../../domain/conference.ts";
import { type AttendanceDeps, recordAttendance } from "../../../use-cases/attendance.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem, validationProblem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import type { AttendanceBody } from "../openapi/response-schemas.ts";
import { type EventScopeDeps, eventRoutes } from "./event-scope.ts";

type AttendanceRouteDeps = AttendanceDeps & EventScopeDeps & { conferences: AttendanceDeps["conferences"] };

const OPERATIONS = {
  conference: { get: "adminGetConferenceAttendance", put: "adminSetConferenceAttendance" },
  meeting: { get: "adminGetMeetingAttendance", put: "adminSetMeetingAttendance" },
} as const;

const putDescription = {
  en: "The whole list: each person once, `status` `present`, `excused` or `absent`, and with `present` optionally the `deputy` who came in the member's place; a person left out has no entry any more; an erased person's entry stays. A meeting records its members and whoever answered its invitation or was recorded before, a conference any partner (else 422). Names and organisations come from the directory. Each change is in the audit log (`attendance.update`, people by hash). A cancelled event is 409.",
  de: "Die ganze Liste: jede Person einmal, `status` `present`, `excused` oder `absent`, und bei `present` wahlweise die Vertretung (`deputy`), die an Stelle des Mitglieds kam; eine weggelassene Person hat keinen Eintrag mehr; der Eintrag einer gelöschten Person bleibt. Ein Treffen erfasst seine Mitglieder und wer auf die Einladung geantwortet hat oder schon erfasst war, eine Tagung jede Netzwerkpartner:in (sonst 422). Namen und Organisationen kommen aus dem Verzeichnis. Jede Änderung steht im Änderungsprotokoll (`attendance.update`, Personen als Hash). Ein abgesagter Termin ergibt 409.",
};

/**
 * Who was at a conference or a table's meeting (issue 21): `GET` and `PUT /api/admin/{event}/attendance`, through
 * the use case the console's list uses.
 */
export function adminAttendanceRoutes(deps: AttendanceRouteDeps, now: () => Date) {
  const read = async (event: Conference, c: Context<AppEnv>) => {
    const entries = (await deps.attendance.list(event.id)).map(({ conferenceId: _id, ...entry }) => entry);
    entries.sort((a, b) => a.name.localeCompare(b.name, "de"));
    return c.json({ entries } satisfies AttendanceBody);
  };
  const write = async (event: Conference, c: Context<AppEnv>) => {
    const input = await readJsonBody(c, attendanceInputSchema());
    if (!input.ok) return input.response;
    const outcome = await recordAttendance(deps, event, input.value, c.var.principal.email, now());
    if (outcome.kind === "cancelled") return problem(c, 409, "Conflict", "This event has been cancelled.");
    if (outcome.kind === "unknown") return validationProblem(c, outcome.issues);
    return read(event, c);
  };
  const docs = (kind: "conference" | "meeting", method: "get" | "put") =>
    describeRoute((d) => ({
      operationId: OPERATIONS[kind][method],
      tag: kind === "conference" ? "conferences" : "tables",
      coordinators: true,
      summary:
        method === "get"
          ? { en: "Who was there", de: "Wer da war" }
          : { en: "Record who was there", de: "Erfassen, wer da war" },
      ...(method === "put" ? { description: putDescription } : {}),
      parameters: kind === "conference" ? [d.params.conferenceId] : [d.params.tableId, d.params.meetingId],
      ...(method === "put" ? { jsonRequest: true, requestBody: d.jsonBody(attendanceInputSchema(), {}) } : {}),
      responses: {
        200: d.json(
          "Attendance",
          method === "get" ? { en: "The list.", de: "Die Liste." } : { en: "Saved.", de: "Gespeichert." },
        ),
      },
      problems: method === "get" ? [404] : [404, 409],
    }));
  return eventRoutes(deps, [
    { method: "get", suffix: "attendance", docs: (kind) => docs(kind, "get"), handle: read },
    { method: "put", suffix: "attendance", docs: (kind) => docs(kind, "put"), handle: write },
  ]);
}
