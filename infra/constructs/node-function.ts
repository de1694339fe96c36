import { fileURLToPath } from "node:url";
import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat, SourceMapMode } from "aws-cdk-lib/aws-lambda-nodejs";
import * as logs from "aws-cdk-lib/aws-logs";
import type * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import type * as sqs from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import { bundlingDefaults } from "./bundling.ts";

// Resolved from this file, not from the working directory, so `cdk synth` and vitest find the same lockfile.
const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

/** What `consumeTableStream` passes on to the event source mapping; the source is always the table's stream. */
export type TableStreamOptions = Omit<lambda.EventSourceMappingOptions, "eventSourceArn" | "kafkaBootstrapServers">;

const environmentName = /^[A-Z][A-Z0-9_]*$/;

function checkEnvironmentName(method: string, name: string): void {
  if (!environmentName.test(name)) throw new Error(`${method} needs an upper-case variable name, got: ${name}`);
}

export interface ProjectFunctionProps {
  /** Absolute path of the TypeScript entry file. */
  readonly entry: string;
  /** @default "handler" */
  readonly handler?: string;
  readonly description?: string;
  /** @default 512 */
  readonly memorySize?: number;
  /** @default 10 seconds */
  readonly timeout?: Duration;
  readonly environment?: Record<string, string>;
}

/** A Node.js Lambda function with the project's runtime, bundling, logging and least-privilege role. */
export class ProjectFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: ProjectFunctionProps) {
    // Own role instead of the default one: the default attaches the AWS-managed AWSLambdaBasicExecutionRole,
    // which may write to any log group in the account.
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com"),
      description: `Execution role of ${id}`,
    });
    // An explicit log group gives the retention without the log-retention custom resource.
    const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    super(scope, id, {
      entry: props.entry,
      handler: props.handler ?? "handler",
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      projectRoot,
      depsLockFilePath: `${projectRoot}package-lock.json`,
      environment: { NODE_OPTIONS: "--enable-source-maps", ...props.environment },
      // `bundlingDefaults.platform` needs no mapping: CDK always bundles with --platform=node.
      bundling: {
        format: bundlingDefaults.format === "esm" ? OutputFormat.ESM : OutputFormat.CJS,
        target: bundlingDefaults.target,
        minify: bundlingDefaults.minify,
        sourceMap: bundlingDefaults.sourcemap,
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: bundlingDefaults.sourcesContent,
        mainFields: [...bundlingDefaults.mainFields],
        externalModules: [...bundlingDefaults.external],
        banner: bundlingDefaults.banner,
        // Synth must work offline and on machines without Docker; esbuild is a dev dependency.
        forceDockerBundling: false,
      },
    });

    logGroup.grantWrite(role);

    Validations.of(this).acknowledge({
      id: "AwsSolutions-L1",
      reason:
        "Pinned to nodejs22.x on purpose: the bundle targets node22 and is tested against it; moving to a newer " +
        "runtime is a deliberate upgrade, not something a CDK library bump should do silently.",
    });
  }

  /**
   * Grants exactly `actions` on the table and the named indexes, and tells the function which table to use.
   * Both happen here so the permission and the `TABLE_NAME` it is meant for can never point at different tables.
   *
   * Indexes are named rather than granted as `<table>/index/*`: cdk-nag 3 can only acknowledge a wildcard by its
   * exact resolved text, which embeds the hashed export name of the other stack and changes with the stack name.
   */
  bindTable(table: dynamodb.ITableV2, actions: readonly string[], indexNames: readonly string[] = []): void {
    const invalid = actions.filter((action) => !/^dynamodb:[A-Za-z]+$/.test(action));
    if (actions.length === 0 || invalid.length > 0) {
      throw new Error(`bindTable needs explicit DynamoDB actions without wildcards, got: ${actions.join(", ")}`);
    }
    const badIndex = indexNames.find((name) => !/^[A-Za-z0-9_.-]+$/.test(name));
    if (badIndex !== undefined) throw new Error(`bindTable needs literal index names, got: ${badIndex}`);

    this.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...actions],
        resources: [table.tableArn, ...indexNames.map((name) => `${table.tableArn}/index/${name}`)],
      }),
    );
    this.addEnvironment("TABLE_NAME", table.tableName);
  }

  /**
   * Lets the function read the value of exactly this secret and puts its ARN (never the value) into `envName`.
   * The secret must use the AWS-managed key `aws/secretsmanager`, which needs no KMS grant.
   */
  bindSecret(secret: secretsmanager.ISecret, envName: string): void {
    checkEnvironmentName("bindSecret", envName);
    this.addToRolePolicy(
      new iam.PolicyStatement({ actions: ["secretsmanager:GetSecretValue"], resources: [secret.secretArn] }),
    );
    this.addEnvironment(envName, secret.secretArn);
  }

  /**
   * Lets the function send messages to exactly this queue and puts its URL into `envName`. Only SendMessage: the
   * queues use SQS-managed encryption, so no KMS grant is needed.
   */
  bindQueue(queue: sqs.IQueue, envName: string): void {
    checkEnvironmentName("bindQueue", envName);
    this.addToRolePolicy(new iam.PolicyStatement({ actions: ["sqs:SendMessage"], resources: [queue.queueArn] }));
    this.addEnvironment(envName, queue.queueUrl);
  }

  /**
   * Subscribes the function to the table's DynamoDB stream with the minimal read permissions Lambda documents for
   * its execution role: DescribeStream, GetRecords and GetShardIterator on the stream, and ListStreams.
   *
   * Deliberately not `DynamoEventSource`: that calls `TableV2.grantStreamRead`, which grants ListStreams on the
   * stream ARN, where it has no effect (ListStreams supports no resource-level permissions). ListStreams is granted
   * on `*` in a policy of its own, so the acknowledged cdk-nag finding covers that one statement and nothing else.
   */
  consumeTableStream(table: dynamodb.ITableV2, options: TableStreamOptions): lambda.EventSourceMapping {
    const streamArn = table.tableStreamArn;
    if (streamArn === undefined) throw new Error(`Table ${table.node.path} has no stream`);

    this.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
        resources: [streamArn],
      }),
    );
    const listStreams = new iam.Policy(this, "ListStreamsPolicy", {
      statements: [new iam.PolicyStatement({ actions: ["dynamodb:ListStreams"], resources: ["*"] })],
    });
    if (this.role === undefined) throw new Error(`Function ${this.node.path} has no role`);
    listStreams.attachToRole(this.role);
    Validations.of(listStreams).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason:
        "dynamodb:ListStreams, which Lambda requires of the execution role of a DynamoDB stream consumer, supports " +
        "no resource-level permissions, so it can only be granted on *. It returns stream ARNs, no data; the " +
        "record-reading actions are granted on this table's stream only.",
    });

    const mapping = this.addEventSourceMapping("TableStream", { ...options, eventSourceArn: streamArn });
    // Lambda checks the role's stream permissions when it creates the mapping.
    mapping.node.addDependency(listStreams);
    return mapping;
  }
}
