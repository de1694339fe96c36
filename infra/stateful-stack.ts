import { CfnOutput, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type { Construct } from "constructs";
import type { FirstWorkTables } from "../shared/seed/add-work-tables.ts";
import { tableDefinition } from "../shared/store/table-definition.ts";
import { dropImpliedDependencies } from "./constructs/implied-dependencies.ts";
import { SendingDomain, type SendingDomainProps } from "./constructs/sending-domain.ts";
import { TokenKeys } from "./constructs/token-keys.ts";
import { WorkTableSeed } from "./constructs/work-table-seed.ts";

const string = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });

export interface StatefulStackProps extends StackProps {
  readonly sendingDomain: SendingDomainProps;
  /** The network profile's first work tables, added to the table on the first deploy (and new ones on later ones). */
  readonly firstWorkTables: FirstWorkTables;
}

/** Everything that holds data or keys. Kept apart from compute so redeploying or replacing the API never risks the table. */
export class StatefulStack extends Stack {
  readonly table: dynamodb.TableV2;
  /** The keys that sign the links in mails (confirmation, decision, RSVP, unsubscribe) and seal list cursors. */
  readonly tokenKeys: TokenKeys;
  /** The SES identity mails are sent from, with its DKIM keys. */
  readonly sendingDomain: SendingDomain;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);

    this.table = new dynamodb.TableV2(this, "DataTable", {
      partitionKey: string(tableDefinition.partitionKey),
      sortKey: string(tableDefinition.sortKey),
      globalSecondaryIndexes: tableDefinition.globalSecondaryIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: string(index.partitionKey),
        sortKey: string(index.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      })),
      timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
      billing: dynamodb.Billing.onDemand(),
      dynamoStream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Stateful like the table: replacing or deleting the keys would invalidate every link that is already out there.
    this.tokenKeys = new TokenKeys(this, "TokenKeys");
    this.sendingDomain = new SendingDomain(this, "SendingDomain", props.sendingDomain);
    new WorkTableSeed(this, "WorkTableSeed", { table: this.table, workTables: props.firstWorkTables });

    new CfnOutput(this, "TableName", { value: this.table.tableName, description: "Name of the data table" });
    new CfnOutput(this, "TokenKeyParameterName", {
      value: this.tokenKeys.parameterName,
      description: "SecureString parameter with the link keys (README: Rotate the link key)",
    });
  }

  protected override _toCloudFormation() {
    const template = super._toCloudFormation();
    dropImpliedDependencies(template);
    return template;
  }
}
