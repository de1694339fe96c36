import { fileURLToPath } from "node:url";
import { CustomResource } from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import { Construct } from "constructs";
import type { FirstWorkTables } from "../../shared/seed/add-work-tables.ts";
import { ProjectFunction } from "./project-function.ts";

/**
 * The network's first work tables in a deployed table (issue 20): a custom resource (functions/seed-work-tables.ts)
 * adds the tables its profile names when the stack is created, and those the profile added when it is updated;
 * it changes no table that exists and deletes nothing. Its function may only put items into this table.
 */
export class WorkTableSeed extends Construct {
  constructor(scope: Construct, id: string, props: { table: dynamodb.ITableV2; workTables: FirstWorkTables }) {
    super(scope, id);
    const seeder = new ProjectFunction(this, "SeedWorkTablesFunction", {
      entry: fileURLToPath(new URL("../../functions/seed-work-tables.ts", import.meta.url)),
      description: "Netzwerk: adds the network profile's first work tables that are missing (never changes one)",
    });
    // TransactWriteItems of Puts needs exactly dynamodb:PutItem on the table.
    seeder.addToRolePolicy(
      new iam.PolicyStatement({ actions: ["dynamodb:PutItem"], resources: [props.table.tableArn] }),
    );
    const resource = new CustomResource(this, "WorkTables", {
      serviceToken: seeder.functionArn,
      resourceType: "Custom::WorkTableSeed",
      properties: { TableName: props.table.tableName, WorkTables: JSON.stringify(props.workTables) },
    });
    resource.node.addDependency(seeder);
  }
}
