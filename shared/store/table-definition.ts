/**
 * The one definition of the data table. The CDK stateful stack, the local stack (`npm start`) and the tests
 * all build their table from this object, so the three can never drift apart.
 *
 * Key design (single table; keys are built only in keys.ts). Access patterns, each a GetItem or a Query, never a
 * Scan on a request path:
 *
 * | access pattern                                    | operation         | key                                                 |
 * |---------------------------------------------------|-------------------|-----------------------------------------------------|
 * | a work table by id                                | GetItem           | pk = WORKTABLES, sk = WORKTABLE#<id>                |
 * | all work tables (ordered by numeral in memory)    | Query             | pk = WORKTABLES, sk begins_with WORKTABLE#          |
 * | who holds a numeral (uniqueness)                  | condition         | pk = WORKTABLES, sk = NUMERAL#<numeral>             |
 * | an application by id                              | GetItem           | pk = APP#<id>, sk = APP                             |
 * | all applications, newest first                    | Query gsi1        | gsi1pk = APPS, gsi1sk = <createdAt>#<id>            |
 * | applications in a status, newest/oldest first     | Query gsi2        | gsi2pk = APPS#<status>, gsi2sk = <since>#<id>       |
 * | the applications of one form submission           | GetItem           | pk = SUB#<submission>, sk = SUB                     |
 * | a person's open application for a table           | GetItem/condition | pk = OPEN#<email hash>#<table>, sk = OPEN           |
 * | a partner by email address                        | GetItem/Update    | pk = PARTNER#<email>, sk = PARTNER                  |
 * | the partner directory, by email                   | Query gsi1        | gsi1pk = PARTNERS, gsi1sk = <email>                 |
 * | a partner by the handle in their links            | Query gsi2        | gsi2pk = PARTNERHANDLE#<handle>, gsi2sk = PARTNER   |
 * | an address on the suppression list                | GetItem           | pk = SUPPRESS#<email>, sk = SUPPRESS                |
 * | the suppression list, by email                    | Query gsi1        | gsi1pk = SUPPRESSIONS, gsi1sk = <email>             |
 * | a conference by id                                | GetItem           | pk = CONF#<id>, sk = CONF                           |
 * | all conferences, by start                         | Query gsi1        | gsi1pk = CONFS, gsi1sk = <startsAt>#<id>            |
 * | a conference's RSVPs / its mailings' progress     | Query             | pk = CONF#<id>, sk begins_with RSVP# / MAILING#     |
 * | an event's attendance list (issue 21)             | Query             | pk = CONF#<id>, sk begins_with ATT#                 |
 * | the counts of an event's / a workshop's places    | GetItem/condition | pk = CONF#<id>, sk = PLACES#<event or workshop>     |
 * | a waiting list in order, its first, a position    | Query             | pk = CONF#<id>, sk begins_with QUEUE#<list>#        |
 * | an event's minutes (draft and publication)        | GetItem           | pk = CONF#<id>, sk = MINUTES                        |
 * | a task / a table's tasks by due date              | GetItem / gsi1    | pk = TASK#<id> / gsi1pk = TASKS#<table or network>  |
 * | open, unreminded tasks due by a day (daily run)   | Query gsi2        | gsi2pk = TASKS#open, gsi2sk <= <due>#…              |
 * | the mails of one mailing (to count them)          | Query gsi1        | gsi1pk = CONFMAIL#<conference>#<mailing>            |
 * | an outbox mail by id                              | GetItem/Update    | pk = MAIL#<id>, sk = MAIL                           |
 * | outbox mails in a status (sweep, coordinators)    | Query gsi2        | gsi2pk = MAIL#<status>, gsi2sk = <time>#<id>        |
 * | local schedules due (the local scheduler only)    | Query gsi2        | gsi2pk = SCHEDULES#pending, gsi2sk = <at>#<name>    |
 * | audit entries, newest first                       | Query gsi1        | gsi1pk = AUDIT, gsi1sk = <at>#<id>                  |
 * | a rate-limit counter for one hour                 | Update            | pk = RATE#<kind>#<hash>#<window>, sk = RATE         |
 * | a coordinator / all coordinators                  | GetItem / gsi1    | pk = COORDINATOR#<email> / gsi1pk = COORDINATORS    |
 * | how many coordinators (never below one)           | condition         | pk = COORDINATORS, sk = COUNT                       |
 * | a session / a person's sessions                   | GetItem / gsi1    | pk = SESSION#<id hash> / gsi1pk = SESSIONS#<email>  |
 * | an API token / a person's tokens                  | GetItem / gsi1    | pk = APITOKEN#<hash> / gsi1pk = APITOKENS#<email>   |
 * | everything about one person (access, erasure)     | Query gsi3        | gsi3pk = PERSON#<email hash>, gsi3sk = <kind>#<id>  |
 * | the report's applications by receipt (issue 23)   | Query gsi1        | gsi1pk = REPORTAPPS, gsi1sk = <receivedAt>#<id>     |
 * | a period's mail counts / member counts by day     | Query             | pk = REPORT, sk between DAY#… / MEMBERS#<day>       |
 * | the tables' members at the last daily count       | Query             | pk = REPORTSET, sk = TABLE#<id>                     |
 *
 * The work tables live in one partition on purpose: a network has a handful of them (five in the first network's), so
 * listing them is a single Query. Items that should disappear on their own carry `expiresAt` (epoch seconds),
 * the table's TTL attribute: unconfirmed applications, declined ones 6 months after the decision, sent, failed
 * and uncertain mails, rate counters.
 */
export const tableDefinition = {
  partitionKey: "pk",
  sortKey: "sk",
  timeToLiveAttribute: "expiresAt",
  globalSecondaryIndexes: [
    { indexName: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    { indexName: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
    // Sparse: only items about a person (applications, RSVPs, mails, sign-in requests, audit entries by them).
    { indexName: "gsi3", partitionKey: "gsi3pk", sortKey: "gsi3sk" },
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
