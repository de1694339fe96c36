import type { Assumptions } from "./assumptions.ts";
import { type FixedItem, ruleFor } from "./catalog.ts";
import { prices as listPrices, type PriceKey, type PriceTable, USD_TO_EUR } from "./prices-eu-central-1.ts";
import {
  allowStatementsByRole,
  allows,
  asArray,
  DAYS_PER_MONTH,
  HOURS_PER_MONTH,
  referencedIds,
  rolesAssumableBy,
  runsPerMonth,
  SECONDS_PER_MONTH,
  type StackTemplate,
  StackView,
} from "./template.ts";

/**
 * The cost model: a fixed part (monthly fees of the resources in the templates) and a usage part (what the
 * assumed traffic costs on the resources the templates define). Both are lines of price × quantity; nothing is
 * looked up by logical id, only by resource type and by the references between resources.
 */

type Props = Record<string, unknown>;

export interface CostLine {
  part: "fixed" | "usage";
  price: PriceKey;
  quantity: number;
  unit: string;
  /** USD per one `unit`. */
  unitUsd: number;
  /** Quantity billed: all of it, or what is left after the free tier when that is counted. */
  billedQuantity: number;
  usd: number;
  eur: number;
  /** Where the quantity comes from. */
  basis: string;
}

export interface NotPriced {
  stack: string;
  type: string;
  count: number;
  reason: string;
}

export interface CostReport {
  network: string;
  freeTierCounted: boolean;
  fixed: CostLine[];
  usage: CostLine[];
  totals: { fixedUsd: number; usageUsd: number; totalUsd: number; totalEur: number };
  notPriced: NotPriced[];
  /** Monthly quantities derived from the assumptions and the templates. */
  workload: Record<string, number>;
  notes: string[];
}

export interface ModelOptions {
  prices?: PriceTable;
  usdToEur?: number;
  /** Subtract the always-free tiers (off by default: the total is an upper bound). */
  countFreeTier?: boolean;
}

// --- Accumulating quantities per price ------------------------------------------------------------------------------

class Ledger {
  private readonly entries = new Map<PriceKey, { quantity: number; basis: Map<string, number> }>();

  add(price: PriceKey, quantity: number, label: string): void {
    if (!(quantity > 0)) return;
    const entry = this.entries.get(price) ?? { quantity: 0, basis: new Map<string, number>() };
    entry.quantity += quantity;
    entry.basis.set(label, (entry.basis.get(label) ?? 0) + quantity);
    this.entries.set(price, entry);
  }

  lines(part: CostLine["part"], options: Required<ModelOptions>): CostLine[] {
    return [...this.entries].map(([price, { quantity, basis }]) => {
      const p = options.prices[price];
      const unitUsd = p.usd / p.per;
      const billedQuantity = options.countFreeTier ? Math.max(0, quantity - (p.freePerMonth ?? 0)) : quantity;
      const usd = billedQuantity * unitUsd;
      return {
        part,
        price,
        quantity,
        unit: p.unit,
        unitUsd,
        billedQuantity,
        usd,
        eur: usd * options.usdToEur,
        basis: [...basis]
          .map(([label, q]) => (basis.size === 1 && q === quantity ? label : `${label} ${fmt(q)}`))
          .join("; "),
      };
    });
  }
}

const fmt = (n: number): string =>
  n >= 100 ? Math.round(n).toLocaleString("en-US") : Number(n.toPrecision(3)).toLocaleString("en-US");

/** A readable name for a logical id: CDK's hash suffix dropped. */
const shortName = (id: string): string => id.replace(/[0-9A-F]{8}$/, "");

// --- Fixed part --------------------------------------------------------------------------------------------------------

export interface FixedResult {
  ledger: Ledger;
  notPriced: NotPriced[];
}

