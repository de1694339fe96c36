import { type DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { AttendanceEntry } from "../domain/attendance.ts";
import type { Conference } from "../domain/conference.ts";
import { PERSONAL_DATA_RETENTION } from "../domain/retention.ts";
import { auditPut } from "./audit.ts";
import { type TransactItem, transact } from "./dynamo-helpers.ts";
import { aboutPerson, emailHash, keys, withoutKeysOrExpiry } from "./keys.ts";

/** DynamoDB takes at most 100 writes in one transaction; one of them is the audit entry. */
const CHUNK = 99;
const YEAR_SECONDS = 365 * 86_400;

/** An entry's state as the audit log holds it: the person by the hash of their address, never the address. */
const stateOf = (entry: AttendanceEntry | undefined) =>
  entry ? `${entry.status}${entry.deputy ? " (deputy)" : ""}` : null;

/**
 * Who was at an event (issue 21): one item per person under the event's partition (`ATT#<hash>`), tagged with
 * the person (gsi3) so an export finds it and an erasure replaces the name. Kept `attendanceYears` after the
 * event's end (TTL).
 */
export class AttendanceRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Every entry of an event, erased ones included: one Query on the event's partition. */
  async list(conferenceId: string): Promise<AttendanceEntry[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
          ExpressionAttributeValues: { ":pk": keys.conference(conferenceId).pk, ":prefix": keys.attendancePrefix },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items.map((item) => {
      return withoutKeysOrExpiry<AttendanceEntry>(item);
    });
  }

  /**
   * Checks one person in at the door (issue 22): their entry becomes `present`, with its audit entry
   * (`attendance.check_in`, the person by hash), unless it is `present` already: false then, nothing written.
   */
  async checkIn(
    event: Conference,
    person: { email: string; name: string; organisation?: string | null; deputy?: string | undefined },
    actor: string,
    now: Date,
  ): Promise<boolean> {
    const expiresAt =
      Math.floor(Date.parse(event.endsAt) / 1000) + PERSONAL_DATA_RETENTION.attendanceYears * YEAR_SECONDS;
    const stored: AttendanceEntry = {
      conferenceId: event.id,
      email: person.email,
      name: person.name,
      organisation: person.organisation ?? null,
      status: "present",
      ...(person.deputy ? { deputy: person.deputy } : {}),
      recordedAt: now.toISOString(),
      recordedBy: actor,
    };
    const failed = await transact(this.db, [
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.attendance(event.id, emailHash(person.email)),
            ...aboutPerson(person.email, "ATTENDANCE", event.id),
            ...stored,
            expiresAt,
          },
          ConditionExpression: "attribute_not_exists(pk) OR #status <> :present",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":present": "present" },
        },
      },
      auditPut(
        this.tableName,
        {
          at: now.toISOString(),
          actor,
          action: "attendance.check_in",
          subject: { type: "conference", id: event.id },
          after: { [emailHash(person.email)]: stateOf(stored) },
        },
        now,
      ),
    ]);
    return failed.length === 0;
  }

  /**
   * Makes the event's list the given one: new and changed entries are written, entries of people left out are
   * deleted, unchanged ones stay as recorded; an erased person's entry is never touched. Each transaction of up to
   * 99 writes carries its audit entry (`attendance.update`, the people by hash). Returns how many entries changed.
   */
  async replace(
    event: Conference,
    entries: readonly Omit<AttendanceEntry, "recordedAt" | "recordedBy" | "conferenceId">[],
    before: readonly AttendanceEntry[],
    actor: string,
    now: Date,
  ): Promise<number> {
    const was = new Map(before.flatMap((e) => (e.email ? [[e.email, e] as const] : [])));
    const expiresAt =
      Math.floor(Date.parse(event.endsAt) / 1000) + PERSONAL_DATA_RETENTION.attendanceYears * YEAR_SECONDS;
    const writes: { item: TransactItem; email: string; after: AttendanceEntry | undefined }[] = [];
    const kept = new Set<string>();
    for (const entry of entries) {
      if (!entry.email) continue;
      kept.add(entry.email);
      const old = was.get(entry.email);
      if (old && old.status === entry.status && old.deputy === entry.deputy) continue;
      const stored: AttendanceEntry = {
        conferenceId: event.id,
        email: entry.email,
        name: entry.name,
        organisation: entry.organisation ?? null,
        status: entry.status,
        ...(entry.deputy ? { deputy: entry.deputy } : {}),
        recordedAt: now.toISOString(),
        recordedBy: actor,
      };
      const item = {
        ...keys.attendance(event.id, emailHash(entry.email)),
        ...aboutPerson(entry.email, "ATTENDANCE", event.id),
        ...stored,
        expiresAt,
      };
      writes.push({ item: { Put: { TableName: this.tableName, Item: item } }, email: entry.email, after: stored });
    }
    for (const [email] of was) {
      if (kept.has(email)) continue;
      const Key = keys.attendance(event.id, emailHash(email));
      writes.push({ item: { Delete: { TableName: this.tableName, Key } }, email, after: undefined });
    }
    for (let start = 0; start < writes.length; start += CHUNK) {
      const chunk = writes.slice(start, start + CHUNK);
      const audit = auditPut(
        this.tableName,
        {
          at: now.toISOString(),
          actor,
          action: "attendance.update",
          subject: { type: "conference", id: event.id },
          before: Object.fromEntries(chunk.map((w) => [emailHash(w.email), stateOf(was.get(w.email))])),
          after: Object.fromEntries(chunk.map((w) => [emailHash(w.email), stateOf(w.after)])),
        },
        now,
      );
      const failed = await transact(this.db, [...chunk.map((w) => w.item), audit]);
      if (failed.length > 0) throw new Error("An attendance write's condition failed unexpectedly.");
    }
    return writes.length;
  }
}
