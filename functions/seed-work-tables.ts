import type { CloudFormationCustomResourceEvent } from "aws-lambda";
import { respondToCloudFormation } from "../shared/jobs/cloudformation-response.ts";
import { createLogger } from "../shared/logging/logger.ts";
import { addMissingWorkTables, type FirstWorkTables } from "../shared/seed/add-work-tables.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";
import { WorkTableRepository } from "../shared/store/work-table-repository.ts";

const logger = createLogger({ service: "netzwerk-seed-work-tables", level: "INFO" });

/**
 * A deployment's first work tables (issue 20): the ones the network's profile names (`NETWORK_PROFILE` at synth),
 * added to the table when the stack is created, and on an update the ones the profile added since. A table that
 * exists, edited in the console or not, is never changed; deleting the stack deletes nothing (the table is data).
 */
export async function seedEvent(
  event: CloudFormationCustomResourceEvent,
  repository: Pick<WorkTableRepository, "addIfAbsent">,
  now = new Date(),
): Promise<{ PhysicalResourceId: string; added: number }> {
  let added = 0;
  if (event.RequestType !== "Delete") {
    const tables = JSON.parse(String(event.ResourceProperties.WorkTables)) as FirstWorkTables;
    ({ added } = await addMissingWorkTables(repository, tables, now));
  }
  return { PhysicalResourceId: `work-tables-${event.ResourceProperties.TableName}`, added };
}

export const handler = async (event: CloudFormationCustomResourceEvent) => {
  let outcome: { PhysicalResourceId: string } | Error;
  try {
    const tableName = String(event.ResourceProperties.TableName);
    const result = await seedEvent(event, new WorkTableRepository(createDocumentClient(), tableName));
    logger.info("work tables seeded", { requestType: event.RequestType, added: result.added });
    outcome = result;
  } catch (error) {
    logger.error("seeding work tables failed", { requestType: event.RequestType, error: (error as Error).name });
    outcome = error as Error;
  }
  await respondToCloudFormation(event, outcome);
};