/** Every resource of every template: its monthly fee, or none, or "not priced". */
export function fixedCosts(stacks: readonly StackTemplate[]): FixedResult {
  const ledger = new Ledger();
  const notPriced = new Map<string, NotPriced>();
  const flag = (stack: string, type: string, reason: string) => {
    const key = `${stack}|${type}|${reason}`;
    const entry = notPriced.get(key) ?? { stack, type, count: 0, reason };
    entry.count++;
    notPriced.set(key, entry);
  };
  for (const { stackName, template } of stacks) {
    for (const resource of Object.values(template.Resources ?? {})) {
      const rule = ruleFor(resource.Type);
      if (!rule) {
        flag(stackName, resource.Type, "type not priced by the model");
        continue;
      }
      const props = resource.Properties ?? {};
      const problem = rule.check?.(props);
      if (problem) flag(stackName, resource.Type, problem);
      for (const item of rule.fixed?.(props) ?? ([] as FixedItem[])) {
        ledger.add(item.price, item.quantity, item.note ? `${resource.Type} (${item.note})` : resource.Type);
      }
    }
  }
  return { ledger, notPriced: [...notPriced.values()] };
}

/** The types of the templates that are neither priced nor listed as free. */
export function unpricedTypes(stacks: readonly StackTemplate[]): string[] {
  const types = stacks.flatMap(({ template }) => Object.values(template.Resources ?? {}).map((r) => r.Type));
  return [...new Set(types)].filter((type) => ruleFor(type) === undefined).toSorted();
}

// --- What the templates say about the workload -----------------------------------------------------------------------

interface FunctionInfo {
  key: string;
  name: string;
  memoryGb: number;
  arm: boolean;
  /** Months of logs kept: retention / month, or the assumption for "never expire". */
  logMonths: number;
  mayDo: (action: string) => boolean;
}

export interface Route {
  method: string;
  segments: string[];
  functionKey: string;
}

interface Mapping {
  functionKey: string;
  batchSize: number;
}

interface Recurring {
  service: "scheduler" | "events";
  expression: string;
  runs: number;
  functionKeys: string[];
}

interface SesDestination {
  eventTypes: string[];
  kind: "sns" | "eventbridge" | "other";
  /** Functions the events end up in. */
  functionKeys: string[];
}

export interface TemplateFacts {
  functions: Map<string, FunctionInfo>;
  routes: Route[];
  accessLogMonths: number | undefined;
  sqsMappings: Mapping[];
  streamMappings: Mapping[];
  recurring: Recurring[];
  oneTimeScheduleTargets: string[];
  sesDestinations: SesDestination[];
  emailSubscriptions: number;
  tables: { gsis: number; pitr: boolean; replicas: number; stream: boolean }[];
  metricFilterMetricsWithoutDefault: number;
  unreadSchedules: string[];
}

const defaultBatchSize = (eventSource: string | undefined) => (eventSource === "AWS::SQS::Queue" ? 10 : 100);

