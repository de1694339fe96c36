import { createApp } from "../../shared/http/app.tsx";
import { lazyStoreDependencies } from "../../shared/http/lazy-dependencies.ts";
import { type AppLogger, createLogger } from "../../shared/logging/logger.ts";
import { type TokenSigner, tokenSigner } from "../../shared/security/tokens.ts";
import type { ApplicationLimits } from "../../shared/use-cases/submit-application.ts";
import type { TestTable } from "./tables.ts";

export const COORDINATOR_TOKEN = "test-coordinator-token-0123456789";

/** Records log lines, so tests can check what the app logs (and that no personal data is among it). */
export function recordingLogger(): AppLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, ...createLogger({ service: "test", write: (line) => lines.push(line) }) };
}

export const TEST_TOKEN_KEY = "test-token-key-0123456789abcdefghijklmnopqrstuvwxyz";
export const testSigner = tokenSigner(TEST_TOKEN_KEY);

/**
 * The app's repositories and rules on a test table, with a fixed signing key (or `signer`) and the given limits;
 * wired as the web and admin functions are on AWS (each repository loaded on first use: lazy-dependencies.ts).
 */
export function testDependencies(
  table: TestTable,
  limits: Partial<ApplicationLimits> = {},
  signer: () => Promise<TokenSigner> = async () => testSigner,
) {
  return lazyStoreDependencies(table.db, table.tableName, signer, {
    perEmail: 3,
    perClient: 30,
    minFillSeconds: 0,
    ...limits,
  });
}

/** The coordinator the test apps start with (COORDINATOR_EMAILS). */
export const FIRST_COORDINATOR = "koordination@schwerin.example";

/**
 * The app as the local stack wires it (with the local token for scripts), on a test table of DynamoDB Local;
 * `deployed: true` wires it as on AWS: no local token, only sessions and personal API tokens.
 */
export function testApp(
  table: TestTable,
  options: {
    deployed?: boolean;
    now?: () => Date;
    limits?: Partial<ApplicationLimits>;
    clientAddress?: string;
    allowedOrigins?: string[];
    /** The link keys as the functions read them (e.g. a key ring being rotated); the fixed test key otherwise. */
    signer?: () => Promise<TokenSigner>;
    /** PUBLIC_BASE_URL: this site as browsers see it. */
    publicBaseUrl?: string;
  } = {},
) {
  const logger = recordingLogger();
  const deps = testDependencies(table, options.limits, options.signer);
  const app = createApp({
    ...deps,
    firstCoordinators: [FIRST_COORDINATOR],
    ...(options.deployed ? {} : { localToken: COORDINATOR_TOKEN }),
    clientAddress: () => options.clientAddress ?? "198.51.100.7",
    logger,
    ...(options.now ? { now: options.now } : {}),
    ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
    ...(options.publicBaseUrl ? { publicBaseUrl: options.publicBaseUrl } : {}),
  });
  return { app, logger, deps };
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
