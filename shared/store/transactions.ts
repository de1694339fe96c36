import {
  type DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";

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
