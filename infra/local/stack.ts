import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { readNetworkProfile } from "../../shared/config/network-profile.ts";
import { DELIVERY_POLICY, type DeliveryPolicy } from "../../shared/domain/mail-delivery.ts";
import { createApp } from "../../shared/http/app.tsx";
import { storeDependencies } from "../../shared/http/dependencies.ts";
import { useNetwork } from "../../shared/i18n/network.ts";
import { runMailing } from "../../shared/jobs/conference-mailing.ts";
import { reactToConference } from "../../shared/jobs/conference-schedules.ts";
import { runFollowUps } from "../../shared/jobs/follow-ups.ts";
import { retireLeftPartners } from "../../shared/jobs/retention.ts";
import { runTaskReminders } from "../../shared/jobs/task-reminders.ts";
import type { AppLogger } from "../../shared/logging/logger.ts";
import { handleChanges } from "../../shared/mail/on-change.ts";
import { pacer } from "../../shared/mail/pace.ts";
import { type MailerDeps, sendOutboxMail } from "../../shared/mail/send-outbox-mail.ts";
import { createSesClient } from "../../shared/mail/ses-client.ts";
import { sesTransport } from "../../shared/mail/ses-transport.ts";
import { sweepOutbox } from "../../shared/mail/sweep-outbox.ts";
import type { MailTransport } from "../../shared/mail/transport.ts";
import { type MailingTarget, scheduleName } from "../../shared/scheduling/port.ts";
import { cachedSigner } from "../../shared/security/tokens.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { coordinatorRecipients } from "../../shared/store/access-repository.ts";
import { AuditRepository } from "../../shared/store/audit.ts";
import { ConferenceRepository } from "../../shared/store/conference-repository.ts";
import { createDocumentClient } from "../../shared/store/dynamo-client.ts";
import { MailRepository } from "../../shared/store/mail-repository.ts";
import { MinutesRepository } from "../../shared/store/minutes-repository.ts";
import { PartnerRepository } from "../../shared/store/partner-repository.ts";
import { SuppressionRepository } from "../../shared/store/suppression-repository.ts";
import { dailyReportRecords } from "../../shared/use-cases/report.ts";
import type { LocalConfig } from "./config.ts";
import { dailyAt } from "./daily-timer.ts";
import { dynamoAnswers, type RunningService, startDynamoDbLocal } from "./dynamodb-local.ts";
import { ensureTable } from "./ensure-table.ts";
import { localScheduler } from "./local-scheduler.ts";
import { localMailQueue } from "./mail-queue.ts";
import { startSesLocal } from "./ses-local.ts";
import { startStreamPoller } from "./stream-poller.ts";

export interface LocalStack {
  appUrl: string;
  dynamoEndpoint: string;
  sesEndpoint: string;
  coordinatorToken: string;
  /** True when the token was generated (and kept in DATA_DIR) rather than given in COORDINATOR_TOKEN. */
  tokenGenerated: boolean;
  seeded: number;
  /** Resolves when no mail is waiting, being sent or due for a retry. */
  mailIdle(): Promise<void>;
  /** Fires a conference mailing at once, as its schedule would (tests: "the schedule fired twice"). */
  fireMailing(target: MailingTarget): Promise<void>;
  /** Runs the daily job now, as its 08:00 timer would (follow-ups, task reminders, retention, the members' count); `at` is its clock. */
  runDaily(at?: Date): Promise<void>;
  stop(): Promise<void>;
}

export interface LocalStackOptions {
  /** Wraps the SES transport, e.g. to inject failures in a benchmark. */
  wrapTransport?: (transport: MailTransport) => MailTransport;
}

/**
 * The whole product on one machine: DynamoDB Local and the SES emulator (unless endpoints of running ones are
 * given), the data table from the one table definition, the seed work tables, the Hono app on Node, and the
 * event-driven rest as on AWS: the table's stream → on-change → mail queue → send-mail → SES, and the daily
 * reminders. Services are stopped in reverse order, also when a later step fails.
 */
