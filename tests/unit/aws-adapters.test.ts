import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { SendMessageBatchCommand, SQSClient } from "@aws-sdk/client-sqs";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { sqsMailQueue } from "../../shared/mail/sqs-mail-queue.ts";
import { secretsManagerKey } from "../../shared/security/secrets-manager-key.ts";

// SQS and Secrets Manager have no emulator here: these tests pin the exact requests the adapters send.
const sqs = mockClient(SQSClient);
const secrets = mockClient(SecretsManagerClient);
afterEach(() => {
  sqs.reset();
  secrets.reset();
});

const QUEUE = "https://sqs.eu-central-1.amazonaws.com/123456789012/mail";

describe("the SQS mail queue", () => {
  it("sends mail ids in batches of ten, one message per id", async () => {
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    const ids = Array.from({ length: 12 }, (_, i) => `mail-${i}`);
    await sqsMailQueue(new SQSClient({ region: "eu-central-1" }), QUEUE).enqueue(ids);
    const calls = sqs.commandCalls(SendMessageBatchCommand).map((c) => c.args[0].input);
    expect(calls).toEqual([
      {
        QueueUrl: QUEUE,
        Entries: ids.slice(0, 10).map((mailId, i) => ({ Id: String(i), MessageBody: JSON.stringify({ mailId }) })),
      },
      {
        QueueUrl: QUEUE,
        Entries: ids.slice(10).map((mailId, i) => ({ Id: String(i), MessageBody: JSON.stringify({ mailId }) })),
      },
    ]);
  });

  it("fails when SQS refuses an entry, so the stream retries the record", async () => {
    sqs.on(SendMessageBatchCommand).resolves({ Failed: [{ Id: "0", SenderFault: false, Code: "InternalError" }] });
    await expect(sqsMailQueue(new SQSClient({ region: "eu-central-1" }), QUEUE).enqueue(["m"])).rejects.toThrowError(
      /refused 1 of 1/,
    );
  });
});

describe("the signing key from Secrets Manager", () => {
  it("asks for the one secret by its ARN and returns its string", async () => {
    const arn = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:TokenSecret-abc";
    secrets.on(GetSecretValueCommand).resolves({ SecretString: "s".repeat(64) });
    expect(await secretsManagerKey(arn)()).toBe("s".repeat(64));
    expect(secrets.commandCalls(GetSecretValueCommand).map((c) => c.args[0].input)).toEqual([{ SecretId: arn }]);
  });

  it("refuses an empty secret", async () => {
    secrets.on(GetSecretValueCommand).resolves({});
    await expect(secretsManagerKey("arn:x")()).rejects.toThrowError(/empty/);
  });
});
