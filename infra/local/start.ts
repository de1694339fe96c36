/**
 * `npm start`: runs the whole product locally in one process tree and stops it cleanly on Ctrl-C or SIGTERM
 * (DynamoDB Local's Java process included).
 */

import { network } from "../../shared/i18n/network.ts";
import { createLogger } from "../../shared/logging/logger.ts";
import { readLocalConfig } from "./config.ts";
import { startLocalStack } from "./stack.ts";

const logger = createLogger({ service: "netzwerk-local", level: process.env.LOG_LEVEL });

async function main() {
  // The SDK warns that it will need Node.js 22 in 2027; the Lambda runtime is 22+, and Node.js 20 still runs locally.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const config = readLocalConfig();
  console.log("Starting the local stack …");
  const stack = await startLocalStack(config, logger);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the local stack …`);
    await stack.stop();
    console.log("Stopped.");
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(signal));

  console.log(`
${network().name} – local stack is running

  App (public page)     ${stack.appUrl}/
  Console               ${stack.appUrl}/anmelden
    sign in as          ${config.COORDINATOR_EMAILS.join(", ")}  (the link arrives in the SES inbox)
  SES inbox (sent mail) ${stack.sesEndpoint}/
  JSON API              ${stack.appUrl}/api/work-tables
  DynamoDB Local        ${stack.dynamoEndpoint} (table "${config.TABLE_NAME}", data in ${config.DATA_DIR})
  Work tables seeded    ${stack.seeded} added (existing ones are never overwritten)

  Coordinator token     ${stack.coordinatorToken}${stack.tokenGenerated ? `  (generated, kept in ${config.DATA_DIR}/coordinator-token)` : ""}
  e.g. curl -H "Authorization: Bearer ${stack.coordinatorToken}" ${stack.appUrl}/api/admin/work-tables

Press Ctrl-C to stop.
`);
}

main().catch((error) => {
  console.error(`The local stack could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
