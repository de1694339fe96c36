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
import { describeRoute } from "../describe.ts";
import type { ImportReportBody } from "../openapi/response-schemas.ts";
import { partnerListQuery, resubscribeBody } from "./request-schemas.ts";

type PartnerRouteDeps = Pick<AppDependencies, "partners" | "workTables" | "logger" | "signer" | "audit">;

/**
 * The partner directory for coordinators (behind the coordinator check of /api/admin/*): CSV import, the list
 * as JSON pages or as one CSV file, a partner, and undoing an unsubscription on the partner's request.
 */
export function adminPartnerRoutes(deps: PartnerRouteDeps, now: () => Date) {
  return new Hono<AppEnv>()
    .post(
      "/import",
      describeRoute((d) => ({
        operationId: "adminImportPartners",
        tag: "partners",
        coordinators: true,
        summary: { en: "Import partners from CSV", de: "Netzwerkpartner aus CSV einlesen" },
        description: {
          en: "Never overwrites what is stored; a bad row refuses only itself; the same file again changes nothing.",
          de: "Überschreibt nie Gespeichertes; eine fehlerhafte Zeile wird allein abgelehnt; dieselbe Datei noch einmal ändert nichts.",
        },
        requestBody: {
          required: true,
          ...d.words({
            en: "UTF-8 (with or without BOM), comma or semicolon separated. Header `name,email,organisation,workTables,legalBasis` (or German: `Name;E-Mail;Organisation;Arbeitstische;Rechtsgrundlage`); work tables as numerals joined by `|`, e.g. `I|IV`.",
            de: "UTF-8 (mit oder ohne BOM), durch Komma oder Semikolon getrennt. Kopfzeile `Name;E-Mail;Organisation;Arbeitstische;Rechtsgrundlage` (oder englisch: `name,email,organisation,workTables,legalBasis`); Arbeitstische als Nummern, durch `|` verbunden, z. B. `I|IV`.",
          }),
          content: { "text/csv": { schema: { type: "string" } } },
        },
        responses: {
          200: d.json("ImportReport", {
            en: "What happened to each row.",
            de: "Was mit jeder Zeile geschah.",
          }),
        },
        problems: [400, 413, 415, 422],
      })),
      async (c) => {
        const [type, ...parameters] = (c.req.header("content-type") ?? "")
          .split(";")
          .map((s) => s.trim().toLowerCase());
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
      },
    )
    .get(
      "/",
      describeRoute((d) => ({
        operationId: "adminListPartners",
        tag: "partners",
        coordinators: true,
        summary: { en: "The partner directory", de: "Das Verzeichnis der Netzwerkpartner" },
        description: {
          en: "JSON pages, or with `format=csv` (or `Accept: text/csv`) the whole directory as one CSV file (UTF-8 with BOM).",
          de: "JSON seitenweise, oder mit `format=csv` (oder `Accept: text/csv`) das ganze Verzeichnis als eine CSV-Datei (UTF-8 mit BOM).",
        },
        parameters: d.query(partnerListQuery()),
        responses: {
          200: {
            ...d.words({ en: "One page, or the CSV file.", de: "Eine Seite, oder die CSV-Datei." }),
            content: {
              "application/json": { schema: d.ref("PartnerPage") },
              "text/csv": { schema: { type: "string" } },
            },
          },
        },
        problems: [422],
      })),
      async (c) => {
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
      },
    )
    .get(
      "/:email",
      describeRoute((d) => ({
        operationId: "adminGetPartner",
        tag: "partners",
        coordinators: true,
        summary: { en: "One partner", de: "Ein Netzwerkpartner" },
        parameters: [d.params.email],
        responses: { 200: d.json("Partner", { en: "The partner.", de: "Der Netzwerkpartner." }) },
        problems: [404],
      })),
      async (c) => {
        const email = c.req.param("email");
        const partner = isEmailInPath(email) ? await deps.partners.get(email) : undefined;
        return partner ? c.json(partnerJson(partner)) : notFound(c);
      },
    )
    .post(
      "/:email/resubscribe",
      describeRoute((d) => ({
        operationId: "adminResubscribePartner",
        tag: "partners",
        coordinators: true,
        summary: { en: "Undo an unsubscription", de: "Eine Abbestellung rückgängig machen" },
        description: {
          en: "Only on the partner's request; recorded with who and when. 409 when the partner is not unsubscribed.",
          de: "Nur auf Wunsch des Partners; mit Person und Zeitpunkt festgehalten. 409, wenn nichts abbestellt ist.",
        },
        parameters: [d.params.email],
        jsonRequest: true,
        requestBody: d.jsonBody(resubscribeBody(), {
          note: { en: "How the partner asked for it.", de: "Wie der Partner darum gebeten hat." },
        }),
        responses: { 200: d.json("Partner", { en: "The partner.", de: "Der Netzwerkpartner." }) },
        problems: [404, 409],
      })),
      async (c) => {
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
      },
    );
}

function notFound(c: Context): Promise<Response> {
  return problem(c, 404, "Not Found", "There is no partner with this email address.");
}

function tooLarge(c: Context): Promise<Response> {
  return problem(c, 413, "Content Too Large", `The file must not exceed ${MAX_CSV_BYTES} bytes.`);
}
