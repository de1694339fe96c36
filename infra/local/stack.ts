import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { serve } from "@hono/node-server";
import { createApp } from "../../shared/http/app.tsx";
import { bearerTokenAuth } from "../../shared/http/auth.ts";
import type { AppLogger } from "../../shared/logging/logger.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { createDocumentClient } from "../../shared/store/dynamo-client.ts";
import { WorkTableRepository } from "../../shared/store/work-table-repository.ts";
import type { LocalConfig } from "./config.ts";
import { dynamoAnswers, type RunningService, startDynamoDbLocal } from "./dynamodb-local.ts";
import { ensureTable } from "./ensure-table.ts";
import { sesAnswers, startSesLocal } from "./ses-local.ts";

export interface LocalStack {
  appUrl: string;
  dynamoEndpoint: string;
  sesEndpoint: string;
  coordinatorToken: string;
  /** True when the token was generated (and kept in DATA_DIR) rather than given in COORDINATOR_TOKEN. */
  tokenGenerated: boolean;
  seeded: number;
  stop(): Promise<void>;
}

/**
 * The whole product on one machine: DynamoDB Local and the SES emulator (unless endpoints of running ones are
 * given), the data table from the one table definition, the seed work tables, and the Hono app on Node.
 * Services are stopped in reverse order, also when a later step fails.
 */
export async function startLocalStack(config: LocalConfig, logger: AppLogger): Promise<LocalStack> {
  const started: RunningService[] = [];
  const stop = async () => {
    for (const service of started.reverse()) await service.stop().catch(() => undefined);
    started.length = 0;
  };
  try {
    const dataDir = resolve(config.DATA_DIR);
    mkdirSync(dataDir, { recursive: true });

    const dynamo = config.DYNAMODB_ENDPOINT
      ? { endpoint: config.DYNAMODB_ENDPOINT, stop: async () => undefined }
      : await startDynamoDbLocal({
          port: config.DYNAMODB_PORT,
          dataDir: join(dataDir, "dynamodb"),
        });
    started.push(dynamo);
    const ses = config.SES_ENDPOINT
      ? { endpoint: config.SES_ENDPOINT, stop: async () => undefined }
      : await startSesLocal({ port: config.SES_PORT });
    started.push(ses);

    const client = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: "eu-central-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    await ensureTable(client, config.TABLE_NAME);
    client.destroy();

    const db = createDocumentClient({ endpoint: dynamo.endpoint });
    const workTables = new WorkTableRepository(db, config.TABLE_NAME);
    const { added } = await loadSeed(workTables);

    const { token, generated } = coordinatorToken(config.COORDINATOR_TOKEN, dataDir);
    const app = createApp({
      workTables,
      auth: bearerTokenAuth(token),
      logger,
      allowedOrigins: config.ALLOWED_ORIGINS,
      ready: async () => (await dynamoAnswers(dynamo.endpoint)) && (await sesAnswers(ses.endpoint)),
    });
    const server = await new Promise<ReturnType<typeof serve>>((done, fail) => {
      const s = serve({ fetch: app.fetch, port: config.PORT, hostname: "127.0.0.1" }, () => done(s));
      s.once("error", fail);
    });
    started.push({
      endpoint: "",
      stop: () =>
        new Promise<void>((done) => {
          if ("closeAllConnections" in server) server.closeAllConnections();
          server.close(() => done());
        }),
    });
    const { port } = server.address() as AddressInfo;
    return {
      appUrl: `http://localhost:${port}`,
      dynamoEndpoint: dynamo.endpoint,
      sesEndpoint: ses.endpoint,
      coordinatorToken: token,
      tokenGenerated: generated,
      seeded: added,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A given token wins; otherwise one is generated once and kept in DATA_DIR, so it survives restarts. */
function coordinatorToken(given: string | undefined, dataDir: string): { token: string; generated: boolean } {
  if (given) return { token: given, generated: false };
  const file = join(dataDir, "coordinator-token");
  try {
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length >= 16) return { token: kept, generated: true };
  } catch {
    // none kept yet
  }
  const token = randomBytes(24).toString("base64url");
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return { token, generated: true };
}
