import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { startDynamoDbLocal } from "../../infra/local/dynamodb-local.ts";
import { ensureTable } from "../../infra/local/ensure-table.ts";
import { createDocumentClient } from "../../shared/store/dynamo-client.ts";
import { freePort } from "../support/ports.ts";

/**
 * A bench's own DynamoDB Local (in memory, on a free port) with the project's table created: the document client
 * the repositories take, and `stop` for the end of the section.
 */
export async function inMemoryTable(tableName: string): Promise<{ db: DynamoDBDocumentClient; stop(): Promise<void> }> {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  try {
    const client = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: "eu-central-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    await ensureTable(client, tableName);
    client.destroy();
    return { db: createDocumentClient({ endpoint: dynamo.endpoint }), stop: () => dynamo.stop() };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}
