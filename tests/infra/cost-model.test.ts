import { describe, expect, it } from "vitest";
import { type Assumptions, REFERENCE_NETWORK } from "../../tools/cost/assumptions.ts";
import { RESOURCE_TYPES } from "../../tools/cost/catalog.ts";
import { type CostLine, costReport, fixedCosts, type Route, routeFor, unpricedTypes } from "../../tools/cost/model.ts";
import { prices } from "../../tools/cost/prices-eu-central-1.ts";
import { formatText, GOAL_EUR_PER_MONTH, summarize } from "../../tools/cost/report.ts";
import { main } from "../../tools/cost/run.ts";
import { synthTemplates } from "../../tools/cost/synth.ts";
import { runsPerMonth, type StackTemplate } from "../../tools/cost/template.ts";

// `npm run cost`'s model (tools/cost/) on the real templates, synthesized like the command does it (no bundling).
const { stacks } = synthTemplates();

const lineOf = (lines: readonly CostLine[], price: CostLine["price"]) => lines.find((line) => line.price === price);

describe("the cost model on the synthesized templates", () => {
  it("prices every resource type of every stack, or lists it as free", () => {
    expect(stacks.length).toBeGreaterThanOrEqual(2);
    expect(unpricedTypes(stacks)).toEqual([]);
    // Known types in a configuration the model does not price (e.g. provisioned capacity) are reported too.
    expect(fixedCosts(stacks).notPriced).toEqual([]);
  });

  it("computes a finite, positive monthly total for Schwerin and a larger one for a network ten times its size", () => {
    const summary = summarize(stacks);
    const { totals } = summary.reference;
    expect(Number.isFinite(totals.totalUsd)).toBe(true);
    expect(totals.totalUsd).toBeGreaterThan(0);
    expect(totals.totalEur).toBeCloseTo(totals.totalUsd * summary.usdToEur.rate, 10);
    expect(summary.larger.totalUsd).toBeGreaterThan(totals.totalUsd);
    // Every usage line is priced and derived from something the templates hold.
    for (const line of [...summary.reference.fixed, ...summary.reference.usage]) {
      expect(Number.isFinite(line.usd), line.price).toBe(true);
      expect(line.usd).toBeGreaterThanOrEqual(0);
    }
    expect(lineOf(summary.reference.usage, "lambdaRequests")?.quantity).toBeGreaterThan(0);
    expect(lineOf(summary.reference.usage, "sesOutboundMails")?.quantity).toBeGreaterThan(0);
    expect(lineOf(summary.reference.usage, "httpApiRequests")?.quantity).toBeGreaterThan(0);
    console.info(
      `cost model: Schwerin ${totals.totalUsd.toFixed(4)} USD = ${totals.totalEur.toFixed(4)} EUR/month ` +
        `(fixed ${totals.fixedUsd.toFixed(4)} USD, usage ${totals.usageUsd.toFixed(4)} USD); ` +
        `×${summary.larger.factor}: ${summary.larger.totalEur.toFixed(4)} EUR/month; goal under €${GOAL_EUR_PER_MONTH}`,
    );
    expect(formatText(summary)).toContain(`TOTAL ${REFERENCE_NETWORK.name}:`);
  });

  // Free tiers not counted: an upper bound, with every optional part (alarm mail, custom domain) switched on.
  it(`stays under the goal of €${GOAL_EUR_PER_MONTH} a month at the reference network's volume`, () => {
    expect(summarize(stacks).reference.totals.totalEur).toBeLessThan(GOAL_EUR_PER_MONTH);
  });

  it("prints JSON with --json", () => {
    const json = JSON.parse(main(["--json"])) as ReturnType<typeof summarize>;
    expect(json.reference.totals.totalUsd).toBeGreaterThan(0);
    expect(json.region).toBe("eu-central-1");
  });
});

