import { logLevel, nonEmpty, readConfig } from "./env.ts";

/** mail-sweep: the outbox in the table, and the queue that overdue mails go back to. */
const schema = { TABLE_NAME: nonEmpty(), MAIL_QUEUE_URL: nonEmpty(), LOG_LEVEL: logLevel() };

export const readMailSweepConfig = (env: NodeJS.ProcessEnv = process.env) => readConfig(schema, env);