export async function startLocalStack(
  config: LocalConfig,
  logger: AppLogger,
  options: LocalStackOptions = {},
): Promise<LocalStack> {
  // The network it runs for, read first: a missing or invalid profile stops the start before anything runs.
  const profile = readNetworkProfile(config.NETWORK_PROFILE);
  useNetwork(profile);
  const started: RunningService[] = [];
  const stop = async () => {
    for (const service of started.reverse()) await service.stop().catch(() => undefined);
    started.length = 0;
  };
  try {
    const dataDir = resolve(config.DATA_DIR);
    mkdirSync(dataDir, { recursive: true });

    const dynamo = config.DYNAMODB_ENDPOINT
      ? { endpoint: config.DYNAMODB_ENDPOINT, stop: async () => undefined }
      : await startDynamoDbLocal({ port: config.DYNAMODB_PORT, dataDir: join(dataDir, "dynamodb") });
    started.push(dynamo);
    const ses = config.SES_ENDPOINT
      ? { endpoint: config.SES_ENDPOINT, stop: async () => undefined }
      : await startSesLocal({ port: config.SES_PORT });
    started.push(ses);

    const client = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: config.AWS_REGION,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    await ensureTable(client, config.TABLE_NAME);
    client.destroy();

    const db = createDocumentClient({ endpoint: dynamo.endpoint, region: config.AWS_REGION });
    const tokenKey = keptSecret(join(dataDir, "token-secret"), 48);
    const signer = cachedSigner(async () => tokenKey);
    const deps = storeDependencies(db, config.TABLE_NAME, signer, {
      perEmail: config.RATE_LIMIT_PER_EMAIL,
      perClient: config.RATE_LIMIT_PER_CLIENT,
      minFillSeconds: config.MIN_FILL_SECONDS,
    });
    // The network's first work tables, from its profile.
    const { added } = await loadSeed(deps.workTables, new Date(), profile.workTables);
    // The first coordinators, when the table has none yet: they can sign in to the console at once.
    await deps.access.seedCoordinators(config.COORDINATOR_EMAILS, new Date());

    // The server is created first so the mails can link to its real address (PORT may be 0 in tests).
    const { token, generated } = coordinatorToken(config.COORDINATOR_TOKEN, dataDir);
    let app: ReturnType<typeof createApp> | undefined;
    const server = await new Promise<ReturnType<typeof serve>>((done, fail) => {
      const s = serve(
        {
          fetch: (request, env) => (app ? app.fetch(request, env) : new Response("starting", { status: 503 })),
          port: config.PORT,
          hostname: "127.0.0.1",
        },
        () => done(s),
      );
      s.once("error", fail);
    });
    started.push({
      endpoint: "",
      stop: () =>
        new Promise<void>((done) => {
          if ("closeAllConnections" in server) server.closeAllConnections();
          server.close(() => done());
        }),
    });
    const { port } = server.address() as AddressInfo;
    const appUrl = config.PUBLIC_BASE_URL ?? `http://localhost:${port}`;

    const policy: DeliveryPolicy = {
      ...DELIVERY_POLICY,
      firstDelayMs: config.MAIL_RETRY_BACKOFF_MS,
      retryWindowMs: config.MAIL_RETRY_WINDOW_MS,
      staleAfterMs: config.MAIL_STALE_AFTER_MS,
    };
    const mails = new MailRepository(db, config.TABLE_NAME);
    const mailer: MailerDeps = {
      mails,
      network: deps.network,
      transport: (options.wrapTransport ?? ((t: MailTransport) => t))(
        sesTransport(
          createSesClient({
            endpoint: ses.endpoint,
            region: config.AWS_REGION,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
            requestTimeoutMs: config.SES_REQUEST_TIMEOUT_MS,
          }),
        ),
      ),
      signer,
      sender: { name: profile.senderName, email: config.SENDER_ADDRESS },
      baseUrl: appUrl.replace(/\/$/, ""),
      logger,
      policy,
      // SES's maximum send rate, shared by all concurrent deliveries, as on AWS.
      pace: pacer(config.SES_MAX_SEND_RATE, 1),
    };
    const queue = localMailQueue({
      deliver: (mailId) => sendOutboxMail(mailer, mailId),
      logger,
      maxReceives: config.MAIL_MAX_RECEIVES,
      backoffMs: config.MAIL_RETRY_BACKOFF_MS,
      concurrency: config.MAIL_CONCURRENCY,
    });
    started.push({ endpoint: "", stop: async () => queue.stop() });
    const sweep = (lateAfterMs: number) => sweepOutbox({ mails, queue, logger, policy }, new Date(), { lateAfterMs });

    // Conference mailings: the local scheduler stands in for EventBridge Scheduler and fires the same mailing.
    const mailingDeps = {
      conferences: new ConferenceRepository(db, config.TABLE_NAME),
      minutes: new MinutesRepository(db, config.TABLE_NAME),
      mails,
      partners: new PartnerRepository(db, config.TABLE_NAME),
      suppressions: new SuppressionRepository(db, config.TABLE_NAME),
      audit: new AuditRepository(db, config.TABLE_NAME),
      signer,
      continueLater: (target: MailingTarget) =>
        scheduler.upsert({ name: `${scheduleName(target.conferenceId, target.kind)}-cont`, at: new Date(), target }),
      timeLeft: () => Number.POSITIVE_INFINITY,
    };
    const scheduler = localScheduler({
      db,
      tableName: config.TABLE_NAME,
      fire: async (target) => {
        const started = Date.now();
        // Like a Lambda's time limit: a long mailing stops after a while and goes on in a new run.
        await runMailing(
          { ...mailingDeps, timeLeft: () => config.MAILING_RUN_BUDGET_MS - (Date.now() - started) },
          target,
          new Date(),
        );
      },
      logger,
    });
    scheduler.start();
    started.push({ endpoint: "", stop: () => scheduler.stop() });

    const poller = await startStreamPoller({
      endpoint: dynamo.endpoint,
      tableName: config.TABLE_NAME,
      handle: (records) =>
        handleChanges(records, queue, logger, (record) => reactToConference(record, scheduler, new Date(), 0)),
      setAsideFile: join(dataDir, "set-aside", "stream-records.jsonl"),
      logger,
    });
    started.push({ endpoint: "", stop: () => poller.stop() });
    // At start, whatever the last run left: mails still queued go out, mails stuck mid-send become uncertain.
    // Then every half minute, as a scheduled sweep does on AWS, for mails whose queue message got lost.
    await sweep(0);
    const sweeper = setInterval(() => {
      sweep(config.MAIL_SWEEP_INTERVAL_MS).catch((error) =>
        logger.error("outbox sweep failed", { error: (error as Error).name }),
      );
    }, config.MAIL_SWEEP_INTERVAL_MS);
    started.push({ endpoint: "", stop: async () => clearInterval(sweeper) });

    const daily = async (now: Date) => {
      await runFollowUps(
        {
          applications: deps.applications,
          workTables: deps.workTables,
          coordinators: () => coordinatorRecipients(deps.access, config.COORDINATOR_EMAILS),
          reminderAfterDays: 7,
          escalateAfterDays: 14,
        },
        now,
      );
      await runTaskReminders(deps, now);
      await retireLeftPartners(deps, now);
      await dailyReportRecords(deps, now);
    };
    const followUps = dailyAt(
      8,
      () => daily(new Date()),
      (error) => logger.error("follow-ups failed", { error: (error as Error).name }),
    );
    started.push({ endpoint: "", stop: async () => followUps.stop() });
    // The run at start finishes before the stack is up (its members' count writes the day's record).
    await followUps.first;

    app = createApp({
      ...deps,
      localToken: token,
      firstCoordinators: config.COORDINATOR_EMAILS,
      clientAddress: (c) => getConnInfo(c).remote.address ?? "unknown",
      logger,
      allowedOrigins: config.ALLOWED_ORIGINS,
      publicBaseUrl: appUrl,
      // Ready when DynamoDB answers. SES is not part of readiness: the outbox decouples every request from mail,
      // an SES outage delays mail but no request, and any SES implementation behind SES_ENDPOINT works.
      ready: () => dynamoAnswers(dynamo.endpoint),
    });

    return {
      appUrl,
      dynamoEndpoint: dynamo.endpoint,
      sesEndpoint: ses.endpoint,
      coordinatorToken: token,
      tokenGenerated: generated,
      seeded: added,
      fireMailing: async (target) => {
        await runMailing(mailingDeps, target, new Date());
      },
      runDaily: (at = new Date()) => daily(at),
      mailIdle: async () => {
        // Let the stream poller pick up what was just written before asking the queue.
        await new Promise((r) => setTimeout(r, 600));
        await queue.idle();
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A random secret generated once and kept in DATA_DIR (mode 600), so links and tokens survive restarts. */
function keptSecret(file: string, bytes: number): string {
  try {
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length >= 32) return kept;
  } catch {
    // none kept yet
  }
  const secret = randomBytes(bytes).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** A given token wins; otherwise one is generated once and kept in DATA_DIR, so it survives restarts. */
function coordinatorToken(given: string | undefined, dataDir: string): { token: string; generated: boolean } {
  if (given) return { token: given, generated: false };
  return { token: keptSecret(join(dataDir, "coordinator-token"), 24), generated: true };
}
