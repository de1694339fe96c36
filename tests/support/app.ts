import { createApp } from "../../shared/http/app.tsx";
import { bearerTokenAuth, type CoordinatorAuth } from "../../shared/http/auth.ts";
import { type AppLogger, createLogger } from "../../shared/logging/logger.ts";
import { WorkTableRepository } from "../../shared/store/work-table-repository.ts";
import type { TestTable } from "./tables.ts";

export const COORDINATOR_TOKEN = "test-coordinator-token-0123456789";

/** Records log lines, so tests can check what the app logs (and that no personal data is among it). */
export function recordingLogger(): AppLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, ...createLogger({ service: "test", write: (line) => lines.push(line) }) };
}

/** The app as the local stack wires it (shared-token auth), on a test table of DynamoDB Local. */
export function testApp(table: TestTable, options: { auth?: CoordinatorAuth; now?: () => Date } = {}) {
  const logger = recordingLogger();
  const app = createApp({
    workTables: new WorkTableRepository(table.db, table.tableName),
    auth: options.auth ?? bearerTokenAuth(COORDINATOR_TOKEN),
    logger,
    ...(options.now ? { now: options.now } : {}),
  });
  return { app, logger };
}

export const asCoordinator = { Authorization: `Bearer ${COORDINATOR_TOKEN}` };

export function jsonRequest(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method,
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
}

/** A JSON response body, loosely typed: tests state the shape they expect with toEqual/toMatchObject. */
// biome-ignore lint/suspicious/noExplicitAny: assertions, not types, check the shape in tests
export async function body(response: Response): Promise<any> {
  return response.json();
}
