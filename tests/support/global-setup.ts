import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "../../infra/local/dynamodb-local.ts";
import { startSesLocal } from "../../infra/local/ses-local.ts";
import { freePort } from "./ports.ts";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    sesEndpoint: string;
  }
}

/**
 * One DynamoDB Local (in memory) and one SES emulator for the whole run. Each test file works on a table of its
 * own (see tables.ts), so files stay independent while paying Java's start-up only once.
 */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  const ses = await startSesLocal({ port: await freePort() }).catch(async (error) => {
    await dynamo.stop();
    throw error;
  });
  project.provide("dynamoEndpoint", dynamo.endpoint);
  project.provide("sesEndpoint", ses.endpoint);
  return async () => {
    await ses.stop();
    await dynamo.stop();
  };
}
