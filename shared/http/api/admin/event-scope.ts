import type { Context } from "hono";
import { Hono } from "hono/tiny";
import type { Conference } from "../../../domain/conference.ts";
import type { WorkTable } from "../../../domain/work-table.ts";
import { type MeetingDeps, meetingOf } from "../../../use-cases/meetings.ts";
import type { AppEnv } from "../../app-env.ts";
import { problem } from "../../problem.ts";
import type { describeRoute } from "../describe.ts";
import { tableNotFound, tableOfPath } from "./table-scope.ts";

/** What finding the event of a path needs: conferences by id, a table's meetings through the table. */
export type EventScopeDeps = MeetingDeps & {
  conferences: MeetingDeps["conferences"] & { get(id: string): Promise<Conference | undefined> };
  workTables: { get(id: string): Promise<WorkTable | undefined> };
};

type Found = { event: Conference; response?: undefined } | { event?: undefined; response: Response };

/**
 * The event a route of an event's life names (issue 21), for every `{event}` of the API: a conference
 * (`/conferences/:id/…`, never a meeting: a meeting is reached through its table) or a table's meeting
 * (`/work-tables/:tableId/meetings/:meetingId/…`, only of that table). Anything else is a 404 problem.
 */
export function eventScope(deps: EventScopeDeps) {
  const conference = async (c: Context<AppEnv>): Promise<Found> => {
    const event = await deps.conferences.get(c.req.param("id") ?? "");
    return event && !event.workTableId
      ? { event }
      : { response: await problem(c, 404, "Not Found", "There is no conference with this id.") };
  };
  const meeting = async (c: Context<AppEnv>): Promise<Found> => {
    const table = await tableOfPath(c, deps.workTables);
    if (!table) return { response: await tableNotFound(c) };
    const event = await meetingOf(deps, table, c.req.param("meetingId") ?? "");
    return event
      ? { event }
      : { response: await problem(c, 404, "Not Found", "There is no meeting of this work table with this id.") };
  };
  return { conference, meeting };
}

type Handler = (event: Conference, c: Context<AppEnv>) => Response | Promise<Response>;
type Docs = (kind: "conference" | "meeting") => ReturnType<typeof describeRoute>;

/**
 * The same route for both kinds of event: `GET`/`PUT`/`POST <event>/<suffix>` under the conference's path and
 * under the meeting's, each with its OpenAPI description.
 */
export function eventRoutes(
  deps: EventScopeDeps,
  routes: { method: "get" | "put" | "post"; suffix: string; docs: Docs; handle: Handler }[],
) {
  const scope = eventScope(deps);
  const app = new Hono<AppEnv>();
  for (const route of routes) {
    for (const kind of ["conference", "meeting"] as const) {
      const path =
        kind === "conference"
          ? `/conferences/:id/${route.suffix}`
          : `/work-tables/:tableId/meetings/:meetingId/${route.suffix}`;
      app.on(route.method.toUpperCase(), path, route.docs(kind), async (c) => {
        const found = await scope[kind](c);
        return found.event ? route.handle(found.event, c) : found.response;
      });
    }
  }
  return app;
}
