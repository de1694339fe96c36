/**
 * Submission benchmark: `POST /api/applications` against the whole local stack (Hono on Node, stream poller,
 * mail queue, SES emulator) with many concurrent clients, next to the floor every submission pays: the same
 * items written straight to DynamoDB Local with one `TransactWriteItems` each, from the same kind of client.
 * Both runs use one in-memory DynamoDB Local; the raw run writes to a table of its own (same definition), so
 * the stack's stream poller does not see it.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, paginateScan, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { readLocalConfig } from "../../infra/local/config.ts";
import { dynamoAnswers, type RunningService, startDynamoDbLocal } from "../../infra/local/dynamodb-local.ts";
import { ensureTable } from "../../infra/local/ensure-table.ts";
import { type LocalStack, startLocalStack } from "../../infra/local/stack.ts";
import { type Application, CONSENT_TEXT_VERSION, RETENTION } from "../../shared/domain/application.ts";
import { createLogger } from "../../shared/logging/logger.ts";
import { seedWorkTables } from "../../shared/seed/work-tables.ts";
import { createDocumentClient } from "../../shared/store/dynamo-client.ts";
import type { TransactItem } from "../../shared/store/dynamo-helpers.ts";
import { emailHash, keys } from "../../shared/store/keys.ts";
import { queueMail } from "../../shared/store/outbox.ts";
import { freePort } from "../support/ports.ts";

const COUNT = Number(process.env.BENCH_SUBMISSIONS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 500);
const MAIL_DRAIN_LIMIT_MS = 120_000;
const WORK_TABLE_ID = "kita-uebergang-schule";
const TABLE_NAME = "bench-submissions";
const RAW_TABLE_NAME = "bench-submissions-raw";
const DAY_MS = 86_400_000;

export interface RunFigures {
  count: number;
  errors: number;
  /** The first error seen, to tell what went wrong. */
  firstError?: string;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU time per operation of this Node process (clients, and in the API run the whole stack) and of DynamoDB Local. */
  nodeCpuMs: number;
  dynamoCpuMs?: number;
}

export interface SubmissionFigures {
  concurrency: number;
  api: RunFigures & {
    /** Every submitted email address has exactly one application item. */
    storedOnce: boolean;
    duplicates: number;
    missing: number;
    /** How long the stack still needed after the API run to send the confirmation mails (not in the timing). */
    mailDrainSeconds: number;
  };
  raw: RunFigures;
  /** api.perSecond / raw.perSecond */
  ratio: number;
}

/** The JVM of DynamoDB Local on `port` (Linux: found through /proc), to read its CPU time. */
function javaPid(port: number): number | undefined {
  try {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (args.some((a) => a.includes("DynamoDBLocal")) && args[args.indexOf("-port") + 1] === String(port)) {
        return Number(entry);
      }
    }
  } catch {
    // no /proc: no JVM figures
  }
  return undefined;
}

/** CPU seconds used so far by a process (utime + stime, at the usual 100 ticks a second). */
function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** The measured rounds of one kind of run, summed up. */
class Tally {
  private readonly latencies: number[] = [];
  private errors = 0;
  private firstError: string | undefined;
  private seconds = 0;
  private nodeCpuSeconds = 0;
  private dynamoCpuSeconds: number | undefined = 0;

  constructor(private readonly dynamoPid: number | undefined) {}

  /** Runs `task(from … from+count-1)` on `concurrency` workers; a task that returns a message or throws is an error. */
  async round(from: number, count: number, concurrency: number, task: (i: number) => Promise<true | string>) {
    let next = from;
    const end = from + count;
    const worker = async () => {
      for (let i = next++; i < end; i = next++) {
        const start = performance.now();
        let outcome: true | string;
        try {
          outcome = await task(i);
        } catch (error) {
          outcome = `${(error as Error).name}: ${(error as Error).message}`;
        }
        this.latencies.push(performance.now() - start);
        if (outcome !== true) {
          this.errors++;
          this.firstError ??= outcome;
        }
      }
    };
    const cpu = process.cpuUsage();
    const dynamoCpu = cpuSeconds(this.dynamoPid);
    const start = performance.now();
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
    this.seconds += (performance.now() - start) / 1000;
    const nodeCpu = process.cpuUsage(cpu);
    this.nodeCpuSeconds += (nodeCpu.user + nodeCpu.system) / 1e6;
    const dynamoCpuAfter = cpuSeconds(this.dynamoPid);
    this.dynamoCpuSeconds =
      this.dynamoCpuSeconds !== undefined && dynamoCpu !== undefined && dynamoCpuAfter !== undefined
        ? this.dynamoCpuSeconds + dynamoCpuAfter - dynamoCpu
        : undefined;
  }

