import * as z from "zod/mini";
import { commaList, logLevel, nonEmpty, positiveInt, readConfig } from "./env.ts";

const apiConfigSchema = z.object({
  TABLE_NAME: nonEmpty(),
  /** The link key; the web and admin functions need it, the public api function has none. */
  TOKEN_KEY_PARAMETER: z.optional(nonEmpty()),
  RATE_LIMIT_PER_EMAIL: positiveInt(3),
  RATE_LIMIT_PER_CLIENT: positiveInt(30),
  MIN_FILL_SECONDS: z._default(z.coerce.number().check(z.gte(0)), 3),
  ALLOWED_ORIGINS: commaList(),
  /** The first coordinators: the table's list starts with them when it is empty. */
  COORDINATOR_EMAILS: commaList(),
  /** This site as browsers see it (the admin function: the passkeys' relying party). */
  PUBLIC_BASE_URL: z.optional(z.url({ protocol: /^https?$/ })),
  LOG_LEVEL: logLevel(),
});

export type ApiConfig = z.output<typeof apiConfigSchema>;

export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  return readConfig(apiConfigSchema, env);
}
