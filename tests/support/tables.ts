import { randomUUID } from "node:crypto";
import { DeleteTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import { ensureTable } from "../../infra/local/ensure-table.ts";
import { createDocumentClient } from "../../shared/store/dynamo-client.ts";

export interface TestTable {
  tableName: string;
  endpoint: string;
  db: DynamoDBDocumentClient;
  drop(): Promise<void>;
}

/** A fresh data table on the run's DynamoDB Local, built from the one table definition. */
export async function createTestTable(prefix = "test"): Promise<TestTable> {
  const endpoint = inject("dynamoEndpoint");
  const tableName = `${prefix}-${randomUUID()}`;
  const client = new DynamoDBClient({
    endpoint,
    region: "eu-central-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  await ensureTable(client, tableName);
  const db = createDocumentClient({ endpoint });
  return {
    tableName,
    endpoint,
    db,
    drop: async () => {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      client.destroy();
      db.destroy();
    },
  };
}

/** Every item in a test table (a Scan is fine here: tests only), to prove what a request did or did not store. */
export async function allItems(table: TestTable): Promise<Record<string, unknown>[]> {
  const { ScanCommand } = await import("@aws-sdk/lib-dynamodb");
  const { Items = [] } = await table.db.send(new ScanCommand({ TableName: table.tableName, ConsistentRead: true }));
  return Items;
}

/**
 * The items a filter picks, read again (for up to 10 s) until there are `expected` of them. DynamoDB Local answers
 * a TransactWriteItems a moment before every item of it is visible to a Scan (a fresh clone once saw one of two
 * applications of one transaction, and a loaded machine once more than 3 s later), so a test that counts what a
 * request wrote waits for the count, then asserts.
 */
export async function itemsWhenWritten(
  table: TestTable,
  picks: (item: Record<string, unknown>) => boolean,
  expected: number,
): Promise<Record<string, unknown>[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const items = (await allItems(table)).filter(picks);
    if (items.length >= expected || Date.now() > deadline) return items;
    await new Promise((done) => setTimeout(done, 50));
  }
}
