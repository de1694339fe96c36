import { randomUUID } from "node:crypto";
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { isUuid } from "../domain/ids.ts";
import type { PartnerImport } from "../domain/partner-csv.ts";
import { isConditionFailure } from "./dynamo-helpers.ts";
import { keys } from "./keys.ts";
import { queryAll } from "./query-all.ts";

/** How long a preview waits for its confirmation. */
export const IMPORT_DRAFT_MINUTES = 60;
/** Rows per item: 5,000 rows of at most ~700 characters each stay well below DynamoDB's 400 KB per item. */
const ROWS_PER_CHUNK = 400;

/**
 * A partner import between its preview and its confirmation: the rows as the file gave them, kept for an hour
 * (TTL), for the coordinator who uploaded it only. Taking it deletes it, so one preview imports once.
 */
export class ImportDraftRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async save(owner: string, rows: readonly PartnerImport[], now: Date): Promise<string> {
    const id = randomUUID();
    const expiresAt = Math.floor(now.getTime() / 1000) + IMPORT_DRAFT_MINUTES * 60;
    const chunks = Math.max(1, Math.ceil(rows.length / ROWS_PER_CHUNK));
    for (let chunk = 0; chunk < chunks; chunk++) {
      const part = rows.slice(chunk * ROWS_PER_CHUNK, (chunk + 1) * ROWS_PER_CHUNK);
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.importDraftChunk(id, chunk),
            owner,
            chunks,
            rows: JSON.stringify(part),
            createdAt: now.toISOString(),
            expiresAt,
          },
        }),
      );
    }
    return id;
  }

  /** The draft's rows, once, for its owner while it has not expired; undefined otherwise. */
  async take(id: string, owner: string, now: Date): Promise<PartnerImport[] | undefined> {
    if (!isUuid(id)) return undefined;
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.importDraftPartition(id) },
      ConsistentRead: true,
    });
    const first = items[0];
    const nowSeconds = Math.floor(now.getTime() / 1000);
    if (!first || first.owner !== owner || Number(first.expiresAt) <= nowSeconds) return undefined;
    if (items.length !== Number(first.chunks)) return undefined;
    // Claiming the first chunk makes a second confirmation (a double click, another tab) find nothing.
    try {
      await this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.importDraftChunk(id, 0),
          ConditionExpression: "attribute_exists(pk)",
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
    const rows = items.flatMap((item) => JSON.parse(String(item.rows)) as PartnerImport[]);
    for (let chunk = 1; chunk < items.length; chunk++) {
      await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: keys.importDraftChunk(id, chunk) }));
    }
    return rows;
  }
}
