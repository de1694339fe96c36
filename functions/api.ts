import { handle } from "hono/aws-lambda";
import { readApiConfig } from "../shared/config/api-config.ts";
import { createApp } from "../shared/http/app.tsx";
import { verifiedClaimsAuth } from "../shared/http/auth.ts";
import { createLogger } from "../shared/logging/logger.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";
import { WorkTableRepository } from "../shared/store/work-table-repository.ts";

// Created once per execution environment and reused by every request it serves.
const config = readApiConfig();
const logger = createLogger({ service: config.SERVICE_NAME, level: config.LOG_LEVEL });
const db = createDocumentClient();

// The deployed app trusts only claims that API Gateway's JWT authorizer verified; nothing here can switch on the
// local stack's shared-token mode.
export const handler = handle(
  createApp({
    workTables: new WorkTableRepository(db, config.TABLE_NAME),
    auth: verifiedClaimsAuth,
    logger,
    allowedOrigins: config.ALLOWED_ORIGINS,
  }),
);
