import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type { NewMail } from "../domain/mail.ts";
import type { PasskeyRecord, SecondFactorRecord } from "../domain/second-factor.ts";
import { auditPut, type NewAuditEntry } from "./audit.ts";
import { isConditionFailure, type TransactItem, transact } from "./dynamo-helpers.ts";
import { aboutPerson, keys, withoutKeys } from "./keys.ts";
import { queueMail } from "./outbox.ts";

/**
 * A person's second factor: one item per person. Every change that a person should know of is written with its
 * audit entry and its mail to the person in one transaction (`transact` reports a failed condition by its index,
 * it does not throw); the counters (failures, the last code's time step, a recovery code's use) are conditional
 * updates, so two requests at once cannot both use one code.
 *
 * The lock holds against parallel guesses: every attempt is first reserved (`reserveAttempt`: one conditional
 * update that counts it, only while the step is not locked and fewer than the limit are counted), and every use of
 * a code or passkey is conditional on the lock too. However many requests arrive at once, at most `maxFailures`
 * codes are ever checked per lock.
 */
/** The second step is not locked (never was, or the lock is over); `:nowSeconds` is now in epoch seconds. */
const NOT_LOCKED = "(attribute_not_exists(lockedUntil) OR lockedUntil <= :nowSeconds)";
const nowSeconds = (now: Date) => Math.floor(now.getTime() / 1000);

export type Reservation = { ok: true; count: number } | { ok: false; record?: SecondFactorRecord };

