import type { Context } from "hono";
import { Hono } from "hono/tiny";
import * as z from "zod/mini";
import { isEmailInPath } from "../../../domain/ids.ts";
import { once } from "../../../domain/once.ts";
import type { Coordinator } from "../../../domain/people.ts";
import { emailAddress, personName } from "../../../domain/text.ts";
import { addCoordinator, type CoordinatorDeps, removeCoordinator } from "../../../use-cases/coordinators.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";

/** `POST /api/admin/coordinators`. */
export const coordinatorBody = once(() => z.strictObject({ email: emailAddress(), name: z.optional(personName(120)) }));

type CoordinatorRouteDeps = CoordinatorDeps & {
  access: CoordinatorDeps["access"] & {
    coordinators(): Promise<Coordinator[]>;
    coordinator(email: string): Promise<Coordinator | undefined>;
  };
};

const noCoordinator = (c: Context) => problem(c, 404, "Not Found", "There is no coordinator with this email address.");

/**
 * Who is a coordinator, as the console's page keeps it (/konsole/koordination), through the same use cases: a
 * new coordinator's sessions go back to the second step; a removed one's sessions and API tokens end; the last
 * one stays. Each change is recorded with the caller as actor.
 */
export function adminCoordinatorRoutes(deps: CoordinatorRouteDeps, now: () => Date) {
  const list = async () => ({ items: await deps.access.coordinators() });
  return new Hono<AppEnv>()
    .get(
      "/",
      describeRoute((d) => ({
        operationId: "adminListCoordinators",
        tag: "coordinators",
        coordinators: true,
        summary: { en: "Every coordinator", de: "Alle Koordinator:innen" },
        responses: { 200: d.json("CoordinatorList", { en: "The coordinators.", de: "Die Koordinator:innen." }) },
      })),
      async (c) => c.json(await list()),
    )
    .post(
      "/",
      describeRoute((d) => ({
        operationId: "adminAddCoordinator",
        tag: "coordinators",
        coordinators: true,
        summary: { en: "Add a coordinator", de: "Eine Koordinatorin oder einen Koordinator hinzufügen" },
        description: {
          en: "Their coordinator rights need a second factor: sessions they have go back to the second step. Recorded as `coordinator.add`; someone already a coordinator is 409.",
          de: "Die Rechte der Koordination brauchen einen zweiten Faktor: Bestehende Sitzungen gehen zurück zum zweiten Schritt. Protokolliert als `coordinator.add`; wer schon koordiniert, ergibt 409.",
        },
        jsonRequest: true,
        requestBody: d.jsonBody(coordinatorBody()),
        responses: {
          201: d.json("Coordinator", { en: "Added.", de: "Hinzugefügt." }, d.headers.location),
        },
        problems: [409],
      })),
      async (c) => {
        const body = await readJsonBody(c, coordinatorBody());
        if (!body.ok) return body.response;
        const { email, name } = body.value;
        const added = await addCoordinator(deps, c.var.principal.email, email, name, now());
        if (!added) return problem(c, 409, "Conflict", "This person is already a coordinator.");
        const coordinator = await deps.access.coordinator(email);
        c.header("Location", `/api/admin/coordinators/${encodeURIComponent(email)}`);
        return c.json(
          coordinator ?? {
            email,
            ...(name ? { name } : {}),
            addedBy: c.var.principal.email,
            addedAt: now().toISOString(),
          },
          201,
        );
      },
    )
    .delete(
      "/:email",
      describeRoute((d) => ({
        operationId: "adminRemoveCoordinator",
        tag: "coordinators",
        coordinators: true,
        summary: { en: "Remove a coordinator", de: "Eine Koordinatorin oder einen Koordinator entfernen" },
        description: {
          en: "Their sessions and personal API tokens end with it; recorded as `coordinator.remove`. The last coordinator stays (409), even when two are removed at once.",
          de: "Ihre Sitzungen und persönlichen API-Tokens enden damit; protokolliert als `coordinator.remove`. Die oder der Letzte bleibt (409), auch wenn zwei zugleich entfernt werden.",
        },
        parameters: [d.params.email],
        responses: {
          200: d.json("CoordinatorList", { en: "Removed: who is left.", de: "Entfernt: wer bleibt." }),
        },
        problems: [404, 409],
      })),
      async (c) => {
        const email = c.req.param("email");
        if (!isEmailInPath(email)) return noCoordinator(c);
        const outcome = await removeCoordinator(deps, c.var.principal.email, email, now());
        if (outcome === "not_found") return noCoordinator(c);
        if (outcome === "last") return problem(c, 409, "Conflict", "The last coordinator cannot be removed.");
        return c.json(await list());
      },
    );
}
