import { SendMessageBatchCommand, SQSClient } from "@aws-sdk/client-sqs";
import { GetCommand, PutCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { DynamoDBRecord, SQSRecord } from "aws-lambda";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { localMailQueue } from "../../infra/local/mail-queue.ts";
import { readNetworkProfile } from "../../shared/config/network-profile.ts";
import type { OutboxMail } from "../../shared/domain/mail.ts";
import { DELIVERY_POLICY, type DeliveryPolicy } from "../../shared/domain/mail-delivery.ts";
import { networkLogo, useNetwork } from "../../shared/i18n/network.ts";
import { handleChanges } from "../../shared/mail/on-change.ts";
import { sendBatch } from "../../shared/mail/send-batch.ts";
import { type MailerDeps, sendOutboxMail } from "../../shared/mail/send-outbox-mail.ts";
import { createSesClient } from "../../shared/mail/ses-client.ts";
import { sesTransport } from "../../shared/mail/ses-transport.ts";
import { sqsMailQueue } from "../../shared/mail/sqs-mail-queue.ts";
import { sweepOutbox } from "../../shared/mail/sweep-outbox.ts";
import { keys } from "../../shared/store/keys.ts";
import { MailRepository } from "../../shared/store/mail-repository.ts";
import { queueMail } from "../../shared/store/outbox.ts";
import { recordingLogger, testSigner } from "../support/app.ts";
import { uniqueEmail } from "../support/local-stack.ts";
import { mailsTo } from "../support/mailbox.ts";
import { type SesStandIn, startSesStandIn } from "../support/ses-standin.ts";
import { createTestTable, type TestTable } from "../support/tables.ts";

let table: TestTable;
let mails: MailRepository;
let standIn: SesStandIn;
beforeAll(async () => {
  table = await createTestTable("mailer");
  mails = new MailRepository(table.db, table.tableName);
  standIn = await startSesStandIn(inject("sesEndpoint"));
});
afterAll(async () => {
  await standIn.close();
  await table.drop();
});
afterEach(() => standIn.set({ mode: "pass" }));

/** SES through the stand-in, as the mailers build it, with a short answer timeout for the hanging cases. */
const ses = () =>
  sesTransport(
    createSesClient({
      endpoint: standIn.endpoint,
      region: "eu-central-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
      requestTimeoutMs: 400,
    }),
  );

const shortPolicy: DeliveryPolicy = { ...DELIVERY_POLICY, firstDelayMs: 5, retryWindowMs: 60_000 };

function deps(extra: Partial<MailerDeps> = {}): MailerDeps & { logger: ReturnType<typeof recordingLogger> } {
  return {
    mails,
    transport: ses(),
    signer: async () => testSigner,
    sender: { name: "Netzwerk Migration Schwerin", email: "netzwerk@example.org" },
    baseUrl: "http://localhost:3000",
    logger: recordingLogger(),
    policy: shortPolicy,
    // The whole step, no jitter: pauses are predictable in a test.
    random: () => 1,
    ...extra,
  } as MailerDeps & { logger: ReturnType<typeof recordingLogger> };
}

/** Queues a forwarded-application mail to a fresh address, as a request's transaction would. */
async function queued(id = `test-${Math.random().toString(36).slice(2)}`) {
  const email = uniqueEmail("empfang");
  await table.db.send(
    new TransactWriteCommand({
      TransactItems: [
        queueMail(
          table.tableName,
          {
            id,
            kind: "application_forwarded",
            to: [{ name: "Ella Empfang", email }],
            locale: "de",
            data: {
              applicantName: "Ella Empfang",
              routes: [{ table: { numeral: "I", name: "Kita" }, contactName: "Luise Jahn" }],
            },
          },
          new Date(),
        ),
      ],
    }),
  );
  return { id, email };
}

async function stored(id: string): Promise<OutboxMail & Record<string, unknown>> {
  const { Item } = await table.db.send(
    new GetCommand({ TableName: table.tableName, Key: keys.mail(id), ConsistentRead: true }),
  );
  return Item as OutboxMail & Record<string, unknown>;
}

/** Puts a mail into `sending` as a worker that claimed it at `claimedAt` and then died. */
async function leftSending(id: string, claimedAt: string) {
  const item = (await table.db.send(new GetCommand({ TableName: table.tableName, Key: keys.mail(id) }))).Item;
  await table.db.send(
    new PutCommand({
      TableName: table.tableName,
      Item: { ...item, status: "sending", claimedAt, attempts: 1, ...keys.mailsByStatus("sending", claimedAt, id) },
    }),
  );
}

describe("the mailer, against DynamoDB Local and the SES emulator behind a controllable stand-in", () => {
  it("shows a network's PNG logo above the HTML mail, from the site; an SVG logo (most mail programs show none) not", async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    const example = readNetworkProfile("musterstadt");
    try {
      useNetwork({ ...example, logo: { type: "image/png", data: png.toString("base64") } });
      const path = networkLogo()?.path;
      expect(path).toMatch(/^\/logo\/[0-9a-f]{12}\.png$/);
      const withPng = await queued();
      await sendOutboxMail(deps(), withPng.id);
      const [mail] = await mailsTo(withPng.email);
      expect(mail?.body.html).toContain(
        `<img src="http://localhost:3000${path}" alt="Integrationsnetzwerk Musterstadt"`,
      );
      expect(mail?.body.text).not.toContain("/logo/");
      useNetwork(example);
      const withSvg = await queued();
      await sendOutboxMail(deps(), withSvg.id);
      const [plain] = await mailsTo(withSvg.email);
      expect(plain?.body.html).toContain("Integrationsnetzwerk Musterstadt");
      expect(plain?.body.html).not.toContain("<img");
    } finally {
      useNetwork(readNetworkProfile());
    }
  });

  it("sends a queued mail once, and a second delivery of the same id sends nothing", async () => {
    const { id, email } = await queued();
    expect(await sendOutboxMail(deps(), id)).toEqual({ outcome: "sent" });
    expect(await sendOutboxMail(deps(), id)).toEqual({ outcome: "skipped" });
    const received = await mailsTo(email);
    expect(received).toHaveLength(1);
    expect(received[0]?.subject).toBe("Ihr Antrag wurde weitergeleitet");
    expect(await stored(id)).toMatchObject({ status: "sent", attempts: 1, messageId: expect.any(String) });
  });

  it("retries refused connections, throttling and 5xx with growing pauses, and sends exactly once", async () => {
    const { id, email } = await queued();
    const d = deps();
    await standIn.set({ mode: "error", status: 503, code: "ServiceUnavailable", message: "Service unavailable" });
    expect(await sendOutboxMail(d, id)).toEqual({ outcome: "retry", delayMs: 5 });
    const first = await stored(id);
    expect(first).toMatchObject({ status: "queued", attempts: 1, lastError: expect.stringContaining("503") });
    await standIn.set({ mode: "error", status: 400, code: "Throttling", message: "Maximum sending rate exceeded." });
    expect(await sendOutboxMail(d, id)).toEqual({ outcome: "retry", delayMs: 10 });
    await standIn.set({ mode: "refuse" });
    expect(await sendOutboxMail(d, id)).toEqual({ outcome: "retry", delayMs: 20 });
    const third = await stored(id);
    // The window counts from the first failure; each retry is due at its pause.
    expect(third).toMatchObject({
      attempts: 3,
      firstFailedAt: first.firstFailedAt,
      lastError: expect.stringMatching(/ECONNREFUSED/),
    });
    expect(Date.parse(third.nextAttemptAt as string)).toBeGreaterThan(Date.parse(third.firstFailedAt as string));
    await standIn.set({ mode: "pass" });
    expect(await sendOutboxMail(d, id)).toEqual({ outcome: "sent" });
    expect(await mailsTo(email)).toHaveLength(1);
    expect(await stored(id)).toMatchObject({ status: "sent", attempts: 4 });
    expect(d.logger.lines.filter((l) => l.includes('"mail retry"'))).toHaveLength(3);
  });

  it("fails a mail only when transient failures outlast the retry window, with the last reason", async () => {
    const { id } = await queued();
    await standIn.set({ mode: "error", status: 503, code: "ServiceUnavailable", message: "Service unavailable" });
    const d = deps({ policy: { ...shortPolicy, retryWindowMs: 60 } });
    const queue = localMailQueue({ deliver: (mailId) => sendOutboxMail(d, mailId), logger: d.logger, maxReceives: 5 });
    await queue.enqueue([id]);
    await queue.idle();
    const mail = await stored(id);
    expect(mail).toMatchObject({
      status: "failed",
      failedReason: expect.stringMatching(/^gave up after \d+ tries .*ServiceUnavailable/),
      expiresAt: expect.any(Number),
    });
    expect(mail.attempts).toBeGreaterThan(2);
    expect(d.logger.lines.some((l) => l.includes('"mail failed"') && l.includes(id))).toBe(true);
  });

  it("fails at once when SES rejects the mail, keeping SES's own words; the log has them without the address", async () => {
    const { id, email } = await queued();
    const message =
      "Email address is not verified. The following identities failed the check in region EU-CENTRAL-1: netzwerk@example.org";
    await standIn.set({ mode: "error", status: 400, code: "MessageRejected", message });
    const d = deps();
    expect(await sendOutboxMail(d, id)).toEqual({ outcome: "failed", reason: `MessageRejected (400): ${message}` });
    expect(await stored(id)).toMatchObject({
      status: "failed",
      attempts: 1,
      failedReason: `MessageRejected (400): ${message}`,
    });
    const line = d.logger.lines.find((l) => l.includes('"mail failed"')) ?? "";
    expect(line).toContain("Email address is not verified");
    expect(line).toContain("<address>");
    expect(line).not.toContain("netzwerk@example.org");
    expect(await mailsTo(email)).toEqual([]);
  });

  it("keeps a mail as uncertain when SES takes it and never answers, and never sends it again by itself", async () => {
    const { id, email } = await queued();
    await standIn.set({ mode: "deliver-then-hang" });
    const d = deps();
    const started = Date.now();
    const outcome = await sendOutboxMail(d, id);
    // The request timeout ends the wait: a hanging SES holds a send for seconds, not for a Lambda's lifetime.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(outcome).toMatchObject({ outcome: "uncertain" });
    expect(await stored(id)).toMatchObject({
      status: "uncertain",
      uncertainReason: expect.stringContaining("may have gone out"),
    });
    await standIn.set({ mode: "pass" });
    expect(await sendOutboxMail(d, id)).toEqual({ outcome: "skipped" });
    await sweepOutbox({ mails, queue: { enqueue: async () => undefined }, logger: d.logger }, new Date(), {
      lateAfterMs: 0,
    });
    expect((await stored(id)).status).toBe("uncertain");
    // The emulator got it once (SES had taken it before it hung), and never again.
    expect(await mailsTo(email)).toHaveLength(1);
    expect(d.logger.lines.some((l) => l.includes('"mail uncertain"'))).toBe(true);
  });

  it("retries a mail when SES hangs before it took the request: no connection is not 'maybe sent'", async () => {
    const { id, email } = await queued();
    await standIn.set({ mode: "refuse" });
    expect(await sendOutboxMail(deps(), id)).toMatchObject({ outcome: "retry" });
    await standIn.set({ mode: "pass" });
    expect(await sendOutboxMail(deps(), id)).toEqual({ outcome: "sent" });
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it("makes a mail left in sending by a dead worker uncertain: on its next delivery, and by the sweep", async () => {
    const viaDelivery = await queued();
    await leftSending(viaDelivery.id, new Date(Date.now() - 3 * 60_000).toISOString());
    expect(await sendOutboxMail(deps(), viaDelivery.id)).toMatchObject({ outcome: "uncertain" });
    expect(await stored(viaDelivery.id)).toMatchObject({
      status: "uncertain",
      uncertainReason: expect.stringContaining("interrupted"),
    });

    const viaSweep = await queued();
    const stillWorking = await queued();
    await leftSending(viaSweep.id, new Date(Date.now() - 3 * 60_000).toISOString());
    await leftSending(stillWorking.id, new Date().toISOString());
    const logger = recordingLogger();
    const result = await sweepOutbox({ mails, queue: { enqueue: async () => undefined }, logger }, new Date(), {
      lateAfterMs: 60_000,
    });
    expect(result.uncertain).toBeGreaterThanOrEqual(1);
    expect((await stored(viaSweep.id)).status).toBe("uncertain");
    // A claim younger than the staleness limit may still be in a live worker's hands: left alone.
    expect((await stored(stillWorking.id)).status).toBe("sending");
    expect(logger.lines.some((l) => l.includes('"mail uncertain"') && l.includes(viaSweep.id))).toBe(true);
    expect(await mailsTo(viaSweep.email)).toEqual([]);
  });

  it("the sweep hands overdue queued mails to the queue again, and each goes out once", async () => {
    const { id, email } = await queued();
    const d = deps();
    const queue = localMailQueue({ deliver: (mailId) => sendOutboxMail(d, mailId), logger: d.logger, maxReceives: 5 });
    const sweep = () =>
      sweepOutbox({ mails, queue, logger: d.logger }, new Date(Date.now() + 1000), { lateAfterMs: 0 });
    expect((await sweep()).requeued).toBeGreaterThanOrEqual(1);
    await queue.idle();
    await sweep();
    await queue.idle();
    expect(await mailsTo(email)).toHaveLength(1);
    expect((await stored(id)).status).toBe("sent");
  });

  it("sends one mail when the stream hands the same batch to on-change twice", async () => {
    const { id, email } = await queued();
    const d = deps();
    const queue = localMailQueue({ deliver: (mailId) => sendOutboxMail(d, mailId), logger: d.logger, maxReceives: 5 });
    const batch = [
      {
        eventName: "INSERT",
        dynamodb: {
          SequenceNumber: "100",
          NewImage: { pk: { S: `MAIL#${id}` }, sk: { S: "MAIL" }, id: { S: id }, status: { S: "queued" } },
        },
      } as DynamoDBRecord,
    ];
    expect(await handleChanges(batch, queue, d.logger)).toEqual({ batchItemFailures: [] });
    expect(await handleChanges(batch, queue, d.logger)).toEqual({ batchItemFailures: [] });
    await queue.idle();
    expect(await mailsTo(email)).toHaveLength(1);
  });
});

describe("send-mail on AWS (SQS has no emulator: the exact request is checked)", () => {
  const QUEUE = "https://sqs.eu-central-1.amazonaws.com/123456789012/mail";
  const sqs = mockClient(SQSClient);
  afterAll(() => sqs.restore());
  const record = (mailId: string, messageId: string) => ({ messageId, body: JSON.stringify({ mailId }) }) as SQSRecord;

  it("puts a transiently failing mail back on the queue with its pause as the delay, and ends the message", async () => {
    sqs.reset();
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [{ Id: "0", MessageId: "m", MD5OfMessageBody: "x" }] });
    const { id } = await queued();
    await standIn.set({ mode: "error", status: 500, code: "InternalFailure", message: "internal" });
    const d = deps({ policy: { ...DELIVERY_POLICY }, random: () => 1 });
    const result = await sendBatch(
      [record(id, "sqs-1")],
      d,
      sqsMailQueue(new SQSClient({ region: "eu-central-1" }), QUEUE),
    );
    expect(result).toEqual({ batchItemFailures: [] });
    expect(sqs.commandCalls(SendMessageBatchCommand).map((c) => c.args[0].input)).toEqual([
      { QueueUrl: QUEUE, Entries: [{ Id: "0", MessageBody: JSON.stringify({ mailId: id }), DelaySeconds: 10 }] },
    ]);
    expect((await stored(id)).status).toBe("queued");
  });

  it("reports a message as a batch failure only when it could not be handled at all", async () => {
    sqs.reset();
    sqs.on(SendMessageBatchCommand).rejects(new Error("SQS unavailable"));
    const { id } = await queued();
    await standIn.set({ mode: "error", status: 500, code: "InternalFailure", message: "internal" });
    const result = await sendBatch(
      [record(id, "sqs-2"), { messageId: "sqs-3", body: "not json" } as SQSRecord],
      deps(),
      sqsMailQueue(new SQSClient({ region: "eu-central-1" }), QUEUE),
    );
    // The re-queue failed: SQS hands the message out again after its visibility timeout; the mail is queued.
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: "sqs-2" }, { itemIdentifier: "sqs-3" }] });
    expect((await stored(id)).status).toBe("queued");
  });
});
