import { randomUUID } from "node:crypto";
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { AppLogger } from "../../shared/logging/logger.ts";
import type { MailingTarget, Scheduler } from "../../shared/scheduling/port.ts";
import { keys } from "../../shared/store/keys.ts";
import { queryAll } from "../../shared/store/query-all.ts";

/** A stored local schedule (besides its keys). */
export interface StoredSchedule {
  name: string;
  /** ISO time it is due (the next retry's time after a failure). */
  fireAt: string;
  target: MailingTarget;
  /** pending: waiting in gsi2; fired: claimed by one poller, running; failed: gave up after the last attempt. */
  status: "pending" | "fired" | "failed";
  /** Failed runs so far. */
  attempts?: number;
  claimId?: string;
  firedAt?: string;
  lastError?: string;
  expiresAt?: number;
}

export const MAX_ATTEMPTS = 10;
const FAILED_KEPT_SECONDS = 7 * 86_400;
const MAX_BACKOFF_MS = 5 * 60_000;

const errorName = (error: unknown) => (error instanceof Error ? error.name : "UnknownError");
const isConditionFailure = (error: unknown) => errorName(error) === "ConditionalCheckFailedException";

/**
 * The local stand-in for EventBridge Scheduler's one-time schedules (see shared/scheduling/port.ts).
 *
 * Schedules are items in the data table, so they survive a restart of `npm start`: `upsert` is a Put (a new time
 * or target replaces the old one, never a second schedule), `remove` a Delete. Pending ones carry the gsi2 keys
 * `SCHEDULES#pending` / `<fireAt>#<name>`; a poll loop queries what is due and, for each, first claims it with a
 * conditional update (still pending, still at the time it read) — only the claimer calls `fire`, so two pollers
 * or a restart racing the old process never fire one twice. Times in the past fire at the next poll.
 *
 * After a successful `fire` the item is deleted, like `ActionAfterCompletion: DELETE` on AWS (the mailing
 * records what it sent itself). A failing `fire` goes back to pending after a growing pause (`backoffMs`
 * doubled per attempt, at most five minutes); after the tenth failure it stays as "failed", out of the index,
 * for a week (TTL `expiresAt`) — the local counterpart of the dead-letter queue.
 *
 * Unlike AWS (at least once), a crash between the claim and the end of `fire` leaves the schedule claimed and
 * not retried: at most once locally, which is the safer side for mails. Every write after the claim is
 * conditional on the claim's id, so an upsert or remove made while `fire` runs is never overwritten.
 */
