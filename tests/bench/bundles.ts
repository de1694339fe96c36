/**
 * Lambda bundle benchmark: each function in functions/ bundled exactly as CDK bundles it (bundleFunction), the size
 * of what a cold start loads (the entry and the chunks it imports statically) and of all its chunks, and the time
 * a fresh Node process needs to import it (what a cold start pays before the first request), next to the floor
 * every DynamoDB function pays: a bundle that only creates the DynamoDB document client.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { bundleFunction, ENTRY_FILE, loadedAtStart } from "../../infra/constructs/bundling.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const outDir = resolve(".bench/bundles");

const FLOOR_SOURCE = `
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
export const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
`;

export interface BundleFigure {
  name: string;
  /** What a cold start loads: the entry and its static imports. */
  bytes: number;
  gzipBytes: number;
  /** Every chunk of the function, those loaded on demand included. */
  allBytes: number;
  medianMs: number;
}

interface Built {
  name: string;
  entry: string;
  atStart: string[];
  all: string[];
}

function bundle(name: string, entry: string): Built {
  const dir = join(outDir, name);
  rmSync(dir, { recursive: true, force: true });
  const metafile = bundleFunction(entry, dir);
  const outputs = Object.keys(metafile.outputs).filter((file) => file.endsWith(".mjs"));
  // The entry is index.mjs (every chunk loaded by import() names an "entry point" in the metafile too).
  const entryFile = outputs.find((file) => file.endsWith(`/${ENTRY_FILE}`)) ?? "";
  const absolute = (file: string) => resolve(file);
  return {
    name,
    entry: absolute(entryFile),
    atStart: loadedAtStart(metafile, entryFile).map(absolute),
    all: outputs.map(absolute),
  };
}

/** Imports a bundle once in a new Node process and returns the import time in ms. */
function importMs(file: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(`file://${file}`)}); console.log(performance.now() - t);`;
  const env = {
    ...process.env,
    // Every function reads its configuration at start-up and refuses to start without it.
    TABLE_NAME: "bench",
    TOKEN_KEY_PARAMETER: "/NetzwerkData/token-keys",
    MAIL_QUEUE_URL: "https://sqs.eu-central-1.amazonaws.com/123456789012/bench",
    SENDER_ADDRESS: "netzwerk@example.org",
    PUBLIC_BASE_URL: "https://netzwerk.example.org",
    COORDINATOR_ADDRESSES: "koordination@example.org",
    SCHEDULE_GROUP_NAME: "bench",
    MAILING_FUNCTION_ARN: "arn:aws:lambda:eu-central-1:123456789012:function:bench",
    SCHEDULER_ROLE_ARN: "arn:aws:iam::123456789012:role/bench",
    SCHEDULER_DLQ_ARN: "arn:aws:sqs:eu-central-1:123456789012:bench",
    // Otherwise send-mail asks SES for the account's rate while it starts.
    SES_MAX_SEND_RATE: "14",
    AWS_REGION: "eu-central-1",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };
  try {
    return Number(
      execFileSync(process.execPath, ["--input-type=module", "-e", script], { env, stdio: "pipe" }).toString().trim(),
    );
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? "");
    throw new Error(
      `importing ${file} failed: ${stderr.split("\n").find((l) => l.startsWith("Error")) ?? stderr.slice(-300)}`,
    );
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function benchBundles(): { floor: BundleFigure; functions: BundleFigure[] } {
  mkdirSync(outDir, { recursive: true });
  const floorEntry = join(outDir, "floor-entry.ts");
  writeFileSync(floorEntry, FLOOR_SOURCE);
  const bundles = [bundle("floor (DynamoDB document client only)", floorEntry)];
  for (const file of readdirSync("functions")
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    bundles.push(bundle(file.replace(/\.ts$/, ""), join("functions", file)));
  }
  // Rounds alternate the bundles, so a slow moment of the machine hits all of them alike.
  const times = bundles.map(() => [] as number[]);
  for (let round = 0; round < RUNS; round++) {
    for (const [i, b] of bundles.entries()) times[i]?.push(importMs(b.entry));
  }
  const size = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
  const [floor, ...functions] = bundles.map(({ name, atStart, all }, i) => ({
    name,
    bytes: size(atStart),
    gzipBytes: atStart.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0),
    allBytes: size(all),
    medianMs: median(times[i] ?? []),
  }));
  if (!floor) throw new Error("no floor bundle");
  return { floor, functions };
}
