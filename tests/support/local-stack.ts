import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { readLocalConfig } from "../../infra/local/config.ts";
import { type LocalStack, startLocalStack } from "../../infra/local/stack.ts";
import { tokenSigner } from "../../shared/security/tokens.ts";
import { recordingLogger } from "./app.ts";
import { freePort } from "./ports.ts";
import { createTestTable, type TestTable } from "./tables.ts";

export interface TestStack extends LocalStack {
  table: TestTable;
  /** The stack's data folder (its link key); a restart on the same table and folder is the same product again. */
  dataDir: string;
  /** Signs tokens with the stack's own key, e.g. to forge an expired link. */
  signer: ReturnType<typeof tokenSigner>;
  /** Every line the stack logged (the app, the mailer, the jobs), to prove no personal data is among them. */
  logLines: string[];
  close(): Promise<void>;
}

/**
 * `npm start`'s stack on the run's DynamoDB Local and SES emulator, with a table and a data folder of its own:
 * stream poller, mail queue and mailer included, with short retry pauses. With `restartOf`, the same table and
 * folder as a stopped stack: `npm start` run again.
 */
export async function startTestStack(
  settings: Record<string, string> = {},
  restartOf?: Pick<TestStack, "table" | "dataDir">,
): Promise<TestStack> {
  const table = restartOf?.table ?? (await createTestTable("stack"));
  const dataDir = restartOf?.dataDir ?? mkdtempSync(join(tmpdir(), "netzwerk-stack-"));
  const logger = recordingLogger();
  const stack = await startLocalStack(
    readLocalConfig({
      PORT: String(await freePort()),
      DATA_DIR: dataDir,
      TABLE_NAME: table.tableName,
      COORDINATOR_TOKEN: "test-coordinator-token-0123456789",
      DYNAMODB_ENDPOINT: inject("dynamoEndpoint"),
      SES_ENDPOINT: inject("sesEndpoint"),
      MIN_FILL_SECONDS: "0",
      MAIL_RETRY_BACKOFF_MS: "20",
      // The coordinator the tests sign in as (tests/support/app.ts FIRST_COORDINATOR).
      COORDINATOR_EMAILS: "koordination@schwerin.example",
      ...settings,
    }),
    logger,
  );
  return {
    ...stack,
    table,
    dataDir,
    signer: tokenSigner(readFileSync(join(dataDir, "token-secret"), "utf8").trim()),
    logLines: logger.lines,
    async close() {
      await stack.stop();
      await table.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;
/** An address no other test uses, so each test reads only its own mail from the shared emulator. */
export function uniqueEmail(name = "person"): string {
  counter++;
  return `${name}.${Date.now().toString(36)}${counter}@example.org`;
}

/**
 * The coordinators' JSON API of a test stack with the local token: method, path, an optional JSON body and headers;
 * the answer's status, ETag and parsed body.
 */
export function stackAdminApi(stack: () => Pick<TestStack, "appUrl">) {
  return async (method: string, path: string, payload?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${stack().appUrl}${path}`, {
      method,
      headers: {
        Authorization: "Bearer test-coordinator-token-0123456789",
        ...(payload === undefined ? {} : { "Content-Type": "application/json" }),
        ...headers,
      },
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever JSON the route answered
    const body: any = text ? JSON.parse(text) : undefined;
    return { status: response.status, etag: response.headers.get("etag"), body };
  };
}
