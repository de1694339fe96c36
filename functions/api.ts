import { handle } from "hono/aws-lambda";
import { readApiConfig } from "../shared/config/api-config.ts";
import { createApiApp } from "../shared/http/api-app.ts";
import { createLogger } from "../shared/logging/logger.ts";
import { ApplicationRepository } from "../shared/store/application-repository.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";
import { RateLimiter } from "../shared/store/rate-limiter.ts";
import { WorkTableRepository } from "../shared/store/work-table-repository.ts";

const config = readApiConfig();
const db = createDocumentClient();

/**
 * The public JSON API (the work tables, applying), behind API Gateway. Wired with only what it uses: no
 * coordinator routes, no signing key, no partner or conference code in this bundle.
 */
export const handler = handle(
  createApiApp({
    workTables: new WorkTableRepository(db, config.TABLE_NAME),
    applications: new ApplicationRepository(db, config.TABLE_NAME),
    rateLimiter: new RateLimiter(db, config.TABLE_NAME),
    limits: {
      perEmail: config.RATE_LIMIT_PER_EMAIL,
      perClient: config.RATE_LIMIT_PER_CLIENT,
      minFillSeconds: config.MIN_FILL_SECONDS,
    },
    // API Gateway's view of the caller: the rate limit is per address, which is never logged or stored in clear.
    clientAddress: (c) => c.env?.event?.requestContext?.http?.sourceIp ?? "unknown",
    logger: createLogger({ service: "netzwerk-api", level: config.LOG_LEVEL }),
    allowedOrigins: config.ALLOWED_ORIGINS,
  }),
);
