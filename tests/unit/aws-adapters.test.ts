import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { SendMessageBatchCommand, SQSClient } from "@aws-sdk/client-sqs";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { sqsMailQueue } from "../../shared/mail/sqs-mail-queue.ts";
import { secretsManagerKey } from "../../shared/security/secrets-manager-key.ts";

// SQS and Secrets Manager have no emulator here: these tests pin the exact requests the adapters send.
const sqs = mockClient(SQSClient);
afterEach(() => {
  sqs.reset();
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
  const arn = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:TokenSecret-abc";
  const credentials = async () => ({ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret", sessionToken: "session" });

  /** A stand-in for the Secrets Manager endpoint that records the request and answers as AWS would. */
  async function endpoint(answer: { status: number; body: unknown }) {
    const requests: { headers: Record<string, string | string[] | undefined>; body: string; method?: string }[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => {
        body += chunk;
      });
      req.on("end", () => {
        requests.push({ headers: req.headers, body, method: req.method });
        res.writeHead(answer.status, { "Content-Type": "application/x-amz-json-1.1" });
        res.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((done) => server.close(done)) };
  }

  it("sends one SigV4-signed GetSecretValue for the secret's ARN and returns its string", async () => {
    const fake = await endpoint({ status: 200, body: { SecretString: "s".repeat(64) } });
    try {
      const key = await secretsManagerKey(arn, { region: "eu-central-1", credentials, endpoint: fake.url })();
      expect(key).toBe("s".repeat(64));
      expect(fake.requests).toHaveLength(1);
      const [request] = fake.requests;
      expect(request?.method).toBe("POST");
      expect(JSON.parse(request?.body ?? "")).toEqual({ SecretId: arn });
      expect(request?.headers["x-amz-target"]).toBe("secretsmanager.GetSecretValue");
      expect(request?.headers["content-type"]).toBe("application/x-amz-json-1.1");
      expect(request?.headers["x-amz-security-token"]).toBe("session");
      expect(String(request?.headers.authorization)).toMatch(
        /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-central-1\/secretsmanager\/aws4_request, SignedHeaders=[a-z0-9;-]*x-amz-target[a-z0-9;-]*, Signature=[0-9a-f]{64}$/,
      );
    } finally {
      await fake.close();
    }
  });

  it("fails with AWS's error type, and on an empty secret", async () => {
    const denied = await endpoint({ status: 400, body: { __type: "AccessDeniedException" } });
    await expect(
      secretsManagerKey(arn, { region: "eu-central-1", credentials, endpoint: denied.url })(),
    ).rejects.toThrowError(/AccessDeniedException/);
    await denied.close();
    const empty = await endpoint({ status: 200, body: {} });
    await expect(
      secretsManagerKey(arn, { region: "eu-central-1", credentials, endpoint: empty.url })(),
    ).rejects.toThrowError(/empty/);
    await empty.close();
  });
});
