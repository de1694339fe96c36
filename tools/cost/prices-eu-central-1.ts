/**
 * Every price the cost model uses, for Europe (Frankfurt), eu-central-1, in USD, in one place.
 *
 * Stated as checked on PRICES_CHECKED_ON against the page named in each `source`. The figures are the public list
 * prices of those pages as we know them (after DynamoDB's on-demand price cut of November 2024 and Lambda's billed
 * INIT phase of August 2025); re-check them against the pages before quoting a figure to anyone, and change them
 * here only.
 *
 * Free tiers are stated (`freePerMonth`, the always-free ones only: the 12-month ones end) but the model does not
 * count them unless asked (`--free-tier`): they are shared by every workload of the account, so the default total
 * is an honest upper bound.
 */

export const REGION = "eu-central-1";
export const PRICES_CHECKED_ON = "2026-12-01";

export interface Price {
  /** What is paid, in USD, for `per` units. */
  readonly usd: number;
  readonly per: number;
  /** The unit counted, singular: "request", "GB-second", "alarm metric-month". */
  readonly unit: string;
  /** The public price page the figure comes from. */
  readonly source: string;
  /** Always-free quantity per month and account, in `unit`s; never counted unless the caller asks. */
  readonly freePerMonth?: number;
  readonly note?: string;
}

/** One USD in EUR: the ECB's euro reference rate (≈ 1.16 USD per EUR), as of PRICES_CHECKED_ON. */
export const USD_TO_EUR = {
  rate: 0.86,
  date: PRICES_CHECKED_ON,
  source:
    "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/eurofxref-graph-usd.en.html",
} as const;

const LAMBDA = "https://aws.amazon.com/lambda/pricing/";
const API_GATEWAY = "https://aws.amazon.com/api-gateway/pricing/";
const DYNAMODB = "https://aws.amazon.com/dynamodb/pricing/on-demand/";
const SQS = "https://aws.amazon.com/sqs/pricing/";
const SES = "https://aws.amazon.com/ses/pricing/";
const EVENTBRIDGE = "https://aws.amazon.com/eventbridge/pricing/";
const CLOUDWATCH = "https://aws.amazon.com/cloudwatch/pricing/";
const SECRETS_MANAGER = "https://aws.amazon.com/secrets-manager/pricing/";
const KMS = "https://aws.amazon.com/kms/pricing/";
const SSM = "https://aws.amazon.com/systems-manager/pricing/";
const ROUTE_53 = "https://aws.amazon.com/route53/pricing/";
const ACM = "https://aws.amazon.com/certificate-manager/pricing/";
const SNS = "https://aws.amazon.com/sns/pricing/";
const S3 = "https://aws.amazon.com/s3/pricing/";
const DATA_TRANSFER = "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer";

