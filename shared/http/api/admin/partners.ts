import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { isEmailInPath } from "../../../domain/ids.ts";
import { consoleLocaleOf } from "../../../domain/locale.ts";
import { MAX_CSV_BYTES, parsePartnerCsv, partnersToCsv } from "../../../domain/partner-csv.ts";
import { CSV } from "../../../i18n/csv.ts";
import { isDirectoryKey, partnerJson } from "../../../store/partner-repository.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { readLimitedBody } from "../../body-limit.ts";
import { decodeCursor, encodeCursor } from "../../cursor.ts";
import { readJsonBody, validate } from "../../json-body.ts";
import { problem, validationProblem } from "../../problem.ts";
import type { ImportReportBody } from "../openapi/response-schemas.ts";
import { partnerListQuery, resubscribeBody } from "./request-schemas.ts";

type PartnerRouteDeps = Pick<AppDependencies, "partners" | "workTables" | "logger" | "signer" | "audit">;

/**
 * The partner directory for coordinators (behind the coordinator check of /api/admin/*): CSV import, the list
 * as JSON pages or as one CSV file, a partner, and undoing an unsubscription on the partner's request.
 */
export function adminPartnerRoutes(deps: PartnerRouteDeps, now: () => Date) {
  return new Hono<AppEnv>()
    .post("/import", async (c) => {
      const [type, ...parameters] = (c.req.header("content-type") ?? "").split(";").map((s) => s.trim().toLowerCase());
      const charset = parameters.find((p) => p.startsWith("charset="))?.slice("charset=".length);
      if (type !== "text/csv" || (charset && charset.replace(/"/g, "") !== "utf-8")) {
        return problem(c, 415, "Unsupported Media Type", "Send the file as text/csv in UTF-8.");
      }
      const raw = await readLimitedBody(c, MAX_CSV_BYTES);
      if (!raw.ok) return tooLarge(c);
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(raw.bytes);
      } catch {
        return problem(
          c,
          400,
          "Bad Request",
          'The file is not UTF-8. In Excel, save it as "CSV UTF-8 (comma delimited)".',
        );
      }
      const tables = await deps.workTables.list();
      const parsed = parsePartnerCsv(
        text,
        new Map(tables.map((t) => [t.numeral, t.id])),
        await CSV.load(consoleLocaleOf(c.var.locale)),
      );
      if (!parsed.ok) return problem(c, 422, "Unprocessable Content", parsed.reason);
      const counts = await deps.partners.importPartners(
        parsed.rows.map((r) => r.partner),
        now(),
      );
      await deps.audit.record(
        {
          at: now().toISOString(),
          actor: c.var.principal.email,
          action: "partner.import",
          subject: { type: "import", id: c.var.requestId },
          after: { ...counts, rows: parsed.rows.length, refused: parsed.refused.length },
        },
        now(),
      );
      deps.logger.info("partners imported", {
        requestId: c.var.requestId,
        ...counts,
        refused: parsed.refused.length,
        duplicates: parsed.duplicates.length,
      });
      return c.json({ ...counts, refused: parsed.refused, duplicates: parsed.duplicates } satisfies ImportReportBody);
    })
    .get("/", async (c) => {
      const query = await validate(c, partnerListQuery(), c.req.query(), "query");
      if (!query.ok) return query.response;
      const { format, workTableId, limit, cursor } = query.value;
      c.header("Vary", "Accept", { append: true });
      const wantsCsv = format ? format === "csv" : /\btext\/csv\b/i.test(c.req.header("accept") ?? "");
      if (!wantsCsv) {
        const start = await decodeCursor(deps.signer, "partners", cursor, now());
        if (!start.ok || (start.key && !isDirectoryKey(start.key))) {
          return validationProblem(
            c,
            [{ path: "cursor", message: start.ok ? "is not a cursor of this list" : start.message }],
            "query",
          );
        }
        const page = await deps.partners.list({ workTableId, limit, ...(start.key ? { startKey: start.key } : {}) });
        const nextCursor = await encodeCursor(deps.signer, "partners", page.nextKey, now());
        return c.json({ items: page.items.map(partnerJson), ...(nextCursor ? { nextCursor } : {}) });
      }
      const [partners, tables] = await Promise.all([
        deps.partners.all(workTableId ? { workTableId } : {}),
        deps.workTables.list({ includeArchived: true }),
      ]);
      const numerals = new Map(tables.map((t) => [t.id, t.numeral]));
      return c.body(
        partnersToCsv(partners, (id) => numerals.get(id)),
        200,
        {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": 'attachment; filename="partner.csv"',
          "Cache-Control": "no-store",
        },
      );
    })
    .get("/:email", async (c) => {
      const email = c.req.param("email");
      const partner = isEmailInPath(email) ? await deps.partners.get(email) : undefined;
      return partner ? c.json(partnerJson(partner)) : notFound(c);
    })
    .post("/:email/resubscribe", async (c) => {
      if (!isEmailInPath(c.req.param("email"))) return notFound(c);
      const body = await readJsonBody(c, resubscribeBody());
      if (!body.ok) return body.response;
      const by = c.var.principal.email;
      const result = await deps.partners.resubscribe(c.req.param("email"), { by, note: body.value.note }, now());
      if (result.outcome === "not_found") return notFound(c);
      if (result.outcome === "not_unsubscribed") {
        return problem(c, 409, "Conflict", "This partner is on the mailing list; there is nothing to undo.");
      }
      return c.json(partnerJson(result.partner));
    });
}

function notFound(c: Context): Promise<Response> {
  return problem(c, 404, "Not Found", "There is no partner with this email address.");
}

function tooLarge(c: Context): Promise<Response> {
  return problem(c, 413, "Content Too Large", `The file must not exceed ${MAX_CSV_BYTES} bytes.`);
}
