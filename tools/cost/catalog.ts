import type { PriceKey } from "./prices-eu-central-1.ts";
import { asArray } from "./template.ts";

/**
 * Every CloudFormation resource type the cost model knows, and how it is billed:
 *
 * - `fixed`: a monthly fee for the resource itself, whether anyone uses it or not (a KMS key, a secret, an alarm);
 * - `usage`: no monthly fee, billed by use, which the usage part of the model estimates (a function, a table);
 * - `free`: costs nothing itself (IAM, routes, permissions, DNS records).
 *
 * A type missing here is "not priced": the report lists it and the test fails, so a new kind of resource is
 * priced (or declared free) on purpose, never silently counted as zero. `check` names a configuration of a known
 * type that the model does not price (e.g. a provisioned-capacity table): it is reported the same way.
 */

type Props = Record<string, unknown>;

export interface FixedItem {
  price: PriceKey;
  quantity: number;
  /** What the quantity is, e.g. "2 metrics of a metric-math alarm". */
  note?: string;
}

export interface TypeRule {
  kind: "fixed" | "usage" | "free";
  why: string;
  /** The monthly fee items of one resource (fixed types; usage types may have a fixed share too). */
  fixed?: (props: Props) => FixedItem[];
  /** Why this resource's configuration is not priced by the model, if it is not. */
  check?: (props: Props) => string | undefined;
}

/** Alarm metrics of one alarm: one per metric it watches, each metric of a metric-math expression counted. */
export function alarmMetrics(props: Props): FixedItem[] {
  const metrics = asArray(props.Metrics as Props[] | undefined);
  const stats = metrics.filter((m) => m.MetricStat !== undefined);
  const periodOf = (m?: Props) =>
    Number((m?.MetricStat as Props | undefined)?.Period ?? m?.Period ?? props.Period ?? 60);
  if (stats.length === 0) {
    return [
      { price: periodOf() < 60 ? "cloudwatchHighResolutionAlarmMetric" : "cloudwatchStandardAlarmMetric", quantity: 1 },
    ];
  }
  return stats.map((m) => ({
    price: periodOf(m) < 60 ? "cloudwatchHighResolutionAlarmMetric" : "cloudwatchStandardAlarmMetric",
    quantity: 1,
    note: stats.length > 1 ? `metric-math alarm with ${stats.length} metrics` : undefined,
  }));
}

const provisionedConcurrency = (props: Props) =>
  props.ProvisionedConcurrencyConfig ? "provisioned concurrency is billed per hour; not modelled" : undefined;

const free = (why: string): TypeRule => ({ kind: "free", why });

