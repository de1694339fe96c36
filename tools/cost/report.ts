import { type Assumptions, REFERENCE_NETWORK, scaleVolume } from "./assumptions.ts";
import { type CostLine, type CostReport, costReport } from "./model.ts";
import { PRICES_CHECKED_ON, type PriceKey, prices, REGION, USD_TO_EUR } from "./prices-eu-central-1.ts";
import type { StackTemplate } from "./template.ts";

/** The goal: the product runs for a network of the reference network's size (the first user's) for less than this, per month. */
export const GOAL_EUR_PER_MONTH = 1;

/** How much larger the second network is. */
export const LARGER_NETWORK_FACTOR = 10;

export interface CostSummary {
  region: string;
  pricesCheckedOn: string;
  usdToEur: typeof USD_TO_EUR;
  stacks: string[];
  /** The CDK context the templates were synthesized with. */
  context: Record<string, unknown>;
  goal: { eurPerMonth: number; met: boolean };
  reference: CostReport;
  /** Volumes ×10 (schedules, polling, scanners unchanged), fixed part unchanged. */
  larger: { factor: number; usageUsd: number; totalUsd: number; totalEur: number };
  /** The plain reading: every usage line ×10, fixed part unchanged. */
  largerPlain: { usageUsd: number; totalUsd: number; totalEur: number };
  assumptions: Assumptions;
  prices: typeof prices;
}

export function summarize(
  stacks: readonly StackTemplate[],
  options: { countFreeTier?: boolean; assumptions?: Assumptions; context?: Record<string, unknown> } = {},
): CostSummary {
  const assumptions = options.assumptions ?? REFERENCE_NETWORK;
  const reference = costReport(stacks, assumptions, { countFreeTier: options.countFreeTier ?? false });
  const larger = costReport(stacks, scaleVolume(assumptions, LARGER_NETWORK_FACTOR), {
    countFreeTier: options.countFreeTier ?? false,
  });
  const { fixedUsd, usageUsd } = reference.totals;
  const plainUsage = usageUsd * LARGER_NETWORK_FACTOR;
  return {
    region: REGION,
    pricesCheckedOn: PRICES_CHECKED_ON,
    usdToEur: USD_TO_EUR,
    stacks: stacks.map((s) => s.stackName),
    context: options.context ?? {},
    goal: { eurPerMonth: GOAL_EUR_PER_MONTH, met: reference.totals.totalEur < GOAL_EUR_PER_MONTH },
    reference,
    larger: {
      factor: LARGER_NETWORK_FACTOR,
      usageUsd: larger.totals.usageUsd,
      totalUsd: fixedUsd + larger.totals.usageUsd,
      totalEur: (fixedUsd + larger.totals.usageUsd) * USD_TO_EUR.rate,
    },
    largerPlain: {
      usageUsd: plainUsage,
      totalUsd: fixedUsd + plainUsage,
      totalEur: (fixedUsd + plainUsage) * USD_TO_EUR.rate,
    },
    assumptions,
    prices,
  };
}

// --- Text -----------------------------------------------------------------------------------------------------------

const LABELS: Record<PriceKey, string> = {
  lambdaRequests: "Lambda requests",
  lambdaArmGbSecond: "Lambda compute (arm64)",
  lambdaX86GbSecond: "Lambda compute (x86_64)",
  httpApiRequests: "API Gateway HTTP API",
  dynamoWriteRequestUnits: "DynamoDB write units",
  dynamoReadRequestUnits: "DynamoDB read units",
  dynamoStorage: "DynamoDB storage",
  dynamoPitr: "DynamoDB PITR backup",
  dynamoStreamReads: "DynamoDB Streams reads",
  dynamoStreamReadsByLambda: "DynamoDB Streams (Lambda)",
  sqsRequests: "SQS requests",
  sesOutboundMails: "SES outbound mails",
  schedulerInvocations: "EventBridge Scheduler",
  eventBridgeCustomEvents: "EventBridge custom events",
  eventBridgeAwsServiceEvents: "EventBridge AWS events",
  cloudwatchStandardAlarmMetric: "CloudWatch alarms",
  cloudwatchHighResolutionAlarmMetric: "CloudWatch alarms (hi-res)",
  cloudwatchCompositeAlarm: "CloudWatch composite alarms",
  cloudwatchDashboard: "CloudWatch dashboards",
  cloudwatchCustomMetric: "CloudWatch custom metrics",
  logsIngestion: "CloudWatch Logs ingestion",
  logsStorage: "CloudWatch Logs storage",
  secretsManagerSecret: "Secrets Manager secret",
  secretsManagerApiCalls: "Secrets Manager API calls",
  kmsCustomerManagedKey: "KMS customer managed key",
  kmsRequests: "KMS requests",
  ssmStandardParameter: "SSM parameter (standard)",
  ssmAdvancedParameter: "SSM parameter (advanced)",
  route53HostedZone: "Route 53 hosted zone",
  acmPublicCertificate: "ACM public certificate",
  snsPublishes: "SNS publishes",
  snsEmailNotifications: "SNS email notifications",
  s3Storage: "S3 storage (CDK assets)",
  s3PutRequests: "S3 PUT requests",
  dataTransferOut: "Data transfer out",
};

