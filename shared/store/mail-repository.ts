import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { berlinToday } from "../domain/berlin-time.ts";
import type { NewMail, OutboxMail } from "../domain/mail.ts";
import type { AttentionStatus, MailStatus } from "../domain/mail-delivery.ts";
import { PERSONAL_DATA_RETENTION } from "../domain/retention.ts";
import { auditPut } from "./audit.ts";
import { countQuery, isConditionFailure, transact } from "./dynamo-helpers.ts";
import { keys, withoutKeys } from "./keys.ts";
import { queueMail } from "./outbox.ts";
import { queryAll } from "./query-all.ts";

const DAY_MS = 86_400_000;
/** A sent mail stays 30 days (to see that it went out), a failed or uncertain one 90 (for a person to act on it). */
const SENT_MAIL_DAYS = PERSONAL_DATA_RETENTION.sentMailDays;
const ATTENTION_MAIL_DAYS = PERSONAL_DATA_RETENTION.failedMailDays;
const epochSeconds = (ms: number) => Math.floor(ms / 1000);

export type RetryResult =
  | { outcome: "retried"; mail: OutboxMail }
  | { outcome: "not_found" }
  | { outcome: "conflict"; mail: OutboxMail };

export interface MailPage {
  items: OutboxMail[];
  nextKey?: Record<string, unknown>;
}

/**
 * The outbox mail items and every change of their state (see shared/domain/mail-delivery.ts). Each transition
 * is a conditional update on the status it leaves, so two workers can never both move the same mail, and each
 * moves the mail to its status's place in gsi2 (`MAIL#<status>`, sorted by the time that matters there).
 */
