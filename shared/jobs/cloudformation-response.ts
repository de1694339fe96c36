import type { CloudFormationCustomResourceEvent } from "aws-lambda";

/**
 * A custom resource's answer: PUT to the pre-signed S3 URL CloudFormation gave it. A failure carries its message
 * as the reason (CloudFormation shows it in the stack's events); `NoEcho` keeps the answer out of the console.
 */
export async function respondToCloudFormation(
  event: CloudFormationCustomResourceEvent,
  outcome: { PhysicalResourceId: string } | Error,
): Promise<void> {
  const failed = outcome instanceof Error;
  const body = JSON.stringify({
    Status: failed ? "FAILED" : "SUCCESS",
    Reason: failed ? outcome.message : "ok",
    PhysicalResourceId: failed
      ? "PhysicalResourceId" in event
        ? event.PhysicalResourceId
        : event.LogicalResourceId
      : outcome.PhysicalResourceId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    NoEcho: true,
  });
  await fetch(event.ResponseURL, { method: "PUT", headers: { "content-type": "" }, body });
}
