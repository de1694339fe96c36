import { Hono } from "hono/tiny";
import * as z from "zod/mini";
import { isEmailInPath } from "../../../domain/ids.ts";
import { once } from "../../../domain/once.ts";
import type { Partner } from "../../../domain/partner.ts";
import { paragraph } from "../../../domain/text.ts";
import type { WorkTable } from "../../../domain/work-table.ts";
import { partnerJson } from "../../../store/partner-repository.ts";
import { type RemoveMemberDeps, removeMember } from "../../../use-cases/table-members.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import type { MemberListBody } from "../openapi/response-schemas.ts";
import { tableNotFound, tableOfPath } from "./table-scope.ts";

/** `POST /api/admin/work-tables/:tableId/members/:email/remove`: why, as the console asks (the audit log keeps it). */
export const removeMemberBody = once(() => z.strictObject({ note: paragraph(1000) }));

type MemberRouteDeps = RemoveMemberDeps & {
  workTables: { get(id: string): Promise<WorkTable | undefined> };
  partners: RemoveMemberDeps["partners"] & { all(filter: { workTableId: string }): Promise<Partner[]> };
};

/**
 * A work table's members, as its page in the console shows them (/konsole/tische/:id/mitglieder): the list, and
 * taking one off the table with a note, through the same use case (the member's polite mail included). Mounted
 * under /api/admin/work-tables beside the tables' own routes.
 */
export function adminMemberRoutes(deps: MemberRouteDeps, now: () => Date) {
  return new Hono<AppEnv>()
    .get(
      "/:tableId/members",
      describeRoute((d) => ({
        operationId: "adminListMembers",
        tag: "tables",
        coordinators: true,
        summary: { en: "A work table's members", de: "Die Mitglieder eines Arbeitstischs" },
        description: {
          en: "By name; those who left all mail included (they get no meeting mail). An archived table: 404, as in the console.",
          de: "Nach Namen; auch wer alle Post abbestellt hat (erhält keine Post zu Treffen). Ein archivierter Tisch: 404, wie in der Konsole.",
        },
        parameters: [d.params.tableId],
        responses: { 200: d.json("MemberList", { en: "The members.", de: "Die Mitglieder." }) },
        problems: [404],
      })),
      async (c) => {
        const table = await tableOfPath(c, deps.workTables);
        if (!table) return tableNotFound(c);
        const members = await deps.partners.all({ workTableId: table.id });
        members.sort((a, b) => a.name.localeCompare(b.name, "de"));
        return c.json({ items: members.map(partnerJson) } satisfies MemberListBody);
      },
    )
    .post(
      "/:tableId/members/:email/remove",
      describeRoute((d) => ({
        operationId: "adminRemoveMember",
        tag: "tables",
        coordinators: true,
        summary: { en: "Take a member off a work table", de: "Ein Mitglied von einem Arbeitstisch nehmen" },
        description: {
          en: "As the console does: the member gets a polite mail (unless they left all mail), replies going to the table's contact; the note stays in the audit log (`partner.remove_from_table`) and is not sent. Their other tables and conference mail stay.",
          de: "Wie in der Konsole: Das Mitglied erhält eine freundliche E-Mail (außer es hat alle Post abbestellt), Antworten gehen an die Ansprechperson des Tischs; die Begründung bleibt im Protokoll (`partner.remove_from_table`) und wird nicht versandt. Andere Tische und die Post zu Tagungen bleiben.",
        },
        parameters: [d.params.tableId, d.params.email],
        jsonRequest: true,
        requestBody: d.jsonBody(removeMemberBody(), {
          note: { en: "Why; required, as in the console.", de: "Warum; nötig, wie in der Konsole." },
        }),
        responses: {
          200: d.json("Partner", {
            en: "The partner as now stored.",
            de: "Der Netzwerkpartner, wie jetzt gespeichert.",
          }),
        },
        problems: [404, 409],
      })),
      async (c) => {
        const table = await tableOfPath(c, deps.workTables);
        if (!table) return tableNotFound(c);
        const email = c.req.param("email");
        if (!isEmailInPath(email)) return notMember(c);
        const body = await readJsonBody(c, removeMemberBody());
        if (!body.ok) return body.response;
        const outcome = await removeMember(deps, table, { email }, body.value.note, c.var.principal.email, now());
        if (outcome.kind === "not_member") return notMember(c);
        if (outcome.kind === "conflict") {
          return problem(c, 409, "Conflict", "This partner was taken off the work table at the same time.");
        }
        const partner = await deps.partners.get(outcome.partner.email);
        return c.json(partnerJson(partner ?? outcome.partner));
      },
    );
}

function notMember(c: Parameters<typeof problem>[0]) {
  return problem(c, 404, "Not Found", "There is no member of this work table with this email address.");
}
