import { CfnOutput, RemovalPolicy, Stack, type StackProps, Validations } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import { tableDefinition } from "../shared/store/table-definition.ts";

const string = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });

/** Everything that holds data or keys. Kept apart from compute so redeploying or replacing the API never risks the table. */
export class StatefulStack extends Stack {
  readonly table: dynamodb.TableV2;
  /** The HMAC key that signs the links in mails (confirmation, decision, RSVP, unsubscribe). */
  readonly tokenSecret: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props?: StackProps) {
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

    // Stateful like the table: replacing or deleting it would invalidate every link that is already out there.
    this.tokenSecret = new secretsmanager.Secret(this, "TokenSecret", {
      description: "HMAC key that signs the links in Netzwerk mails",
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.tokenSecret).acknowledge({
      id: "AwsSolutions-SMG4",
      reason:
        "No automatic rotation: rotating the HMAC key invalidates every link already sent (confirmation, " +
        "decision, unsubscribe). The key is rotated by hand when needed, as documented.",
    });

    new CfnOutput(this, "TableName", { value: this.table.tableName, description: "Name of the data table" });
  }
}
