import { handle } from "hono/aws-lambda";
import { readApiConfig } from "../shared/config/api-config.ts";
import { createApp } from "../shared/http/app.tsx";
import { verifiedClaimsAuth } from "../shared/http/auth.ts";
import { storeDependencies } from "../shared/http/dependencies.ts";
import { createLogger } from "../shared/logging/logger.ts";
import { secretsManagerKey } from "../shared/security/secrets-manager-key.ts";
import { cachedSigner } from "../shared/security/tokens.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";

// Created once per execution environment and reused by every request it serves.
const config = readApiConfig();
const logger = createLogger({ service: config.SERVICE_NAME, level: config.LOG_LEVEL });
const db = createDocumentClient();
const signer = cachedSigner(secretsManagerKey(config.TOKEN_SECRET_ARN));

// The deployed app trusts only claims that API Gateway's JWT authorizer verified; nothing here can switch on the
// local stack's shared-token mode.
export const handler = handle(
  createApp({
    ...storeDependencies(db, config.TABLE_NAME, signer, {
      perEmail: config.RATE_LIMIT_PER_EMAIL,
      perClient: config.RATE_LIMIT_PER_CLIENT,
      minFillSeconds: config.MIN_FILL_SECONDS,
    }),
    auth: verifiedClaimsAuth,
    // API Gateway's view of the caller; the rate limit is per address, which is never logged or stored in clear.
    clientAddress: (c) => c.env?.event?.requestContext?.http?.sourceIp ?? "unknown",
    logger,
    allowedOrigins: config.ALLOWED_ORIGINS,
  }),
);
