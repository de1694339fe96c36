import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { GetCommand, QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { Rsvp } from "../domain/conference.ts";
import {
  EVENT_LIST,
  emptyCount,
  type PlaceCount,
  type RegistrationWrite,
  type WaitingEntry,
} from "../domain/places.ts";
import { auditPut } from "./audit.ts";
import type { TransactItem } from "./dynamo-helpers.ts";
import { aboutPerson, emailHash, keys, withoutKeys } from "./keys.ts";
import { queueMail } from "./outbox.ts";
import { queryAll } from "./query-all.ts";

const rankOf = (sk: string) => Number(sk.slice(sk.lastIndexOf("#") + 1));

/** One person's answer to an event (by the key of their address), read consistently. */
export async function readRsvp(
  db: DynamoDBDocumentClient,
  tableName: string,
  conferenceId: string,
  personKey: string,
): Promise<Rsvp | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.rsvp(conferenceId, personKey), ConsistentRead: true }),
  );
  return Item ? withoutKeys<Rsvp>(Item) : undefined;
}

/** Every answer to an event: one Query on the event's partition, read consistently. */
export async function readRsvps(db: DynamoDBDocumentClient, tableName: string, conferenceId: string): Promise<Rsvp[]> {
  return (
    await queryAll(db, {
      TableName: tableName,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: { ":pk": keys.conference(conferenceId).pk, ":prefix": keys.rsvpPrefix },
      ConsistentRead: true,
    })
  ).map((item) => withoutKeys<Rsvp>(item));
}

/**
 * An event's places (issue 22): the counts of each list (`PLACES#<list>`), the waiting lists in order
 * (`QUEUE#<list>#<rank>`, holding only the person's key) and the answers themselves. A registration is one
 * transaction: the answer, the counts of every list it touches, the waiting-list entries, the mail it causes and
 * the audit entry, conditional on the counts' versions and the answer's revision as they were read, and on the
 * event being unchanged. Two answers at once: one is written, the other reads again (see use-cases/registrations.ts).
 */