export function readTemplates(stacks: readonly StackTemplate[], assumptions: Assumptions): TemplateFacts {
  const facts: TemplateFacts = {
    functions: new Map(),
    routes: [],
    accessLogMonths: undefined,
    sqsMappings: [],
    streamMappings: [],
    recurring: [],
    oneTimeScheduleTargets: [],
    sesDestinations: [],
    emailSubscriptions: 0,
    tables: [],
    metricFilterMetricsWithoutDefault: 0,
    unreadSchedules: [],
  };
  for (const { stackName, template } of stacks) {
    const stack = new StackView(stackName, template);
    const key = (id: string) => `${stackName}/${id}`;
    const monthsOf = (logGroupId: string | undefined): number => {
      const days = logGroupId ? stack.resources[logGroupId]?.Properties?.RetentionInDays : undefined;
      return typeof days === "number" ? days / DAYS_PER_MONTH : assumptions.logs.monthsKeptWithoutRetention;
    };
    const functionsIn = (value: unknown) => stack.refsOfType(value, "AWS::Lambda::Function").map(key);

    // Functions: memory and architecture from the template, what their role may do, where they log.
    const statements = allowStatementsByRole(stack);
    for (const [id, props] of stack.ofType("AWS::Lambda::Function")) {
      const roleId = stack.refsOfType(props.Role, "AWS::IAM::Role")[0];
      const roleStatements = roleId ? (statements.get(roleId) ?? []) : [];
      const explicitLogGroup = stack.refsOfType(
        (props.LoggingConfig as Props | undefined)?.LogGroup,
        "AWS::Logs::LogGroup",
      )[0];
      const namedLogGroup = stack
        .ofType("AWS::Logs::LogGroup")
        .find(
          ([, lg]) =>
            JSON.stringify(lg.LogGroupName ?? "").includes("/aws/lambda/") &&
            referencedIds(lg.LogGroupName).includes(id),
        )?.[0];
      facts.functions.set(key(id), {
        key: key(id),
        name: shortName(id),
        memoryGb: Number(props.MemorySize ?? 128) / 1024,
        arm: asArray(props.Architectures as string[] | undefined).includes("arm64"),
        logMonths: monthsOf(explicitLogGroup ?? namedLogGroup),
        mayDo: (action) => allows(roleStatements, action),
      });
    }

    // HTTP routes → integration → function.
    for (const [, props] of stack.ofType("AWS::ApiGatewayV2::Route")) {
      const integrationId = stack.refsOfType(props.Target, "AWS::ApiGatewayV2::Integration")[0];
      const integration = integrationId ? stack.resources[integrationId]?.Properties : undefined;
      const functionKey = functionsIn(integration?.IntegrationUri)[0];
      const [method = "ANY", path = ""] = String(props.RouteKey).split(" ");
      if (functionKey) facts.routes.push({ method, segments: path.split("/").filter(Boolean), functionKey });
    }
    for (const [, props] of stack.ofType("AWS::ApiGatewayV2::Stage")) {
      const destination = (props.AccessLogSettings as Props | undefined)?.DestinationArn;
      if (destination !== undefined) {
        facts.accessLogMonths = monthsOf(stack.refsOfType(destination, "AWS::Logs::LogGroup")[0]);
      }
    }

    // Event source mappings: SQS queues (polled, idle too) and streams.
    for (const [, props] of stack.ofType("AWS::Lambda::EventSourceMapping")) {
      const functionKey = functionsIn(props.FunctionName)[0];
      if (!functionKey || props.Enabled === false) continue;
      const sourceType = referencedIds(props.EventSourceArn)
        .map((id) => stack.typeOf(id))
        .find(Boolean);
      const mapping = { functionKey, batchSize: Number(props.BatchSize ?? defaultBatchSize(sourceType)) };
      if (sourceType === "AWS::SQS::Queue") facts.sqsMappings.push(mapping);
      else facts.streamMappings.push(mapping);
    }

    // Recurring schedules (EventBridge Scheduler; scheduled EventBridge rules are free).
    const scheduleRoles = new Set<string>();
    for (const [, props] of stack.ofType("AWS::Scheduler::Schedule")) {
      const target = (props.Target ?? {}) as Props;
      for (const role of stack.refsOfType(target.RoleArn, "AWS::IAM::Role")) scheduleRoles.add(role);
      if (props.State === "DISABLED") continue;
      addRecurring(facts, "scheduler", String(props.ScheduleExpression), functionsIn(target.Arn));
    }
    for (const [, props] of stack.ofType("AWS::Events::Rule")) {
      if (props.ScheduleExpression === undefined || props.State === "DISABLED") continue;
      addRecurring(facts, "events", String(props.ScheduleExpression), functionsIn(props.Targets));
    }
    // One-time schedules are made at run time: their targets are the functions a role for EventBridge Scheduler
    // may invoke that no schedule of the template uses.
    for (const roleId of rolesAssumableBy(stack, "scheduler.amazonaws.com")) {
      if (scheduleRoles.has(roleId)) continue;
      for (const statement of statements.get(roleId) ?? []) {
        if (!allows([statement], "lambda:InvokeFunction")) continue;
        for (const fn of functionsIn(statement.Resource)) {
          if (!facts.oneTimeScheduleTargets.includes(fn)) facts.oneTimeScheduleTargets.push(fn);
        }
      }
    }

    // SES events: where a configuration set sends them, and which functions they reach.
    const lambdaSubscribers = (topicValue: unknown): string[] => {
      const topics = stack.refsOfType(topicValue, "AWS::SNS::Topic");
      return stack
        .ofType("AWS::SNS::Subscription")
        .filter(
          ([, s]) =>
            s.Protocol === "lambda" && stack.refsOfType(s.TopicArn, "AWS::SNS::Topic").some((t) => topics.includes(t)),
        )
        .flatMap(([, s]) => functionsIn(s.Endpoint));
    };
    const sesRuleTargets = stack
      .ofType("AWS::Events::Rule")
      .filter(([, rule]) =>
        asArray((rule.EventPattern as Props | undefined)?.source as string[] | undefined).includes("aws.ses"),
      )
      .flatMap(([, rule]) => functionsIn(rule.Targets));
    for (const [, props] of stack.ofType("AWS::SES::ConfigurationSetEventDestination")) {
      const destination = (props.EventDestination ?? {}) as Props;
      if (destination.Enabled === false) continue;
      const eventTypes = asArray(destination.MatchingEventTypes as string[] | undefined).map((t) => t.toLowerCase());
      if (destination.SnsDestination) {
        const topic = (destination.SnsDestination as Props).TopicARN;
        facts.sesDestinations.push({ eventTypes, kind: "sns", functionKeys: lambdaSubscribers(topic) });
      } else if (destination.EventBridgeDestination) {
        facts.sesDestinations.push({ eventTypes, kind: "eventbridge", functionKeys: sesRuleTargets });
      } else facts.sesDestinations.push({ eventTypes, kind: "other", functionKeys: [] });
    }

    facts.emailSubscriptions += stack
      .ofType("AWS::SNS::Subscription")
      .filter(([, s]) => s.Protocol === "email" || s.Protocol === "email-json").length;

    for (const type of ["AWS::DynamoDB::GlobalTable", "AWS::DynamoDB::Table"]) {
      for (const [, props] of stack.ofType(type)) {
        const replicas = asArray(props.Replicas as Props[] | undefined);
        const pitrOf = (p: Props | undefined) =>
          (p?.PointInTimeRecoverySpecification as Props | undefined)?.PointInTimeRecoveryEnabled === true;
        facts.tables.push({
          gsis: asArray(props.GlobalSecondaryIndexes as unknown[] | undefined).length,
          pitr: pitrOf(props) || replicas.some(pitrOf),
          replicas: Math.max(1, replicas.length),
          stream: props.StreamSpecification !== undefined,
        });
      }
    }

    for (const [, props] of stack.ofType("AWS::Logs::MetricFilter")) {
      facts.metricFilterMetricsWithoutDefault += asArray(props.MetricTransformations as Props[] | undefined).filter(
        (t) => t.DefaultValue === undefined,
      ).length;
    }
  }
  return facts;
}

