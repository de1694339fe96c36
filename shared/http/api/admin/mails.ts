import { Hono } from "hono/tiny";
import { isMailId } from "../../../domain/ids.ts";
import { mailSummary } from "../../../mail/mail-summary.ts";
import { loadMailTexts } from "../../../mail/templates.ts";
import type { TokenSigner } from "../../../security/tokens.ts";
import type { MailRepository } from "../../../store/mail-repository.ts";
import type { AppEnv } from "../../app-env.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import { validate } from "../../json-body.ts";
import { problem, validationProblem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import { mailListQuery } from "./request-schemas.ts";

/**
 * The outbox for coordinators: mails by status (failed and uncertain ones are what a person acts on), and sending
 * a failed or uncertain mail again once its cause is fixed (an uncertain one only after checking with the
 * recipient that it did not arrive).
 */
export function adminMailRoutes(deps: { mails: MailRepository; signer: () => Promise<TokenSigner> }, now: () => Date) {
  return new Hono<AppEnv>()
    .get(
      "/",
      describeRoute((d) => ({
        operationId: "adminListMails",
        tag: "mails",
        coordinators: true,
        summary: { en: "Outbox mails in one status", de: "E-Mails des Postausgangs in einem Zustand" },
        parameters: d.query(mailListQuery()),
        responses: { 200: d.json("MailPage", { en: "One page, newest first.", de: "Eine Seite, neueste zuerst." }) },
        problems: [422],
      })),
      async (c) => {
        const query = await validate(c, mailListQuery(), c.req.query(), "query");
        if (!query.ok) return query.response;
        const { status, limit, cursor } = query.value;
        const start = await decodeCursor(deps.signer, "mails", cursor, now());
        if (!start.ok) return validationProblem(c, [{ path: "cursor", message: start.message }], "query");
        const page = await deps.mails.list(status, limit, start.key);
        const nextCursor = await encodeCursor(deps.signer, "mails", page.nextKey, now());
        await loadMailTexts(page.items.map((m) => m.locale));
        return c.json({ items: page.items.map(mailSummary), ...(nextCursor ? { nextCursor } : {}) });
      },
    )
    .post(
      "/:id/retry",
      describeRoute((d) => ({
        operationId: "adminRetryMail",
        tag: "mails",
        coordinators: true,
        summary: {
          en: "Send a failed or uncertain mail again",
          de: "Eine gescheiterte oder unsichere E-Mail erneut senden",
        },
        description: {
          en: "Recorded on the mail and in the audit log; 409 (with `mailStatus`) for any other status.",
          de: "Auf der E-Mail und im Protokoll festgehalten; 409 (mit `mailStatus`) für jeden anderen Zustand.",
        },
        parameters: [d.params.mailId],
        responses: { 200: d.json("MailSummary", { en: "The mail, queued again.", de: "Die E-Mail, neu eingereiht." }) },
        problems: [404, 409],
      })),
      async (c) => {
        const id = c.req.param("id");
        const result = isMailId(id)
          ? await deps.mails.retry(id, c.var.principal.email, now())
          : { outcome: "not_found" as const };
        if (result.outcome === "not_found") return problem(c, 404, "Not Found", "There is no mail with this id.");
        if (result.outcome === "conflict") {
          return problem(
            c,
            409,
            "Conflict",
            `Only a failed or uncertain mail can be sent again; this one is ${result.mail.status}.`,
            // Not `status`: in a problem, that is the HTTP status (RFC 9457).
            { mailStatus: result.mail.status },
          );
        }
        await loadMailTexts([result.mail.locale]);
        return c.json(mailSummary(result.mail));
      },
    );
}
