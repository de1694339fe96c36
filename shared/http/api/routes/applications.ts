import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { applicationInputSchema, decisionInputSchema } from "../../../domain/application.ts";
import { applicationFieldMessage, loadFieldTexts } from "../../../i18n/fields.ts";
import { type ConfirmDeps, confirmSubmission } from "../../../use-cases/confirm-submission.ts";
import { type DecideDeps, decideApplication, type HandedOn } from "../../../use-cases/decide-application.ts";
import type { LinkFailure } from "../../../use-cases/link-outcome.ts";
import { type SubmitDeps, submitApplication } from "../../../use-cases/submit-application.ts";
import type { AppEnv, ClientAddress } from "../../app-env.ts";

export type { ClientAddress } from "../../app-env.ts";

import { readJsonBody } from "../../json-body.ts";
import { problem, responseLocale, validationProblem } from "../../problem.ts";
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
  return new Hono<AppEnv>().post("/applications", async (c) => {
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
  });
}

/**
 * The JSON endpoints behind the links in mails: the applicant's confirmation and the contact's decision. On AWS
 * they go to the `web` function, which has the same token flows for its pages.
 */
export function applicationLinkRoutes(deps: ConfirmDeps & DecideDeps, now: () => Date) {
  return new Hono<AppEnv>()
    .post("/confirmations/:token", async (c) => {
      const outcome = await confirmSubmission(deps, c.req.param("token"), now());
      if (outcome.kind !== "ok") return tokenProblem(c, outcome);
      return c.json({
        status: outcome.status,
        applications: outcome.applications.map(({ id, workTableId, status }) => ({ id, workTableId, status })),
      } satisfies ConfirmResultBody);
    })
    .post("/decisions/:token", async (c) => {
      const body = await readJsonBody(c, decisionInputSchema());
      if (!body.ok) return body.response;
      const outcome = await decideApplication(deps, c.req.param("token"), body.value.decision, body.value.note, now());
      if (outcome.kind === "conflict") {
        return problem(c, 409, "Conflict", "This application has already been decided differently.", {
          decision: outcome.application.decision?.outcome,
        });
      }
      if (outcome.kind !== "ok") return tokenProblem(c, outcome);
      const { id, workTableId, status, decision } = outcome.application;
      return c.json({ id, workTableId, status, decision } satisfies DecideResultBody);
    });
}