function addRecurring(facts: TemplateFacts, service: Recurring["service"], expression: string, functionKeys: string[]) {
  const runs = runsPerMonth(expression);
  if (runs === undefined) facts.unreadSchedules.push(expression);
  else facts.recurring.push({ service, expression, runs, functionKeys });
}

/**
 * The function API Gateway picks for a request: the route with the most literal segments before a greedy
 * `{proxy+}` wins, an exact route beats a greedy one, a method beats ANY (API Gateway's "most specific match").
 */
export function routeFor(routes: readonly Route[], method: string, path: string): string | undefined {
  const segments = path.split("?")[0]?.split("/").filter(Boolean) ?? [];
  let best: { score: number; functionKey: string } | undefined;
  for (const route of routes) {
    if (route.method !== "ANY" && route.method !== method) continue;
    const greedy = route.segments.at(-1)?.endsWith("+}") === true;
    const fixed = greedy ? route.segments.slice(0, -1) : route.segments;
    if (greedy ? segments.length <= fixed.length : segments.length !== fixed.length) continue;
    if (!fixed.every((s, i) => (s.startsWith("{") ? true : s === segments[i]))) continue;
    const literals = fixed.filter((s) => !s.startsWith("{")).length;
    const score = (greedy ? 0 : 10_000) + literals * 10 + (route.method === method ? 1 : 0);
    if (!best || score > best.score) best = { score, functionKey: route.functionKey };
  }
  return best?.functionKey ?? routes.find((r) => r.segments.length === 0 && r.method === "$default")?.functionKey;
}