export class PlacesRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The counts of the given lists, read consistently; a list nobody joined yet counts nothing. */
  async counts(conferenceId: string, lists: readonly string[]): Promise<Map<string, PlaceCount>> {
    const read = await Promise.all(
      lists.map(async (list) => {
        const { Item } = await this.db.send(
          new GetCommand({ TableName: this.tableName, Key: keys.places(conferenceId, list), ConsistentRead: true }),
        );
        if (Item) return withoutKeys<PlaceCount>(Item);
        return list === EVENT_LIST ? await this.legacyCount(conferenceId) : emptyCount(list);
      }),
    );
    return new Map(read.map((count) => [count.list, count]));
  }

  /**
   * The event's count before its first registration: answers from before places were counted (a "yes" without a
   * status) hold places already.
   */
  private async legacyCount(conferenceId: string): Promise<PlaceCount> {
    const rsvps = await this.rsvps(conferenceId);
    return { ...emptyCount(EVENT_LIST), confirmed: rsvps.filter((r) => r.answer === "yes" && !r.status).length };
  }

  rsvp(conferenceId: string, personKey: string): Promise<Rsvp | undefined> {
    return readRsvp(this.db, this.tableName, conferenceId, personKey);
  }

  rsvpOf(conferenceId: string, email: string): Promise<Rsvp | undefined> {
    return readRsvp(this.db, this.tableName, conferenceId, emailHash(email));
  }

  rsvps(conferenceId: string): Promise<Rsvp[]> {
    return readRsvps(this.db, this.tableName, conferenceId);
  }

  /** A list's waiting list in order (first first): ranks and the people's keys. */
  async waiting(conferenceId: string, list: string, limit?: number): Promise<WaitingEntry[]> {
    const query = {
      TableName: this.tableName,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: { ":pk": keys.conference(conferenceId).pk, ":prefix": keys.queuePrefix(list) },
      ConsistentRead: true,
    };
    const items = limit
      ? ((await this.db.send(new QueryCommand({ ...query, Limit: limit }))).Items ?? [])
      : await queryAll(this.db, query);
    return items.map((item) => ({ rank: rankOf(String(item.sk)), personKey: String(item.person) }));
  }

  /** A person's place on a list's waiting list: 1 for the first. */
  async position(conferenceId: string, list: string, rank: number): Promise<number> {
    const { pk } = keys.conference(conferenceId);
    let count = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
          ExpressionAttributeValues: {
            ":pk": pk,
            ":from": keys.queuePrefix(list),
            ":to": keys.queue(conferenceId, list, rank).sk,
          },
          Select: "COUNT",
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      count += page.Count ?? 0;
      start = page.LastEvaluatedKey;
    } while (start);
    return count;
  }

  /**
   * Writes a registration at once, or nothing: `conflict` when the counts or the answer changed since they were
   * read (or another transaction held them), `event_changed` when the event did; the caller reads again.
   */
  async write(w: RegistrationWrite, now: Date): Promise<"written" | "conflict" | "event_changed"> {
    const id = w.conference.id;
    const items: TransactItem[] = [
      {
        ConditionCheck: {
          TableName: this.tableName,
          Key: keys.conference(id),
          ConditionExpression: "updatedAt = :seen",
          ExpressionAttributeValues: { ":seen": w.conference.updatedAt },
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.rsvp(id, emailHash(w.rsvp.email)),
            ...aboutPerson(w.rsvp.email, "RSVP", id),
            ...w.rsvp,
          },
          ...(w.revisionBefore === undefined
            ? { ConditionExpression: "attribute_not_exists(pk) OR attribute_not_exists(revision)" }
            : {
                ConditionExpression: "revision = :revision",
                ExpressionAttributeValues: { ":revision": w.revisionBefore },
              }),
        },
      },
    ];
    for (const count of w.counts) {
      const item = { ...keys.places(id, count.list), ...count, version: count.version + 1 };
      items.push({
        Put: {
          TableName: this.tableName,
          Item: item,
          ...(count.version === 0
            ? { ConditionExpression: "attribute_not_exists(pk)" }
            : { ConditionExpression: "version = :version", ExpressionAttributeValues: { ":version": count.version } }),
        },
      });
    }
    const person = emailHash(w.rsvp.email);
    for (const entry of w.remove) {
      items.push({ Delete: { TableName: this.tableName, Key: keys.queue(id, entry.list, entry.rank) } });
    }
    for (const entry of w.put) {
      items.push({
        Put: {
          TableName: this.tableName,
          Item: { ...keys.queue(id, entry.list, entry.rank), person },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      });
    }
    if (w.mail) items.push(queueMail(this.tableName, w.mail, now));
    if (w.audit) items.push(auditPut(this.tableName, w.audit, now));
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
      return "written";
    } catch (error) {
      // A condition that no longer holds, or another transaction on the same items: read again and retry.
      if ((error as Error).name !== "TransactionCanceledException") throw error;
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
      return reasons?.[0]?.Code === "ConditionalCheckFailed" ? "event_changed" : "conflict";
    }
  }

  /**
   * Takes a waiting-list entry whose answer is gone (the person's data was erased) off the list, with the count
   * of waiting people, conditional on the count as read.
   */
  async dropStale(conferenceId: string, entry: { list: string; rank: number }, count: PlaceCount): Promise<boolean> {
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Delete: { TableName: this.tableName, Key: keys.queue(conferenceId, entry.list, entry.rank) } },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.places(conferenceId, count.list),
                  ...count,
                  waiting: Math.max(0, count.waiting - 1),
                  version: count.version + 1,
                },
                ConditionExpression: "version = :version",
                ExpressionAttributeValues: { ":version": count.version },
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === "TransactionCanceledException") return false;
      throw error;
    }
  }
}
