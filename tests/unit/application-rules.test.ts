import { describe, expect, it } from "vitest";
import { en } from "zod/locales";
import { applicationInputSchema, checkAdmission } from "../../shared/domain/application-input.ts";
import type { WorkTable } from "../../shared/domain/work-table.ts";
import { workTableInputSchema } from "../../shared/domain/work-table-input.ts";
import { toFieldErrors } from "../../shared/http/json-body.ts";
import { seedWorkTables } from "../../shared/seed/work-tables.ts";

const tables = new Map<string, WorkTable>(
  seedWorkTables.map(({ id, input }) => [
    id,
    { id, ...workTableInputSchema().parse(input), createdAt: "", updatedAt: "" } as WorkTable,
  ]),
);

const input = (fields: Record<string, unknown>) =>
  applicationInputSchema().parse({
    name: "Amina Yusuf",
    email: "Amina@Example.org",
    organisationType: "association",
    engagement: "volunteer",
    consent: true,
    workTableIds: ["kita-uebergang-schule"],
    ...fields,
  });

describe("an application's admission", () => {
  it("passes an open table and keeps nothing the table does not ask for", () => {
    const result = checkAdmission(input({ mandate: { community: "x" }, service: "MBE" }), tables);
    expect(result.ok && result.value).toMatchObject({
      email: "amina@example.org",
      workTableIds: ["kita-uebergang-schule"],
    });
    expect(result.ok && result.value.mandate).toBeUndefined();
    expect(result.ok && result.value.service).toBeUndefined();
  });

  it("needs the mandate of a religious community for table III", () => {
    expect(checkAdmission(input({ workTableIds: ["interreligioeser-dialog"] }), tables)).toEqual({
      ok: false,
      issues: [{ path: "mandate.community", message: expect.stringContaining("mandate") }],
    });
    const withMandate = checkAdmission(
      input({ workTableIds: ["interreligioeser-dialog"], mandate: { community: "Ev.-Luth. Kirchengemeinde" } }),
      tables,
    );
    expect(withMandate.ok && withMandate.value.mandate).toEqual({ community: "Ev.-Luth. Kirchengemeinde" });
  });

  it("needs MBE or JMD for table V", () => {
    expect(checkAdmission(input({ workTableIds: ["beratung"] }), tables).ok).toBe(false);
    expect(checkAdmission(input({ workTableIds: ["beratung"], service: "JMD" }), tables).ok).toBe(true);
  });

  it("names an unknown table by its position", () => {
    expect(checkAdmission(input({ workTableIds: ["beratung", "gibt-es-nicht"], service: "MBE" }), tables)).toEqual({
      ok: false,
      issues: [{ path: "workTableIds.1", message: "there is no work table with this id" }],
    });
  });
});

describe("the application body", () => {
  const errors = (body: Record<string, unknown>) => {
    const result = applicationInputSchema().safeParse(body, { error: en().localeError });
    return result.success ? [] : toFieldErrors(result.error.issues).map((e) => e.path);
  };

  it("requires consent, a table, a name, an address and the two choices", () => {
    expect(errors({}).sort()).toEqual(["consent", "email", "engagement", "name", "organisationType", "workTableIds"]);
  });

  it("refuses a repeated table, an unknown field and a filled honeypot", () => {
    const base = {
      name: "A",
      email: "a@example.org",
      organisationType: "public",
      engagement: "professional",
      consent: true,
    };
    expect(errors({ ...base, workTableIds: ["beratung", "beratung"] })).toEqual(["workTableIds"]);
    expect(errors({ ...base, workTableIds: ["beratung"], religion: "x" })).toEqual(["religion"]);
    expect(errors({ ...base, workTableIds: ["beratung"], website: "http://spam" })).toEqual(["website"]);
  });
});
