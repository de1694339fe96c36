import { randomUUID } from "node:crypto";
import { type DynamoDBDocumentClient, PutCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { AuditEntry, NewAuditEntry } from "../domain/audit.ts";
import { PERSONAL_DATA_RETENTION } from "../domain/retention.ts";
import { readFilledPage, type TransactItem } from "./dynamo-helpers.ts";
import { aboutPerson, keys, withoutKeys } from "./keys.ts";
import { queryAll } from "./query-all.ts";

/** Audit entries are kept two years, then deleted by TTL. */
export const AUDIT_RETENTION_DAYS = PERSONAL_DATA_RETENTION.auditYears * 365;

/** The entries' shapes are the domain's (domain/audit.ts); re-exported for the readers of the log. */
export type { AuditEntry, NewAuditEntry };

function auditItem(entry: NewAuditEntry, now: Date): Record<string, unknown> {
  const id = randomUUID();
  const item: AuditEntry = { id, ...entry };
  return {
    ...keys.audit(id),
    ...keys.auditByTime(entry.at, id),
    ...keys.auditBySubject(entry.subject.type, entry.subject.id, entry.at, id),
    // What a person did (a contact, a coordinator) is found with their other data on a request.
    ...(entry.actor.includes("@") ? aboutPerson(entry.actor, "AUDIT", id) : {}),
    ...item,
    expiresAt: Math.floor(now.getTime() / 1000) + AUDIT_RETENTION_DAYS * 86_400,
  };
}

/**
 * The audit write for the transaction that makes the change: the change and its record commit together or not
 * at all. Listed newest first through gsi1, per thing through gsi2.
 */
export function auditPut(tableName: string, entry: NewAuditEntry, now: Date): TransactItem {
  return {
    Put: { TableName: tableName, Item: auditItem(entry, now), ConditionExpression: "attribute_not_exists(pk)" },
  };
}

export interface AuditPage {
  items: AuditEntry[];
  nextKey?: Record<string, unknown>;
}

/** The audit log: append-only, read newest first, filtered by what and who. */
export class AuditRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  /** Records an entry on its own (for changes that are a single write elsewhere, e.g. a mailing's run). */
  async record(entry: NewAuditEntry, now: Date): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: auditItem(entry, now) }));
  }

  /** Newest first; `action` keeps entries whose action starts with it, `actor` those of one actor. */
  async list(filter: {
    action?: string;
    actor?: string;
    limit: number;
    startKey?: Record<string, unknown>;
  }): Promise<AuditPage> {
    const conditions: string[] = [];
    const values: Record<string, unknown> = { ":pk": keys.auditPartition };
    if (filter.action) {
      conditions.push("begins_with(#action, :action)");
      values[":action"] = filter.action;
    }
    if (filter.actor) {
      conditions.push("actor = :actor");
      values[":actor"] = filter.actor;
    }
    const query: QueryCommandInput = {
      TableName: this.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: values,
      ScanIndexForward: false,
      ...(conditions.length
        ? {
            FilterExpression: conditions.join(" AND "),
            ...(filter.action ? { ExpressionAttributeNames: { "#action": "action" } } : {}),
          }
        : {}),
    };
    const page = await readFilledPage(this.db, query, filter.limit, filter.startKey);
    const items = page.items.map((item) => withoutKeys<AuditEntry>(item));
    return page.nextKey ? { items, nextKey: page.nextKey } : { items };
  }

  /** Every entry about one thing, oldest first (an application's history). */
  async about(type: string, id: string): Promise<AuditEntry[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.auditSubjectPartition(type, id) },
    });
    return items.map((item) => withoutKeys<AuditEntry>(item));
  }
}