  figures(): RunFigures {
    const count = this.latencies.length;
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const percentile = (p: number) => sorted[Math.max(0, Math.ceil(p * count) - 1)] ?? 0;
    return {
      count,
      errors: this.errors,
      ...(this.firstError ? { firstError: this.firstError } : {}),
      seconds: this.seconds,
      perSecond: count / this.seconds,
      p50Ms: percentile(0.5),
      p99Ms: percentile(0.99),
      nodeCpuMs: (this.nodeCpuSeconds * 1000) / count,
      ...(this.dynamoCpuSeconds !== undefined ? { dynamoCpuMs: (this.dynamoCpuSeconds * 1000) / count } : {}),
    };
  }
}

const applicationBody = (email: string, i: number) =>
  JSON.stringify({
    workTableIds: [WORK_TABLE_ID],
    name: `Bench Person ${i}`,
    email,
    organisationType: "association",
    engagement: "volunteer",
    consent: true,
  });

/** One submission through the API; true when it was accepted (202). */
async function postApplication(appUrl: string, email: string, i: number): Promise<true | string> {
  const response = await fetch(`${appUrl}/api/applications`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: applicationBody(email, i),
  });
  const text = await response.text();
  return response.status === 202 ? true : `HTTP ${response.status}: ${text.slice(0, 200)}`;
}

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);
const table = seedWorkTables.find((t) => t.id === WORK_TABLE_ID)?.input;
const tableRef = { numeral: table?.numeral ?? "I", name: table?.name ?? WORK_TABLE_ID };

/**
 * The four writes of one single-table submission, as ApplicationRepository.submit builds them (same keys, same
 * attribute shapes, same conditions), but without the repository: the open-application lock, the application,
 * the submission and the queued confirmation mail.
 */
