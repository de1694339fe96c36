/**
 * Conference mailing benchmark: one invitation mailing to many partners through the whole local stack (fan-out
 * into the outbox, stream poller, mail queue, pacing at SES's maximum send rate, SES emulator), with a share of
 * SES calls failing transiently ("Throttling"), as happens on AWS. Measures the time until every mail is out, the
 * rate achieved against the configured one, and whether every partner got the mail exactly once.
 *
 * The failures are injected by wrapping the stack's SES transport: a seeded pseudo-random sequence, so runs are
 * comparable. The wrapper also counts, per recipient address, how often SES accepted a mail.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { readLocalConfig } from "../../infra/local/config.ts";
import { dynamoAnswers, type RunningService, startDynamoDbLocal } from "../../infra/local/dynamodb-local.ts";
import { type LocalStack, startLocalStack } from "../../infra/local/stack.ts";
import type { ConferenceInput } from "../../shared/domain/conference-input.ts";
import type { MailStatus } from "../../shared/domain/mail.ts";
import { createLogger } from "../../shared/logging/logger.ts";
import { type MailTransport, TransientMailError } from "../../shared/mail/transport.ts";
import { scheduleName } from "../../shared/scheduling/port.ts";
import { ConferenceRepository } from "../../shared/store/conference-repository.ts";
import { createDocumentClient } from "../../shared/store/dynamo-client.ts";
import { keys } from "../../shared/store/keys.ts";
import { PartnerRepository } from "../../shared/store/partner-repository.ts";
import { freePort } from "../support/ports.ts";

const PARTNERS = Number(process.env.BENCH_PARTNERS ?? 5000);
export const MAILING_SEND_RATE = 50;
export const MAILING_FAILURE_SHARE = 0.05;
const CONCURRENCY = 8;
const RETRY_BACKOFF_MS = 200;
/** The whole mailing must be out by then; otherwise the benchmark fails rather than hang. */
const MAILING_LIMIT_MS = 10 * 60_000;
const CATCH_UP_LIMIT_MS = 60_000;
const TABLE_NAME = "bench-mailing";
const WORK_TABLE_ID = "kita-uebergang-schule";
const DAY_MS = 86_400_000;

export interface MailingFigures {
  partners: number;
  /** From firing the mailing until the stack's mail queue is idle (every mail sent or given up). */
  seconds: number;
  /** The part of it the fan-out (runMailing: directory pages, suppression reads, conditional puts) took. */
  fanOutSeconds: number;
  /** Distinct recipients SES accepted a mail for. */
  delivered: number;
  /** delivered / seconds */
  perSecond: number;
  configuredPerSecond: number;
  /** perSecond / configuredPerSecond */
  ratio: number;
  /** SES calls made (including the injected failures). */
  attempts: number;
  injectedFailures: number;
  /** Recipients SES accepted the mail for more than once. */
  duplicates: number;
  /** Partners SES never accepted the mail for. */
  lost: number;
  /** The mailing's outbox items by status at the end (all should be "sent"). */
  outbox: Record<MailStatus, number>;
  /** What the mailing recorded as queued (its own progress item). */
  queued: number;
  /** Mails the SES emulator holds at the end (an independent count of what went out). */
  emulatorMails: number;
}

/** A seeded linear congruential generator (Numerical Recipes constants): the same failures every run. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The address in a raw MIME message's `To:` header (one recipient, as every conference mail has). */
function recipientOf(raw: Uint8Array): string {
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("latin1");
  const headers = text.slice(0, text.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, " ");
  const to = /^To:(.*)$/im.exec(headers)?.[1] ?? "";
  return (/<([^>]+)>/.exec(to)?.[1] ?? to).trim().toLowerCase();
}

/** Wraps the SES transport: every `1 / share`-th call on average fails with a transient throttling error. */
function failingTransport(share: number, seed: number) {
  const random = lcg(seed);
  const counts = { attempts: 0, injected: 0, sentTo: new Map<string, number>() };
  const wrap = (inner: MailTransport): MailTransport => ({
    async sendRaw(raw) {
      counts.attempts++;
      if (random() < share) {
        counts.injected++;
        throw new TransientMailError("Throttling (400)");
      }
      const result = await inner.sendRaw(raw);
      const to = recipientOf(raw);
      counts.sentTo.set(to, (counts.sentTo.get(to) ?? 0) + 1);
      return result;
    },
  });
  return { wrap, counts };
}