// --- Usage part -----------------------------------------------------------------------------------------------------

interface FunctionUse {
  invocations: number;
  durationMs: number;
  extraLogBytes: number;
}

export function usageCosts(
  stacks: readonly StackTemplate[],
  a: Assumptions,
): { ledger: Ledger; workload: Record<string, number>; notes: string[] } {
  const facts = readTemplates(stacks, a);
  const ledger = new Ledger();
  const notes: string[] = [];
  const use = new Map<string, FunctionUse>();
  const invoke = (functionKey: string | undefined, invocations: number, durationMs: number, extraLogBytes = 0) => {
    if (!functionKey || !(invocations > 0)) return;
    const u = use.get(functionKey) ?? { invocations: 0, durationMs: 0, extraLogBytes: 0 };
    u.invocations += invocations;
    u.durationMs += durationMs;
    u.extraLogBytes += extraLogBytes;
    use.set(functionKey, u);
  };
  let reads = 0;
  let writes = 0;
  const readsBy = new Map<string, number>();
  const writesBy = new Map<string, number>();
  const db = (label: string, r: number, w: number) => {
    reads += r;
    writes += w;
    readsBy.set(label, (readsBy.get(label) ?? 0) + r);
    writesBy.set(label, (writesBy.get(label) ?? 0) + w);
  };

  // The month's activity, from the network's size and behaviour.
  const { volume: v, behaviour: b } = a;
  const applications = v.applicationsPerYear / 12;
  const confirmed = applications * b.confirmShare;
  const meetingsPerYear = v.workTables * b.meetingsPerTablePerYear;
  const recipientsPerYear = b.conferencesPerYear * v.partners + meetingsPerYear * b.membersPerMeeting;
  const mailingRuns = ((b.conferencesPerYear + meetingsPerYear) * b.mailingsPerEvent) / 12;
  const mailingMails = (recipientsPerYear * b.mailingsPerEvent) / 12;
  const rsvpAnswers = (recipientsPerYear * b.rsvpShare) / 12;
  const unsubscribes = mailingMails * b.unsubscribeShare;
  const signIns = v.consoleSessionsPerMonth * b.signInMailsPerConsoleSession;
  const singleMails = {
    "confirmation (applicant)": applications,
    "new application (contact person)": confirmed,
    "forwarded (applicant)": confirmed,
    "decision (applicant)": confirmed,
    "decision reminder (contact person)": confirmed * b.decisionReminderShare,
    "undecided digest (coordinators)": b.undecidedDigestsPerMonth,
    "sign-in link": signIns,
    "RSVP confirmation": rsvpAnswers * b.rsvpConfirmationMailsPerAnswer,
    other: b.otherMailsPerMonth,
  };
  const singleMailCount = Object.values(singleMails).reduce((sum, n) => sum + n, 0);
  const mails = singleMailCount + mailingMails;
  const scheduleEdits = ((b.conferencesPerYear + meetingsPerYear) * b.editsPerEvent) / 12;

  // HTTP requests: each class goes to the function its route picks.
  const httpCounts: Record<keyof Assumptions["http"], number> = {
    pageView: v.pageViewsPerMonth,
    publicApi: v.publicApiRequestsPerMonth,
    applicationForm: applications,
    confirmation: 2 * confirmed,
    decision: 2 * confirmed,
    rsvp: 2 * rsvpAnswers,
    unsubscribe: 2 * unsubscribes,
    console: v.consoleSessionsPerMonth * b.consoleRequestsPerSession,
    signIn: 2 * signIns,
    scanner: a.background.scannerRequestsPerMonth,
  };
  let httpRequests = 0;
  let responseKb = 0;
  if (facts.routes.length === 0) notes.push("No HTTP API routes in the templates: no HTTP traffic counted.");
  else {
    for (const [name, count] of Object.entries(httpCounts) as [keyof Assumptions["http"], number][]) {
      const request = a.http[name];
      const functionKey = routeFor(facts.routes, request.method, request.path);
      if (!functionKey) {
        notes.push(`No route serves ${request.method} ${request.path} (${name}): not counted.`);
        continue;
      }
      httpRequests += count;
      responseKb += count * request.kb;
      invoke(functionKey, count, count * request.durationMs);
      db("HTTP requests", count * request.reads, count * request.writes);
    }
    ledger.add("httpApiRequests", httpRequests, "page views, form, links in mails, console, scanners");
    ledger.add("dataTransferOut", responseKb / 1024 / 1024, "HTTP responses");
  }

  // Mails: outbox → stream consumer → queue → mail sender → SES.
  ledger.add("sesOutboundMails", singleMailCount, "application, sign-in and other single mails");
  ledger.add("sesOutboundMails", mailingMails, "conference and meeting invitations and reminders");
  db("mails", mails * a.mail.readsPerMail, mails * a.mail.writesPerMail);
  const senders = facts.sqsMappings.filter(
    (m) =>
      facts.functions.get(m.functionKey)?.mayDo("ses:SendRawEmail") ||
      facts.functions.get(m.functionKey)?.mayDo("ses:SendEmail"),
  );
  if (senders.length === 0)
    notes.push("No queue consumer may send mail (ses:SendRawEmail): the mail sender's Lambda cost is not counted.");
  let senderInvocations = 0;
  for (const sender of senders) {
    const invocations = singleMailCount + mailingMails / Math.max(1, sender.batchSize);
    senderInvocations += invocations;
    invoke(
      sender.functionKey,
      invocations,
      invocations * a.mail.senderBaseMs + mails * a.mail.senderPerMailMs,
      mails * a.lambda.logBytesPerMail,
    );
  }
  for (const consumer of facts.streamMappings) {
    const perBatch = Math.max(1, Math.min(consumer.batchSize, a.mail.streamRecordsPerInvocationMailing));
    const invocations =
      singleMailCount / a.mail.streamRecordsPerInvocationSingle + mailingMails / perBatch + scheduleEdits;
    invoke(
      consumer.functionKey,
      invocations,
      invocations * a.mail.streamConsumerBaseMs +
        mails * a.mail.streamConsumerPerRecordMs +
        scheduleEdits * a.jobs.scheduleChangeMs,
    );
  }
  if (facts.streamMappings.length > 1) {
    notes.push(
      `${facts.streamMappings.length} stream consumers: each is counted with every outbox record (upper bound).`,
    );
  }
  // Lambda polls each shard about four times a second; free for Lambda triggers, shown at $0 for the record.
  ledger.add(
    "dynamoStreamReadsByLambda",
    facts.streamMappings.length * 4 * SECONDS_PER_MONTH,
    `${facts.streamMappings.length} stream trigger(s), one shard each`,
  );

  // SQS: the mails' messages, and the pollers of every SQS event source mapping, idle or not.
  const sendBatches = singleMailCount + mailingMails / a.mail.mailsPerSendMessageBatch;
  ledger.add("sqsRequests", sendBatches, "SendMessageBatch of the outbox mails");
  ledger.add("sqsRequests", 2 * senderInvocations, "receive + delete of mail batches");
  const idlePolls = facts.sqsMappings.length * a.sqs.pollersPerMapping * (SECONDS_PER_MONTH / a.sqs.longPollSeconds);
  ledger.add("sqsRequests", idlePolls, `long polling of ${facts.sqsMappings.length} SQS event source mapping(s), idle`);

  // Schedules in the template, and the one-time mailing schedules made at run time.
  for (const schedule of facts.recurring) {
    const profile = schedule.runs >= HOURS_PER_MONTH ? a.jobs.frequentRun : a.jobs.dailyRun;
    if (schedule.service === "scheduler") ledger.add("schedulerInvocations", schedule.runs, `${schedule.expression}`);
    for (const fn of schedule.functionKeys) {
      invoke(fn, schedule.runs, schedule.runs * profile.durationMs);
      db("scheduled runs", schedule.runs * profile.reads, schedule.runs * profile.writes);
    }
  }
  for (const expression of facts.unreadSchedules)
    notes.push(`Schedule expression not understood, not counted: ${expression}`);
  if (facts.oneTimeScheduleTargets.length > 0) {
    ledger.add("schedulerInvocations", mailingRuns, "one-time mailing schedules");
    for (const fn of facts.oneTimeScheduleTargets) {
      invoke(fn, mailingRuns, mailingRuns * a.jobs.mailingRunBaseMs + mailingMails * a.jobs.mailingRunPerRecipientMs);
      db("mailing runs", mailingMails * a.jobs.mailingRunReadsPerRecipient, mailingRuns * a.jobs.mailingRunWrites);
    }
  } else if (mailingMails > 0) {
    notes.push("No function is a target of one-time schedules: the mailing runs' Lambda cost is not counted.");
  }

  // SES events a configuration set sends on: to SNS (publishes) or the default event bus (free), then a function.
  let sesEvents = 0;
  for (const destination of facts.sesDestinations) {
    const events = mails * destination.eventTypes.reduce((sum, t) => sum + (a.sesEventsPerMail[t] ?? 0), 0);
    sesEvents += events;
    const label = `SES ${destination.eventTypes.join(" + ")} events`;
    if (destination.kind === "sns") ledger.add("snsPublishes", events, label);
    else if (destination.kind === "eventbridge") ledger.add("eventBridgeAwsServiceEvents", events, label);
    else notes.push(`An SES event destination other than SNS or EventBridge is not priced (${label}).`);
    for (const fn of destination.functionKeys) {
      invoke(fn, events, events * a.sesFeedbackHandlerMs);
      db("SES feedback", 0, events);
    }
  }

  // Alarm mails.
  if (facts.emailSubscriptions > 0) {
    const notifications = a.background.alarmNotificationsPerMonth * facts.emailSubscriptions;
    ledger.add("snsEmailNotifications", notifications, `${facts.emailSubscriptions} email subscription(s)`);
    ledger.add("snsPublishes", a.background.alarmNotificationsPerMonth, "alarm notifications");
  }
  ledger.add(
    "cloudwatchCustomMetric",
    (facts.metricFilterMetricsWithoutDefault * a.metricFilterHoursPerMonth) / HOURS_PER_MONTH,
    `${facts.metricFilterMetricsWithoutDefault} metric-filter metric(s), ${a.metricFilterHoursPerMonth} h/month with matches`,
  );

  // Lambda: requests, GB-seconds (INIT of cold starts included), logs; keys read on cold starts.
  let logGb = 0;
  let logStoredGb = 0;
  for (const [functionKey, u] of use) {
    const fn = facts.functions.get(functionKey);
    if (!fn) continue;
    const coldStarts = u.invocations * a.lambda.coldStartShare;
    const gbSeconds = (fn.memoryGb * (u.durationMs + coldStarts * a.lambda.initMs)) / 1000;
    ledger.add("lambdaRequests", u.invocations, fn.name);
    ledger.add(fn.arm ? "lambdaArmGbSecond" : "lambdaX86GbSecond", gbSeconds, `${fn.name} (${fn.memoryGb * 1024} MB)`);
    const gb = (u.invocations * a.lambda.logBytesPerInvocation + u.extraLogBytes) / 1024 ** 3;
    logGb += gb;
    logStoredGb += gb * fn.logMonths;
    const keyReads = coldStarts * a.lambda.keyReadsPerColdStart;
    if (fn.mayDo("secretsmanager:GetSecretValue")) {
      ledger.add("secretsManagerApiCalls", keyReads, fn.name);
      ledger.add("kmsRequests", keyReads, `${fn.name} (secret decrypt)`);
    } else if (fn.mayDo("ssm:GetParameter") || fn.mayDo("ssm:GetParameters")) {
      ledger.add("kmsRequests", keyReads, `${fn.name} (SecureString decrypt)`);
    }
  }
  const idleFunctions = [...facts.functions.values()].filter((fn) => !use.has(fn.key)).map((fn) => fn.name);
  if (idleFunctions.length > 0) {
    notes.push(
      `Functions without steady-state invocations (deploy-time or unknown trigger): ${idleFunctions.join(", ")}.`,
    );
  }
  if (facts.accessLogMonths !== undefined) {
    const gb = (httpRequests * a.logs.accessLogBytesPerRequest) / 1024 ** 3;
    logGb += gb;
    logStoredGb += gb * facts.accessLogMonths;
  }
  ledger.add("logsIngestion", logGb, "function logs and API access logs");
  ledger.add("logsStorage", logStoredGb, "kept for each log group's retention");

  // DynamoDB: request units (each write also lands in the GSIs), storage, PITR.
  const table = facts.tables[0];
  if (facts.tables.length > 1)
    notes.push(`${facts.tables.length} tables: request units are counted once, on the first.`);
  if (table) {
    if (table.replicas > 1) notes.push("A global table with several replicas pays replicated writes: not modelled.");
    const indexWrites = writes * table.gsis * a.dynamodb.indexWritesPerWritePerGsi;
    for (const [label, n] of writesBy) ledger.add("dynamoWriteRequestUnits", n, label);
    ledger.add("dynamoWriteRequestUnits", indexWrites, `GSI copies (${table.gsis} GSIs)`);
    for (const [label, n] of readsBy) ledger.add("dynamoReadRequestUnits", n, label);
    ledger.add(
      "dynamoStorage",
      v.tableDataGb * (1 + table.gsis * a.dynamodb.indexStorageSharePerGsi),
      `table + ${table.gsis} GSIs`,
    );
    if (table.pitr) ledger.add("dynamoPitr", v.tableDataGb, "table data");
  } else if (reads + writes > 0) notes.push("No DynamoDB table in the templates: request units not counted.");

  // The CDK bootstrap bucket: function bundles (outside these templates, created by `cdk bootstrap`).
  ledger.add("s3Storage", a.background.cdkAssetsGb, "CDK assets (bootstrap bucket)");
  ledger.add("s3PutRequests", a.background.deploysPerMonth * a.background.assetPutsPerDeploy, "deploys");

  const workload: Record<string, number> = {
    httpRequests,
    applications,
    rsvpAnswers,
    mailingRuns,
    ...Object.fromEntries(Object.entries(singleMails).map(([k, n]) => [`mails: ${k}`, n])),
    "mails: mailings": mailingMails,
    mails,
    sesEvents,
    dynamoReadUnits: reads,
    dynamoWriteUnits: writes * (1 + (table?.gsis ?? 0) * a.dynamodb.indexWritesPerWritePerGsi),
    lambdaInvocations: [...use.values()].reduce((sum, u) => sum + u.invocations, 0),
    logGb,
  };
  return { ledger, workload, notes };
}

