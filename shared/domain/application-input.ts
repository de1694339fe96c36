import * as z from "zod/mini";
import { ENGAGEMENTS, ORGANISATION_TYPES } from "./application.ts";
import { LOCALES } from "./locale.ts";
import { once } from "./once.ts";
import { emailAddress, line, paragraph, personName } from "./text.ts";
import { admissionRequirements, COUNSELLING_SERVICES, isWorkTableId, type WorkTable } from "./work-table.ts";

/**
 * What an applicant sends (`POST /api/applications`, the form) and what a contact person decides, as zod schemas,
 * and the admission rules applied to an application. A module of its own: the rest of the domain is read by every
 * function at start, and only the routes that validate input need zod.
 */

function buildSchema() {
  return z.strictObject({
    workTableIds: z.array(z.string().check(z.refine(isWorkTableId, { message: "is not a work table id" }))).check(
      z.minLength(1, "choose at least one work table"),
      z.maxLength(10),
      z.refine((ids) => new Set(ids).size === ids.length, { message: "must not repeat a work table" }),
    ),
    name: personName(120),
    email: emailAddress(),
    organisation: z.optional(line(200)),
    organisationType: z.enum(ORGANISATION_TYPES),
    engagement: z.enum(ENGAGEMENTS),
    mandate: z.optional(z.strictObject({ community: line(200) })),
    service: z.optional(z.enum(COUNSELLING_SERVICES)),
    message: z.optional(paragraph(2000)),
    consent: z.literal(true, { error: "consent is required" }),
    locale: z._default(z.enum(LOCALES), "de"),
    /** A honeypot: hidden from people, filled in by bots. */
    website: z.optional(z.string().check(z.maxLength(0, "must be empty"))),
  });
}

/** The body of `POST /api/applications`. Built on first use (see once.ts). */
export const applicationInputSchema = once(buildSchema);
export type ApplicationInput = z.output<ReturnType<typeof buildSchema>>;

export interface AdmissionIssue {
  path: string;
  message: string;
}

/**
 * Checks an application against the admission rules of the chosen tables (data, not code): every table must
 * exist, a mandate is needed where a table admits only with one, a counselling service where a table admits
 * only those. Returns the input reduced to what the rules need: a mandate or service no chosen table asks for
 * is not stored (data minimisation).
 */
export function checkAdmission(
  input: ApplicationInput,
  tables: ReadonlyMap<string, WorkTable>,
): { ok: true; value: ApplicationInput } | { ok: false; issues: AdmissionIssue[] } {
  const issues: AdmissionIssue[] = [];
  const chosen: WorkTable[] = [];
  input.workTableIds.forEach((id, index) => {
    const table = tables.get(id);
    if (table) chosen.push(table);
    else issues.push({ path: `workTableIds.${index}`, message: "there is no work table with this id" });
  });
  const needs = admissionRequirements(chosen);
  if (needs.mandate && !input.mandate) {
    issues.push({
      path: "mandate.community",
      message: "this work table admits only with the mandate of a religious community",
    });
  }
  if (needs.services && (!input.service || !needs.services.includes(input.service))) {
    issues.push({
      path: "service",
      message:
        needs.services.length === 0
          ? "the chosen work tables admit no common counselling service"
          : `this work table admits only ${needs.services.join(" or ")}`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  const { mandate, service, website: _honeypot, ...rest } = input;
  return {
    ok: true,
    value: { ...rest, ...(needs.mandate ? { mandate } : {}), ...(needs.services ? { service } : {}) },
  };
}

/** The body of `POST /api/decisions/:token`. */
export const decisionInputSchema = once(() =>
  z.strictObject({
    decision: z.enum(["accept", "decline"]),
    note: z.optional(paragraph(1000)),
  }),
);
