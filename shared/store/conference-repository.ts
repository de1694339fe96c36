import { randomUUID } from "node:crypto";
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { type Conference, changesEvent, type Rsvp, withWorkshopIds } from "../domain/conference.ts";
import type { ConferenceInput } from "../domain/conference-input.ts";
import { isUuid } from "../domain/ids.ts";
import type { MailStatus } from "../domain/mail.ts";

import { auditPut } from "./audit.ts";
import { isConditionFailure, type TransactItem, transact } from "./dynamo-helpers.ts";
import { emailHash, keys, withoutKeys } from "./keys.ts";
import { readRsvp, readRsvps } from "./places-repository.ts";
import { queryAll } from "./query-all.ts";

/** How far a mailing got: where to go on in the partner directory, and what it did so far. */
export interface MailingProgress {
  key: string;
  /** Where to go on in the partner directory (a key of its index). */
  cursor?: Record<string, unknown>;
  done: boolean;
  queued: number;
  skippedUnsubscribed: number;
  skippedSuppressed: number;
  skippedAnswer: number;
  startedAt: string;
  finishedAt?: string;
}

/** Who made a change and as what, for the audit entry written in the same transaction. */
export interface ChangeRecord {
  actor: string;
  /** e.g. `conference.create`, `conference.update`, `conference.cancel`, `conference.send_now`. */
  action: string;
  note?: string;
}

/** The fields of a conference an audit entry shows before and after a change. */
const AUDITED = [
  "season",
  "title",
  "startsAt",
  "endsAt",
  "location",
  "onlineUrl",
  "agenda",
  "agendaItems",
  "proposalsUntil",
  "capacity",
  "perOrganisation",
  "registrationDeadline",
  "workshops",
  "inviteAt",
  "reminderAt",
  "status",
  "cancellationNote",
  "sendNow",
] as const;

function changedFields(before: Partial<Conference>, after: Partial<Conference>) {
  const was: Record<string, unknown> = {};
  const is: Record<string, unknown> = {};
  for (const field of AUDITED) {
    const a = (before as Record<string, unknown>)[field];
    const b = (after as Record<string, unknown>)[field];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      was[field] = a ?? null;
      is[field] = b ?? null;
    }
  }
  return { before: was, after: is };
}

