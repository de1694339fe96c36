import { type DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { keys, withoutKeys } from "./keys.ts";
import { queryAll } from "./query-all.ts";

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
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.suppressionsPartition },
    });
    return items.map((item) => withoutKeys<Suppression>(item));
  }
}
