import { Hono } from "hono/tiny";
import type { Rsvp } from "../../../domain/conference.ts";
import { rsvpInputSchema } from "../../../domain/rsvp-input.ts";
import { answerRsvp, type RsvpDeps } from "../../../use-cases/answer-rsvp.ts";
import type { Standing } from "../../../use-cases/registrations.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem, validationProblem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import type { RsvpResultBody } from "../openapi/response-schemas.ts";
import { tokenProblem } from "./applications.ts";

/** `POST /api/rsvp/:token`: a partner's answer to an invitation, changeable until the conference starts. */
export function rsvpRoutes(deps: RsvpDeps, now: () => Date) {
  return new Hono<AppEnv>().post(
    "/rsvp/:token",
    describeRoute((d) => ({
      operationId: "answerInvitation",
      tag: "links",
      summary: { en: "Answer a conference invitation", de: "Auf eine Einladung zur Tagung antworten" },
      description: {
        en: "Changeable until the conference starts; then, or once it is cancelled, 409. With limited places, a yes gets a place (`status` `confirmed`) or a place on the waiting list (`waitlisted` with `position`); a no frees the place and the first on the waiting list moves up. After the registration deadline, or beyond the limit per organisation: 409. `workshops`: at most one per time slot, else 422.",
        de: "Änderbar bis zum Beginn der Tagung; danach, oder wenn sie abgesagt ist, 409. Hat die Veranstaltung begrenzte Plätze, bekommt ein „yes“ einen Platz (`status` `confirmed`) oder einen Platz auf der Warteliste (`waitlisted` mit `position`); ein „no“ gibt den Platz frei, und die erste Person der Warteliste rückt nach. Nach dem Anmeldeschluss oder über der Grenze je Organisation: 409. `workshops`: höchstens einer je Zeitfenster, sonst 422.",
      },
      parameters: [d.params.token],
      jsonRequest: true,
      requestBody: d.jsonBody(rsvpInputSchema()),
      responses: { 200: d.json("RsvpResult", { en: "The answer as recorded.", de: "Die Antwort wie gespeichert." }) },
      problems: [404, 409, 410, 422],
    })),
    async (c) => {
      const body = await readJsonBody(c, rsvpInputSchema());
      if (!body.ok) return body.response;
      const { answer, deputy, workshops } = body.value;
      const outcome = await answerRsvp(deps, c.req.param("token"), answer, now(), deputy, workshops);
      switch (outcome.kind) {
        case "closed":
          return problem(
            c,
            409,
            "Conflict",
            "The conference has started or was cancelled; answers can no longer change.",
          );
        case "registration_closed":
          return problem(c, 409, "Conflict", "Registration has closed; a new yes is no longer taken.");
        case "organisation_full":
          return problem(
            c,
            409,
            "Conflict",
            `This organisation has as many people registered as the event allows per organisation (${outcome.limit}).`,
          );
        case "invalid_workshops":
          return validationProblem(
            c,
            outcome.issues.map((message) => ({ path: "workshops", message })),
          );
        case "ok":
          return c.json(rsvpResultOf(outcome.conference.id, outcome.current, outcome.standing));
        default:
          return tokenProblem(c, outcome);
      }
    },
  );
}

/** The answer as the API shows it: with places counted, where the person stands, and their code for the door. */
export function rsvpResultOf(conferenceId: string, rsvp: Rsvp | undefined, standing: Standing | undefined) {
  return {
    conferenceId,
    answer: rsvp?.answer,
    ...(rsvp?.deputy ? { deputy: rsvp.deputy } : {}),
    answeredAt: rsvp?.answeredAt,
    ...(rsvp?.status ? { status: rsvp.status } : {}),
    ...(standing?.position ? { position: standing.position } : {}),
    ...(rsvp?.picks?.length
      ? {
          workshops: rsvp.picks.map((p) => ({
            id: p.workshopId,
            status: p.status,
            ...(standing?.workshopPositions[p.workshopId]
              ? { position: standing.workshopPositions[p.workshopId] }
              : {}),
          })),
        }
      : {}),
    ...(rsvp?.status === "confirmed" && rsvp.code ? { code: rsvp.code } : {}),
  } satisfies RsvpResultBody;
}