export function localScheduler(options: {
  db: DynamoDBDocumentClient;
  tableName: string;
  fire: (target: MailingTarget) => Promise<void>;
  logger: AppLogger;
  pollMs?: number;
  /** The pause before the first retry of a failed `fire`; doubled per further failure. */
  backoffMs?: number;
}): Scheduler & { start(): void; stop(): Promise<void> } {
  const { db, tableName, logger } = options;
  const pollMs = options.pollMs ?? 1000;
  const backoffMs = options.backoffMs ?? 1000;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let started = 0;
  const inFlight = new Set<Promise<void>>();

  async function dueSchedules(now: Date): Promise<StoredSchedule[]> {
    return (await queryAll(db, {
      TableName: tableName,
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :pk AND gsi2sk <= :due",
      // `<fireAt>#<name>` sorts after the bare time: the suffix takes in everything due up to this millisecond.
      ExpressionAttributeValues: { ":pk": keys.schedulesPendingPartition, ":due": `${now.toISOString()}#\uffff` },
    })) as unknown as StoredSchedule[];
  }

  /** Claims one due schedule; returns the claimed item (fresh, not the index's copy) or undefined if lost. */
  async function claim(seen: StoredSchedule, claimId: string, now: Date): Promise<StoredSchedule | undefined> {
    try {
      const { Attributes } = await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.schedule(seen.name),
          UpdateExpression: "SET #status = :fired, firedAt = :now, claimId = :claim REMOVE gsi2pk, gsi2sk",
          ConditionExpression: "#status = :pending AND fireAt = :fireAt",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: {
            ":fired": "fired",
            ":pending": "pending",
            ":now": now.toISOString(),
            ":claim": claimId,
            ":fireAt": seen.fireAt,
          },
          ReturnValues: "ALL_NEW",
        }),
      );
      return Attributes as StoredSchedule;
    } catch (error) {
      // Another poller claimed it, or it was moved or removed since the (eventually consistent) index read.
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  /** A write that only applies while our claim stands; a concurrent upsert or remove wins over it. */
  async function whileClaimed(send: () => Promise<unknown>) {
    try {
      await send();
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async function afterFailure(schedule: StoredSchedule, claimId: string, error: unknown) {
    const attempts = (schedule.attempts ?? 0) + 1;
    const now = new Date();
    if (attempts >= MAX_ATTEMPTS) {
      logger.error("schedule failed for the last time", { schedule: schedule.name, error: errorName(error), attempts });
      await whileClaimed(() =>
        db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.schedule(schedule.name),
            UpdateExpression: "SET #status = :failed, attempts = :attempts, lastError = :error, expiresAt = :expires",
            ConditionExpression: "claimId = :claim",
            ExpressionAttributeNames: { "#status": "status" },
            ExpressionAttributeValues: {
              ":failed": "failed",
              ":attempts": attempts,
              ":error": errorName(error),
              ":expires": Math.floor(now.getTime() / 1000) + FAILED_KEPT_SECONDS,
              ":claim": claimId,
            },
          }),
        ),
      );
      return;
    }
    const retryAt = new Date(now.getTime() + Math.min(backoffMs * 2 ** (attempts - 1), MAX_BACKOFF_MS)).toISOString();
    logger.warn("schedule failed, retrying later", { schedule: schedule.name, error: errorName(error), attempts });
    const due = keys.schedulesDue(retryAt, schedule.name);
    await whileClaimed(() =>
      db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.schedule(schedule.name),
          UpdateExpression:
            "SET #status = :pending, fireAt = :fireAt, gsi2pk = :gsi2pk, gsi2sk = :gsi2sk, attempts = :attempts, lastError = :error REMOVE claimId, firedAt",
          ConditionExpression: "claimId = :claim",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: {
            ":pending": "pending",
            ":fireAt": retryAt,
            ":gsi2pk": due.gsi2pk,
            ":gsi2sk": due.gsi2sk,
            ":attempts": attempts,
            ":error": errorName(error),
            ":claim": claimId,
          },
        }),
      ),
    );
  }

  async function run(seen: StoredSchedule, now: Date) {
    const claimId = randomUUID();
    const schedule = await claim(seen, claimId, now);
    if (!schedule) return;
    try {
      await options.fire(schedule.target);
    } catch (error) {
      await afterFailure(schedule, claimId, error);
      return;
    }
    logger.info("schedule fired", { schedule: schedule.name });
    await whileClaimed(() =>
      db.send(
        new DeleteCommand({
          TableName: tableName,
          Key: keys.schedule(schedule.name),
          ConditionExpression: "claimId = :claim",
          ExpressionAttributeValues: { ":claim": claimId },
        }),
      ),
    );
  }

  async function poll() {
    try {
      const now = new Date();
      const due = await dueSchedules(now);
      const results = await Promise.allSettled(due.map((schedule) => run(schedule, now)));
      for (const result of results) {
        if (result.status === "rejected") logger.error("schedule run failed", { error: errorName(result.reason) });
      }
    } catch (error) {
      logger.error("schedule poll failed", { error: errorName(error) });
    }
  }

  /** One loop per `start`: a loop left over from before a `stop` ends at its next turn (its generation is old). */
  const loop = (generation: number) => {
    const polling = poll().finally(() => {
      inFlight.delete(polling);
      if (!running || generation !== started) return;
      timer = setTimeout(() => {
        timer = undefined;
        loop(generation);
      }, pollMs);
      timer.unref();
    });
    inFlight.add(polling);
  };

  return {
    async upsert({ name, at, target }) {
      if (Number.isNaN(at.getTime())) throw new Error("invalid schedule time");
      const fireAt = at.toISOString();
      const item: StoredSchedule = {
        name,
        fireAt,
        target: { conferenceId: target.conferenceId, kind: target.kind },
        status: "pending",
        attempts: 0,
      };
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.schedule(name), ...keys.schedulesDue(fireAt, name), ...item },
        }),
      );
    },
    async remove(name) {
      await db.send(new DeleteCommand({ TableName: tableName, Key: keys.schedule(name) }));
    },
    /** Polls right away (what came due while stopped fires now), then every `pollMs`; a second call is a no-op. */
    start() {
      if (running) return;
      running = true;
      started++;
      loop(started);
    },
    /** Stops polling and waits for the poll (and its `fire` calls) in progress. */
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await Promise.all(inFlight);
    },
  };
}
