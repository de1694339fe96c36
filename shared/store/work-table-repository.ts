import { type DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError } from "../domain/errors.ts";
import { byNumeral, isWorkTableId, type WorkTable } from "../domain/work-table.ts";
import type { WorkTableInput } from "../domain/work-table-input.ts";
import { auditPut } from "./audit.ts";
import { type TransactItem, transact } from "./dynamo-helpers.ts";
import { keys, withoutKeys } from "./keys.ts";
import { queryAll } from "./query-all.ts";

export interface PutResult {
  table: WorkTable;
  created: boolean;
  /** The table as it was before this save (none when it was created). */
  previous?: WorkTable;
}

export class WorkTableRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(id: string, options: { consistent?: boolean } = {}): Promise<WorkTable | undefined> {
    // An id of another shape names no work table; it never becomes a key (keys have size limits).
    if (!isWorkTableId(id)) return undefined;
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.workTable(id), ConsistentRead: options.consistent }),
    );
    return Item ? withoutKeys<WorkTable>(Item) : undefined;
  }

  /** The work tables, ordered by numeral (archived ones only on request): one Query on the work-table partition. */
  async list(options: { includeArchived?: boolean } = {}): Promise<WorkTable[]> {
    const { pk, skPrefix } = keys.workTablesPartition;
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: { ":pk": pk, ":prefix": skPrefix },
    });
    return items
      .map((item) => withoutKeys<WorkTable>(item))
      .filter((table) => options.includeArchived || !table.archivedAt)
      .sort(byNumeral);
  }

  /**
   * Creates or replaces a work table. The table and its numeral claim are written in one transaction, so a
   * numeral held by another table is refused (`numeral_taken`) and a concurrent edit of the same table is
   * detected (`concurrent_update`) instead of silently overwritten.
   */
  async put(
    id: string,
    input: WorkTableInput,
    now: Date,
    options: { expectedVersion?: string; actor?: string } = {},
  ): Promise<PutResult> {
    const existing = await this.get(id, { consistent: true });
    // A save against an older version (If-Match, or the console form's version) is refused: no silent overwrite.
    // An empty expected version means "must not exist yet".
    const stale =
      options.expectedVersion !== undefined &&
      (options.expectedVersion === "" ? existing !== undefined : existing?.updatedAt !== options.expectedVersion);
    if (stale) {
      throw new DomainError("stale", "The work table was changed since it was read.");
    }
    const timestamp = now.toISOString();
    const table: WorkTable = {
      id,
      numeral: input.numeral,
      name: input.name,
      description: input.description,
      audience: input.audience,
      admission: input.admission,
      contact: input.contact,
      ...(input.deputy ? { deputy: input.deputy } : {}),
      ...translationsOf(input.translations),
      createdAt: existing?.createdAt ?? timestamp,
      updatedAt: timestamp,
      ...(existing?.archivedAt ? { archivedAt: existing.archivedAt } : {}),
    };
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.workTable(id), ...table },
          ...(existing
            ? { ConditionExpression: "updatedAt = :seen", ExpressionAttributeValues: { ":seen": existing.updatedAt } }
            : { ConditionExpression: "attribute_not_exists(pk)" }),
        },
      },
      // An archived table holds no numeral: it gets one back when it is restored.
      ...(table.archivedAt ? [] : [this.claimNumeral(id, table.numeral)]),
    ];
    if (existing && existing.numeral !== table.numeral && !existing.archivedAt) {
      items.push({
        Delete: {
          TableName: this.tableName,
          Key: keys.workTableNumeral(existing.numeral),
          ConditionExpression: "workTableId = :id",
          ExpressionAttributeValues: { ":id": id },
        },
      });
    }
    items.push(
      auditPut(
        this.tableName,
        {
          at: timestamp,
          actor: options.actor ?? "coordinator",
          action: existing ? "worktable.update" : "worktable.create",
          subject: { type: "worktable", id },
          ...(existing ? { before: changedFields(existing, table) } : {}),
          after: existing ? changedFields(table, existing) : { numeral: table.numeral, name: table.name },
        },
        now,
      ),
    );
    const failed = (await transact(this.db, items))[0];
    if (failed === 1 && !table.archivedAt)
      throw new DomainError("numeral_taken", `The numeral ${table.numeral} belongs to another work table.`);
    if (failed !== undefined)
      throw new DomainError("concurrent_update", "The work table was changed at the same time.");
    return existing ? { table, created: false, previous: existing } : { table, created: true };
  }

  /**
   * Archives a table (it leaves the public page and the form; its numeral is released) or restores it (it claims
   * its numeral again: 409 `numeral_taken` when another table took it meanwhile). Recorded in the audit log.
   */
  async setArchived(id: string, archived: boolean, actor: string, now: Date): Promise<WorkTable | undefined> {
    const existing = await this.get(id, { consistent: true });
    if (!existing || Boolean(existing.archivedAt) === archived) return existing;
    const at = now.toISOString();
    const { archivedAt: _was, ...rest } = existing;
    const table: WorkTable = { ...rest, updatedAt: at, ...(archived ? { archivedAt: at } : {}) };
    const failed = (
      await transact(this.db, [
        {
          Put: {
            TableName: this.tableName,
            Item: { ...keys.workTable(id), ...table },
            ConditionExpression: "updatedAt = :seen",
            ExpressionAttributeValues: { ":seen": existing.updatedAt },
          },
        },
        archived
          ? {
              Delete: {
                TableName: this.tableName,
                Key: keys.workTableNumeral(existing.numeral),
                ConditionExpression: "attribute_not_exists(pk) OR workTableId = :id",
                ExpressionAttributeValues: { ":id": id },
              },
            }
          : this.claimNumeral(id, existing.numeral),
        auditPut(
          this.tableName,
          {
            at,
            actor,
            action: archived ? "worktable.archive" : "worktable.restore",
            subject: { type: "worktable", id },
          },
          now,
        ),
      ])
    )[0];
    if (failed === 1)
      throw new DomainError("numeral_taken", `The numeral ${existing.numeral} belongs to another work table.`);
    if (failed !== undefined)
      throw new DomainError("concurrent_update", "The work table was changed at the same time.");
    return table;
  }

  /**
   * Adds a work table only if neither it nor its numeral exists yet. Used to seed: a restart never duplicates a
   * table nor overwrites what a coordinator edited. Returns whether it was added.
   */
  async addIfAbsent(table: WorkTable): Promise<boolean> {
    const failed = await transact(this.db, [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.workTable(table.id), ...table },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      this.claimNumeral(table.id, table.numeral),
    ]);
    return failed.length === 0;
  }

  private claimNumeral(id: string, numeral: string): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...keys.workTableNumeral(numeral), workTableId: id },
        ConditionExpression: "attribute_not_exists(pk) OR workTableId = :id",
        ExpressionAttributeValues: { ":id": id },
      },
    };
  }
}

/** The fields of `a` that differ from `b` (for the audit log's before and after of an edit). */
function changedFields(a: WorkTable, b: WorkTable): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const field of [
    "numeral",
    "name",
    "description",
    "audience",
    "admission",
    "contact",
    "deputy",
    "translations",
  ] as const) {
    if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) changed[field] = a[field] ?? null;
  }
  return changed;
}

/** The translations that were given (a language left out, or given as nothing, has none). */
function translationsOf(given: WorkTableInput["translations"]): Pick<WorkTable, "translations"> {
  const present = Object.entries(given ?? {}).filter(([, texts]) => texts !== undefined);
  return present.length > 0 ? { translations: Object.fromEntries(present) } : {};
}