export const prices = {
  // --- Lambda -------------------------------------------------------------------------------------------------
  lambdaRequests: {
    usd: 0.2,
    per: 1_000_000,
    unit: "request",
    source: LAMBDA,
    freePerMonth: 1_000_000,
    note: "free tier 1M requests/month (always free), not counted by default",
  },
  lambdaArmGbSecond: {
    usd: 0.0000133334,
    per: 1,
    unit: "GB-second",
    source: LAMBDA,
    freePerMonth: 400_000,
    note: "arm64, first 7.5 billion GB-s; free tier 400,000 GB-s/month shared with x86 (always free), not counted by default; INIT (cold start) is billed since 2025-08-01",
  },
  lambdaX86GbSecond: {
    usd: 0.0000166667,
    per: 1,
    unit: "GB-second",
    source: LAMBDA,
    freePerMonth: 400_000,
    note: "x86_64, first 6 billion GB-s; same shared free tier",
  },

  // --- API Gateway ------------------------------------------------------------------------------------------------
  httpApiRequests: {
    usd: 1.2,
    per: 1_000_000,
    unit: "request",
    source: API_GATEWAY,
    note: "HTTP API, first 300M requests/month, metered in 512 KB steps; 1M/month free for 12 months only (not modelled); custom domain names cost nothing",
  },

  // --- DynamoDB (on-demand, Standard table class) -----------------------------------------------------------------
  dynamoWriteRequestUnits: {
    usd: 0.7625,
    per: 1_000_000,
    unit: "write request unit",
    source: DYNAMODB,
    note: "1 WRU writes up to 1 KB; transactional writes take 2",
  },
  dynamoReadRequestUnits: {
    usd: 0.1525,
    per: 1_000_000,
    unit: "read request unit",
    source: DYNAMODB,
    note: "1 RRU reads up to 4 KB strongly consistent (2 eventually consistent); transactional reads take 2",
  },
  dynamoStorage: {
    usd: 0.306,
    per: 1,
    unit: "GB-month",
    source: DYNAMODB,
    freePerMonth: 25,
    note: "first 25 GB/month free (always free), not counted by default",
  },
  dynamoPitr: {
    usd: 0.24,
    per: 1,
    unit: "GB-month",
    source: DYNAMODB,
    note: "continuous backups (point-in-time recovery), on the table's size",
  },
  dynamoStreamReads: {
    usd: 0.0228,
    per: 100_000,
    unit: "streams read request unit",
    source: DYNAMODB,
    note: "GetRecords made by a Lambda trigger (event source mapping) are free: only other stream readers pay this",
  },
  dynamoStreamReadsByLambda: {
    usd: 0,
    per: 100_000,
    unit: "streams read request unit",
    source: DYNAMODB,
    note: "GetRecords of a Lambda trigger (about four a second per shard): free",
  },

  // --- SQS ------------------------------------------------------------------------------------------------------
  sqsRequests: {
    usd: 0.4,
    per: 1_000_000,
    unit: "request",
    source: SQS,
    freePerMonth: 1_000_000,
    note: "standard queues; every 64 KB chunk of a request is one request; first 1M/month free (always free), not counted by default",
  },

  // --- SES ------------------------------------------------------------------------------------------------------
  sesOutboundMails: {
    usd: 0.1,
    per: 1_000,
    unit: "mail",
    source: SES,
    note: "per recipient; attachments $0.12/GB (the .ics files: negligible). The former 62,000 free mails/month applied only to mail sent from EC2; the current free tier (3,000/month) lasts 12 months only: neither is counted",
  },

  // --- EventBridge ----------------------------------------------------------------------------------------------
  schedulerInvocations: {
    usd: 1.0,
    per: 1_000_000,
    unit: "invocation",
    source: EVENTBRIDGE,
    freePerMonth: 14_000_000,
    note: "EventBridge Scheduler; 14M invocations/month free (always free), not counted by default",
  },
  eventBridgeCustomEvents: {
    usd: 1.0,
    per: 1_000_000,
    unit: "event",
    source: EVENTBRIDGE,
    note: "custom and partner events put on a bus, per 64 KB chunk",
  },
  eventBridgeAwsServiceEvents: {
    usd: 0,
    per: 1_000_000,
    unit: "event",
    source: EVENTBRIDGE,
    note: "events that AWS services (SES included, through a configuration set's EventBridge destination) deliver to the default bus: free; rules cost nothing",
  },

  // --- CloudWatch -----------------------------------------------------------------------------------------------
  cloudwatchStandardAlarmMetric: {
    usd: 0.1,
    per: 1,
    unit: "alarm metric-month",
    source: CLOUDWATCH,
    freePerMonth: 10,
    note: "standard resolution (period ≥ 60 s); a metric-math alarm pays for each metric in it; 10 alarm metrics/month free (always free), not counted by default",
  },
  cloudwatchHighResolutionAlarmMetric: {
    usd: 0.3,
    per: 1,
    unit: "alarm metric-month",
    source: CLOUDWATCH,
    note: "high resolution (period < 60 s)",
  },
  cloudwatchCompositeAlarm: { usd: 0.5, per: 1, unit: "alarm-month", source: CLOUDWATCH },
  cloudwatchDashboard: {
    usd: 3.0,
    per: 1,
    unit: "dashboard-month",
    source: CLOUDWATCH,
    freePerMonth: 3,
  },
  cloudwatchCustomMetric: {
    usd: 0.3,
    per: 1,
    unit: "metric-month",
    source: CLOUDWATCH,
    freePerMonth: 10,
    note: "first 10,000 metrics; prorated by the hour and metered only in hours the metric is published (a metric filter without default value publishes only when a line matches)",
  },
  logsIngestion: {
    usd: 0.63,
    per: 1,
    unit: "GB ingested",
    source: CLOUDWATCH,
    freePerMonth: 5,
    note: "Standard log class (Lambda logs: first tier of the vended-log price, the same figure); 5 GB/month of log data free (always free), not counted by default",
  },
  logsStorage: {
    usd: 0.0324,
    per: 1,
    unit: "GB-month",
    source: CLOUDWATCH,
    note: "archived (compressed) data; the model counts the uncompressed size, an upper bound",
  },

  // --- Secrets, keys, parameters ----------------------------------------------------------------------------------
  secretsManagerSecret: {
    usd: 0.4,
    per: 1,
    unit: "secret-month",
    source: SECRETS_MANAGER,
    note: "prorated by the hour; a new secret has a 30-day free trial, not counted",
  },
  secretsManagerApiCalls: { usd: 0.05, per: 10_000, unit: "API call", source: SECRETS_MANAGER },
  kmsCustomerManagedKey: {
    usd: 1.0,
    per: 1,
    unit: "key-month",
    source: KMS,
    note: "customer managed key; AWS managed keys (aws/ssm, aws/secretsmanager, …) have no monthly fee; with automatic rotation the first and second rotation add $1/month each",
  },
  kmsRequests: {
    usd: 0.03,
    per: 10_000,
    unit: "request",
    source: KMS,
    freePerMonth: 20_000,
    note: "20,000 requests/month free (always free), not counted by default",
  },
  ssmStandardParameter: {
    usd: 0,
    per: 1,
    unit: "parameter-month",
    source: SSM,
    note: "Parameter Store standard parameters (SecureString included, with the AWS managed key aws/ssm) and their standard-throughput API calls: free",
  },
  ssmAdvancedParameter: { usd: 0.05, per: 1, unit: "parameter-month", source: SSM, note: "prorated by the hour" },

  // --- DNS, certificates ---------------------------------------------------------------------------------------------
  route53HostedZone: {
    usd: 0.5,
    per: 1,
    unit: "hosted zone-month",
    source: ROUTE_53,
    note: "first 25 zones; only a zone the templates create is counted. Records cost nothing; alias queries to AWS resources (API Gateway included) are free",
  },
  acmPublicCertificate: {
    usd: 0,
    per: 1,
    unit: "certificate",
    source: ACM,
    note: "public certificates used with integrated services (API Gateway custom domains): free",
  },

  // --- SNS ------------------------------------------------------------------------------------------------------
  snsPublishes: {
    usd: 0.5,
    per: 1_000_000,
    unit: "publish request",
    source: SNS,
    freePerMonth: 1_000_000,
    note: "per 64 KB chunk; 1M/month free (always free), not counted by default; deliveries to Lambda and SQS are free",
  },
  snsEmailNotifications: {
    usd: 2.0,
    per: 100_000,
    unit: "email notification",
    source: SNS,
    freePerMonth: 1_000,
    note: "first 1,000/month free (always free), not counted by default",
  },

  // --- S3 (the CDK bootstrap bucket holding the function bundles) -----------------------------------------------------
  s3Storage: { usd: 0.0245, per: 1, unit: "GB-month", source: S3, note: "S3 Standard, first 50 TB" },
  s3PutRequests: { usd: 0.0054, per: 1_000, unit: "PUT request", source: S3 },

  // --- Data transfer out to the internet --------------------------------------------------------------------------------
  dataTransferOut: {
    usd: 0.09,
    per: 1,
    unit: "GB",
    source: DATA_TRANSFER,
    freePerMonth: 100,
    note: "first 10 TB/month; 100 GB/month free across services (always free), not counted by default",
  },
} as const satisfies Record<string, Price>;

export type PriceKey = keyof typeof prices;
export type PriceTable = Record<PriceKey, Price>;