export class SecondFactorRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(email: string): Promise<SecondFactorRecord | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.secondFactor(email), ConsistentRead: true }),
    );
    return Item ? withoutKeys<SecondFactorRecord>(Item) : undefined;
  }

  /**
   * Enrolment: the authenticator and fresh recovery codes, only while the person has no factor (no item, or one
   * whose factors were all removed). False when a factor appeared meanwhile: two racing enrolments cannot
   * replace each other's factor, and nobody can replace an existing one through this path.
   */
  async enrol(record: SecondFactorRecord, audit: NewAuditEntry, mail: NewMail, now: Date): Promise<boolean> {
    const failed = await transact(this.db, [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.secondFactor(record.email), ...aboutPerson(record.email, "MFA", "factor"), ...record },
          ConditionExpression:
            "attribute_not_exists(pk) OR (attribute_not_exists(totp) AND (attribute_not_exists(passkeys) OR size(passkeys) = :zero))",
          ExpressionAttributeValues: { ":zero": 0 },
        },
      },
      auditPut(this.tableName, audit, now),
      queueMail(this.tableName, mail, now),
    ]);
    return failed.length === 0;
  }

  /** Removes the factor (the person's own removal, or a coordinator's reset). False when there was none. */
  async remove(email: string, audit: NewAuditEntry, mail: NewMail, now: Date): Promise<boolean> {
    const failed = await transact(this.db, [
      {
        Delete: {
          TableName: this.tableName,
          Key: keys.secondFactor(email),
          ConditionExpression: "attribute_exists(pk)",
        },
      },
      auditPut(this.tableName, audit, now),
      queueMail(this.tableName, mail, now),
    ]);
    return failed.length === 0;
  }

  /**
   * Removes one factor: the authenticator app (`totp`) or the passkey at `index` (only if it still has `id`). With
   * its audit entry and mail. False when it was not there (any more).
   */
  async removeOne(
    email: string,
    which: { kind: "totp" } | { kind: "passkey"; index: number; id: string },
    audit: NewAuditEntry,
    mail: NewMail,
    now: Date,
  ): Promise<boolean> {
    const update: TransactItem =
      which.kind === "totp"
        ? {
            Update: {
              TableName: this.tableName,
              Key: keys.secondFactor(email),
              UpdateExpression: "REMOVE totp SET updatedAt = :now",
              ConditionExpression: "attribute_exists(totp)",
              ExpressionAttributeValues: { ":now": now.toISOString() },
            },
          }
        : {
            Update: {
              TableName: this.tableName,
              Key: keys.secondFactor(email),
              UpdateExpression: `REMOVE passkeys[${which.index}] SET updatedAt = :now`,
              ConditionExpression: `passkeys[${which.index}].id = :id`,
              ExpressionAttributeValues: { ":now": now.toISOString(), ":id": which.id },
            },
          };
    const failed = await transact(this.db, [
      update,
      auditPut(this.tableName, audit, now),
      queueMail(this.tableName, mail, now),
    ]);
    return failed.length === 0;
  }

  /**
   * Reserves one attempt at the second step before anything is checked: counts it, only while the step is not
   * locked and fewer than `max` attempts are counted. Not ok: locked, or the limit is reached by attempts still
   * being checked (with the record as it is now, to tell which).
   */
  async reserveAttempt(email: string, max: number, now: Date): Promise<Reservation> {
    try {
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.secondFactor(email),
          UpdateExpression: "ADD failures :one SET attemptedAt = :now",
          ConditionExpression: `attribute_exists(pk) AND ${NOT_LOCKED} AND (attribute_not_exists(failures) OR failures < :max)`,
          ExpressionAttributeValues: {
            ":one": 1,
            ":max": max,
            ":now": now.toISOString(),
            ":nowSeconds": nowSeconds(now),
          },
          ReturnValues: "UPDATED_NEW",
        }),
      );
      return { ok: true, count: Number(Attributes?.failures ?? 1) };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const record = await this.get(email);
      return record ? { ok: false, record } : { ok: false };
    }
  }

  /** Accepts a code's time step once, while the step is not locked: false when this step (or a later one) was used. */
  async useStep(email: string, step: number, now: Date): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.secondFactor(email),
          UpdateExpression: "SET totp.lastStep = :step, totp.lastUsedAt = :now, failures = :zero",
          ConditionExpression: `totp.lastStep < :step AND ${NOT_LOCKED}`,
          ExpressionAttributeValues: {
            ":step": step,
            ":now": now.toISOString(),
            ":zero": 0,
            ":nowSeconds": nowSeconds(now),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /**
   * Uses a recovery code once (its hash goes), while the step is not locked, with its audit entry and mail. False
   * when it is not (any more) there, or the step is locked.
   */
  async useRecoveryCode(
    email: string,
    codeHash: string,
    audit: NewAuditEntry,
    mail: NewMail,
    now: Date,
  ): Promise<boolean> {
    const failed = await transact(this.db, [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.secondFactor(email),
          UpdateExpression: "REMOVE recoveryCodes.#code SET failures = :zero",
          ConditionExpression: `attribute_exists(recoveryCodes.#code) AND ${NOT_LOCKED}`,
          ExpressionAttributeNames: { "#code": codeHash },
          ExpressionAttributeValues: { ":zero": 0, ":nowSeconds": nowSeconds(now) },
        },
      },
      auditPut(this.tableName, audit, now),
      queueMail(this.tableName, mail, now),
    ]);
    return failed.length === 0;
  }

  /**
   * Locks the second step until `until` (epoch seconds), with its audit entry and mail; the count starts again.
   * Only once: while `max` attempts are counted and no lock holds. False when another request locked it first or
   * a right code reset the count meanwhile.
   */
  async lock(
    email: string,
    max: number,
    until: number,
    audit: NewAuditEntry,
    mail: NewMail,
    now: Date,
  ): Promise<boolean> {
    const failed = await transact(this.db, [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.secondFactor(email),
          UpdateExpression: "SET lockedUntil = :until, failures = :zero",
          ConditionExpression: `failures >= :max AND ${NOT_LOCKED}`,
          ExpressionAttributeValues: { ":until": until, ":zero": 0, ":max": max, ":nowSeconds": nowSeconds(now) },
        },
      },
      auditPut(this.tableName, audit, now),
      queueMail(this.tableName, mail, now),
    ]);
    return failed.length === 0;
  }

  /**
   * Adds a passkey: to the existing record (the list as read must be unchanged), or as a new record with its
   * recovery codes. With its audit entry and mail. False when the record changed meanwhile.
   */
  async addPasskey(
    email: string,
    passkey: PasskeyRecord,
    fresh: SecondFactorRecord | undefined,
    audit: NewAuditEntry,
    mail: NewMail,
    now: Date,
  ): Promise<boolean> {
    const write: TransactItem = fresh
      ? {
          Put: {
            TableName: this.tableName,
            Item: {
              ...keys.secondFactor(email),
              ...aboutPerson(email, "MFA", "factor"),
              ...fresh,
              passkeys: [passkey],
            },
            ConditionExpression: "attribute_not_exists(pk)",
          },
        }
      : {
          Update: {
            TableName: this.tableName,
            Key: keys.secondFactor(email),
            UpdateExpression: "SET passkeys = list_append(if_not_exists(passkeys, :none), :one), updatedAt = :now",
            ConditionExpression: "attribute_exists(pk)",
            ExpressionAttributeValues: { ":none": [], ":one": [passkey], ":now": now.toISOString() },
          },
        };
    const failed = await transact(this.db, [
      write,
      auditPut(this.tableName, audit, now),
      queueMail(this.tableName, mail, now),
    ]);
    return failed.length === 0;
  }

  /**
   * A passkey's new signature counter, only if it still has the one read (two uses of one signature: one wins) and
   * the step is not locked.
   */
  async usePasskey(email: string, index: number, oldCounter: number, newCounter: number, now: Date): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.secondFactor(email),
          UpdateExpression: `SET passkeys[${index}].#counter = :new, passkeys[${index}].lastUsedAt = :now, failures = :zero`,
          ConditionExpression: `passkeys[${index}].#counter = :old AND ${NOT_LOCKED}`,
          ExpressionAttributeNames: { "#counter": "counter" },
          ExpressionAttributeValues: {
            ":new": newCounter,
            ":old": oldCounter,
            ":now": now.toISOString(),
            ":zero": 0,
            ":nowSeconds": nowSeconds(now),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** A WebAuthn challenge, usable once within five minutes. */
  async putChallenge(email: string, purpose: "register" | "authenticate", challenge: string, now: Date): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.webAuthnChallenge(challenge),
          email,
          purpose,
          expiresAt: Math.floor(now.getTime() / 1000) + 300,
        },
      }),
    );
  }

  /** Takes a challenge: true once, if it was made for this person and purpose and has not expired. */
  async takeChallenge(
    email: string,
    purpose: "register" | "authenticate",
    challenge: string,
    now: Date,
  ): Promise<boolean> {
    try {
      await this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.webAuthnChallenge(challenge),
          ConditionExpression: "email = :email AND purpose = :purpose AND expiresAt > :now",
          ExpressionAttributeValues: { ":email": email, ":purpose": purpose, ":now": Math.floor(now.getTime() / 1000) },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Only for a person's erasure: the item goes with the rest of their data. */
  async delete(email: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: keys.secondFactor(email) }));
  }
}
