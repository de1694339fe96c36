import { Hono } from "hono/tiny";
import * as z from "zod/mini";
import type { AuditEntry } from "../../../domain/audit.ts";
import { once } from "../../../domain/once.ts";
import type { TokenSigner } from "../../../security/tokens.ts";
import { type AuditReader, queryAudit } from "../../../use-cases/audit-log.ts";
import type { AppEnv } from "../../app-env.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import { validate } from "../../json-body.ts";
import { validationProblem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import type { AuditPageBody } from "../openapi/response-schemas.ts";

const instant = () => z.iso.datetime({ offset: true, local: false });

/** `GET /api/admin/audit`. */
export const auditQuery = once(() =>
  z.strictObject({
    subject: z.optional(
      z
        .string()
        .check(
          z.maxLength(300),
          z.regex(/^[a-z_]{1,40}:\S+$/, { message: "use type:id, e.g. application:<id> or partner:<address>" }),
        ),
    ),
    actor: z.optional(z.string().check(z.trim(), z.maxLength(254))),
    action: z.optional(z.string().check(z.trim(), z.maxLength(60))),
    from: z.optional(instant()),
    to: z.optional(instant()),
    limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 50),
    cursor: z.optional(z.string().check(z.maxLength(2048))),
  }),
);

/** An entry as the API shows it: the record, without what only the store reads (its expiry). */
const entryJson = (e: AuditEntry): AuditEntry => ({
  id: e.id,
  at: e.at,
  actor: e.actor,
  action: e.action,
  subject: e.subject,
  ...(e.before ? { before: e.before } : {}),
  ...(e.after ? { after: e.after } : {}),
  ...(e.note ? { note: e.note } : {}),
});

/**
 * The audit log, as the console's page reads it (/konsole/protokoll) and more: by the thing an entry is about, the
 * actor, the start of the action and a period, newest first, page by page (sealed cursors, as every admin list).
 */
export function adminAuditRoutes(deps: { audit: AuditReader; signer: () => Promise<TokenSigner> }, now: () => Date) {
  return new Hono<AppEnv>().get(
    "/",
    describeRoute((d) => ({
      operationId: "adminQueryAudit",
      tag: "audit",
      coordinators: true,
      summary: { en: "The audit log, newest first", de: "Das Protokoll, neueste zuerst" },
      description: {
        en: "Every change a person made (and the mailings that ran), kept two years. A page may hold fewer entries than `limit` while `nextCursor` follows.",
        de: "Jede Änderung, die eine Person vorgenommen hat (und die gelaufenen Versände), zwei Jahre aufbewahrt. Eine Seite kann weniger Einträge als `limit` enthalten, während `nextCursor` folgt.",
      },
      parameters: d.query(auditQuery(), {
        subject: {
          en: "The thing: `application:<id>`, `partner:<address>`, `person:<address>`, `conference:<id>` (meetings too), `worktable:<id>`, `notice:<kind>`, `mail:<id>`.",
          de: "Der Gegenstand: `application:<id>`, `partner:<Adresse>`, `person:<Adresse>`, `conference:<id>` (auch Treffen), `worktable:<id>`, `notice:<Art>`, `mail:<id>`.",
        },
        actor: {
          en: "Who: an address, `link:partner`, `system`.",
          de: "Wer: eine Adresse, `link:partner`, `system`.",
        },
        action: {
          en: "The start of the action, e.g. `meeting.` or `partner.remove_from_table`.",
          de: "Der Anfang der Aktion, z. B. `meeting.` oder `partner.remove_from_table`.",
        },
        from: { en: "Entries at or after this time.", de: "Einträge ab diesem Zeitpunkt." },
        to: { en: "Entries at or before this time.", de: "Einträge bis zu diesem Zeitpunkt." },
        cursor: {
          en: "`nextCursor` of the page before, with the same filters; a cursor of another list is 422.",
          de: "`nextCursor` der Seite davor, mit denselben Filtern; ein Cursor einer anderen Liste ergibt 422.",
        },
      }),
      responses: { 200: d.json("AuditPage", { en: "One page.", de: "Eine Seite." }) },
      problems: [422],
    })),
    async (c) => {
      const query = await validate(c, auditQuery(), c.req.query(), "query");
      if (!query.ok) return query.response;
      const { subject, actor, action, from, to, limit, cursor } = query.value;
      const start = await decodeCursor(deps.signer, "audit", cursor, now());
      if (!start.ok) return validationProblem(c, [{ path: "cursor", message: start.message }], "query");
      const separator = subject?.indexOf(":") ?? -1;
      const read = await queryAudit(deps, {
        ...(subject ? { subject: { type: subject.slice(0, separator), id: subject.slice(separator + 1) } } : {}),
        ...(actor ? { actor } : {}),
        ...(action ? { action } : {}),
        ...(from ? { from: new Date(from) } : {}),
        ...(to ? { to: new Date(to) } : {}),
        limit,
        ...(start.key ? { position: start.key } : {}),
      });
      if (read.kind !== "ok") {
        return validationProblem(c, [{ path: "cursor", message: "is not a cursor of this list" }], "query");
      }
      const nextCursor = await encodeCursor(deps.signer, "audit", read.next, now());
      return c.json({
        items: read.items.map(entryJson),
        ...(nextCursor ? { nextCursor } : {}),
      } satisfies AuditPageBody);
    },
  );
}
