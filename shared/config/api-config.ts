import { commaList, httpUrl, logLevel, nonEmpty, number, optional, positiveInt, readConfig } from "./env.ts";

const apiConfigFields = {
  TABLE_NAME: nonEmpty(),
  /** The link key; the web and admin functions need it, the public api function has none. */
  TOKEN_KEY_PARAMETER: optional(nonEmpty()),
  RATE_LIMIT_PER_EMAIL: positiveInt(3),
  RATE_LIMIT_PER_CLIENT: positiveInt(30),
  MIN_FILL_SECONDS: number({ fallback: 3, min: 0 }),
  ALLOWED_ORIGINS: commaList(),
  /** The first coordinators: the table's list starts with them when it is empty. */
  COORDINATOR_EMAILS: commaList(),
  /** This site as browsers see it (the admin function: the passkeys' relying party). */
  PUBLIC_BASE_URL: optional(httpUrl()),
  LOG_LEVEL: logLevel(),
};

export type ApiConfig = ReturnType<typeof readApiConfig>;

export function readApiConfig(env: NodeJS.ProcessEnv = process.env) {
  return readConfig(apiConfigFields, env);
}
