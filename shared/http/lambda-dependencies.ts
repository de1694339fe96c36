import { readApiConfig } from "../config/api-config.ts";
import { regionFromEnvironment } from "../config/region.ts";
import { createLogger } from "../logging/logger.ts";
import { ssmParameterKey } from "../security/ssm-parameter-key.ts";
import { cachedSigner } from "../security/tokens.ts";
import { createDocumentClient } from "../store/dynamo-client.ts";
import type { AppDependencies } from "./base.ts";
import { lazyStoreDependencies } from "./lazy-dependencies.ts";

/**
 * How the `admin` and `web` functions are wired on AWS (the public `api` function wires only what applying needs,
 * in functions/api.ts), read once per execution environment. People are checked in the function (session cookie
 * or personal API token); no setting can switch on the local stack's shared token.
 */
export function lambdaDependencies(service: string): AppDependencies {
  const config = readApiConfig();
  if (!config.TOKEN_KEY_PARAMETER) throw new Error("Invalid configuration: TOKEN_KEY_PARAMETER: must be set");
  const db = createDocumentClient();
  const signer = cachedSigner(
    ssmParameterKey(config.TOKEN_KEY_PARAMETER, {
      region: regionFromEnvironment(),
      credentials: db.config.credentials,
    }),
  );
  return {
    ...lazyStoreDependencies(db, config.TABLE_NAME, signer, {
      perEmail: config.RATE_LIMIT_PER_EMAIL,
      perClient: config.RATE_LIMIT_PER_CLIENT,
      minFillSeconds: config.MIN_FILL_SECONDS,
    }),
    // API Gateway's view of the caller: the rate limit is per address, which is never logged or stored in clear.
    clientAddress: (c) => c.env?.event?.requestContext?.http?.sourceIp ?? "unknown",
    logger: createLogger({ service, level: config.LOG_LEVEL }),
    allowedOrigins: config.ALLOWED_ORIGINS,
    firstCoordinators: config.COORDINATOR_EMAILS,
    ...(config.PUBLIC_BASE_URL ? { publicBaseUrl: config.PUBLIC_BASE_URL } : {}),
  };
}
