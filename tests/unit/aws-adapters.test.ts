import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { SendMessageBatchCommand, SQSClient } from "@aws-sdk/client-sqs";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { keyParameterEvent } from "../../functions/token-key-parameter.ts";
import { sqsMailQueue } from "../../shared/mail/sqs-mail-queue.ts";
import { ssmParameterKey } from "../../shared/security/ssm-parameter-key.ts";

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

describe("the link keys from Systems Manager", () => {
  const name = "/NetzwerkData/token-keys";
  const credentials = async () => ({ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret", sessionToken: "session" });

  /** A stand-in for the Systems Manager endpoint that records the requests and answers as AWS would. */
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

  it("sends one SigV4-signed GetParameter with decryption and returns the parameter's value", async () => {
    const fake = await endpoint({ status: 200, body: { Parameter: { Name: name, Value: "s".repeat(64) } } });
    try {
      const key = await ssmParameterKey(name, { region: "eu-central-1", credentials, endpoint: fake.url })();
      expect(key).toBe("s".repeat(64));
      expect(fake.requests).toHaveLength(1);
      const [request] = fake.requests;
      expect(request?.method).toBe("POST");
      expect(JSON.parse(request?.body ?? "")).toEqual({ Name: name, WithDecryption: true });
      expect(request?.headers["x-amz-target"]).toBe("AmazonSSM.GetParameter");
      expect(request?.headers["content-type"]).toBe("application/x-amz-json-1.1");
      expect(request?.headers["x-amz-security-token"]).toBe("session");
      expect(String(request?.headers.authorization)).toMatch(
        /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-central-1\/ssm\/aws4_request, SignedHeaders=[a-z0-9;-]*x-amz-target[a-z0-9;-]*, Signature=[0-9a-f]{64}$/,
      );
    } finally {
      await fake.close();
    }
  });

  it("fails with AWS's error type, and on an empty parameter", async () => {
    const denied = await endpoint({ status: 400, body: { __type: "AccessDeniedException" } });
    await expect(
      ssmParameterKey(name, { region: "eu-central-1", credentials, endpoint: denied.url })(),
    ).rejects.toThrowError(/AccessDeniedException/);
    await denied.close();
    const empty = await endpoint({ status: 200, body: { Parameter: { Name: name } } });
    await expect(
      ssmParameterKey(name, { region: "eu-central-1", credentials, endpoint: empty.url })(),
    ).rejects.toThrowError(/empty/);
    await empty.close();
  });

  const event = (requestType: "Create" | "Update" | "Delete") =>
    ({
      RequestType: requestType,
      ServiceToken: "arn:aws:lambda:eu-central-1:123456789012:function:creator",
      ResponseURL: "https://example.invalid/response",
      StackId: "arn:aws:cloudformation:eu-central-1:123456789012:stack/NetzwerkData/1",
      RequestId: "request-1",
      LogicalResourceId: "TokenKeyParameter",
      ResourceType: "Custom::TokenKeyParameter",
      ResourceProperties: { ServiceToken: "arn", ParameterName: name },
      ...(requestType === "Create" ? {} : { PhysicalResourceId: name, OldResourceProperties: {} }),
    }) as never;

  it("creates the SecureString parameter once, with a fresh key ring and without overwriting", async () => {
    const fake = await endpoint({ status: 200, body: { Version: 1, Tier: "Standard" } });
    try {
      let counter = 0;
      const result = await keyParameterEvent(
        event("Create"),
        { region: "eu-central-1", credentials, endpoint: fake.url },
        () => `key-${++counter}-`.padEnd(40, "x"),
      );
      expect(result).toEqual({ PhysicalResourceId: name });
      expect(fake.requests).toHaveLength(1);
      expect(fake.requests[0]?.headers["x-amz-target"]).toBe("AmazonSSM.PutParameter");
      const body = JSON.parse(fake.requests[0]?.body ?? "");
      expect(body).toMatchObject({ Name: name, Type: "SecureString", Overwrite: false });
      expect(JSON.parse(body.Value)).toEqual({ current: "key-1-".padEnd(40, "x"), person: "key-2-".padEnd(40, "x") });
      // Updates and deletions leave the keys alone: links already sent depend on them.
      await keyParameterEvent(event("Update"), { region: "eu-central-1", credentials, endpoint: fake.url });
      await keyParameterEvent(event("Delete"), { region: "eu-central-1", credentials, endpoint: fake.url });
      expect(fake.requests).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });

  it("keeps a parameter that already exists, and fails on any other refusal", async () => {
    const exists = await endpoint({ status: 400, body: { __type: "ParameterAlreadyExists" } });
    await expect(
      keyParameterEvent(event("Create"), { region: "eu-central-1", credentials, endpoint: exists.url }),
    ).resolves.toEqual({ PhysicalResourceId: name });
    await exists.close();
    const denied = await endpoint({ status: 400, body: { __type: "AccessDeniedException" } });
    await expect(
      keyParameterEvent(event("Create"), { region: "eu-central-1", credentials, endpoint: denied.url }),
    ).rejects.toThrowError(/AccessDeniedException/);
    await denied.close();
  });
});
