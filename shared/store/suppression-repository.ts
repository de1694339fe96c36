import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { keys, withoutKeys } from "./keys.ts";

export interface Suppression {
  email: string;
  reason: "bounce" | "complaint";
  /** SES's own words for it, e.g. "Permanent/General" or "abuse"; no message content. */
  detail: string;
  at: string;
}

/** Addresses SES reported as bouncing for good or complaining: every mailing skips them. */
export class SuppressionRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async add(suppression: Suppression): Promise<void> {
    const email = suppression.email.trim().toLowerCase();
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.suppression(email), ...keys.suppressionsByEmail(email), ...suppression, email },
      }),
    );
  }

  async has(email: string): Promise<boolean> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.suppression(email.trim().toLowerCase()),
        ProjectionExpression: "pk",
      }),
    );
    return Item !== undefined;
  }

  async list(): Promise<Suppression[]> {
    const items: Suppression[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: "gsi1",
          KeyConditionExpression: "gsi1pk = :pk",
          ExpressionAttributeValues: { ":pk": keys.suppressionsPartition },
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const item of page.Items ?? []) items.push(withoutKeys<Suppression>(item));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  }
}
