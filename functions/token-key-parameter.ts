import { randomBytes } from "node:crypto";
import type { CloudFormationCustomResourceEvent } from "aws-lambda";
import { regionFromEnvironment } from "../shared/config/region.ts";
import { respondToCloudFormation } from "../shared/jobs/cloudformation-response.ts";
import { createLogger } from "../shared/logging/logger.ts";
import { type AwsAccess, callAwsJson } from "../shared/security/aws-json.ts";

const logger = createLogger({ service: "netzwerk-token-key-parameter", level: "INFO" });

/**
 * Creates the link keys' SecureString parameter once (CloudFormation cannot create SecureString parameters, and a
 * value in the template would be readable by anyone who can read the stack). Never overwrites an existing value,
 * never deletes it: the parameter is data like the table, and replacing it would break every link already sent.
 */
export async function keyParameterEvent(
  event: CloudFormationCustomResourceEvent,
  access: AwsAccess,
  makeKey: () => string = () => randomBytes(48).toString("base64url"),
): Promise<{ PhysicalResourceId: string }> {
  const name = String(event.ResourceProperties.ParameterName);
  if (event.RequestType === "Create") {
    try {
      await callAwsJson(access, {
        service: "ssm",
        target: "AmazonSSM.PutParameter",
        body: {
          Name: name,
          Type: "SecureString",
          Value: JSON.stringify({ current: makeKey(), person: makeKey() }),
          Description: "Netzwerk: link keys (key ring, see README: Rotate the link key)",
          Overwrite: false,
        },
      });
    } catch (error) {
      // A parameter kept from an earlier stack of the same name: keep its keys, so its links keep working.
      if ((error as Error).name !== "ParameterAlreadyExists") throw error;
    }
  }
  return { PhysicalResourceId: name };
}

/** Lambda hands the execution role's credentials over in the environment; no SDK credential chain needed. */
const credentials = async () => ({
  accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? "",
  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? "",
  ...(process.env.AWS_SESSION_TOKEN ? { sessionToken: process.env.AWS_SESSION_TOKEN } : {}),
});

export const handler = async (event: CloudFormationCustomResourceEvent) => {
  let outcome: { PhysicalResourceId: string } | Error;
  try {
    outcome = await keyParameterEvent(event, { region: regionFromEnvironment(), credentials });
  } catch (error) {
    logger.error("token key parameter failed", { requestType: event.RequestType, error: (error as Error).name });
    outcome = error as Error;
  }
  await respondToCloudFormation(event, outcome);
};
