import { Hono } from "hono/tiny";
import { isUuid } from "../../../domain/ids.ts";
import { normaliseCheckInCode } from "../../../domain/places.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";

/**
 * The QR code of a registration mail (issue 22), `/konsole/einlass/<event>/<code>`: to the event's door page with
 * the code, where the event's own route checks that the person signed in may see it (a coordinator; for a meeting
 * also its table's contact). Opening it changes nothing.
 */
export function checkInLinkRoutes(deps: Pick<AppDependencies, "conferences">) {
  return new Hono<AppEnv>().get("/:eventId/:code", async (c) => {
    const id = c.req.param("eventId");
    const event = isUuid(id) ? await deps.conferences.get(id) : undefined;
    const code = normaliseCheckInCode(c.req.param("code"));
    if (!event || !code) return c.notFound();
    const path = event.workTableId
      ? `/konsole/tische/${event.workTableId}/treffen/${event.id}/einlass`
      : `/konsole/tagungen/${event.id}/einlass`;
    return c.redirect(`${path}?code=${code}`, 303);
  });
}
