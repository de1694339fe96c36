import { type DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import type { NewAuditEntry } from "../domain/audit.ts";
import type { Network } from "../domain/network.ts";
import { auditPut } from "./audit.ts";
import { transact } from "./dynamo-helpers.ts";
import { keys, withoutKeys } from "./keys.ts";

/** The network's profile without its first work tables (the table holds those as work tables). */
export type StoredNetwork = Network & {
  updatedAt: string;
  updatedBy: string;
};

const withoutLogo = ({ logo: _logo, ...network }: StoredNetwork) => network;

/** The network's profile once a coordinator saved it in the console: one item, versioned by its last change. */
export class NetworkRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(): Promise<StoredNetwork | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.network() }));
    return Item ? withoutKeys<StoredNetwork>(Item) : undefined;
  }

  /**
   * Saves the profile over the version the form was made from (its `updatedAt`; "" while none is stored), with the
   * audit entry, in one transaction. False when someone saved in between.
   */
  async save(network: StoredNetwork, expectedVersion: string, audit: NewAuditEntry, now: Date): Promise<boolean> {
    const failed = await transact(this.db, [
      {
        Put: {
          TableName: this.tableName,
          // The logo stays in the profile it was deployed with (networkLogo): the item holds what the console edits.
          Item: { ...keys.network(), ...withoutLogo(network) },
          ...(expectedVersion
            ? { ConditionExpression: "updatedAt = :seen", ExpressionAttributeValues: { ":seen": expectedVersion } }
            : { ConditionExpression: "attribute_not_exists(pk)" }),
        },
      },
      auditPut(this.tableName, audit, now),
    ]);
    return failed.length === 0;
  }
}
