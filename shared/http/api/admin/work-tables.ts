import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { DomainError } from "../../../domain/errors.ts";
import { isWorkTableId, type WorkTable } from "../../../domain/work-table.ts";
import { WORK_TABLE_READ_ONLY, workTableInputSchema } from "../../../domain/work-table-input.ts";
import type { WorkTableRepository } from "../../../store/work-table-repository.ts";
import { type SaveWorkTableDeps, saveWorkTable } from "../../../use-cases/save-work-table.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import type { JsonSchema } from "../openapi/kit.ts";

/** A work table's version for HTTP: its last change. `W/` because the JSON is not byte-for-byte stable. */
const etagOf = (table: Pick<WorkTable, "updatedAt">) => `W/"${table.updatedAt}"`;
const versionOf = (ifMatch: string | undefined) =>
  /^W\/"(.+)"$/.exec(ifMatch?.trim() ?? "")?.[1] ?? ifMatch?.replace(/"/g, "");

function notFound(c: Context) {
  return problem(c, 404, "Not Found", "There is no work table with this id.");
}

/**
 * Coordinators keep the work tables; unlike the public routes these show contact and deputy email addresses (and
 * archived tables). A GET carries the table's ETag; a PUT with If-Match is refused with 412 when the table changed
 * since (no silent overwrite of someone else's edit).
 */
export function adminWorkTableRoutes(deps: SaveWorkTableDeps & { workTables: WorkTableRepository }, now: () => Date) {
  const { workTables } = deps;
  return new Hono<AppEnv>()
    .get(
      "/",
      describeRoute((d) => ({
        operationId: "adminListWorkTables",
        tag: "workTables",
        coordinators: true,
        summary: { en: "All work tables", de: "Alle Arbeitstische" },
        description: {
          en: "With contact and deputy addresses, archived ones included.",
          de: "Mit den Adressen von Ansprechperson und Vertretung, archivierte eingeschlossen.",
        },
        responses: { 200: d.json("WorkTableList", { en: "The work tables.", de: "Die Arbeitstische." }) },
      })),
      async (c) => c.json({ items: await workTables.list({ includeArchived: true }) }),
    )
    .get(
      "/:id",
      describeRoute((d) => ({
        operationId: "adminGetWorkTable",
        tag: "workTables",
        coordinators: true,
        summary: { en: "One work table, with its ETag", de: "Ein Arbeitstisch, mit seinem ETag" },
        parameters: [d.params.workTableId],
        responses: { 200: d.json("WorkTable", { en: "The work table.", de: "Der Arbeitstisch." }, d.headers.etag) },
        problems: [404],
      })),
      async (c) => {
        const table = await workTables.get(c.req.param("id"));
        if (!table) return notFound(c);
        c.header("ETag", etagOf(table));
        return c.json(table);
      },
    )
    .put(
      "/:id",
      describeRoute((d) => ({
        operationId: "adminPutWorkTable",
        tag: "workTables",
        coordinators: true,
        summary: { en: "Create or replace a work table", de: "Einen Arbeitstisch anlegen oder ersetzen" },
        description: {
          en: "The whole table. What a GET returns can be sent back: its read-only fields are ignored. A numeral belongs to one table (409).",
          de: "Der ganze Tisch. Was ein GET liefert, kann zurückgesendet werden: Die nur lesbaren Felder werden übergangen. Eine Nummer gehört zu einem Tisch (409).",
        },
        parameters: [d.params.workTableId, d.params.ifMatch],
        jsonRequest: true,
        requestBody: d.jsonBody(
          workTableInputSchema(),
          {
            numeral: { en: "A Roman numeral such as I, IV or XII.", de: "Eine römische Zahl wie I, IV oder XII." },
            deputy: {
              en: "Receives the table's applications instead of the contact while set; `null` removes it.",
              de: "Erhält die Anträge des Tischs anstelle der Ansprechperson, solange gesetzt; `null` entfernt sie.",
            },
          },
          (schema) => {
            const properties = schema.properties as Record<string, JsonSchema>;
            for (const name of WORK_TABLE_READ_ONLY) {
              properties[name] = {
                readOnly: true,
                ...d.words({ en: "Read-only: ignored.", de: "Nur lesbar: wird übergangen." }),
              };
            }
          },
        ),
        responses: {
          200: d.json("WorkTable", { en: "Replaced.", de: "Ersetzt." }, d.headers.etag),
          201: d.json("WorkTable", { en: "Created.", de: "Angelegt." }, { ...d.headers.etag, ...d.headers.location }),
        },
        problems: [409, 412],
      })),
      async (c) => {
        const id = c.req.param("id");
        if (!isWorkTableId(id)) {
          return problem(c, 422, "Unprocessable Content", "The id in the path is not valid.", {
            errors: [
              { path: "id", message: "use 1–64 lowercase letters, digits and hyphens, e.g. kita-uebergang-schule" },
            ],
          });
        }
        const body = await readJsonBody(c, workTableInputSchema(), { ignore: WORK_TABLE_READ_ONLY });
        if (!body.ok) return body.response;
        const expected = versionOf(c.req.header("if-match"));
        try {
          const { table, created } = await saveWorkTable(deps, id, body.value, now(), {
            ...(expected ? { expectedVersion: expected } : {}),
            actor: c.var.principal.email,
          });
          if (created) c.header("Location", `/api/admin/work-tables/${id}`);
          c.header("ETag", etagOf(table));
          return c.json(table, created ? 201 : 200);
        } catch (error) {
          if (error instanceof DomainError && error.code === "stale") {
            return problem(
              c,
              412,
              "Precondition Failed",
              "The work table was changed since you read it; read it again.",
            );
          }
          if (error instanceof DomainError && error.code === "numeral_taken") {
            return problem(c, 409, "Conflict", error.message, {
              errors: [{ path: "numeral", message: error.message }],
            });
          }
          if (error instanceof DomainError) return problem(c, 409, "Conflict", error.message);
          throw error;
        }
      },
    )
    .post(
      "/:id/archive",
      describeRoute((d) => ({
        operationId: "adminArchiveWorkTable",
        tag: "workTables",
        coordinators: true,
        summary: { en: "Archive a work table", de: "Einen Arbeitstisch archivieren" },
        description: {
          en: "Off the public page and the form; its history stays and its numeral is free.",
          de: "Nicht mehr auf der öffentlichen Seite und im Formular; die Geschichte bleibt, die Nummer wird frei.",
        },
        parameters: [d.params.workTableId],
        responses: { 200: d.json("WorkTable", { en: "The work table.", de: "Der Arbeitstisch." }) },
        problems: [404, 409],
      })),
      async (c) => archive(c, true),
    )
    .post(
      "/:id/restore",
      describeRoute((d) => ({
        operationId: "adminRestoreWorkTable",
        tag: "workTables",
        coordinators: true,
        summary: { en: "Bring an archived work table back", de: "Einen archivierten Arbeitstisch zurückholen" },
        description: {
          en: "409 when another table has taken its numeral meanwhile.",
          de: "409, wenn ein anderer Tisch inzwischen seine Nummer trägt.",
        },
        parameters: [d.params.workTableId],
        responses: { 200: d.json("WorkTable", { en: "The work table.", de: "Der Arbeitstisch." }) },
        problems: [404, 409],
      })),
      async (c) => archive(c, false),
    );

  async function archive(c: Context<AppEnv>, archived: boolean) {
    try {
      const table = await workTables.setArchived(c.req.param("id") ?? "", archived, c.var.principal.email, now());
      return table ? c.json(table) : notFound(c);
    } catch (error) {
      if (error instanceof DomainError) return problem(c, 409, "Conflict", error.message);
      throw error;
    }
  }
}
