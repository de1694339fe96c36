import { dirname } from "node:path";
import {
  ArnFormat,
  AssetHashType,
  type CfnResource,
  Duration,
  RemovalPolicy,
  Stack,
  Token,
  Validations,
} from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as logs from "aws-cdk-lib/aws-logs";
import type * as scheduler from "aws-cdk-lib/aws-scheduler";
import type * as sqs from "aws-cdk-lib/aws-sqs";
import type { Construct, IConstruct } from "constructs";
import { bundleFunction, ENTRY_FILE } from "./bundling.ts";

/** What `consumeTableStream` passes on to the event source mapping; the source is always the table's stream. */
export type TableStreamOptions = Omit<lambda.EventSourceMappingOptions, "eventSourceArn" | "kafkaBootstrapServers">;

const environmentName = /^[A-Z][A-Z0-9_]*$/;

function checkEnvironmentName(method: string, name: string): void {
  if (!environmentName.test(name)) throw new Error(`${method} needs an upper-case variable name, got: ${name}`);
}

/**
 * A resource of a policy statement as cdk-nag 3 names it in a finding id (`AwsSolutions-IAM5[Resource::<text>]`):
 * the resolved value with `Fn::Join` flattened and references written as `<Ref>` or `<Id.Attribute>`. cdk-nag only
 * accepts an acknowledgement of exactly that text, which depends on the stack's environment (a fixed region and
 * account, or the pseudo parameters), so it is worked out here rather than written down.
 */
export function nagResourceText(scope: IConstruct, resource: string): string {
  const flatten = (node: unknown): string => {
    if (typeof node === "string") return node.replace(/\$\{/g, "<").replace(/\}/g, ">");
    const value = node as Record<string, unknown>;
    if (Array.isArray(value["Fn::Join"])) {
      const [delimiter, items] = value["Fn::Join"] as [string, unknown[]];
      return items.map(flatten).join(delimiter);
    }
    if (value["Fn::Sub"] !== undefined) return flatten(value["Fn::Sub"]);
    if (Array.isArray(value["Fn::GetAtt"])) {
      const [id, attribute] = value["Fn::GetAtt"] as [unknown, unknown];
      return `<${flatten(id)}.${flatten(attribute)}>`;
    }
    if (value["Fn::ImportValue"] !== undefined) return flatten(value["Fn::ImportValue"]);
    if (value.Ref !== undefined) return `<${flatten(value.Ref)}>`;
    return JSON.stringify(node);
  };
  return flatten(Stack.of(scope).resolve(resource));
}

/** What `manageSchedules` needs to know about the one-time schedules a function creates. */
export interface ScheduleAccess {
  /** The group the schedules go into; its name must be a literal, it becomes part of the granted ARN. */
  readonly group: scheduler.CfnScheduleGroup;
  /** Scheduler actions on the group's schedules, e.g. `scheduler:CreateSchedule`. */
  readonly actions: readonly string[];
  /** The role the schedules run as: the only role the function may pass to EventBridge Scheduler. */
  readonly schedulerRole: iam.IRole;
  /** Where EventBridge Scheduler puts invocations it could not deliver. */
  readonly deadLetterQueue: sqs.IQueue;
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
  /** Where asynchronous invocations go that failed on every retry; the role may send to exactly this queue. */
  readonly deadLetterQueue?: sqs.IQueue;
}

/**
 * A Node.js Lambda function with the project's runtime, bundling, logging and least-privilege role. The code is
 * bundled by esbuild on this machine (bundling.ts: split into the entry and chunks loaded when needed), offline and
 * without Docker; the asset's hash is that of the output.
 */
