import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { isEmailInPath } from "../../../domain/ids.ts";
import { erasePerson, type PersonDeps, readPersonData } from "../../../use-cases/person-data.ts";
import type { AppEnv } from "../../app-env.ts";
import { problem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import type { EraseResultBody } from "../openapi/response-schemas.ts";

const REFUSALS = {
  contact:
    "This person is the contact or deputy of a work table. Replace them on the table first; then they can be erased.",
  coordinator: "This person is a coordinator. Take them off the coordination first; then they can be erased.",
} as const;

/**
 * A person's data on request (Art. 15 and 17 DSGVO) for scripts: everything stored about an address as JSON, and
 * erasing it. The console offers the same (Personen).
 */
export function adminPeopleRoutes(deps: PersonDeps, now: () => Date) {
  const badAddress = (c: Context) => problem(c, 404, "Not Found", "This is not an email address.");
  return new Hono<AppEnv>()
    .get(
      "/:email/export",
      describeRoute((d) => ({
        operationId: "adminExportPerson",
        tag: "people",
        coordinators: true,
        summary: { en: "Everything stored about a person", de: "Alles über eine Person Gespeicherte" },
        parameters: [d.params.email],
        responses: { 200: d.json("PersonData", { en: "The data (Art. 15 GDPR).", de: "Die Daten (Art. 15 DSGVO)." }) },
        problems: [404],
      })),
      async (c) => {
        const email = c.req.param("email");
        if (!isEmailInPath(email)) return badAddress(c);
        return c.json(await readPersonData(deps, email, c.var.principal.email, "export", now()));
      },
    )
    .post(
      "/:email/erase",
      describeRoute((d) => ({
        operationId: "adminErasePerson",
        tag: "people",
        coordinators: true,
        summary: { en: "Erase a person", de: "Eine Person löschen" },
        description: {
          en: "Art. 17 GDPR: their items deleted, audit entries anonymised, the address kept off every mailing. 409 for a contact person of a table or a coordinator.",
          de: "Art. 17 DSGVO: ihre Einträge gelöscht, Protokolleinträge anonymisiert, die Adresse von jedem Versand ausgeschlossen. 409 für Ansprechpersonen eines Tischs und Koordinierende.",
        },
        parameters: [d.params.email],
        responses: { 200: d.json("EraseResult", { en: "Erased.", de: "Gelöscht." }) },
        problems: [404, 409],
      })),
      async (c) => {
        const email = c.req.param("email");
        if (!isEmailInPath(email)) return badAddress(c);
        const outcome = await erasePerson(deps, email, c.var.principal.email, now());
        if (outcome.kind === "refused") return problem(c, 409, "Conflict", REFUSALS[outcome.reason]);
        return c.json({ status: "erased", ...outcome } satisfies EraseResultBody);
      },
    );
}
