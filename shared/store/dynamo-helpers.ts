import {
  type DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";

/**
 * What every repository needs from DynamoDB beyond single calls: transactions that say which part lost a race,
 * the "condition did not hold" check, and pages of a list that a filter thins out. Keys are built in keys.ts.
 */

/** One write of a DynamoDB transaction (Put, Update, Delete or ConditionCheck). */
export type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** Whether an error is DynamoDB's "the condition did not hold" (the expected outcome of a lost race). */
export function isConditionFailure(error: unknown): boolean {
  return (error as Error | undefined)?.name === "ConditionalCheckFailedException";
}

/**
 * Runs a transaction. Returns the indexes of the items whose condition failed (empty on success), so callers can
 * tell which part lost a race; any other failure (throttling, a conflict with another transaction) is thrown.
 */
export async function transact(db: DynamoDBDocumentClient, items: TransactItem[]): Promise<number[]> {
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
    return [];
  } catch (error) {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
    if ((error as Error).name !== "TransactionCanceledException" || !reasons) throw error;
    const failed = reasons.flatMap((r, index) => (r.Code === "ConditionalCheckFailed" ? [index] : []));
    if (failed.length === 0) throw error;
    return failed;
  }
}

/**
 * One page of a list: up to `limit` items of a Query, from `startKey` on. A filter may thin out what DynamoDB
 * reads, so a few more reads fill the page, bounded so a request stays short. `nextKey` is where the next page
 * starts: the key of the last item returned when more follow (never an empty last page for an exact fit), or
 * DynamoDB's position when the reads ran out first.
 */
export async function readFilledPage(
  db: DynamoDBDocumentClient,
  query: QueryCommandInput,
  limit: number,
  startKey?: Record<string, unknown>,
  maxReads = 10,
): Promise<{ items: Record<string, unknown>[]; nextKey?: Record<string, unknown> }> {
  const keyNames = ["pk", "sk", ...(query.IndexName ? [`${query.IndexName}pk`, `${query.IndexName}sk`] : [])];
  const items: Record<string, unknown>[] = [];
  let position = startKey;
  let more = false;
  for (let reads = 0; reads < maxReads && !more; reads++) {
    const page = await db.send(
      new QueryCommand({
        ...query,
        // One more than needed tells whether there is a next page; a filter reads in larger steps.
        Limit: query.FilterExpression ? Math.max(250, limit * 2) : limit + 1 - items.length,
        ...(position ? { ExclusiveStartKey: position } : {}),
      }),
    );
    for (const item of page.Items ?? []) {
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(item);
    }
    position = page.LastEvaluatedKey;
    if (!position) break;
  }
  const last = items.at(-1);
  if (more && last) return { items, nextKey: Object.fromEntries(keyNames.map((name) => [name, last[name]])) };
  return position ? { items, nextKey: position } : { items };
}

/** How many items a Query matches (Select COUNT, page after page): no item is read into memory. */
export async function countQuery(db: DynamoDBDocumentClient, query: QueryCommandInput): Promise<number> {
  let count = 0;
  let position: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({ ...query, Select: "COUNT", ...(position ? { ExclusiveStartKey: position } : {}) }),
    );
    count += page.Count ?? 0;
    position = page.LastEvaluatedKey;
  } while (position);
  return count;
}