// --- The report --------------------------------------------------------------------------------------------------------

export function costReport(
  stacks: readonly StackTemplate[],
  assumptions: Assumptions,
  options: ModelOptions = {},
): CostReport {
  const resolved: Required<ModelOptions> = {
    prices: options.prices ?? listPrices,
    usdToEur: options.usdToEur ?? USD_TO_EUR.rate,
    countFreeTier: options.countFreeTier ?? false,
  };
  const fixedPart = fixedCosts(stacks);
  const usagePart = usageCosts(stacks, assumptions);
  const fixed = fixedPart.ledger.lines("fixed", resolved);
  const usage = usagePart.ledger.lines("usage", resolved);
  const sum = (lines: CostLine[]) => lines.reduce((total, line) => total + line.usd, 0);
  const fixedUsd = sum(fixed);
  const usageUsd = sum(usage);
  return {
    network: assumptions.name,
    freeTierCounted: resolved.countFreeTier,
    fixed: fixed.toSorted((x, y) => y.usd - x.usd),
    usage: usage.toSorted((x, y) => y.usd - x.usd),
    totals: { fixedUsd, usageUsd, totalUsd: fixedUsd + usageUsd, totalEur: (fixedUsd + usageUsd) * resolved.usdToEur },
    notPriced: fixedPart.notPriced,
    workload: usagePart.workload,
    notes: usagePart.notes,
  };
}
