import { SESClient } from "@aws-sdk/client-ses";
import { GetCommand, PutCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { DynamoDBRecord } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { localMailQueue } from "../../infra/local/mail-queue.ts";
import { handleChanges } from "../../shared/mail/on-change.ts";
import { type OutboxMail, queueMail } from "../../shared/mail/outbox.ts";
import { type MailerDeps, sendOutboxMail } from "../../shared/mail/send-outbox-mail.ts";
import { sesTransport } from "../../shared/mail/ses-transport.ts";
import { type MailTransport, PermanentMailError, TransientMailError } from "../../shared/mail/transport.ts";
import { keys } from "../../shared/store/keys.ts";
import { recordingLogger, testSigner } from "../support/app.ts";
import { uniqueEmail } from "../support/local-stack.ts";
import { mailsTo } from "../support/mailbox.ts";
import { createTestTable, type TestTable } from "../support/tables.ts";

let table: TestTable;
let ses: MailTransport;
beforeAll(async () => {
  table = await createTestTable("mailer");
  ses = sesTransport(
    new SESClient({
      endpoint: inject("sesEndpoint"),
      region: "eu-central-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  );
});
afterAll(() => table.drop());

const deps = (transport: MailTransport, extra: Partial<MailerDeps> = {}): MailerDeps => ({
  db: table.db,
  tableName: table.tableName,
  transport,
  signer: async () => testSigner,
  sender: { name: "Netzwerk Migration Schwerin", email: "netzwerk@example.org" },
  baseUrl: "http://localhost:3000",
  maxAttempts: 5,
  ...extra,
});

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

async function stored(id: string): Promise<OutboxMail> {
  const { Item } = await table.db.send(
    new GetCommand({ TableName: table.tableName, Key: keys.mail(id), ConsistentRead: true }),
  );
  return Item as OutboxMail;
}

/** A transport that fails `times` times as given, then hands over to the SES emulator. */
function failing(times: number, error: () => Error): MailTransport & { calls: number } {
  const transport = {
    calls: 0,
    async sendRaw(raw: Uint8Array) {
      transport.calls++;
      if (transport.calls <= times) throw error();
      return ses.sendRaw(raw);
    },
  };
  return transport;
}

describe("the mailer, against DynamoDB Local and the SES emulator", () => {
  it("sends a queued mail once, and a second delivery of the same id sends nothing", async () => {
    const { id, email } = await queued();
    expect(await sendOutboxMail(deps(ses), id)).toBe("sent");
    expect(await sendOutboxMail(deps(ses), id)).toBe("skipped");
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Ihr Antrag wurde weitergeleitet");
    expect(mails[0]?.from).toContain("netzwerk@example.org");
    expect(await stored(id)).toMatchObject({ status: "sent", attempts: 1, messageId: expect.any(String) });
  });

  it("sends exactly one mail when SES fails twice and then recovers", async () => {
    const { id, email } = await queued();
    const transport = failing(2, () => new TransientMailError("Throttling (400)"));
    const queue = localMailQueue({
      deliver: (mailId) => sendOutboxMail(deps(transport), mailId),
      logger: recordingLogger(),
      maxReceives: 5,
      backoffMs: 10,
    });
    await queue.enqueue([id]);
    await queue.idle();
    expect(transport.calls).toBe(3);
    expect(await mailsTo(email)).toHaveLength(1);
    expect(await stored(id)).toMatchObject({ status: "sent", attempts: 3 });
  });

  it("keeps a mail as failed with the reason after the last try, or at once when SES refuses it for good", async () => {
    const transient = await queued();
    const queue = localMailQueue({
      deliver: (mailId) =>
        sendOutboxMail(deps(failing(99, () => new TransientMailError("ServiceUnavailable (503)"))), mailId),
      logger: recordingLogger(),
      maxReceives: 5,
      backoffMs: 5,
    });
    await queue.enqueue([transient.id]);
    await queue.idle();
    expect(await stored(transient.id)).toMatchObject({
      status: "failed",
      attempts: 5,
      failedReason: expect.stringContaining("ServiceUnavailable"),
    });

    const permanent = await queued();
    const rejected = failing(99, () => new PermanentMailError("MessageRejected (400)"));
    expect(await sendOutboxMail(deps(rejected), permanent.id)).toBe("failed");
    expect(rejected.calls).toBe(1);
    expect(await stored(permanent.id)).toMatchObject({
      status: "failed",
      failedReason: expect.stringContaining("MessageRejected"),
      expiresAt: expect.any(Number),
    });
    expect(await mailsTo(permanent.email)).toEqual([]);
  });

  it("does not send again a mail interrupted mid-send; it is marked failed for a person to look at", async () => {
    const { id, email } = await queued();
    await table.db.send(
      new PutCommand({
        TableName: table.tableName,
        Item: {
          ...(await table.db.send(new GetCommand({ TableName: table.tableName, Key: keys.mail(id) }))).Item,
          status: "sending",
          claimedAt: "2026-01-01T00:00:00.000Z",
        },
      }),
    );
    expect(await sendOutboxMail(deps(ses), id)).toBe("failed");
    expect(await stored(id)).toMatchObject({ status: "failed", failedReason: expect.stringContaining("interrupted") });
    expect(await mailsTo(email)).toEqual([]);
  });

  it("sends one mail when the stream hands the same batch to on-change twice", async () => {
    const { id, email } = await queued();
    const queue = localMailQueue({
      deliver: (mailId) => sendOutboxMail(deps(ses), mailId),
      logger: recordingLogger(),
      maxReceives: 5,
      backoffMs: 5,
    });
    const batch = [
      {
        eventName: "INSERT",
        dynamodb: {
          SequenceNumber: "100",
          NewImage: { pk: { S: `MAIL#${id}` }, sk: { S: "MAIL" }, id: { S: id }, status: { S: "queued" } },
        },
      } as DynamoDBRecord,
    ];
    expect(await handleChanges(batch, queue)).toEqual({ batchItemFailures: [] });
    expect(await handleChanges(batch, queue)).toEqual({ batchItemFailures: [] });
    await queue.idle();
    expect(await mailsTo(email)).toHaveLength(1);
  });
});
