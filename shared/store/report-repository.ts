import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Application } from "../domain/application.ts";
import type { Conference } from "../domain/conference.ts";
import { organisationKey } from "../domain/places.ts";
import {
  type ApplicationFact,
  addDays,
  type EventFacts,
  type MailDay,
  type MemberSnapshot,
  type MemberState,
  type ReportPeriod,
} from "../domain/report.ts";
import { isConditionFailure, type TransactItem, transact } from "./dynamo-helpers.ts";
import { keys, withoutKeys } from "./keys.ts";
import { queryAll } from "./query-all.ts";
import { decidedApplicationFact, receivedApplicationFact } from "./report-facts.ts";

/**
 * The annual report's reads and its own records (issue 23). Everything it keeps is a count or an anonymous fact:
 * an application's table, receipt and outcome (no applicant), a day's mail counts, the members of each table as
 * numbers. These outlive the records they count (a declined application is deleted after six months, a sent
 * mail's record after 30 days), so a report on a past year still adds up. Every read is a Query by period.
 */
/** How many events' items are read at the same time. */
const EVENT_READS = 16;

export class ReportRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Applications received between two Berlin days (read a day wider on each side: the index holds UTC times). */
  async applicationFacts(period: ReportPeriod): Promise<ApplicationFact[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to",
      ExpressionAttributeValues: {
        ":pk": keys.reportApplicationsPartition,
        ":from": addDays(period.from, -1),
        ":to": `${addDays(period.to, 1)}~`,
      },
      // Thousands a year: only what is counted comes back.
      ProjectionExpression: "workTableId, receivedAt, outcome, decidedAt",
    });
    return items as unknown as ApplicationFact[];
  }

  /** The days' mail counts of a period. */
  async mailDays(period: ReportPeriod): Promise<MailDay[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
      ExpressionAttributeValues: {
        ":pk": keys.reportPartition,
        ":from": keys.reportDay(period.from).sk,
        ":to": keys.reportDay(period.to).sk,
      },
    });
    return items.map((item) => ({
      day: String(item.sk).slice("DAY#".length),
      sent: Number(item.sent ?? 0),
      failed: Number(item.failed ?? 0),
      uncertain: Number(item.uncertain ?? 0),
    }));
  }

  /**
   * Once, for a network that ran before the report existed: a record for every application still stored that came
   * in (confirmed), with its outcome, so the report counts them too (what retention deleted before is gone). A
   * marker item says it was done; a record already there is kept. Returns how many were written.
   */
  async backfillApplications(at: string): Promise<number> {
    const marker = { pk: keys.reportPartition, sk: "BACKFILL#applications" };
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: marker }));
    if (Item) return 0;
    const applications = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.applicationsPartition },
    });
    let written = 0;
    for (const item of applications) {
      const application = withoutKeys<Application>(item);
      if (application.status === "pending_confirmation") continue;
      const fact =
        application.status === "submitted"
          ? receivedApplicationFact(
              this.tableName,
              application,
              application.consent.confirmedAt ?? application.createdAt,
            )
          : decidedApplicationFact(
              this.tableName,
              application,
              application.status,
              application.decision?.decidedAt ?? application.updatedAt,
            );
      const put = fact.Put as NonNullable<TransactItem["Put"]>;
      try {
        await this.db.send(new PutCommand({ ...put, ConditionExpression: "attribute_not_exists(pk)" }));
        written++;
      } catch (error) {
        if (!isConditionFailure(error)) throw error; // recorded already: kept
      }
    }
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...marker, at, written } }));
    return written;
  }

  /**
   * For each day, the last member snapshot on or before it (one Query each, the newest first, one item): the
   * snapshots a report needs, whatever the period's length. Each snapshot once, in order of their days.
   */
  async memberSnapshotsAt(days: readonly string[]): Promise<MemberSnapshot[]> {
    const found = await Promise.all(
      [...new Set(days)].map(async (day) => {
        const { Items = [] } = await this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: "pk = :pk AND sk BETWEEN :low AND :day",
            ExpressionAttributeValues: {
              ":pk": keys.reportPartition,
              ":low": "MEMBERS#",
              ":day": keys.reportMembers(day).sk,
            },
            ScanIndexForward: false,
            Limit: 1,
          }),
        );
        return Items[0];
      }),
    );
    const unique = new Map<string, MemberSnapshot>();
    for (const item of found) if (item) unique.set(String(item.sk), toSnapshot(item));
    return [...unique.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  }

  /** Who the last run found in each table (short hashes), and the version of that record. */
  async memberSets(): Promise<{ sets: Map<string, Set<string>>; counted: boolean }> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.reportMemberSetPartition },
    });
    const sets = new Map<string, Set<string>>();
    for (const item of items) {
      if (item.sk === "COUNTED") continue;
      sets.set(String(item.sk).slice("TABLE#".length), new Set((item.members as string[] | undefined) ?? []));
    }
    return { sets, counted: items.some((item) => item.sk === "COUNTED") };
  }

  /**
   * What one daily run found, in one transaction: the day's snapshot (over the version a run of the same day
   * wrote, or none) and the tables' member sets that the next run compares with. False when another run wrote the
   * day meanwhile (nothing written).
   */
  async recordMembers(
    snapshot: MemberSnapshot,
    sets: ReadonlyMap<string, ReadonlySet<string>>,
    version: number | undefined,
    at: string,
  ): Promise<boolean> {
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.reportMembers(snapshot.day),
            state: snapshot.state,
            joins: snapshot.joins,
            leaves: snapshot.leaves,
            totals: snapshot.totals,
            ...(snapshot.baseline ? { baseline: true } : {}),
            version: (version ?? 0) + 1,
            at,
          },
          ...(version === undefined
            ? { ConditionExpression: "attribute_not_exists(pk)" }
            : { ConditionExpression: "version = :version", ExpressionAttributeValues: { ":version": version } }),
        },
      },
      { Put: { TableName: this.tableName, Item: { pk: keys.reportMemberSetPartition, sk: "COUNTED", at } } },
      ...[...sets].map(([id, members]) => ({
        Put: { TableName: this.tableName, Item: { ...keys.reportMemberSet(id), members: [...members].sort() } },
      })),
    ];
    return (await transact(this.db, items)).length === 0;
  }

  /** The snapshot a run wrote earlier on the same day, with its version. */
  async memberSnapshot(day: string): Promise<{ snapshot: MemberSnapshot; version: number } | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.reportMembers(day), ConsistentRead: true }),
    );
    return Item ? { snapshot: toSnapshot(Item), version: Number(Item.version ?? 0) } : undefined;
  }

  /**
   * The events of a period as the report counts them: the conferences and every table's meetings that start in
   * it (each list one Query by start time, a day wider on each side), then each event's own items (answers,
   * attendance, mailings) with one Query per event.
   */
  async events(period: ReportPeriod, tableIds: readonly string[]): Promise<EventFacts[]> {
    const between = (partition: string) =>
      queryAll(this.db, {
        TableName: this.tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to",
        ExpressionAttributeValues: {
          ":pk": partition,
          ":from": addDays(period.from, -1),
          ":to": `${addDays(period.to, 1)}~`,
        },
      });
    const lists = await Promise.all([
      between(keys.conferencesPartition),
      ...tableIds.map((id) => between(keys.meetingsPartition(id))),
    ]);
    const events = lists.flat().map((item) => withoutKeys<Conference>(item));
    // At most EVENT_READS at once: a five-year period has a few hundred events, a Lambda's client 50 sockets.
    const facts: EventFacts[] = new Array(events.length);
    let next = 0;
    const reader = async () => {
      for (let i = next++; i < events.length; i = next++) facts[i] = await this.eventFacts(events[i] as Conference);
    };
    await Promise.all(Array.from({ length: Math.min(EVENT_READS, events.length) }, reader));
    return facts;
  }

  private async eventFacts(event: Conference): Promise<EventFacts> {
    // Only what is counted: an event's minutes or agenda can be large and are not read.
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.conference(event.id).pk },
      ProjectionExpression: "sk, answer, #status, organisation, queued, skippedSuppressed",
      ExpressionAttributeNames: { "#status": "status" },
    });
    const answers = { yes: 0, no: 0, waitlisted: 0 };
    const answered = new Set<string>();
    const present = new Set<string>();
    let people = 0;
    let recorded = false;
    let invited = 0;
    let suppressed = 0;
    for (const item of items) {
      const sk = String(item.sk);
      if (sk.startsWith(keys.rsvpPrefix)) {
        if (item.answer === "no" || item.status === "cancelled") answers.no++;
        else if (item.status === "waitlisted") answers.waitlisted++;
        else if (item.answer === "yes") {
          answers.yes++;
          const organisation = organisationKey(item.organisation as string | undefined);
          if (organisation) answered.add(organisation);
        }
      } else if (sk.startsWith(keys.attendancePrefix)) {
        recorded = true;
        if (item.status !== "present") continue;
        people++;
        const organisation = organisationKey(item.organisation as string | undefined);
        if (organisation) present.add(organisation);
      } else if (sk.startsWith(keys.mailingPrefix)) {
        if (sk === `${keys.mailingPrefix}invitation`) invited += Number(item.queued ?? 0);
        suppressed += Number(item.skippedSuppressed ?? 0);
      }
    }
    return {
      id: event.id,
      title: event.title,
      ...(event.workTableId ? { workTableId: event.workTableId } : {}),
      startsAt: event.startsAt,
      cancelled: event.status === "cancelled",
      ...(event.capacity ? { capacity: event.capacity } : {}),
      invited,
      suppressed,
      answers,
      present: people,
      organisationsPresent: present.size,
      recorded,
      organisationsAnswered: answered.size,
    };
  }
}

function toSnapshot(item: Record<string, unknown>): MemberSnapshot {
  return {
    day: String(item.sk).slice("MEMBERS#".length),
    state: (item.state as MemberState | undefined) ?? { tables: {}, types: {} },
    joins: (item.joins as Record<string, number> | undefined) ?? {},
    leaves: (item.leaves as Record<string, number> | undefined) ?? {},
    totals: (item.totals as MemberSnapshot["totals"] | undefined) ?? { joins: {}, leaves: {} },
    ...(item.baseline ? { baseline: true } : {}),
  };
}
