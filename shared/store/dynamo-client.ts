import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { regionFromEnvironment } from "../config/region.ts";

export interface DynamoClientOptions {
  /** Set for DynamoDB Local; unset on AWS, where the SDK finds region and credentials itself. */
  endpoint?: string;
  /** DynamoDB Local's region (it keeps tables per region); AWS_REGION or eu-central-1 when unset. */
  region?: string;
}

export function createDocumentClient(options: DynamoClientOptions = {}): DynamoDBDocumentClient {
  const client = new DynamoDBClient(
    options.endpoint
      ? {
          endpoint: options.endpoint,
          region: options.region ?? regionFromEnvironment(),
          // DynamoDB Local accepts any credentials; fixed ones keep a developer's real profile out of play.
          credentials: { accessKeyId: "local", secretAccessKey: "local" },
        }
      : {},
  );
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
