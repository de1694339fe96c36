/**
 * The one definition of the data table. The CDK stateful stack, the local stack (`npm start`) and the tests
 * all build their table from this object, so the three can never drift apart.
 *
 * Key design (single table). Access patterns, each a GetItem or a Query, never a Scan:
 *
 * | access pattern                          | operation | key                                            |
 * |-----------------------------------------|-----------|------------------------------------------------|
 * | get a work table by id                  | GetItem   | pk = WORKTABLES, sk = WORKTABLE#<id>          |
 * | list all work tables (ordered by numeral)| Query    | pk = WORKTABLES, sk begins_with WORKTABLE#    |
 * | who holds a numeral (uniqueness)        | GetItem / condition | pk = WORKTABLES, sk = NUMERAL#<numeral> |
 *
 * The work tables live in one partition on purpose: a network has a handful of them (five in Schwerin), so
 * listing them is a single Query and the numeral order is applied in memory.
 *
 * Applications, submissions, partners, outbox mails and rate counters: see keys.ts, where each key is built.
 * Items that should disappear on their own carry `expiresAt` (epoch seconds), the table's TTL attribute.
 */
export const tableDefinition = {
  partitionKey: "pk",
  sortKey: "sk",
  timeToLiveAttribute: "expiresAt",
  globalSecondaryIndexes: [
    { indexName: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    { indexName: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
  ],
} as const;

/** The CreateTable request for DynamoDB Local and tests; the CDK stack maps the same definition to TableV2. */
export function createTableInput(tableName: string) {
  const { partitionKey, sortKey, globalSecondaryIndexes } = tableDefinition;
  const attributeNames = [partitionKey, sortKey, ...globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST" as const,
    AttributeDefinitions: attributeNames.map((name) => ({ AttributeName: name, AttributeType: "S" as const })),
    KeySchema: [
      { AttributeName: partitionKey, KeyType: "HASH" as const },
      { AttributeName: sortKey, KeyType: "RANGE" as const },
    ],
    GlobalSecondaryIndexes: globalSecondaryIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: "HASH" as const },
        { AttributeName: index.sortKey, KeyType: "RANGE" as const },
      ],
      Projection: { ProjectionType: "ALL" as const },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" as const },
  };
}
