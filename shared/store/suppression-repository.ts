import { type DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { isEmailInPath } from "../domain/ids.ts";
import { auditPut } from "./audit.ts";
import { transact } from "./dynamo-helpers.ts";
import { keys, withoutKeys } from "./keys.ts";
import { queryAll } from "./query-all.ts";

export interface Suppression {
  /** Empty for an erased person: only the keyed hash of their address stays (`personHash`). */
  email: string;
  reason: "bounce" | "complaint" | "erased";
  personHash?: string;
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

  /**
   * Whether mail to the address is suppressed: it bounced or complained (by address), or the person was erased
   * (by the keyed hash of the address, `personHash`, which only holders of the link key can compute).
   */
  async has(email: string, personHash?: string): Promise<boolean> {
    const get = async (key: Record<string, string>) =>
      (await this.db.send(new GetCommand({ TableName: this.tableName, Key: key, ProjectionExpression: "pk" }))).Item;
    const [byAddress, byHash] = await Promise.all([
      get(keys.suppression(email.trim().toLowerCase())),
      personHash ? get(keys.suppression(`erased:${personHash}`)) : undefined,
    ]);
    return byAddress !== undefined || byHash !== undefined;
  }

  /** An erased person stays suppressed by the keyed hash of their address only (Art. 17 with no mail again). */
  async addErased(personHash: string, now: Date): Promise<void> {
    const id = `erased:${personHash}`;
    const suppression: Suppression = { email: "", reason: "erased", detail: "", at: now.toISOString(), personHash };
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.suppression(id), ...keys.suppressionsByEmail(`~${id}`), ...suppression },
      }),
    );
  }

  async get(email: string): Promise<Suppression | undefined> {
    if (!isEmailInPath(email)) return undefined;
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.suppression(email.trim().toLowerCase()),
        ConsistentRead: true,
      }),
    );
    return Item ? withoutKeys<Suppression>(Item) : undefined;
  }

  /**
   * Lifts a suppression (the address works again, or the person asks for mail again): only with a note saying why,
   * recorded with the suppression as it was in the audit log. False when there was none (any more).
   */
  async lift(email: string, request: { by: string; note: string }, now: Date): Promise<boolean> {
    const note = request.note.trim();
    if (!note) throw new Error("Lifting a suppression needs a note.");
    const current = await this.get(email);
    if (!current) return false;
    const failed = await transact(this.db, [
      {
        Delete: {
          TableName: this.tableName,
          Key: keys.suppression(current.email),
          ConditionExpression: "attribute_exists(pk)",
        },
      },
      auditPut(
        this.tableName,
        {
          at: now.toISOString(),
          actor: request.by,
          action: "suppression.lift",
          subject: { type: "partner", id: current.email },
          before: { reason: current.reason, detail: current.detail, at: current.at },
          note,
        },
        now,
      ),
    ]);
    return failed.length === 0;
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
