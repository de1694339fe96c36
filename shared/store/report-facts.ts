import { type DynamoDBDocumentClient, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Application } from "../domain/application.ts";
import { isConditionFailure, type TransactItem } from "./dynamo-helpers.ts";
import { keys } from "./keys.ts";

/**
 * The annual report's record of each application (issue 23), written with the application's own changes: its
 * table, when it came in and how it ended, nothing about the applicant. Kept apart from report-repository.ts so
 * the functions that confirm and decide load none of the report's reading code.
 */

/** The report's record of an application that came in (confirmed), for the confirmation's transaction. */
export function receivedApplicationFact(tableName: string, application: Application, receivedAt: string): TransactItem {
  return { Put: { TableName: tableName, Item: factItem(application, receivedAt) } };
}

/**
 * The outcome on the report's record of an application, for the decision's transaction. It writes the whole record
 * (an application confirmed before the report existed gets one now, with its receipt from the consent).
 */
export function decidedApplicationFact(
  tableName: string,
  application: Application,
  outcome: "accepted" | "declined",
  decidedAt: string,
): TransactItem {
  const receivedAt = application.consent.confirmedAt ?? application.createdAt;
  return { Put: { TableName: tableName, Item: { ...factItem(application, receivedAt), outcome, decidedAt } } };
}

/** The record's item: keyed by the application, listed by receipt, its table; nothing about the applicant. */
function factItem(application: Pick<Application, "id" | "workTableId">, receivedAt: string) {
  return {
    ...keys.reportApplication(application.id),
    ...keys.reportApplicationsByReceipt(receivedAt, application.id),
    workTableId: application.workTableId,
    receivedAt,
  };
}

/** An open application erased on its applicant's request counts as withdrawn (only while it has no outcome). */
export async function withdrawApplicationFact(
  db: DynamoDBDocumentClient,
  tableName: string,
  applicationId: string,
  at: string,
): Promise<void> {
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.reportApplication(applicationId),
        UpdateExpression: "SET outcome = :withdrawn, withdrawnAt = :at",
        ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(outcome)",
        ExpressionAttributeValues: { ":withdrawn": "withdrawn", ":at": at },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error; // never received, or decided already: nothing to count
  }
}
