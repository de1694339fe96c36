import { Annotations, Match, Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { describe, expect, it } from "vitest";
import { readNetworkProfile } from "../../shared/config/network-profile.ts";
import { tableDefinition } from "../../shared/store/table-definition.ts";
import { buildForTest } from "../support/cdk.ts";

const { stateful } = buildForTest();
// Synthesising runs the cdk-nag plugin registered by buildApp; a finding would already fail here.
const template = Template.fromStack(stateful);

describe("stateful stack", () => {
  it("holds exactly one table, and computes only at deploy time: the key parameter's creator and the seeder", () => {
    template.resourceCountIs("AWS::DynamoDB::GlobalTable", 1);
    template.resourceCountIs("AWS::Lambda::Function", 2);
    template.resourceCountIs("AWS::IAM::Role", 2);
    const functionId = (name: string) =>
      Object.keys(template.findResources("AWS::Lambda::Function")).find((id) => id.includes(name));
    template.hasResourceProperties("Custom::TokenKeyParameter", {
      ServiceToken: { "Fn::GetAtt": [functionId("TokenKeyParameter"), "Arn"] },
    });
    template.hasResourceProperties("Custom::WorkTableSeed", {
      ServiceToken: { "Fn::GetAtt": [functionId("SeedWorkTables"), "Arn"] },
    });
  });

  it("adds the network profile's first work tables on deploy: the seeder may only put items into the table", () => {
    const [tableId] = Object.keys(template.findResources("AWS::DynamoDB::GlobalTable"));
    const [seed] = Object.values(template.findResources("Custom::WorkTableSeed"));
    expect(seed?.Properties?.TableName).toEqual({ Ref: tableId });
    const tables = JSON.parse(seed?.Properties?.WorkTables as string) as { id: string }[];
    expect(tables.map((t) => t.id)).toEqual(readNetworkProfile().workTables.map((t) => t.id));
    const dynamoStatements = Object.values(template.findResources("AWS::IAM::Policy"))
      .flatMap(
        (policy) =>
          (policy.Properties?.PolicyDocument as { Statement?: Record<string, unknown>[] } | undefined)?.Statement ?? [],
      )
      .filter((statement) => JSON.stringify(statement.Action).includes("dynamodb:"));
    expect(dynamoStatements).toEqual([
      { Effect: "Allow", Action: "dynamodb:PutItem", Resource: { "Fn::GetAtt": [tableId, "Arn"] } },
    ]);
  });

  it("builds the key schema from the shared table definition", () => {
    const { partitionKey, sortKey, globalSecondaryIndexes } = tableDefinition;
    const attributeNames = [
      partitionKey,
      sortKey,
      ...globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
    ];
    template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      KeySchema: [
        { AttributeName: partitionKey, KeyType: "HASH" },
        { AttributeName: sortKey, KeyType: "RANGE" },
      ],
      AttributeDefinitions: Match.arrayWith(
        attributeNames.map((name) => ({ AttributeName: name, AttributeType: "S" })),
      ),
      GlobalSecondaryIndexes: globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: "HASH" },
          { AttributeName: index.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
    });
  });

  it("bills on demand, streams old and new images and expires items by TTL", () => {
    template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      BillingMode: "PAY_PER_REQUEST",
      StreamSpecification: { StreamViewType: "NEW_AND_OLD_IMAGES" },
      TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
    });
  });

  it("protects the data: point-in-time recovery, deletion protection, retained on delete and replace", () => {
    template.hasResource("AWS::DynamoDB::GlobalTable", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({
        Replicas: [
          Match.objectLike({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
          }),
        ],
      }),
    });
  });

  it("holds the link keys in a SecureString parameter its custom resource creates once and never deletes", () => {
    // No Secrets Manager secret ($0.40 a month) and no key of its own: the parameter uses aws/ssm.
    template.resourceCountIs("AWS::SecretsManager::Secret", 0);
    template.resourceCountIs("AWS::KMS::Key", 0);
    template.hasResource("Custom::TokenKeyParameter", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: { ServiceToken: Match.anyValue(), ParameterName: "/NetzwerkData/token-keys" },
    });
    // The value never appears in the template: no SSM parameter resource, nothing that looks like a key.
    template.resourceCountIs("AWS::SSM::Parameter", 0);
    // The creator may put exactly that parameter and nothing else of SSM.
    const policies = Object.values(template.findResources("AWS::IAM::Policy"));
    const ssmStatements = policies
      .flatMap(
        (policy) =>
          (policy.Properties?.PolicyDocument as { Statement?: Record<string, unknown>[] } | undefined)?.Statement ?? [],
      )
      .filter((statement) => JSON.stringify(statement.Action).includes("ssm:"));
    expect(ssmStatements).toEqual([
      {
        Effect: "Allow",
        Action: "ssm:PutParameter",
        Resource: {
          "Fn::Join": [
            "",
            ["arn:", { Ref: "AWS::Partition" }, ":ssm:eu-central-1:123456789012:parameter/NetzwerkData/token-keys"],
          ],
        },
      },
    ]);
    template.hasOutput("TokenKeyParameterName", { Value: "/NetzwerkData/token-keys" });
  });

  it("outputs the table name", () => {
    const [tableId] = Object.keys(template.findResources("AWS::DynamoDB::GlobalTable"));
    template.hasOutput("TableName", { Value: { Ref: tableId } });
  });

  it("has no cdk-nag AwsSolutions findings, neither errors nor warnings", () => {
    const report = new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(stateful);
    expect(report.violations.map((violation) => violation.ruleName)).toEqual([]);
    expect(Annotations.fromStack(stateful).findError("*", Match.anyValue())).toEqual([]);
  });
});

describe("the region", () => {
  it("is Frankfurt unless chosen, whatever the CLI's profile defaults to", () => {
    // buildForTest sets the CLI's default region to us-east-1: it must not reach the stacks.
    const { stateful: defaulted, stateless } = buildForTest();
    expect([defaulted.region, stateless.region]).toEqual(["eu-central-1", "eu-central-1"]);
  });

  it("is AWS_REGION when set, and the region context before that", () => {
    expect(buildForTest({}, { AWS_REGION: "eu-west-1" }).stateful.region).toBe("eu-west-1");
    expect(buildForTest({ region: "eu-north-1" }, { AWS_REGION: "eu-west-1" }).stateful.region).toBe("eu-north-1");
  });

  it("refuses a region that is not one, before anything is synthesized", () => {
    expect(() => buildForTest({ region: "frankfurt" })).toThrowError(/region: must be an AWS region/);
  });
});