export class ProjectFunction extends lambda.Function {
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
      code: lambda.Code.fromAsset(dirname(props.entry), {
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          // Never used: local bundling always succeeds or throws (esbuild is a dev dependency).
          image: lambda.Runtime.NODEJS_22_X.bundlingImage,
          local: {
            tryBundle(outputDir) {
              bundleFunction(props.entry, outputDir);
              return true;
            },
          },
        },
      }),
      handler: `${ENTRY_FILE.replace(/\.mjs$/, "")}.${props.handler ?? "handler"}`,
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      environment: { NODE_OPTIONS: "--enable-source-maps", ...props.environment },
      ...(props.deadLetterQueue ? { deadLetterQueue: props.deadLetterQueue } : {}),
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
    const listStreams = this.grantUnscoped(
      "ListStreamsPolicy",
      ["dynamodb:ListStreams"],
      "dynamodb:ListStreams, which Lambda requires of the execution role of a DynamoDB stream consumer, supports " +
        "no resource-level permissions, so it can only be granted on *. It returns stream ARNs, no data; the " +
        "record-reading actions are granted on this table's stream only.",
    );

    const mapping = this.addEventSourceMapping("TableStream", { ...options, eventSourceArn: streamArn });
    // Lambda checks the role's stream permissions when it creates the mapping.
    mapping.node.addDependency(listStreams);
    return mapping;
  }

  /**
   * Grants `actions` that support no resource-level permissions (so only `*` grants them) in a policy of their
   * own, and acknowledges cdk-nag's `AwsSolutions-IAM5[Resource::*]` on that policy alone with `reason`: any other
   * wildcard still fails synth. The function is created only after the policy, so a first invocation has it.
   */
  grantUnscoped(id: string, actions: readonly string[], reason: string): iam.Policy {
    const invalid = actions.filter((action) => !/^[a-z0-9-]+:[A-Za-z]+$/.test(action));
    if (actions.length === 0 || invalid.length > 0) {
      throw new Error(`grantUnscoped needs explicit actions without wildcards, got: ${actions.join(", ")}`);
    }
    const policy = new iam.Policy(this, id, {
      statements: [new iam.PolicyStatement({ actions: [...actions], resources: ["*"] })],
    });
    this.attachOwnPolicy(policy);
    Validations.of(policy).acknowledge({ id: "AwsSolutions-IAM5[Resource::*]", reason });
    return policy;
  }

  /**
   * Lets the function create or change (per `actions`) the schedules of exactly one EventBridge Scheduler group,
   * and pass exactly `schedulerRole` to EventBridge Scheduler (`iam:PassedToService`), nothing else. Tells it where
   * in `SCHEDULE_GROUP_NAME`, `SCHEDULER_ROLE_ARN` and `SCHEDULER_DLQ_ARN`.
   *
   * Schedule names are made at run time, so the schedules are granted as `schedule/<group>/*`: that one wildcard
   * is acknowledged (cdk-nag `AwsSolutions-IAM5`) on the policy holding it, by its exact text.
   */
  manageSchedules(access: ScheduleAccess): iam.Policy {
    const invalid = access.actions.filter((action) => !/^scheduler:[A-Za-z]+$/.test(action));
    if (access.actions.length === 0 || invalid.length > 0) {
      throw new Error(`manageSchedules needs explicit scheduler actions, got: ${access.actions.join(", ")}`);
    }
    const groupName = access.group.name;
    if (groupName === undefined || Token.isUnresolved(groupName) || !/^[0-9A-Za-z_.-]+$/.test(groupName)) {
      throw new Error(`manageSchedules needs a schedule group with a literal name, got: ${groupName}`);
    }

    const schedules = Stack.of(this).formatArn({
      service: "scheduler",
      resource: "schedule",
      resourceName: `${groupName}/*`,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
    const policy = new iam.Policy(this, "SchedulesPolicy", {
      statements: [
        new iam.PolicyStatement({ actions: [...access.actions], resources: [schedules] }),
        new iam.PolicyStatement({
          actions: ["iam:PassRole"],
          resources: [access.schedulerRole.roleArn],
          conditions: { StringEquals: { "iam:PassedToService": "scheduler.amazonaws.com" } },
        }),
      ],
    });
    this.attachOwnPolicy(policy);
    Validations.of(policy).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagResourceText(this, schedules)}]`,
      reason:
        "One-time schedules are named at run time (per conference and mailing), so they are granted by the " +
        "wildcard of one schedule group of this stack and no other. The only role the function may pass to them " +
        "is the mailing scheduler role, which may only invoke conference-mailing.",
    });

    // Ref of the group, not the literal: the function is then created after the group.
    this.addEnvironment("SCHEDULE_GROUP_NAME", access.group.ref);
    this.addEnvironment("SCHEDULER_ROLE_ARN", access.schedulerRole.roleArn);
    this.addEnvironment("SCHEDULER_DLQ_ARN", access.deadLetterQueue.queueArn);
    return policy;
  }

  /** Attaches a policy of the function's own to its role; the function itself is created after the policy. */
  private attachOwnPolicy(policy: iam.Policy): void {
    if (this.role === undefined) throw new Error(`Function ${this.node.path} has no role`);
    policy.attachToRole(this.role);
    // On the CloudFormation resources, not the constructs: the policy is a child of this function.
    (this.node.defaultChild as CfnResource).addResourceDependency(policy.node.defaultChild as CfnResource);
  }
}