export class MailRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  async get(id: string): Promise<OutboxMail | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.mail(id), ConsistentRead: true }),
    );
    return Item ? withoutKeys<OutboxMail>(Item) : undefined;
  }

  /**
   * Queues one mail on its own, not as part of a change (a mailing's fan-out): false when a mail with this id was
   * queued before. Only "it exists" counts as that; any other failure is thrown, so no recipient is skipped silently.
   */
  async queue(mail: NewMail, now: Date): Promise<boolean> {
    const { Put } = queueMail(this.tableName, mail, now);
    if (!Put) throw new Error("queueMail returned no Put");
    try {
      await this.db.send(new PutCommand(Put));
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Whether a mail with this id exists (e.g. who was invited, for a cancellation). */
  async exists(id: string): Promise<boolean> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.mail(id), ProjectionExpression: "pk" }),
    );
    return Item !== undefined;
  }

  /** queued → sending, counting the try; undefined when the mail is not queued (sent, taken by another, …). */
  async claim(id: string, now: Date): Promise<OutboxMail | undefined> {
    const at = now.toISOString();
    try {
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.mail(id),
          UpdateExpression:
            "SET #status = :sending, attempts = attempts + :one, claimedAt = :now, gsi2pk = :pk, gsi2sk = :sk",
          ConditionExpression: "#status = :queued",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: {
            ":sending": "sending",
            ":queued": "queued",
            ":one": 1,
            ":now": at,
            ":pk": keys.mailsByStatus("sending", at, id).gsi2pk,
            ":sk": keys.mailsByStatus("sending", at, id).gsi2sk,
          },
          ReturnValues: "ALL_NEW",
        }),
      );
      return Attributes ? withoutKeys<OutboxMail>(Attributes) : undefined;
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  /** sending → sent. */
  async markSent(id: string, messageId: string, now: Date): Promise<void> {
    await this.leaveSending(id, "sent", now, {
      set: { sentAt: now.toISOString(), messageId, expiresAt: epochSeconds(now.getTime() + SENT_MAIL_DAYS * DAY_MS) },
      remove: ["lastError", "nextAttemptAt"],
    });
  }

  /**
   * Adds a mail's end to its Berlin day's counts for the annual report (issue 23): an atomic ADD apart from the
   * mail's own write, so parallel senders never conflict. The mail's record goes after 30 or 90 days; the count stays.
   */
  async tally(outcome: "sent" | "failed" | "uncertain", now: Date): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.reportDay(berlinToday(now)),
        UpdateExpression: "ADD #outcome :one",
        ExpressionAttributeNames: { "#outcome": outcome },
        ExpressionAttributeValues: { ":one": 1 },
      }),
    );
  }

  /** sending → queued again after a transient failure, due at `nextAttemptAt`; the first failure is kept. */
  async markRetry(id: string, reason: string, nextAttemptAt: Date, now: Date): Promise<void> {
    const due = nextAttemptAt.toISOString();
    await this.leaveSending(id, "queued", nextAttemptAt, {
      set: { lastError: reason, nextAttemptAt: due },
      setIfMissing: { firstFailedAt: now.toISOString() },
    });
  }

  /** sending → failed, with the reason (SES's own words, or the end of the retry window). */
  async markFailed(id: string, reason: string, now: Date): Promise<void> {
    await this.leaveSending(id, "failed", now, {
      set: {
        failedAt: now.toISOString(),
        failedReason: reason,
        expiresAt: epochSeconds(now.getTime() + ATTENTION_MAIL_DAYS * DAY_MS),
      },
      remove: ["nextAttemptAt"],
    });
  }

  /**
   * sending → uncertain: it may have gone out. With `claimedAt`, only if the mail is still in the claim that was
   * seen (the sweep must not take a mail that a live worker claimed again in the meantime). False when it was not.
   */
  async markUncertain(id: string, reason: string, now: Date, claimedAt?: string): Promise<boolean> {
    try {
      await this.leaveSending(
        id,
        "uncertain",
        now,
        {
          set: {
            uncertainAt: now.toISOString(),
            uncertainReason: reason,
            expiresAt: epochSeconds(now.getTime() + ATTENTION_MAIL_DAYS * DAY_MS),
          },
          remove: ["nextAttemptAt"],
        },
        claimedAt,
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Mails claimed before `before` and still sending: their worker died (the sweep makes them uncertain). */
  async staleSending(before: Date): Promise<OutboxMail[]> {
    return this.inStatusBefore("sending", before);
  }

  /** Queued mails due before `before`: their queue message is late or lost (the sweep queues them again). */
  async dueQueued(before: Date): Promise<OutboxMail[]> {
    return this.inStatusBefore("queued", before);
  }

  /** How many mails are in a status: one counting Query on gsi2. */
  async count(status: MailStatus): Promise<number> {
    return countQuery(this.db, {
      TableName: this.tableName,
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.mailsStatusPartition(status) },
    });
  }

  /** The mails in one status, newest first, page by page (coordinators see failed and uncertain ones). */
  async list(status: MailStatus, limit: number, startKey?: Record<string, unknown>): Promise<MailPage> {
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: "gsi2",
        KeyConditionExpression: "gsi2pk = :pk",
        ExpressionAttributeValues: { ":pk": keys.mailsStatusPartition(status) },
        ScanIndexForward: false,
        Limit: limit,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    const items = (page.Items ?? []).map((item) => withoutKeys<OutboxMail>(item));
    return page.LastEvaluatedKey ? { items, nextKey: page.LastEvaluatedKey } : { items };
  }

  /**
   * A coordinator sends a failed or uncertain mail again: back to queued (the stream hands it to the queue), with
   * a fresh retry window, recorded on the mail and in the audit log in one transaction.
   */
  async retry(id: string, by: string, now: Date): Promise<RetryResult> {
    const mail = await this.get(id);
    if (!mail) return { outcome: "not_found" };
    if (mail.status !== "failed" && mail.status !== "uncertain") return { outcome: "conflict", mail };
    const at = now.toISOString();
    const from: AttentionStatus = mail.status;
    const reason = from === "failed" ? mail.failedReason : mail.uncertainReason;
    const entry = { at, by, from, ...(reason ? { reason } : {}) };
    const index = keys.mailsByStatus("queued", at, id);
    const failed = await transact(this.db, [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.mail(id),
          UpdateExpression:
            "SET #status = :queued, gsi2pk = :pk, gsi2sk = :sk, retries = list_append(if_not_exists(retries, :none), :entry) " +
            "REMOVE firstFailedAt, nextAttemptAt, failedAt, failedReason, uncertainAt, uncertainReason, lastError, expiresAt",
          ConditionExpression: "#status = :seen",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: {
            ":queued": "queued",
            ":seen": from,
            ":pk": index.gsi2pk,
            ":sk": index.gsi2sk,
            ":none": [],
            ":entry": [entry],
          },
        },
      },
      auditPut(
        this.tableName,
        {
          at,
          actor: by,
          action: "mail.retry",
          subject: { type: "mail", id },
          before: { status: from, ...(reason ? { reason } : {}) },
          after: { status: "queued" },
        },
        now,
      ),
    ]);
    if (failed.length > 0) {
      const again = await this.get(id);
      return again ? { outcome: "conflict", mail: again } : { outcome: "not_found" };
    }
    return { outcome: "retried", mail: (await this.get(id)) as OutboxMail };
  }

  private async inStatusBefore(status: MailStatus, before: Date): Promise<OutboxMail[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :pk AND gsi2sk < :before",
      ExpressionAttributeValues: { ":pk": keys.mailsStatusPartition(status), ":before": before.toISOString() },
    });
    return items.map((item) => withoutKeys<OutboxMail>(item));
  }

  /** One conditional move out of `sending`; the gsi2 place follows the new status and `at`. */
  private async leaveSending(
    id: string,
    status: Exclude<MailStatus, "sending">,
    at: Date,
    change: { set: Record<string, unknown>; setIfMissing?: Record<string, unknown>; remove?: string[] },
    claimedAt?: string,
  ): Promise<void> {
    const index = keys.mailsByStatus(status, at.toISOString(), id);
    const values: Record<string, unknown> = {
      ":status": status,
      ":sending": "sending",
      ":pk": index.gsi2pk,
      ":sk": index.gsi2sk,
    };
    const sets = ["#status = :status", "gsi2pk = :pk", "gsi2sk = :sk"];
    for (const [name, value] of Object.entries(change.set)) {
      sets.push(`${name} = :${name}`);
      values[`:${name}`] = value;
    }
    for (const [name, value] of Object.entries(change.setIfMissing ?? {})) {
      sets.push(`${name} = if_not_exists(${name}, :${name})`);
      values[`:${name}`] = value;
    }
    if (claimedAt) values[":claimedAt"] = claimedAt;
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.mail(id),
        UpdateExpression: `SET ${sets.join(", ")}${change.remove?.length ? ` REMOVE ${change.remove.join(", ")}` : ""}`,
        ConditionExpression: claimedAt ? "#status = :sending AND claimedAt = :claimedAt" : "#status = :sending",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: values,
      }),
    );
  }
}