export const labelOf = (price: PriceKey): string => LABELS[price];

const quantity = (n: number): string =>
  n === 0
    ? "0"
    : n >= 100
      ? Math.round(n).toLocaleString("en-US")
      : n >= 0.01
        ? Number(n.toFixed(2)).toLocaleString("en-US")
        : n.toPrecision(2);

const perText = (per: number): string =>
  per >= 1_000_000 ? `${per / 1_000_000}M ` : per >= 1_000 ? `${per / 1_000}k ` : "";

const dollars = (usd: number): string => (usd >= 0.01 && Number(usd.toFixed(2)) === usd ? usd.toFixed(2) : String(usd));

const unitPrice = (price: PriceKey): string => {
  const p = prices[price];
  return `$${dollars(p.usd)} / ${perText(p.per)}${p.unit}`;
};

const money = (n: number): string => n.toFixed(4);

function table(lines: readonly CostLine[], subtotal: string): string[] {
  const rows = lines.map((line) => [
    labelOf(line.price),
    `${quantity(line.quantity)} ${line.unit}${line.billedQuantity !== line.quantity ? ` (${quantity(line.billedQuantity)} billed)` : ""}`,
    unitPrice(line.price),
    money(line.usd),
    money(line.eur),
    line.basis,
  ]);
  const header = ["Service / resource", "Quantity per month", "Unit price", "USD/month", "EUR/month", "Basis"];
  const total = lines.reduce((sum, line) => sum + line.usd, 0);
  const footer = [subtotal, "", "", money(total), money(total * USD_TO_EUR.rate), ""];
  const all = [header, ...rows, footer];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? "").length)));
  const render = (row: string[]) =>
    row
      .map((cell, i) => (i === 3 || i === 4 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [render(header), rule, ...rows.map(render), rule, render(footer)];
}

export function formatText(summary: CostSummary): string {
  const { reference: report, larger, largerPlain } = summary;
  const out: string[] = [];
  out.push(
    `Cost model of ${summary.stacks.join(" + ")}: ${summary.region}, prices in USD as checked on ${summary.pricesCheckedOn}` +
      ` (tools/cost/prices-eu-central-1.ts), 1 USD = ${summary.usdToEur.rate} EUR (${summary.usdToEur.date})`,
  );
  const context = Object.entries(summary.context).map(([k, v]) => `${k}=${String(v)}`);
  out.push(`Synthesized with: ${context.length > 0 ? context.join(" ") : "no extra context (--bare)"}`);
  out.push(
    report.freeTierCounted
      ? "Free tiers: the always-free ones are subtracted (--free-tier); the 12-month ones are not."
      : "Free tiers: NOT counted, so this is an upper bound (Lambda 1M requests + 400,000 GB-s, 10 alarm metrics, 1M SQS requests, 5 GB logs, … are free every month; pass --free-tier to subtract them).",
  );
  out.push("");
  out.push(
    `FIXED: monthly fees of the resources in the templates${report.freeTierCounted ? "" : " (the 10 free alarm metrics not subtracted)"}`,
  );
  out.push(...table(report.fixed, "Fixed"));
  out.push("");
  out.push(`USAGE at ${report.network} volume (assumptions: tools/cost/assumptions.ts)`);
  out.push(...table(report.usage, "Usage"));
  out.push("");
  const t = report.totals;
  out.push(
    `TOTAL ${report.network}: ${money(t.totalUsd)} USD = ${money(t.totalEur)} EUR per month` +
      ` (fixed ${money(t.fixedUsd)} USD + usage ${money(t.usageUsd)} USD)`,
  );
  out.push(
    `TOTAL network ×${larger.factor} (volumes ×${larger.factor}; schedules, polling and fixed part unchanged): ` +
      `${money(larger.totalUsd)} USD = ${money(larger.totalEur)} EUR per month` +
      ` [usage lines simply ×${larger.factor}: ${money(largerPlain.totalUsd)} USD = ${money(largerPlain.totalEur)} EUR]`,
  );
  out.push(
    `GOAL under €${summary.goal.eurPerMonth}/month at ${report.network} volume: ${summary.goal.met ? "met" : "NOT met"}` +
      ` (${money(t.totalEur)} EUR)`,
  );
  out.push("");
  out.push("Workload per month derived from the assumptions and the templates:");
  out.push(
    `  ${Object.entries(report.workload)
      .map(([k, n]) => `${k} ${quantity(n)}`)
      .join(" · ")}`,
  );
  if (report.notPriced.length > 0) {
    out.push("");
    out.push("NOT PRICED (in the templates, but the model has no price for them):");
    for (const n of report.notPriced) out.push(`  ${n.stack}: ${n.count}× ${n.type}: ${n.reason}`);
  }
  out.push("");
  out.push("Notes:");
  for (const note of report.notes) out.push(`  - ${note}`);
  out.push("  - A month is 730 hours; yearly volumes are divided by 12.");
  return `${out.join("\n")}\n`;
}
