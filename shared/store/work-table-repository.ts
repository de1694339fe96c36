import { type DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError } from "../domain/errors.ts";
import { byNumeral, isWorkTableId, type WorkTable } from "../domain/work-table.ts";
import type { WorkTableInput } from "../domain/work-table-input.ts";
import { type TransactItem, transact } from "./dynamo-helpers.ts";
import { keys, withoutKeys } from "./keys.ts";
import { queryAll } from "./query-all.ts";

export interface PutResult {
  table: WorkTable;
  created: boolean;
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

  /** All work tables, ordered by numeral: one Query on the work-table partition. */
  async list(): Promise<WorkTable[]> {
    const { pk, skPrefix } = keys.workTablesPartition;
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: { ":pk": pk, ":prefix": skPrefix },
    });
    return items.map((item) => withoutKeys<WorkTable>(item)).sort(byNumeral);
  }

  /**
   * Creates or replaces a work table. The table and its numeral claim are written in one transaction, so a
   * numeral held by another table is refused (`numeral_taken`) and a concurrent edit of the same table is
   * detected (`concurrent_update`) instead of silently overwritten.
   */
  async put(id: string, input: WorkTableInput, now: Date): Promise<PutResult> {
    const existing = await this.get(id, { consistent: true });
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
      ...(input.translations?.en ? { translations: { en: input.translations.en } } : {}),
      createdAt: existing?.createdAt ?? timestamp,
      updatedAt: timestamp,
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
      this.claimNumeral(id, table.numeral),
    ];
    if (existing && existing.numeral !== table.numeral) {
      items.push({
        Delete: {
          TableName: this.tableName,
          Key: keys.workTableNumeral(existing.numeral),
          ConditionExpression: "workTableId = :id",
          ExpressionAttributeValues: { ":id": id },
        },
      });
    }
    const failed = (await transact(this.db, items))[0];
    if (failed === 1)
      throw new DomainError("numeral_taken", `The numeral ${table.numeral} belongs to another work table.`);
    if (failed !== undefined)
      throw new DomainError("concurrent_update", "The work table was changed at the same time.");
    return { table, created: !existing };
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
