import type { Context } from "hono";
import type { Conference } from "../../../domain/conference.ts";
import { EVENT_LIST } from "../../../domain/places.ts";
import {
  type CheckInDeps,
  checkIn,
  type ListDeps,
  moveUp,
  registrationLists,
  removeRegistration,
} from "../../../use-cases/registration-lists.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import type { CheckInResultBody, RegistrationListBody } from "../openapi/response-schemas.ts";
import { type EventScopeDeps, eventRoutes } from "./event-scope.ts";
import { checkInBody, registrationMoveUpBody, registrationRemoveBody } from "./request-schemas.ts";

type Deps = ListDeps & CheckInDeps & EventScopeDeps & { conferences: ListDeps["conferences"] };

const OPERATIONS = {
  list: { conference: "adminListConferenceRegistrations", meeting: "adminListMeetingRegistrations" },
  remove: { conference: "adminRemoveConferenceRegistration", meeting: "adminRemoveMeetingRegistration" },
  moveUp: { conference: "adminMoveUpConferenceRegistration", meeting: "adminMoveUpMeetingRegistration" },
  checkIn: { conference: "adminCheckInConference", meeting: "adminCheckInMeeting" },
} as const;

/** The registrations of an event as the API shows them (the rows without the code for the door). */
export async function registrationsBody(deps: ListDeps, event: Conference, now: Date): Promise<RegistrationListBody> {
  const lists = await registrationLists(deps, event, now);
  return {
    items: lists.rows.map(({ code: _code, ...row }) => row),
    places: lists.places,
    registrationOpen: lists.registrationOpen,
  };
}

/**
 * An event's places (issue 22), for both kinds of event: who has a place, who waits (in order) and who
 * cancelled; taking someone off, moving someone up a waiting list, and checking people in at the door.
 */
