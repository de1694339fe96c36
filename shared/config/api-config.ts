import * as z from "zod/mini";
import { commaList, nonEmpty, readConfig } from "./env.ts";

const apiConfigSchema = z.object({
  TABLE_NAME: nonEmpty(),
  SERVICE_NAME: z._default(z.string(), "netzwerk-api"),
  ALLOWED_ORIGINS: commaList(),
  LOG_LEVEL: z._default(z.enum(["DEBUG", "INFO", "WARN", "ERROR", "SILENT"]), "INFO"),
});

export type ApiConfig = z.output<typeof apiConfigSchema>;

export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  return readConfig(apiConfigSchema, env);
}
