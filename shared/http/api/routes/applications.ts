import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { applicationInputSchema, decisionInputSchema } from "../../../domain/application-input.ts";
import { applicationFieldMessage, loadFieldTexts } from "../../../i18n/fields.ts";
import { type ConfirmDeps, confirmSubmission } from "../../../use-cases/confirm-submission.ts";
import { type DecideDeps, decideApplication, type HandedOn } from "../../../use-cases/decide-application.ts";
import type { LinkFailure } from "../../../use-cases/link-outcome.ts";
import { type SubmitDeps, submitApplication } from "../../../use-cases/submit-application.ts";
import type { AppEnv, ClientAddress } from "../../app-env.ts";

export type { ClientAddress } from "../../app-env.ts";

import { readJsonBody } from "../../json-body.ts";
import { problem, responseLocale, validationProblem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import type { ApplyResultBody, ConfirmResultBody, DecideResultBody } from "../openapi/response-schemas.ts";

/** How a request's client address is found: API Gateway's view on AWS, the socket locally. */

/** A link that does not verify, has expired or points at nothing: 404 or 410, and nothing changes. */
export function tokenProblem(c: Context, outcome: LinkFailure | HandedOn): Promise<Response> {
  if (outcome.kind === "handed_on") {
    return problem(c, 410, "Gone", "This application was handed on to someone else; this link no longer decides it.");
  }
  return outcome.kind === "expired"
    ? problem(c, 410, "Gone", "This link has expired. / Dieser Link ist abgelaufen.")
    : problem(c, 404, "Not Found", "This link is not valid. / Dieser Link ist ungültig.");
}

/** Anyone may apply. */
export function applicationRoutes(deps: SubmitDeps, clientAddress: ClientAddress, now: () => Date) {
  return new Hono<AppEnv>().post(
    "/applications",
    describeRoute((d) => ({
      operationId: "apply",
      tag: "public",
      summary: { en: "Apply to work tables", de: "Sich bei Arbeitstischen bewerben" },
      description: {
        en: "One application per chosen table, waiting for the applicant to confirm the address with the link in the mail that follows. Applying again to a table where an application is still open returns that one (and resends a confirmation mail that failed or is older than 5 minutes: `confirmationResent`).",
        de: "Ein Antrag je gewähltem Tisch; er wartet, bis die Adresse mit dem Link aus der folgenden E-Mail bestätigt ist. Wer sich erneut bei einem Tisch bewirbt, bei dem ein Antrag noch offen ist, erhält diesen zurück (und eine gescheiterte oder über 5 Minuten alte Bestätigungs-E-Mail wird neu gesendet: `confirmationResent`).",
      },
      jsonRequest: true,
      requestBody: d.jsonBody(applicationInputSchema(), {
        workTableIds: {
          en: "Ids of the chosen work tables (see `GET /api/work-tables`).",
          de: "Kennungen der gewählten Arbeitstische (siehe `GET /api/work-tables`).",
        },
        name: {
          en: "A person's name: one line, no links or email addresses.",
          de: "Der Name einer Person: eine Zeile, ohne Links oder E-Mail-Adressen.",
        },
        mandate: {
          en: "Required when a chosen table admits only with a religious community's mandate.",
          de: "Nötig, wenn ein gewählter Tisch nur mit Mandat einer Religionsgemeinschaft aufnimmt.",
        },
        service: {
          en: "Required when a chosen table admits only state-funded counselling services (MBE, JMD).",
          de: "Nötig, wenn ein gewählter Tisch nur staatlich geförderte Beratungsdienste (MBE, JMD) aufnimmt.",
        },
        consent: { en: "Consent to the privacy notice.", de: "Einwilligung in die Datenschutzhinweise." },
        website: { en: "A honeypot: leave it empty.", de: "Eine Falle für Bots: leer lassen." },
      }),
      responses: {
        202: d.json("ApplyResult", {
          en: "Accepted; the confirmation mail is on its way.",
          de: "Angenommen; die Bestätigungs-E-Mail ist unterwegs.",
        }),
      },
      problems: [429],
    })),
    async (c) => {
      // Each field's message is the form's own for it ("Bitte geben Sie Ihren Namen an …"), in the request's language.
      const body = await readJsonBody(c, applicationInputSchema(), { messages: applicationFieldMessage });
      if (!body.ok) return body.response;
      const outcome = await submitApplication(deps, body.value, clientAddress(c), now());
      if (outcome.kind === "invalid") {
        const locale = responseLocale(c);
        await loadFieldTexts(locale);
        return validationProblem(
          c,
          outcome.errors.map((e) => ({ ...e, message: applicationFieldMessage(e.path, locale) ?? e.message })),
        );
      }
      if (outcome.kind === "rate_limited") {
        return problem(
          c,
          429,
          "Too Many Requests",
          "Too many applications from this address; please try again later.",
          {},
          { "Retry-After": String(outcome.retryAfterSeconds) },
        );
      }
      const { submissionId, applications, confirmationResent } = outcome.result;
      return c.json(
        {
          id: submissionId,
          applications: applications.map(({ id, workTableId, status }) => ({ id, workTableId, status })),
          ...(confirmationResent ? { confirmationResent } : {}),
        } satisfies ApplyResultBody,
        202,
      );
    },
  );
}

/**
 * The JSON endpoints behind the links in mails: the applicant's confirmation and the contact's decision. On AWS
 * they go to the `web` function, which has the same token flows for its pages.
 */
export function applicationLinkRoutes(deps: ConfirmDeps & DecideDeps, now: () => Date) {
  return new Hono<AppEnv>()
    .post(
      "/confirmations/:token",
      describeRoute((d) => ({
        operationId: "confirmApplication",
        tag: "links",
        summary: { en: "Confirm an application (double opt-in)", de: "Einen Antrag bestätigen (Double-Opt-in)" },
        description: {
          en: "Forwards each application to its table's contact person. Confirming again answers `already_confirmed`.",
          de: "Leitet jeden Antrag an die Ansprechperson seines Tischs weiter. Eine erneute Bestätigung ergibt `already_confirmed`.",
        },
        parameters: [d.params.token],
        responses: { 200: d.json("ConfirmResult", { en: "Confirmed.", de: "Bestätigt." }) },
        problems: [404, 410],
      })),
      async (c) => {
        const outcome = await confirmSubmission(deps, c.req.param("token"), now());
        if (outcome.kind !== "ok") return tokenProblem(c, outcome);
        return c.json({
          status: outcome.status,
          applications: outcome.applications.map(({ id, workTableId, status }) => ({ id, workTableId, status })),
        } satisfies ConfirmResultBody);
      },
    )
    .post(
      "/decisions/:token",
      describeRoute((d) => ({
        operationId: "decideApplication",
        tag: "links",
        summary: { en: "Accept or decline an application", de: "Einen Antrag annehmen oder ablehnen" },
        description: {
          en: "By the contact person the application was sent to. The same decision again is 200, a different one 409 (with the standing `decision`).",
          de: "Durch die Ansprechperson, an die der Antrag ging. Dieselbe Entscheidung noch einmal ergibt 200, eine andere 409 (mit der geltenden `decision`).",
        },
        parameters: [d.params.token],
        jsonRequest: true,
        requestBody: d.jsonBody(decisionInputSchema(), {
          note: { en: "Passed on to the applicant.", de: "Wird der antragstellenden Person mitgeteilt." },
        }),
        responses: { 200: d.json("DecideResult", { en: "Decided.", de: "Entschieden." }) },
        problems: [404, 409, 410],
      })),
      async (c) => {
        const body = await readJsonBody(c, decisionInputSchema());
        if (!body.ok) return body.response;
        const outcome = await decideApplication(
          deps,
          c.req.param("token"),
          body.value.decision,
          body.value.note,
          now(),
        );
        if (outcome.kind === "conflict") {
          return problem(c, 409, "Conflict", "This application has already been decided differently.", {
            decision: outcome.application.decision?.outcome,
          });
        }
        if (outcome.kind !== "ok") return tokenProblem(c, outcome);
        const { id, workTableId, status, decision } = outcome.application;
        return c.json({ id, workTableId, status, decision } satisfies DecideResultBody);
      },
    );
}