export const RESOURCE_TYPES: Record<string, TypeRule> = {
  // --- Monthly fees ---------------------------------------------------------------------------------------------
  "AWS::KMS::Key": {
    kind: "fixed",
    why: "customer managed key: $1 a month",
    fixed: (props) => [
      {
        price: "kmsCustomerManagedKey",
        quantity: 1,
        note: props.EnableKeyRotation ? "rotation on: +$1/month after the 1st and the 2nd rotation" : undefined,
      },
    ],
  },
  "AWS::SecretsManager::Secret": {
    kind: "fixed",
    why: "per secret and month",
    fixed: () => [{ price: "secretsManagerSecret", quantity: 1 }],
  },
  "AWS::CloudWatch::Alarm": { kind: "fixed", why: "per alarm metric and month", fixed: alarmMetrics },
  "AWS::CloudWatch::CompositeAlarm": {
    kind: "fixed",
    why: "per composite alarm and month",
    fixed: () => [{ price: "cloudwatchCompositeAlarm", quantity: 1 }],
  },
  "AWS::CloudWatch::Dashboard": {
    kind: "fixed",
    why: "per dashboard and month",
    fixed: () => [{ price: "cloudwatchDashboard", quantity: 1 }],
  },
  "AWS::SSM::Parameter": {
    kind: "fixed",
    why: "standard parameters free, advanced per parameter and month",
    fixed: (props) => [
      { price: props.Tier === "Advanced" ? "ssmAdvancedParameter" : "ssmStandardParameter", quantity: 1 },
    ],
    check: (props) =>
      props.Tier === "Intelligent-Tiering" ? "Intelligent-Tiering may become an advanced parameter" : undefined,
  },
  "AWS::Route53::HostedZone": {
    kind: "fixed",
    why: "per hosted zone and month",
    fixed: () => [{ price: "route53HostedZone", quantity: 1 }],
  },
  "AWS::CertificateManager::Certificate": {
    kind: "fixed",
    why: "public certificates are free",
    fixed: () => [{ price: "acmPublicCertificate", quantity: 1 }],
    check: (props) =>
      props.CertificateAuthorityArn ? "a private CA's certificate is billed by AWS Private CA" : undefined,
  },

  // --- Billed by use (the usage part) ---------------------------------------------------------------------------
  "AWS::Lambda::Function": { kind: "usage", why: "requests and GB-seconds", check: provisionedConcurrency },
  "AWS::ApiGatewayV2::Api": {
    kind: "usage",
    why: "HTTP API requests",
    check: (props) => (props.ProtocolType === "HTTP" ? undefined : `${String(props.ProtocolType)} API not modelled`),
  },
  "AWS::DynamoDB::GlobalTable": {
    kind: "usage",
    why: "on-demand request units, storage, PITR",
    check: (props) => onDemandOnly(props),
  },
  "AWS::DynamoDB::Table": {
    kind: "usage",
    why: "on-demand request units, storage, PITR",
    check: (props) => onDemandOnly(props),
  },
  "AWS::SQS::Queue": {
    kind: "usage",
    why: "requests",
    check: (props) => (props.FifoQueue ? "FIFO queues have other prices" : undefined),
  },
  "AWS::Lambda::EventSourceMapping": {
    kind: "usage",
    why: "an SQS mapping's polling is SQS requests; a DynamoDB stream mapping's reads are free",
  },
  "AWS::Scheduler::Schedule": { kind: "usage", why: "EventBridge Scheduler invocations" },
  "AWS::Events::Rule": { kind: "usage", why: "rules are free; AWS service events free, scheduled rules free" },
  "AWS::Logs::LogGroup": {
    kind: "usage",
    why: "ingestion and storage",
    check: (props) =>
      props.LogGroupClass && props.LogGroupClass !== "STANDARD"
        ? `${String(props.LogGroupClass)} log class`
        : undefined,
  },
  "AWS::Logs::MetricFilter": {
    kind: "usage",
    why: "a custom metric per transformation, prorated by the hours it is published",
    // With a default value the metric is published with every batch of log events: counted as a full month.
    fixed: (props) =>
      asArray(props.MetricTransformations as Props[] | undefined)
        .filter((t) => t.DefaultValue !== undefined)
        .map(() => ({ price: "cloudwatchCustomMetric", quantity: 1, note: "metric filter with default value" })),
  },
  "AWS::SNS::Topic": { kind: "usage", why: "publishes (deliveries to Lambda free)" },
  "AWS::SNS::Subscription": {
    kind: "usage",
    why: "email notifications; Lambda and SQS deliveries free",
    check: (props) =>
      ["sms", "http", "https", "application", "firehose"].includes(String(props.Protocol))
        ? `${String(props.Protocol)} deliveries not modelled`
        : undefined,
  },
  "AWS::SES::ConfigurationSet": {
    kind: "usage",
    why: "every mail is sent with it: SES outbound mails",
    check: (props) =>
      (props.VdmOptions as Props | undefined) ? "Virtual Deliverability Manager is billed per mail" : undefined,
  },
  "AWS::SES::ConfigurationSetEventDestination": {
    kind: "usage",
    why: "SES events: to SNS (publishes) or the default event bus (free)",
  },

  // --- Free -------------------------------------------------------------------------------------------------------
  "AWS::IAM::Role": free("IAM"),
  "AWS::IAM::Policy": free("IAM"),
  "AWS::IAM::ManagedPolicy": free("IAM"),
  "AWS::Lambda::Permission": free("resource policy"),
  "AWS::Lambda::Version": { kind: "free", why: "a version", check: provisionedConcurrency },
  "AWS::Lambda::Alias": { kind: "free", why: "an alias", check: provisionedConcurrency },
  "AWS::Lambda::EventInvokeConfig": free("configuration"),
  "AWS::ApiGatewayV2::Integration": free("configuration of the API"),
  "AWS::ApiGatewayV2::Route": free("configuration of the API"),
  "AWS::ApiGatewayV2::Stage": free("configuration of the API (access logs: CloudWatch Logs, in usage)"),
  "AWS::ApiGatewayV2::Deployment": free("configuration of the API"),
  "AWS::ApiGatewayV2::DomainName": free("custom domain names cost nothing (the certificate: ACM, free)"),
  "AWS::ApiGatewayV2::ApiMapping": free("configuration of the custom domain"),
  "AWS::SQS::QueuePolicy": free("resource policy"),
  "AWS::SNS::TopicPolicy": free("resource policy"),
  "AWS::SNS::TopicInlinePolicy": free("resource policy"),
  "AWS::Scheduler::ScheduleGroup": free("a group of schedules"),
  "AWS::SES::EmailIdentity": free("verifying an identity costs nothing"),
  "AWS::KMS::Alias": free("an alias"),
  "AWS::Route53::RecordSet": free("records cost nothing (the zone does)"),
  "AWS::Route53::RecordSetGroup": free("records cost nothing (the zone does)"),
  "AWS::Logs::ResourcePolicy": free("resource policy"),
  "AWS::CDK::Metadata": free("CDK's metadata"),
  "AWS::CloudFormation::CustomResource": free("runs its provider function at deploy time only"),
};

function onDemandOnly(props: Props): string | undefined {
  if (props.BillingMode !== "PAY_PER_REQUEST") return "provisioned capacity is billed per hour; not modelled";
  const classes = [props.TableClass, ...asArray(props.Replicas as Props[] | undefined).map((r) => r.TableClass)];
  if (classes.some((c) => c !== undefined && c !== "STANDARD")) return "Standard-IA table class has other prices";
  return undefined;
}

/** The rule for a type; `Custom::*` resources (CDK custom resources) are free: their function runs at deploy time. */
export function ruleFor(type: string): TypeRule | undefined {
  if (type.startsWith("Custom::")) return free("runs its provider function at deploy time only");
  return RESOURCE_TYPES[type];
}