export function adminRegistrationRoutes(deps: Deps, now: () => Date) {
  const list = async (event: Conference, c: Context<AppEnv>) => c.json(await registrationsBody(deps, event, now()));
  const closedProblem = (c: Context<AppEnv>) =>
    problem(c, 409, "Conflict", "The event has started or was cancelled; its places no longer change.");
  const notRegistered = (c: Context<AppEnv>) =>
    problem(c, 404, "Not Found", "This person has no place and is not waiting for one at this event.");
  const docs =
    (
      operation: keyof typeof OPERATIONS,
      method: "get" | "post",
      summary: { en: string; de: string },
      description: { en: string; de: string },
      body?: Parameters<Parameters<typeof describeRoute>[0]>[0] extends infer D
        ? D extends { jsonBody: (schema: infer S, ...rest: never[]) => unknown }
          ? S
          : never
        : never,
    ) =>
    (kind: "conference" | "meeting") =>
      describeRoute((d) => ({
        operationId: OPERATIONS[operation][kind],
        tag: kind === "conference" ? "conferences" : "tables",
        coordinators: true,
        summary,
        description,
        parameters: kind === "conference" ? [d.params.conferenceId] : [d.params.tableId, d.params.meetingId],
        ...(body ? { jsonRequest: true, requestBody: d.jsonBody(body, {}) } : {}),
        responses: {
          200:
            operation === "checkIn"
              ? d.json("CheckInResult", { en: "Checked in.", de: "Eingecheckt." })
              : d.json("RegistrationList", { en: "The lists.", de: "Die Listen." }),
        },
        problems: method === "get" ? [404] : [404, 409],
      }));
  return eventRoutes(deps, [
    {
      method: "get",
      suffix: "registrations",
      docs: docs(
        "list",
        "get",
        { en: "Places, waiting list, cancellations", de: "Plätze, Warteliste, Absagen" },
        {
          en: "Everyone who said yes: `confirmed` (by answer time), `waitlisted` (by `position`, 1 next), `cancelled`; each with their workshops. `places`: the event's (`id` `event`) and each workshop's capacity and counts.",
          de: "Alle, die zugesagt haben: `confirmed` (nach Antwortzeit), `waitlisted` (nach `position`, 1 als Nächste), `cancelled`; jeweils mit ihren Workshops. `places`: Plätze und Zahlen der Veranstaltung (`id` `event`) und jedes Workshops.",
        },
      ),
      handle: list,
    },
    {
      method: "post",
      suffix: "registrations/remove",
      docs: docs(
        "remove",
        "post",
        { en: "Take someone off the event", de: "Jemanden von der Veranstaltung nehmen" },
        {
          en: "A place or a place on the waiting list: the person is told by mail (with a calendar entry that cancels theirs), and a freed place goes to the first waiting at once. Not registered: 404.",
          de: "Ein Platz oder ein Platz auf der Warteliste: Die Person erhält eine E-Mail (mit einem Kalendereintrag, der ihren absagt), und ein frei gewordener Platz geht sofort an die Erste der Warteliste. Nicht angemeldet: 404.",
        },
        registrationRemoveBody(),
      ),
      handle: async (event, c) => {
        const body = await readJsonBody(c, registrationRemoveBody());
        if (!body.ok) return body.response;
        const outcome = await removeRegistration(deps, event, body.value.email, c.var.principal.email, now());
        if (outcome.kind === "closed") return closedProblem(c);
        if (outcome.kind === "not_found") return notRegistered(c);
        return list(event, c);
      },
    },
    {
      method: "post",
      suffix: "registrations/move-up",
      docs: docs(
        "moveUp",
        "post",
        { en: "Move someone to the top of a waiting list", de: "Jemanden an die Spitze einer Warteliste setzen" },
        {
          en: "The event's waiting list, or with `workshop` a workshop's: the person gets the next free place, or one free now at once.",
          de: "Die Warteliste der Veranstaltung, oder mit `workshop` die eines Workshops: Die Person bekommt den nächsten freien Platz, einen jetzt freien sofort.",
        },
        registrationMoveUpBody(),
      ),
      handle: async (event, c) => {
        const body = await readJsonBody(c, registrationMoveUpBody());
        if (!body.ok) return body.response;
        const outcome = await moveUp(
          deps,
          event,
          body.value.email,
          body.value.workshop ?? EVENT_LIST,
          c.var.principal.email,
          now(),
        );
        if (outcome.kind === "closed") return closedProblem(c);
        if (outcome.kind === "not_found") {
          return problem(c, 404, "Not Found", "This person is not on that waiting list.");
        }
        return list(event, c);
      },
    },
    {
      method: "post",
      suffix: "check-in",
      docs: docs(
        "checkIn",
        "post",
        { en: "Check someone in at the door", de: "Jemanden am Einlass einchecken" },
        {
          en: "By the `code` from the person's mail (as typed, any case, dash optional) or their `email`: only with a place (else 409); the event's attendance says `present`. Twice: `already`, with the first time.",
          de: "Mit dem `code` aus der E-Mail der Person (wie getippt, Groß- und Kleinschreibung egal, Bindestrich wahlweise) oder ihrer `email`: nur mit Platz (sonst 409); die Anwesenheit der Veranstaltung sagt `present`. Zweimal: `already`, mit dem ersten Mal.",
        },
        checkInBody(),
      ),
      handle: async (event, c) => {
        const body = await readJsonBody(c, checkInBody());
        if (!body.ok) return body.response;
        const at = now();
        const outcome = await checkIn(deps, event, body.value, c.var.principal.email, at);
        switch (outcome.kind) {
          case "cancelled":
            return problem(c, 409, "Conflict", "This event has been cancelled.");
          case "not_found":
            return problem(c, 404, "Not Found", "No registration of this event has this code or address.");
          case "no_place":
            return problem(c, 409, "Conflict", "This person has no place at the event (waiting or cancelled).");
          default: {
            const { rsvp } = outcome;
            return c.json({
              status: outcome.kind,
              name: rsvp.name,
              organisation: rsvp.organisation ?? null,
              ...(rsvp.deputy ? { deputy: rsvp.deputy } : {}),
              at: outcome.kind === "already" ? outcome.at : at.toISOString(),
            } satisfies CheckInResultBody);
          }
        }
      },
    },
  ]);
}
