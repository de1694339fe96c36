import { fileURLToPath } from "node:url";
import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat, SourceMapMode } from "aws-cdk-lib/aws-lambda-nodejs";
import * as logs from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import { bundlingDefaults } from "./bundling.ts";

// Resolved from this file, not from the working directory, so `cdk synth` and vitest find the same lockfile.
const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

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
}