describe("the cost model's arithmetic", () => {
  // One function (1 GB, arm64) run hourly by a schedule, and resources with a monthly fee.
  const handMade: StackTemplate[] = [
    {
      stackName: "Test",
      template: {
        Resources: {
          Key: { Type: "AWS::KMS::Key", Properties: {} },
          Secret: { Type: "AWS::SecretsManager::Secret", Properties: {} },
          PlainAlarm: { Type: "AWS::CloudWatch::Alarm", Properties: { MetricName: "Errors", Period: 300 } },
          MathAlarm: {
            Type: "AWS::CloudWatch::Alarm",
            Properties: {
              Metrics: [
                { Id: "e", Expression: "a + b", ReturnData: true },
                { Id: "a", MetricStat: { Metric: { MetricName: "A" }, Period: 300, Stat: "Sum" } },
                { Id: "b", MetricStat: { Metric: { MetricName: "B" }, Period: 300, Stat: "Sum" } },
              ],
            },
          },
          Advanced: { Type: "AWS::SSM::Parameter", Properties: { Tier: "Advanced" } },
          Standard: { Type: "AWS::SSM::Parameter", Properties: { Type: "String" } },
          Records: { Type: "AWS::Route53::RecordSet", Properties: {} },
          Role: { Type: "AWS::IAM::Role", Properties: {} },
          Job: {
            Type: "AWS::Lambda::Function",
            Properties: { MemorySize: 1024, Architectures: ["arm64"], Role: { "Fn::GetAtt": ["Role", "Arn"] } },
          },
          Hourly: {
            Type: "AWS::Scheduler::Schedule",
            Properties: { ScheduleExpression: "rate(1 hour)", Target: { Arn: { "Fn::GetAtt": ["Job", "Arn"] } } },
          },
          Odd: { Type: "AWS::Made::Up", Properties: {} },
        },
      },
    },
  ];
  // Round numbers: a run takes one second, no cold starts, no mails, no traffic.
  const quiet: Assumptions = {
    ...REFERENCE_NETWORK,
    volume: {
      ...REFERENCE_NETWORK.volume,
      applicationsPerYear: 0,
      partners: 0,
      workTables: 0,
      consoleSessionsPerMonth: 0,
    },
    behaviour: { ...REFERENCE_NETWORK.behaviour, undecidedDigestsPerMonth: 0, otherMailsPerMonth: 0 },
    jobs: { ...REFERENCE_NETWORK.jobs, frequentRun: { durationMs: 1_000, reads: 0, writes: 0 } },
    lambda: { ...REFERENCE_NETWORK.lambda, coldStartShare: 0 },
  };
  const report = costReport(handMade, quiet, { usdToEur: 0.5 });

  it("adds up the monthly fees: key $1, secret $0.40, three alarm metrics $0.30, one advanced parameter $0.05", () => {
    expect(lineOf(report.fixed, "kmsCustomerManagedKey")?.usd).toBeCloseTo(1, 10);
    expect(lineOf(report.fixed, "secretsManagerSecret")?.usd).toBeCloseTo(0.4, 10);
    expect(lineOf(report.fixed, "cloudwatchStandardAlarmMetric")?.quantity).toBe(3);
    expect(lineOf(report.fixed, "ssmAdvancedParameter")?.usd).toBeCloseTo(0.05, 10);
    expect(lineOf(report.fixed, "ssmStandardParameter")?.usd).toBe(0);
    expect(report.totals.fixedUsd).toBeCloseTo(1.75, 10);
    expect(report.totals.totalEur).toBeCloseTo(report.totals.totalUsd * 0.5, 10);
  });

  it("lists a type it has no price for, and counts it as nothing", () => {
    expect(unpricedTypes(handMade)).toEqual(["AWS::Made::Up"]);
    expect(report.notPriced).toEqual([
      { stack: "Test", type: "AWS::Made::Up", count: 1, reason: "type not priced by the model" },
    ]);
  });

  it("runs the scheduled function 730 times a month: requests, 730 GB-seconds, 730 scheduler invocations", () => {
    expect(lineOf(report.usage, "schedulerInvocations")?.quantity).toBeCloseTo(730, 10);
    expect(lineOf(report.usage, "lambdaRequests")?.quantity).toBeCloseTo(730, 10);
    const compute = lineOf(report.usage, "lambdaArmGbSecond");
    expect(compute?.quantity).toBeCloseTo(730, 10);
    expect(compute?.usd).toBeCloseTo(730 * prices.lambdaArmGbSecond.usd, 12);
    expect(lineOf(report.usage, "sesOutboundMails")).toBeUndefined();
  });

  it("subtracts the always-free tiers only when asked", () => {
    const withFreeTier = costReport(handMade, quiet, { countFreeTier: true });
    expect(lineOf(withFreeTier.fixed, "cloudwatchStandardAlarmMetric")?.usd).toBe(0);
    expect(lineOf(withFreeTier.usage, "lambdaArmGbSecond")?.usd).toBe(0);
    expect(lineOf(withFreeTier.fixed, "kmsCustomerManagedKey")?.usd).toBeCloseTo(1, 10);
  });

  it("reads schedule expressions as runs per month of 730 hours", () => {
    expect(runsPerMonth("rate(5 minutes)")).toBeCloseTo(8_760, 10);
    expect(runsPerMonth("rate(1 day)")).toBeCloseTo(730 / 24, 10);
    expect(runsPerMonth("cron(0 8 * * ? *)")).toBeCloseTo(730 / 24, 10);
    expect(runsPerMonth("cron(0/15 8-17 ? * MON-FRI *)")).toBeCloseTo(4 * 10 * (5 / 7) * (730 / 24), 10);
    expect(runsPerMonth("cron(0 6 1 JAN,JUL ? *)")).toBeCloseTo(2 / 12, 10);
    expect(runsPerMonth("at(2027-01-01T00:00:00)")).toBe(0);
    expect(runsPerMonth("every now and then")).toBeUndefined();
  });

  it("routes a request like API Gateway: exact before greedy, the longest literal prefix first", () => {
    const route = (path: string, functionKey: string): Route => ({
      method: "ANY",
      segments: path.split("/").filter(Boolean),
      functionKey,
    });
    const routes = [
      route("/", "web"),
      route("/{proxy+}", "web"),
      route("/api/{proxy+}", "api"),
      route("/api/admin/{proxy+}", "admin"),
      route("/konsole", "admin"),
    ];
    expect(routeFor(routes, "GET", "/")).toBe("web");
    expect(routeFor(routes, "GET", "/arbeitstische/x")).toBe("web");
    expect(routeFor(routes, "POST", "/api/applications")).toBe("api");
    expect(routeFor(routes, "GET", "/api/admin/partners")).toBe("admin");
    expect(routeFor(routes, "GET", "/konsole")).toBe("admin");
    expect(routeFor(routes, "GET", "/konsole/x")).toBe("web");
  });

  it("declares every catalogued type as fixed, usage or free, with a reason", () => {
    for (const [type, rule] of Object.entries(RESOURCE_TYPES)) {
      expect(["fixed", "usage", "free"], type).toContain(rule.kind);
      expect(rule.why.length, type).toBeGreaterThan(0);
    }
  });
});