export class ConferenceRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** A conference, or with `meeting` a meeting of one work table (its table, and who answers replies). */
  async create(
    input: ConferenceInput,
    now: Date,
    record?: ChangeRecord,
    meeting?: Required<Pick<Conference, "workTableId" | "table" | "replyTo">>,
  ): Promise<Conference> {
    const at = now.toISOString();
    const { workshops, ...rest } = input;
    const conference: Conference = {
      id: randomUUID(),
      ...rest,
      ...(workshops ? { workshops: withWorkshopIds(workshops) } : {}),
      ...(meeting ?? {}),
      status: "planned",
      sequence: 0,
      createdAt: at,
      updatedAt: at,
    };
    const put = {
      TableName: this.tableName,
      Item: { ...this.keysOf(conference), ...conference },
      ConditionExpression: "attribute_not_exists(pk)",
    };
    if (!record) {
      await this.db.send(new PutCommand(put));
      return conference;
    }
    const failed = await transact(this.db, [
      { Put: put },
      auditPut(this.tableName, this.entry(record, conference, undefined, conference, now), now),
    ]);
    if (failed.length > 0) throw new Error("A new conference's id was taken.");
    return conference;
  }

  async get(id: string): Promise<Conference | undefined> {
    // An id of another shape names no conference; it never becomes a key (keys have size limits).
    if (!isUuid(id)) return undefined;
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.conference(id), ConsistentRead: true }),
    );
    return Item ? withoutKeys<Conference>(Item) : undefined;
  }

  /** One work table's meetings, latest start first. */
  async meetings(workTableId: string): Promise<Conference[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.meetingsPartition(workTableId) },
      ScanIndexForward: false,
    });
    return items.map((item) => withoutKeys<Conference>(item));
  }

  /** The network's conferences (not the tables' meetings), latest start first. */
  async list(): Promise<Conference[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk",
        ExpressionAttributeValues: { ":pk": keys.conferencesPartition },
        ScanIndexForward: false,
      }),
    );
    return Items.map((item) => withoutKeys<Conference>(item));
  }

  /**
   * Replaces a conference with its changed version, only if nobody changed it meanwhile (optimistic lock on
   * `updatedAt`). A change of time, place or title raises the calendar SEQUENCE.
   */
  async replace(
    before: Conference,
    changes: Partial<Conference>,
    now: Date,
    record?: ChangeRecord,
    /** More writes of the same transaction (a proposal, the mails a change causes); only with `record`. */
    extra: TransactItem[] = [],
  ): Promise<Conference | undefined> {
    const merged: Conference = { ...before, ...changes, updatedAt: now.toISOString() };
    if (changes.workshops) merged.workshops = withWorkshopIds(changes.workshops);
    for (const [field, value] of Object.entries(changes)) {
      if (value === null || value === undefined) delete (merged as unknown as Record<string, unknown>)[field];
    }
    if (changesEvent(before, merged)) merged.sequence = before.sequence + 1;
    const put = {
      TableName: this.tableName,
      Item: { ...this.keysOf(merged), ...merged },
      ConditionExpression: "updatedAt = :seen",
      ExpressionAttributeValues: { ":seen": before.updatedAt },
    };
    if (record) {
      const failed = await transact(this.db, [
        { Put: put },
        auditPut(this.tableName, this.entry(record, merged, before, merged, now), now),
        ...extra,
      ]);
      return failed.length > 0 ? undefined : merged;
    }
    try {
      await this.db.send(new PutCommand(put));
      return merged;
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  rsvpOf(conferenceId: string, email: string): Promise<Rsvp | undefined> {
    return readRsvp(this.db, this.tableName, conferenceId, emailHash(email));
  }

  /** Every answer to a conference: one Query on the conference's partition. */
  rsvps(conferenceId: string): Promise<Rsvp[]> {
    return readRsvps(this.db, this.tableName, conferenceId);
  }

  async progress(conferenceId: string, key: string): Promise<MailingProgress | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.mailing(conferenceId, key), ConsistentRead: true }),
    );
    return Item ? withoutKeys<MailingProgress>(Item) : undefined;
  }

  async saveProgress(conferenceId: string, progress: MailingProgress): Promise<void> {
    await this.db.send(
      new PutCommand({ TableName: this.tableName, Item: { ...keys.mailing(conferenceId, progress.key), ...progress } }),
    );
  }

  async mailings(conferenceId: string): Promise<MailingProgress[]> {
    return (
      await queryAll(this.db, {
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": keys.conference(conferenceId).pk, ":prefix": keys.mailingPrefix },
      })
    ).map((item) => withoutKeys<MailingProgress>(item));
  }

  /** How many of a mailing's mails are in each state (gsi1: the mails of one mailing). */
  async mailCounts(conferenceId: string, key: string): Promise<Record<MailStatus, number>> {
    const counts: Record<MailStatus, number> = { queued: 0, sending: 0, sent: 0, failed: 0, uncertain: 0 };
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.mailingMailsPartition(conferenceId, key) },
      ProjectionExpression: "#status",
      ExpressionAttributeNames: { "#status": "status" },
    });
    for (const item of items) counts[item.status as MailStatus]++;
    return counts;
  }

  private entry(
    record: ChangeRecord,
    conference: Conference,
    before: Partial<Conference> | undefined,
    after: Conference,
    now: Date,
  ) {
    const changed = changedFields(before ?? {}, after);
    return {
      at: now.toISOString(),
      actor: record.actor,
      action: record.action,
      subject: { type: "conference", id: conference.id },
      // A new conference has no "before": its entry holds what it was created with.
      ...(before ? changed : { after: changed.after }),
      ...(record.note ? { note: record.note } : {}),
    };
  }

  private keysOf(conference: Conference) {
    return {
      ...keys.conference(conference.id),
      ...(conference.workTableId
        ? keys.meetingsByStart(conference.workTableId, conference.startsAt, conference.id)
        : keys.conferencesByStart(conference.startsAt, conference.id)),
    };
  }
}
