import { logLevel, nonEmpty, readConfig } from "./env.ts";

/** Functions that need the table and nothing else (ses-feedback). */
const schema = { TABLE_NAME: nonEmpty(), LOG_LEVEL: logLevel() };

export const readTableConfig = (env: NodeJS.ProcessEnv = process.env) => readConfig(schema, env);
