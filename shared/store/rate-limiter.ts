import { createHash } from "node:crypto";
import { type DynamoDBDocumentClient, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { isConditionFailure } from "./dynamo-helpers.ts";
import { keys } from "./keys.ts";

export type RateCheck = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Fixed-window counters in the data table: at most `limit` hits per subject and window (one hour). The subject
 * (an email or client address) is stored only as a hash, and each counter deletes itself (TTL) after its window.
 */
export class RateLimiter {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly windowSeconds = 3600,
  ) {}

  async hit(kind: string, subject: string, limit: number, now: Date): Promise<RateCheck> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const windowStart = nowSeconds - (nowSeconds % this.windowSeconds);
    const windowEnd = windowStart + this.windowSeconds;
    const hash = createHash("sha256").update(`${kind}:${subject.toLowerCase()}`).digest("hex").slice(0, 40);
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.rateCounter(kind, hash, String(windowStart)),
          UpdateExpression: "ADD hits :one SET expiresAt = :expires",
          ConditionExpression: "attribute_not_exists(hits) OR hits < :limit",
          ExpressionAttributeValues: { ":one": 1, ":limit": limit, ":expires": windowEnd + this.windowSeconds },
        }),
      );
      return { ok: true };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return { ok: false, retryAfterSeconds: Math.max(1, windowEnd - nowSeconds) };
    }
  }
}
