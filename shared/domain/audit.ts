import type * as z from "zod/mini";
import type { auditEntryRecord } from "./records.ts";

/** One change a person made (or a mailing that went out): who, when, what, to which thing, before and after. */
export type AuditEntry = z.output<typeof auditEntryRecord>;

export type NewAuditEntry = Omit<AuditEntry, "id">;
