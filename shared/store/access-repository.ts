import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type { NewMail } from "../domain/mail.ts";
import type { ApiToken, Coordinator, Session, SignInRequest } from "../domain/people.ts";
import { auditPut, type NewAuditEntry } from "./audit.ts";
import { isConditionFailure, type TransactItem, transact } from "./dynamo-helpers.ts";
import { aboutPerson, keys, withoutKeys } from "./keys.ts";
import { queueMail } from "./outbox.ts";
import { queryAll } from "./query-all.ts";

/** Secrets (session ids, API tokens) are stored as their SHA-256 only; kept here for the callers that hash them. */
export { secretHash } from "../security/secret-hash.ts";
export type { SignInRequest };

const normalize = (email: string) => email.trim().toLowerCase();

/**
 * Coordinators, sign-in requests, sessions and personal API tokens: keys, queries, conditions, transactions.
 * When they are made and checked is decided in use-cases/sign-in.ts.
 */
export class AccessRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  async coordinator(email: string): Promise<Coordinator | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.coordinator(normalize(email)), ConsistentRead: true }),
    );
    return Item ? withoutKeys<Coordinator>(Item) : undefined;
  }

  async coordinators(): Promise<Coordinator[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.coordinatorsPartition },
    });
    return items.map((item) => withoutKeys<Coordinator>(item));
  }

  /**
   * The coordinator count, written once from the list where a table has none yet (tables from before the count).
   * Two first writers race harmlessly: both count the same list, and only one put succeeds.
   */
  private async ensureCount(): Promise<void> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.coordinatorCount, ConsistentRead: true }),
    );
    if (Item) return;
    const count = (await this.coordinators()).length;
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.coordinatorCount, count },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** Adds a coordinator (with the audit entry) and counts them; false when the address is one already. */
  async addCoordinator(coordinator: Coordinator, audit: NewAuditEntry | undefined, now: Date): Promise<boolean> {
    await this.ensureCount();
    const email = normalize(coordinator.email);
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.coordinator(email), ...keys.coordinatorsByEmail(email), ...coordinator, email },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      {
        Update: {
          TableName: this.tableName,
          Key: keys.coordinatorCount,
          UpdateExpression: "ADD #count :one",
          ExpressionAttributeNames: { "#count": "count" },
          ExpressionAttributeValues: { ":one": 1 },
        },
      },
    ];
    if (audit) items.push(auditPut(this.tableName, audit, now));
    return (await transact(this.db, items)).length === 0;
  }

  /**
   * Removes a coordinator (with the audit entry), never the last one: the count goes down in the same transaction,
   * on the condition that another coordinator stays. Two removals at once cannot both pass that condition.
   */
  async removeCoordinator(email: string, audit: NewAuditEntry, now: Date): Promise<"removed" | "not_found" | "last"> {
    await this.ensureCount();
    const failed = await transact(this.db, [
      {
        Delete: {
          TableName: this.tableName,
          Key: keys.coordinator(normalize(email)),
          ConditionExpression: "attribute_exists(pk)",
        },
      },
      {
        Update: {
          TableName: this.tableName,
          Key: keys.coordinatorCount,
          UpdateExpression: "ADD #count :minusOne",
          ConditionExpression: "#count > :one",
          ExpressionAttributeNames: { "#count": "count" },
          ExpressionAttributeValues: { ":minusOne": -1, ":one": 1 },
        },
      },
      auditPut(this.tableName, audit, now),
    ]);
    if (failed.includes(0)) return "not_found";
    if (failed.includes(1)) return "last";
    return "removed";
  }

  /** A sign-in request and its mail, in one transaction. */
  async createSignInRequest(request: SignInRequest, mail: NewMail<"sign_in_link">, now: Date): Promise<void> {
    await transact(this.db, [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.signInRequest(request.id), ...aboutPerson(request.email, "SIGNIN", request.id), ...request },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      queueMail(this.tableName, mail, now),
    ]);
  }

  async signInRequest(id: string): Promise<SignInRequest | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.signInRequest(id), ConsistentRead: true }),
    );
    return Item ? withoutKeys<SignInRequest>(Item) : undefined;
  }

  /**
   * Uses a sign-in request once: marks it used and creates the session, with the audit entry, in one transaction.
   * False when it was used before (or is gone): a link opens one session, ever.
   */
  async useSignInRequest(
    id: string,
    sessionIdHash: string,
    session: Session,
    audit: NewAuditEntry,
    now: Date,
  ): Promise<boolean> {
    const failed = await transact(this.db, [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.signInRequest(id),
          UpdateExpression: "SET usedAt = :now",
          ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(usedAt)",
          ExpressionAttributeValues: { ":now": now.toISOString() },
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.session(sessionIdHash),
            ...keys.sessionsOf(session.email, session.createdAt),
            ...session,
            expiresAt: Math.min(session.idleExpiresAt, session.absoluteExpiresAt),
          },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      auditPut(this.tableName, audit, now),
    ]);
    return failed.length === 0;
  }

  async session(idHash: string): Promise<Session | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.session(idHash), ConsistentRead: true }),
    );
    return Item ? withoutKeys<Session>(Item) : undefined;
  }

  /** Moves a session's idle end on; the TTL follows (never past the absolute end). */
  async touchSession(idHash: string, session: Session, idleExpiresAt: number, now: Date): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.session(idHash),
          UpdateExpression: "SET lastSeenAt = :now, idleExpiresAt = :idle, expiresAt = :ttl",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeValues: {
            ":now": now.toISOString(),
            ":idle": idleExpiresAt,
            ":ttl": Math.min(idleExpiresAt, session.absoluteExpiresAt),
          },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error; // ended meanwhile: nothing to move on
    }
  }

  /** A person's sessions, newest first. */
  async sessionsOf(email: string): Promise<Session[]> {
    return this.ownedBy<Session>(keys.sessionsPartition(normalize(email)));
  }

  /** Ends one of a person's sessions by its public id (their own only); false when there is none. */
  async endSession(email: string, publicId: string, audit: NewAuditEntry, now: Date): Promise<boolean> {
    const item = await this.ownedOne(keys.sessionsPartition(normalize(email)), publicId);
    if (!item) return false;
    const failed = await transact(this.db, [
      {
        Delete: {
          TableName: this.tableName,
          Key: { pk: item.pk, sk: item.sk },
          ConditionExpression: "attribute_exists(pk) AND email = :email",
          ExpressionAttributeValues: { ":email": normalize(email) },
        },
      },
      auditPut(this.tableName, audit, now),
    ]);
    return failed.length === 0;
  }

  /**
   * Ends every session of a person (their second factor was reset, they are no coordinator any more): they sign in
   * again. Returns how many ended.
   */
  async endAllSessions(email: string): Promise<number> {
    return this.deleteAllIn(keys.sessionsPartition(normalize(email)));
  }

  /** Ends every personal API token of a person (they are no coordinator any more). Returns how many ended. */
  async endAllApiTokens(email: string): Promise<number> {
    return this.deleteAllIn(keys.apiTokensPartition(normalize(email)));
  }

  private async deleteAllIn(gsi1pk: string): Promise<number> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": gsi1pk },
    });
    for (const item of items) {
      await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: item.pk, sk: item.sk } }));
    }
    return items.length;
  }

  /**
   * Sends every session of a person back to the second step (they became a coordinator: the rights need a session
   * verified with a second factor). Returns how many were sent back.
   */
  async requireSecondFactorEverywhere(email: string): Promise<number> {
    const sessions = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.sessionsPartition(normalize(email)) },
    });
    let sent = 0;
    for (const item of sessions) {
      const idHash = String(item.pk).slice("SESSION#".length);
      if (await this.requireSecondFactor(idHash)) sent++;
    }
    return sent;
  }

  /**
   * The second step is passed: the step-one session is replaced by a new one under a new id (so a cookie known
   * before the second factor, however it leaked, opens nothing), in one transaction. False when the step-one
   * session ended meanwhile.
   */
  async promoteSession(oldIdHash: string, newIdHash: string, session: Session): Promise<boolean> {
    const failed = await transact(this.db, [
      {
        Delete: {
          TableName: this.tableName,
          Key: keys.session(oldIdHash),
          ConditionExpression: "attribute_exists(pk)",
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.session(newIdHash),
            ...keys.sessionsOf(session.email, session.createdAt),
            ...session,
            expiresAt: Math.min(session.idleExpiresAt, session.absoluteExpiresAt),
          },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
    ]);
    return failed.length === 0;
  }

  /**
   * The session goes back to the second step (to set up a factor there, or to confirm it again before something
   * that needs a fresh one); afterwards the person lands on `returnTo`. False when it ended meanwhile.
   */
  async requireSecondFactor(idHash: string, returnTo?: string): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.session(idHash),
          UpdateExpression: returnTo
            ? "SET secondFactor = :pending, returnTo = :returnTo"
            : "SET secondFactor = :pending REMOVE returnTo",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeValues: { ":pending": "pending", ...(returnTo ? { ":returnTo": returnTo } : {}) },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Signing out: the session goes on the server, whatever the cookie does. */
  async deleteSession(idHash: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: keys.session(idHash) }));
  }

  async createApiToken(tokenHash: string, token: ApiToken, audit: NewAuditEntry, now: Date): Promise<void> {
    await transact(this.db, [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.apiToken(tokenHash), ...keys.apiTokensOf(token.email, token.createdAt), ...token },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      auditPut(this.tableName, audit, now),
    ]);
  }

  async apiToken(tokenHash: string): Promise<ApiToken | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.apiToken(tokenHash), ConsistentRead: true }),
    );
    return Item ? withoutKeys<ApiToken>(Item) : undefined;
  }

  async markApiTokenUsed(tokenHash: string, now: Date): Promise<void> {
    await this.db
      .send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.apiToken(tokenHash),
          UpdateExpression: "SET lastUsedAt = :now",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeValues: { ":now": now.toISOString() },
        }),
      )
      .catch((error) => {
        if (!isConditionFailure(error)) throw error;
      });
  }

  async apiTokensOf(email: string): Promise<ApiToken[]> {
    return this.ownedBy<ApiToken>(keys.apiTokensPartition(normalize(email)));
  }

  /** Revokes one of a person's tokens by its public id; false when there is none. */
  async revokeApiToken(email: string, publicId: string, audit: NewAuditEntry, now: Date): Promise<boolean> {
    const item = await this.ownedOne(keys.apiTokensPartition(normalize(email)), publicId);
    if (!item) return false;
    return (
      (
        await transact(this.db, [
          {
            Delete: {
              TableName: this.tableName,
              Key: { pk: item.pk, sk: item.sk },
              ConditionExpression: "attribute_exists(pk)",
            },
          },
          auditPut(this.tableName, audit, now),
        ])
      ).length === 0
    );
  }

  /** The first coordinators, from the setting, when the table has none yet (a new deployment, a new `npm start`). */
  async seedCoordinators(emails: readonly string[], now: Date): Promise<number> {
    if (emails.length === 0 || (await this.coordinators()).length > 0) return 0;
    let added = 0;
    for (const email of emails) {
      const coordinator: Coordinator = { email: normalize(email), addedBy: "setting", addedAt: now.toISOString() };
      try {
        await this.db.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              ...keys.coordinator(coordinator.email),
              ...keys.coordinatorsByEmail(coordinator.email),
              ...coordinator,
            },
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        );
        added++;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    await this.ensureCount();
    return added;
  }

  /** A person's sessions or API tokens (gsi1, by their address), newest first. */
  private async ownedBy<T>(partition: string): Promise<T[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk",
        ExpressionAttributeValues: { ":pk": partition },
        ScanIndexForward: false,
      }),
    );
    return Items.map((item) => withoutKeys<T>(item));
  }

  /** One of a person's sessions or API tokens by its public id, as stored (with its keys), if there is one. */
  private async ownedOne(partition: string, publicId: string): Promise<Record<string, unknown> | undefined> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk",
        FilterExpression: "publicId = :id",
        ExpressionAttributeValues: { ":pk": partition, ":id": publicId },
      }),
    );
    return Items[0];
  }
}

/** The coordinators as mail recipients; while the table has none yet, the first coordinators of the setting. */
export async function coordinatorRecipients(
  access: AccessRepository,
  firstCoordinators: readonly string[],
): Promise<{ name?: string; email: string }[]> {
  const listed = await access.coordinators();
  if (listed.length === 0) return firstCoordinators.map((email) => ({ email }));
  return listed.map((c) => (c.name ? { name: c.name, email: c.email } : { email: c.email }));
}
