import { Hono } from "hono/tiny";
import { rsvpInputSchema } from "../../../domain/rsvp-input.ts";
import { answerRsvp, type RsvpDeps } from "../../../use-cases/answer-rsvp.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem } from "../../problem.ts";
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
        en: "Changeable until the conference starts; then, or once it is cancelled, 409.",
        de: "Änderbar bis zum Beginn der Tagung; danach, oder wenn sie abgesagt ist, 409.",
      },
      parameters: [d.params.token],
      jsonRequest: true,
      requestBody: d.jsonBody(rsvpInputSchema()),
      responses: { 200: d.json("RsvpResult", { en: "The answer as recorded.", de: "Die Antwort wie gespeichert." }) },
      problems: [404, 409, 410],
    })),
    async (c) => {
      const body = await readJsonBody(c, rsvpInputSchema());
      if (!body.ok) return body.response;
      const outcome = await answerRsvp(deps, c.req.param("token"), body.value.answer, now(), body.value.deputy);
      if (outcome.kind === "closed") {
        return problem(
          c,
          409,
          "Conflict",
          "The conference has started or was cancelled; answers can no longer change.",
        );
      }
      if (outcome.kind !== "ok") return tokenProblem(c, outcome);
      return c.json({
        conferenceId: outcome.conference.id,
        answer: outcome.current?.answer,
        ...(outcome.current?.deputy ? { deputy: outcome.current.deputy } : {}),
        answeredAt: outcome.current?.answeredAt,
      } satisfies RsvpResultBody);
    },
  );
}