/** Resolves with `work`, or fails when it takes longer than `limitMs`. */
async function within<T>(limitMs: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} did not finish within ${limitMs / 1000} s`)), limitMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits until the stream poller has handled the conference's INSERT (it then writes the invitation's schedule):
 * the partners' 5,000 INSERTs before it are behind the poller too, so the timed run starts with a caught-up stream.
 */
async function streamCaughtUp(db: DynamoDBDocumentClient, conferenceId: string): Promise<void> {
  const deadline = Date.now() + CATCH_UP_LIMIT_MS;
  const Key = keys.schedule(scheduleName(conferenceId, "invitation"));
  for (;;) {
    const { Item } = await db.send(new GetCommand({ TableName: TABLE_NAME, Key, ConsistentRead: true }));
    if (Item) return;
    if (Date.now() > deadline) throw new Error("the stream poller did not catch up with the seeded partners");
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function emulatorMailCount(sesEndpoint: string): Promise<number> {
  try {
    const response = await fetch(`${sesEndpoint}/store`, { signal: AbortSignal.timeout(30_000) });
    const { emails } = (await response.json()) as { emails: unknown[] };
    return emails.length;
  } catch {
    return Number.NaN;
  }
}

export async function benchMailing(): Promise<MailingFigures> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const dataDir = mkdtempSync(join(tmpdir(), "netzwerk-bench-mailing-"));
  const email = (i: number) => `partner${i}@bench.example`;
  const injection = failingTransport(MAILING_FAILURE_SHARE, 20240611);
  let dynamo: RunningService | undefined;
  let stack: LocalStack | undefined;
  let db: DynamoDBDocumentClient | undefined;
  try {
    dynamo = await startDynamoDbLocal({ port: await freePort() }); // in memory
    stack = await startLocalStack(
      readLocalConfig({
        PORT: String(await freePort()),
        SES_PORT: String(await freePort()),
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        DATA_DIR: dataDir,
        TABLE_NAME,
        COORDINATOR_TOKEN: "bench-coordinator-token-0123456789",
        SES_MAX_SEND_RATE: String(MAILING_SEND_RATE),
        MAIL_CONCURRENCY: String(CONCURRENCY),
        MAIL_RETRY_BACKOFF_MS: String(RETRY_BACKOFF_MS),
      }),
      createLogger({ service: "bench", level: "SILENT" }),
      { wrapTransport: injection.wrap },
    );
    db = createDocumentClient({ endpoint: dynamo.endpoint });
    const partners = new PartnerRepository(db, TABLE_NAME);
    const conferences = new ConferenceRepository(db, TABLE_NAME);

    // Not timed: the directory, and the conference written straight to the table (not through the API, whose
    // stream reaction would only schedule the invitation weeks ahead anyway).
    const now = new Date();
    const imported = await partners.importPartners(
      Array.from({ length: PARTNERS }, (_, i) => ({
        email: email(i),
        name: `Bench Partner ${i}`,
        workTableIds: [WORK_TABLE_ID],
      })),
      now,
    );
    if (imported.taken !== PARTNERS) throw new Error(`imported ${imported.taken} of ${PARTNERS} partners`);
    const at = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString();
    const input: ConferenceInput = {
      season: "autumn",
      title: "Herbsttagung (Benchmark)",
      startsAt: at(30),
      endsAt: new Date(now.getTime() + 30 * DAY_MS + 4 * 3_600_000).toISOString(),
      location: "Rathaus Schwerin, Am Markt 14",
      inviteAt: at(14),
      reminderAt: at(28),
    };
    const conference = await conferences.create(input, now);
    await streamCaughtUp(db, conference.id);
    await within(CATCH_UP_LIMIT_MS, "the idle stack", stack.mailIdle());

    // Timed: the fan-out into the outbox, and the stack sending it all (mails go out while the fan-out runs).
    const running = stack;
    const start = performance.now();
    let fanOutSeconds = 0;
    await within(
      MAILING_LIMIT_MS,
      "the mailing",
      (async () => {
        await running.fireMailing({ conferenceId: conference.id, kind: "invitation" });
        fanOutSeconds = (performance.now() - start) / 1000;
        await running.mailIdle();
      })(),
    );
    const seconds = (performance.now() - start) / 1000;

    // The outbox must agree: nothing left queued or sending (the stream may lag the queue's idle by a moment).
    let outbox = await conferences.mailCounts(conference.id, "invitation");
    for (let round = 0; outbox.queued + outbox.sending > 0 && round < 20; round++) {
      await within(MAILING_LIMIT_MS, "the rest of the mailing", stack.mailIdle());
      outbox = await conferences.mailCounts(conference.id, "invitation");
    }
    const progress = await conferences.progress(conference.id, "invitation");

    const sentTo = injection.counts.sentTo;
    let duplicates = 0;
    let lost = 0;
    for (let i = 0; i < PARTNERS; i++) {
      const n = sentTo.get(email(i)) ?? 0;
      if (n === 0) lost++;
      else if (n > 1) duplicates++;
    }
    const delivered = [...sentTo.keys()].filter((address) => address.endsWith("@bench.example")).length;
    const perSecond = delivered / seconds;
    return {
      partners: PARTNERS,
      seconds,
      fanOutSeconds,
      delivered,
      perSecond,
      configuredPerSecond: MAILING_SEND_RATE,
      ratio: perSecond / MAILING_SEND_RATE,
      attempts: injection.counts.attempts,
      injectedFailures: injection.counts.injected,
      duplicates,
      lost,
      outbox,
      queued: progress?.queued ?? 0,
      emulatorMails: await emulatorMailCount(stack.sesEndpoint),
    };
  } finally {
    db?.destroy();
    await stack?.stop().catch(() => undefined);
    if (dynamo) {
      await dynamo.stop();
      if (await dynamoAnswers(dynamo.endpoint)) console.error(`DynamoDB Local on ${dynamo.endpoint} is still running`);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}
