import { randomUUID } from "node:crypto";
import type { TransactItem } from "./dynamo-helpers.ts";
import { keys } from "./keys.ts";

/** Audit entries are kept two years, then deleted by TTL. */
export const AUDIT_RETENTION_DAYS = 730;

/** One change a person made: who, when, what, to which thing, and the state before and after. Append-only. */
export interface AuditEntry {
  id: string;
  at: string;
  /** Who: a coordinator's identity (their sign-in subject or address), or a contact person's address. */
  actor: string;
  /** What, as a verb on a thing, e.g. `mail.retry`, `partner.resubscribe`. */
  action: string;
  subject: { type: string; id: string };
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  note?: string;
}

/**
 * The audit write for the transaction that makes the change: the change and its record commit together or not
 * at all. Listed newest first through gsi1.
 */
export function auditPut(tableName: string, entry: Omit<AuditEntry, "id">, now: Date): TransactItem {
  const id = randomUUID();
  const item: AuditEntry = { id, ...entry };
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.audit(id),
        ...keys.auditByTime(entry.at, id),
        ...item,
        expiresAt: Math.floor(now.getTime() / 1000) + AUDIT_RETENTION_DAYS * 86_400,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}
