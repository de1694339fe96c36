import { randomUUID } from "node:crypto";
import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type { Proposal } from "../domain/agenda.ts";
import type { Application } from "../domain/application.ts";
import { type AttendanceEntry, ERASED_NAME } from "../domain/attendance.ts";
import type { AuditEntry } from "../domain/audit.ts";
import type { Rsvp } from "../domain/conference.ts";
import type { OutboxMail } from "../domain/mail.ts";
import type { Task } from "../domain/minutes.ts";
import type { ApiToken, Session, SignInRequest } from "../domain/people.ts";
import type { Erasure, PersonRecords } from "../domain/person-records.ts";
import type { SecondFactorRecord } from "../domain/second-factor.ts";
import { emailHash, keys, personPartition, withoutKeys, withoutKeysOrExpiry } from "./keys.ts";
import { queryAll } from "./query-all.ts";
import { withdrawApplicationFact } from "./report-facts.ts";

type StoredItem = Record<string, unknown> & { pk: string; sk: string };

const normalize = (email: string) => email.trim().toLowerCase();
/** The items of one kind among a person's (the kind is the start of their gsi3 sort key, see keys.aboutPerson). */
const ofKind = (items: StoredItem[], kind: string) => items.filter((i) => String(i.gsi3sk).startsWith(`${kind}#`));
const keyOf = (item: StoredItem) => ({ pk: item.pk, sk: item.sk });

/** An audit entry as the person is shown it: without the keys and without its TTL. */
function auditEntryOf(item: StoredItem): AuditEntry {
  return withoutKeysOrExpiry<AuditEntry>(item);
}

/**
 * What a data subject request needs from the table beyond the other repositories: every record about one person
 * (gsi3, see keys.aboutPerson; their sessions and API tokens through gsi1), the audit entries about a thing, and
 * erasing a person: deleting their items and anonymising the audit entries about or by them.
 * Used only by the use cases in use-cases/person-data.ts.
 */
