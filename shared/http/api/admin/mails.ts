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
import { mailListQuery } from "./request-schemas.ts";

/**
 * The outbox for coordinators: mails by status (failed and uncertain ones are what a person acts on), and sending
 * a failed or uncertain mail again once its cause is fixed (an uncertain one only after checking with the
 * recipient that it did not arrive).
 */
export function adminMailRoutes(deps: { mails: MailRepository; signer: () => Promise<TokenSigner> }, now: () => Date) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const query = await validate(c, mailListQuery(), c.req.query(), "query");
      if (!query.ok) return query.response;
      const { status, limit, cursor } = query.value;
      const start = await decodeCursor(deps.signer, "mails", cursor, now());
      if (!start.ok) return validationProblem(c, [{ path: "cursor", message: start.message }], "query");
      const page = await deps.mails.list(status, limit, start.key);
      const nextCursor = await encodeCursor(deps.signer, "mails", page.nextKey, now());
      await loadMailTexts(page.items.map((m) => m.locale));
      return c.json({ items: page.items.map(mailSummary), ...(nextCursor ? { nextCursor } : {}) });
    })
    .post("/:id/retry", async (c) => {
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
    });
}