function submissionItems(tableName: string, email: string, i: number, now: Date): TransactItem[] {
  const submissionId = randomBytes(16).toString("base64url");
  const createdAt = now.toISOString();
  const expiresAt = epochSeconds(new Date(now.getTime() + RETENTION.unconfirmedDays * DAY_MS));
  const name = `Bench Person ${i}`;
  const application: Application = {
    id: randomUUID(),
    submissionId,
    workTableId: WORK_TABLE_ID,
    status: "pending_confirmation",
    applicant: { name, email, organisationType: "association", engagement: "volunteer", locale: "de" },
    consent: { textVersion: CONSENT_TEXT_VERSION, givenAt: createdAt },
    createdAt,
    updatedAt: createdAt,
    expiresAt,
  };
  return [
    {
      Put: {
        TableName: tableName,
        Item: { ...keys.openApplication(emailHash(email), WORK_TABLE_ID), applicationId: application.id, expiresAt },
        ConditionExpression: "attribute_not_exists(pk) OR expiresAt < :now",
        ExpressionAttributeValues: { ":now": epochSeconds(now) },
      },
    },
    {
      Put: {
        TableName: tableName,
        Item: {
          ...keys.application(application.id),
          ...keys.applicationsByCreation(createdAt, application.id),
          ...keys.applicationsByStatus(application.status, createdAt, application.id),
          ...application,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    {
      Put: {
        TableName: tableName,
        Item: {
          ...keys.submission(submissionId),
          id: submissionId,
          applicationIds: [application.id],
          createdAt,
          expiresAt,
        },
      },
    },
    queueMail(
      tableName,
      {
        id: `confirm-${submissionId}`,
        kind: "confirm_submission",
        to: [{ name, email }],
        locale: "de",
        data: { submissionId, createdAt, tables: [tableRef] },
      },
      now,
    ),
  ];
}

async function transact(db: DynamoDBDocumentClient, items: TransactItem[]): Promise<true> {
  await db.send(new TransactWriteCommand({ TransactItems: items }));
  return true;
}

/** How many application items each address has (a Scan: fine for a benchmark's few thousand items). */
async function applicationsPerEmail(db: DynamoDBDocumentClient, tableName: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const pages = paginateScan(
    { client: db },
    {
      TableName: tableName,
      FilterExpression: "begins_with(pk, :app)",
      ProjectionExpression: "applicant.email",
      ExpressionAttributeValues: { ":app": "APP#" },
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) {
      const email = (item.applicant as { email?: string } | undefined)?.email;
      if (email) counts.set(email, (counts.get(email) ?? 0) + 1);
    }
  }
  return counts;
}

export async function benchSubmissions(): Promise<SubmissionFigures> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const runId = Date.now().toString(36);
  const email = (kind: string, i: number) => `bench.${kind}.${runId}.${i}@example.org`;
  const dataDir = mkdtempSync(join(tmpdir(), "netzwerk-bench-"));
  let dynamo: RunningService | undefined;
  let stack: LocalStack | undefined;
  let db: DynamoDBDocumentClient | undefined;
  try {
    const dynamoPort = await freePort();
    dynamo = await startDynamoDbLocal({ port: dynamoPort }); // in memory
    const pid = javaPid(dynamoPort);
    stack = await startLocalStack(
      readLocalConfig({
        PORT: String(await freePort()),
        SES_PORT: String(await freePort()),
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        DATA_DIR: dataDir,
        TABLE_NAME,
        COORDINATOR_TOKEN: "bench-coordinator-token-0123456789",
        RATE_LIMIT_PER_EMAIL: "1000000",
        RATE_LIMIT_PER_CLIENT: "1000000",
        MIN_FILL_SECONDS: "0",
        // The confirmation mails are not what this measures: no send-rate pacing (it applies to SES, not here).
        SES_MAX_SEND_RATE: "100000",
        MAIL_CONCURRENCY: "2",
        MAIL_RETRY_BACKOFF_MS: "20",
      }),
      createLogger({ service: "bench", level: "SILENT" }),
    );
    const { appUrl } = stack;
    const control = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: "eu-central-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    await ensureTable(control, RAW_TABLE_NAME);
    control.destroy();
    // The same client the stack's repositories use.
    const raw = createDocumentClient({ endpoint: dynamo.endpoint });
    db = raw;

    const post = (kind: string) => (i: number) => postApplication(appUrl, email(kind, i), i);
    const write = (kind: string) => (i: number) =>
      transact(raw, submissionItems(RAW_TABLE_NAME, email(kind, i), i, new Date()));
    let mailDrainSeconds = 0;
    const drainMail = async (running: LocalStack) => {
      const start = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<"timeout">((done) => {
        timer = setTimeout(() => done("timeout"), MAIL_DRAIN_LIMIT_MS);
      });
      const outcome = await Promise.race([running.mailIdle(), gaveUp]);
      clearTimeout(timer);
      if (outcome === "timeout")
        throw new Error(`the confirmation mails were not sent within ${MAIL_DRAIN_LIMIT_MS} ms`);
      mailDrainSeconds += (performance.now() - start) / 1000;
    };

    // Warm-up of both paths, not counted: DynamoDB Local's JVM needs thousands of requests before its JIT settles.
    const warmRaw = new Tally(undefined);
    await warmRaw.round(0, WARMUP, CONCURRENCY, write("raw-warm"));
    const warmApi = new Tally(undefined);
    await warmApi.round(0, WARMUP, CONCURRENCY, post("warm"));
    const warm = warmApi.figures();
    if (warm.errors > 0) throw new Error(`the API refused the warm-up: ${warm.firstError}`);
    await drainMail(stack);
    mailDrainSeconds = 0;

    // The API in one run, as a stream of clients would use it, with the stack's mail sending running alongside as
    // it does (what is left is sent after the run, not timed). The raw run is split around it, half before and
    // half after, so a machine that speeds up meanwhile (JIT) or slows down (other load) hits both alike.
    const apiTally = new Tally(pid);
    const rawTally = new Tally(pid);
    const half = Math.floor(COUNT / 2);
    await rawTally.round(0, half, CONCURRENCY, write("raw"));
    await apiTally.round(0, COUNT, CONCURRENCY, post("api"));
    await drainMail(stack);
    await rawTally.round(half, COUNT - half, CONCURRENCY, write("raw"));
    const apiRun = apiTally.figures();
    const rawRun = rawTally.figures();

    const counts = await applicationsPerEmail(raw, TABLE_NAME);
    let duplicates = 0;
    let missing = 0;
    for (let i = 0; i < COUNT; i++) {
      const n = counts.get(email("api", i)) ?? 0;
      if (n === 0) missing++;
      else if (n > 1) duplicates++;
    }

    return {
      concurrency: CONCURRENCY,
      api: { ...apiRun, storedOnce: duplicates === 0 && missing === 0, duplicates, missing, mailDrainSeconds },
      raw: rawRun,
      ratio: apiRun.perSecond / rawRun.perSecond,
    };
  } finally {
    db?.destroy();
    await stack?.stop().catch(() => undefined);
    if (dynamo) {
      await dynamo.stop();
      // stop() kills the JVM and waits for its exit; make sure nothing answers on the port any more.
      if (await dynamoAnswers(dynamo.endpoint)) console.error(`DynamoDB Local on ${dynamo.endpoint} is still running`);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}