export class PersonDataRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  /** Applications, RSVPs, mails, sign-in requests, the second factor, what they did, sessions and API tokens. */
  async recordsAbout(email: string): Promise<PersonRecords> {
    const address = normalize(email);
    const [items, sessions, tokens] = await Promise.all([
      this.itemsAbout(address),
      this.indexed(keys.sessionsPartition(address)),
      this.indexed(keys.apiTokensPartition(address)),
    ]);
    const secondFactor = ofKind(items, "MFA")[0];
    return {
      applications: ofKind(items, "APP").map((i) => withoutKeys<Application>(i)),
      rsvps: ofKind(items, "RSVP").map((i) => withoutKeys<Rsvp>(i)),
      attendance: ofKind(items, "ATTENDANCE").map((i) => {
        return withoutKeysOrExpiry<AttendanceEntry>(i);
      }),
      tasks: ofKind(items, "TASK").map((i) => {
        return withoutKeysOrExpiry<Task>(i);
      }),
      proposals: ofKind(items, "PROPOSAL").map((i) => withoutKeys<Proposal>(i)),
      mails: ofKind(items, "MAIL").map((i) => withoutKeys<OutboxMail>(i)),
      signInRequests: ofKind(items, "SIGNIN").map((i) => withoutKeys<SignInRequest>(i)),
      ...(secondFactor ? { secondFactor: withoutKeys<SecondFactorRecord>(secondFactor) } : {}),
      auditEntries: ofKind(items, "AUDIT").map(auditEntryOf),
      sessions: sessions.map((i) => withoutKeys<Session>(i)),
      apiTokens: tokens.map((i) => withoutKeys<ApiToken>(i)),
    };
  }

  /** The audit entries about one thing (an application, a partner), oldest first, without their TTL. */
  async auditAbout(type: string, id: string): Promise<AuditEntry[]> {
    return (await this.auditItemsAbout(type, id)).map(auditEntryOf);
  }

  /**
   * Erases a person's items: everything tagged with them but the audit entries (applications, RSVPs, mails,
   * sign-in requests, the second factor), the locks and submissions of their applications, the partner record, a
   * suppression by address, sessions and API tokens are deleted; the audit entries about or by them (tagged with
   * them, about the partner or one of their applications) keep only `erasedId`. The counts are of the deletions
   * asked for (a key may repeat) and of the audit entries anonymised. Running it again finishes what failed.
   */
  async erase(email: string, erasedId: string): Promise<Erasure> {
    const address = normalize(email);
    const items = await this.itemsAbout(address);
    const isAudit = (i: StoredItem) => String(i.gsi3sk).startsWith("AUDIT#");
    const applications = ofKind(items, "APP").map((i) => withoutKeys<Application>(i));
    const hash = emailHash(address);
    const keysToDelete: { pk: string; sk: string }[] = items.filter((i) => !isAudit(i)).map(keyOf);
    for (const application of applications) {
      keysToDelete.push(keys.openApplication(hash, application.workTableId), keys.submission(application.submissionId));
    }
    keysToDelete.push(keys.partner(address), keys.suppression(address));
    const [sessions, tokens] = await Promise.all([
      this.indexed(keys.sessionsPartition(address)),
      this.indexed(keys.apiTokensPartition(address)),
    ]);
    keysToDelete.push(...[...sessions, ...tokens].map(keyOf));

    const aboutThem = [
      ...items.filter(isAudit),
      ...(await this.auditItemsAbout("partner", address)),
      ...(await Promise.all(applications.map((a) => this.auditItemsAbout("application", a.id)))).flat(),
    ];
    // An application still waiting for a decision is withdrawn by the erasure: the report counts it so (issue 23).
    for (const application of applications.filter((a) => a.status === "submitted")) {
      await withdrawApplicationFact(this.db, this.tableName, application.id, new Date().toISOString());
    }
    const unique = [...new Map(aboutThem.map((i) => [i.pk, i])).values()];
    for (const item of unique) await this.anonymiseAudit(item, address, erasedId);
    // An attendance entry stays, without the person: the organisation and the state count for the event's list.
    const attendance = ofKind(items, "ATTENDANCE");
    const tasks = ofKind(items, "TASK");
    // The person's name goes from the minutes of every event they were recorded at or hold a task of, and from
    // those minutes' audit entries: where it stood, "(gelöscht)" stands; the organisation stays.
    const partner = (await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.partner(address) })))
      .Item;
    const names = [partner?.name, ...attendance.map((i) => i.name), ...tasks.map((i) => i.ownerName)].filter(
      (name): name is string => typeof name === "string" && name.trim().length >= 3 && name !== ERASED_NAME,
    );
    const scrub = scrubber(address, names);
    const events = new Set([...attendance, ...tasks].map((i) => String(i.conferenceId)));
    for (const eventId of events) {
      await this.scrubItem(keys.minutes(eventId), scrub);
      for (const entry of await this.auditItemsAbout("conference", eventId)) await this.scrubItem(entry, scrub);
    }
    for (const item of attendance) await this.anonymiseAttendance(item);
    for (const item of tasks) await this.anonymiseTask(item);
    const kept = attendance.length + tasks.length;
    const keptKeys = new Set([...attendance, ...tasks].map((i) => `${i.pk}|${i.sk}`));
    const deletions = keysToDelete.filter((k) => !keptKeys.has(`${k.pk}|${k.sk}`) || String(k.sk).startsWith("ATT#"));
    await this.deleteAll(deletions);
    return { deleted: deletions.length - attendance.length, anonymised: unique.length + kept };
  }

  /**
   * Writes an attendance entry again under a random key, named `ERASED_NAME`, without address, deputy or tag; the
   * erasure then deletes the original with the person's other items.
   */
  private async anonymiseAttendance(item: StoredItem): Promise<void> {
    const {
      email: _email,
      deputy: _deputy,
      recordedBy: _by,
      ...entry
    } = withoutKeys<AttendanceEntry & { expiresAt?: number }>(item);
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.attendance(entry.conferenceId, `erased-${randomUUID()}`),
          ...entry,
          name: ERASED_NAME,
          recordedBy: "erased",
        },
      }),
    );
  }

  /** A task of an erased person stays with its text, without an owner: no reminder goes out, the list keeps it. */
  private async anonymiseTask(item: StoredItem): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: item.pk, sk: item.sk },
        UpdateExpression: "SET #owner = :none, ownerName = :erased REMOVE gsi2pk, gsi2sk, gsi3pk, gsi3sk",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: { "#owner": "owner" },
        ExpressionAttributeValues: { ":none": "", ":erased": ERASED_NAME },
      }),
    );
  }

  /** Reads an item and writes it back with the person's name and address replaced, if it holds either. */
  private async scrubItem(key: { pk: unknown; sk: unknown }, scrub: (value: unknown) => unknown): Promise<void> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: key.pk, sk: key.sk }, ConsistentRead: true }),
    );
    if (!Item) return;
    const scrubbed = scrub(Item) as Record<string, unknown>;
    if (JSON.stringify(scrubbed) === JSON.stringify(Item)) return;
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: scrubbed }));
  }

  /** Applications, RSVPs, mails, sign-in requests and audit entries by them: everything tagged with the person. */
  private async itemsAbout(email: string): Promise<StoredItem[]> {
    return (await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi3",
      KeyConditionExpression: "gsi3pk = :pk",
      ExpressionAttributeValues: { ":pk": personPartition(email) },
    })) as StoredItem[];
  }

  /** A person's sessions or API tokens (gsi1, by their address), as stored. */
  private async indexed(partition: string): Promise<StoredItem[]> {
    return (await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": partition },
    })) as StoredItem[];
  }

  /** The audit entries about one thing (an application, a partner), as stored. */
  private async auditItemsAbout(type: string, id: string): Promise<StoredItem[]> {
    return (await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.auditSubjectPartition(type, id) },
    })) as StoredItem[];
  }

  /** Deletes items by key, 25 a request; what DynamoDB leaves unprocessed is sent again. Deleting twice is harmless. */
  private async deleteAll(itemKeys: { pk: string; sk: string }[]): Promise<void> {
    const unique = [...new Map(itemKeys.map((k) => [`${k.pk}|${k.sk}`, { pk: k.pk, sk: k.sk }])).values()];
    for (let start = 0; start < unique.length; start += 25) {
      let requests: { DeleteRequest: { Key: Record<string, unknown> } }[] | undefined = unique
        .slice(start, start + 25)
        .map((key) => ({ DeleteRequest: { Key: key } }));
      for (let attempt = 0; requests?.length && attempt < 10; attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        const result = await this.db.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }));
        requests = result.UnprocessedItems?.[this.tableName] as typeof requests;
      }
      if (requests?.length) throw new Error("DynamoDB left deletions unprocessed; run the erasure again.");
    }
  }

  /**
   * Keeps an audit entry readable without the person: who and what stay as "erased:<keyed hash>", the before,
   * after and note (which may hold their name, address or words) go, and so does its place in the person's index.
   */
  private async anonymiseAudit(item: StoredItem, address: string, erasedId: string): Promise<void> {
    const subject = item.subject as { type: string; id: string };
    const aboutThem = subject.id.toLowerCase() === address;
    const newSubject = aboutThem ? { type: "person", id: erasedId } : subject;
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: item.pk, sk: item.sk },
        UpdateExpression:
          "SET actor = :actor, subject = :subject, erased = :true" +
          (aboutThem ? ", gsi2pk = :gsi2pk" : "") +
          " REMOVE #before, #after, note, gsi3pk, gsi3sk",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: { "#before": "before", "#after": "after" },
        ExpressionAttributeValues: {
          ":actor": String(item.actor).toLowerCase() === address ? erasedId : item.actor,
          ":subject": newSubject,
          ":true": true,
          ...(aboutThem ? { ":gsi2pk": keys.auditSubjectPartition("person", erasedId) } : {}),
        },
      }),
    );
  }
}

/**
 * Replaces a person in any stored value: a string that is their address becomes "", each of their names becomes
 * `ERASED_NAME` wherever it stands (the minutes' frame, text, decisions, tasks; an audit entry's before and after).
 * Keys and other people's words stay as they are.
 */
function scrubber(address: string, names: readonly string[]) {
  const longestFirst = [...new Set(names)].sort((a, b) => b.length - a.length);
  const scrub = (value: unknown): unknown => {
    if (typeof value === "string") {
      if (value.trim().toLowerCase() === address) return "";
      return longestFirst.reduce((text, name) => text.split(name).join(ERASED_NAME), value);
    }
    if (Array.isArray(value)) return value.map(scrub);
    if (value instanceof Set) return value;
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scrub(inner)]));
    }
    return value;
  };
  return scrub;
}
