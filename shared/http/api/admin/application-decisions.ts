import type { Context } from "hono";
import { Hono } from "hono/tiny";
import * as z from "zod/mini";
import { decisionInputSchema } from "../../../domain/application-input.ts";
import { once } from "../../../domain/once.ts";
import { emailAddress, personName } from "../../../domain/text.ts";
import { decideOnBehalf } from "../../../use-cases/decide-application.ts";
import { forwardApplication } from "../../../use-cases/forward-application.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem, validationProblem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";

/** `POST /api/admin/applications/:id/forward`: the table's contact or deputy, or a person named here. */
export const forwardBody = once(() =>
  z.discriminatedUnion("to", [
    z.strictObject({ to: z.literal("contact") }),
    z.strictObject({ to: z.literal("deputy") }),
    z.strictObject({ to: z.literal("other"), name: personName(120), email: emailAddress() }),
  ]),
);

type DecisionRouteDeps = Parameters<typeof decideOnBehalf>[0] & Parameters<typeof forwardApplication>[0];

const notFound = (c: Context) => problem(c, 404, "Not Found", "There is no application with this id.");
const notWaiting = (c: Context) => problem(c, 409, "Conflict", "This application is not waiting for a decision.");

/**
 * What coordinators do with a waiting application in the console (/konsole/antraege/:id), as JSON: deciding on the
 * contact's behalf and forwarding it to someone else, through the same use cases; mounted beside the list
 * (applications.ts) under /api/admin/applications. Each is recorded with the caller as actor.
 */
export function adminApplicationDecisionRoutes(deps: DecisionRouteDeps, now: () => Date) {
  return new Hono<AppEnv>()
    .post(
      "/:id/decision",
      describeRoute((d) => ({
        operationId: "adminDecideApplication",
        tag: "applications",
        coordinators: true,
        summary: { en: "Decide on the contact's behalf", de: "Im Namen der Ansprechperson entscheiden" },
        description: {
          en: "As the console's decision on behalf: the applicant gets the decision mail, an accepted one joins the partner list with the table; recorded as `application.decide_on_behalf`. The same decision again is the same 200 (nothing sent twice); a different one, or an application that no longer waits, is 409.",
          de: "Wie die Entscheidung im Namen in der Konsole: Die antragstellende Person erhält die Entscheidung per E-Mail, eine angenommene kommt mit dem Tisch in die Partnerliste; protokolliert als `application.decide_on_behalf`. Dieselbe Entscheidung noch einmal ergibt dasselbe 200 (nichts wird doppelt versandt); eine andere, oder ein Antrag, der nicht mehr wartet, ergibt 409.",
        },
        parameters: [d.params.applicationId],
        jsonRequest: true,
        requestBody: d.jsonBody(decisionInputSchema(), {
          note: {
            en: "Goes to the applicant with the decision.",
            de: "Geht mit der Entscheidung an die antragstellende Person.",
          },
        }),
        responses: { 200: d.json("Application", { en: "Decided.", de: "Entschieden." }) },
        problems: [404, 409],
      })),
      async (c) => {
        const id = c.req.param("id");
        const application = await deps.applications.get(id);
        if (!application || application.status === "pending_confirmation") {
          return notFound(c);
        }
        const body = await readJsonBody(c, decisionInputSchema());
        if (!body.ok) return body.response;
        const { decision, note } = body.value;
        const outcome = await decideOnBehalf(deps, id, decision, note, c.var.principal.email, now());
        if (outcome.kind === "ok") return c.json(outcome.application);
        if (outcome.kind === "conflict") {
          return problem(c, 409, "Conflict", "This application has already been decided differently.", {
            decision: outcome.application.decision?.outcome,
          });
        }
        return notWaiting(c);
      },
    )
    .post(
      "/:id/forward",
      describeRoute((d) => ({
        operationId: "adminForwardApplication",
        tag: "applications",
        coordinators: true,
        summary: { en: "Forward a waiting application", de: "Einen wartenden Antrag weiterleiten" },
        description: {
          en: "To the table's contact or deputy as the table names them now, or to someone named here: they get the application's mail with a decision link of their own, earlier links decide nothing; recorded as `application.reroute`. A table without a deputy: 422. An application that no longer waits: 409.",
          de: "An die Ansprechperson oder Vertretung, wie der Tisch sie jetzt nennt, oder an eine hier genannte Person: Sie erhält die E-Mail zum Antrag mit einem eigenen Entscheidungslink, frühere Links entscheiden nichts mehr; protokolliert als `application.reroute`. Ein Tisch ohne Vertretung: 422. Ein Antrag, der nicht mehr wartet: 409.",
        },
        parameters: [d.params.applicationId],
        jsonRequest: true,
        requestBody: d.jsonBody(forwardBody(), {
          to: {
            en: "`contact`, `deputy`, or `other` with `name` and `email`.",
            de: "`contact`, `deputy`, oder `other` mit `name` und `email`.",
          },
        }),
        responses: { 200: d.json("Application", { en: "Forwarded.", de: "Weitergeleitet." }) },
        problems: [404, 409],
      })),
      async (c) => {
        const id = c.req.param("id");
        if (!(await deps.applications.get(id))) return notFound(c);
        const body = await readJsonBody(c, forwardBody());
        if (!body.ok) return body.response;
        const outcome = await forwardApplication(deps, id, body.value, c.var.principal.email, now());
        switch (outcome.kind) {
          case "ok":
            return c.json(outcome.application);
          case "not_found":
            return notFound(c);
          case "no_recipient":
            return validationProblem(c, [{ path: "to", message: "the work table names no such person" }]);
          default:
            return notWaiting(c);
        }
      },
    );
}
