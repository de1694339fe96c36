import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type { Conference } from "../domain/conference.ts";
import type { NewMail } from "../domain/mail.ts";
import type { Minutes, MinutesBody, MinutesFrame, Publication, Task } from "../domain/minutes.ts";
import { PERSONAL_DATA_RETENTION } from "../domain/retention.ts";
import { auditPut } from "./audit.ts";
import { isConditionFailure, type TransactItem, transact } from "./dynamo-helpers.ts";
import { aboutPerson, keys, withoutKeysOrExpiry } from "./keys.ts";
import { queueMail } from "./outbox.ts";
import { queryAll } from "./query-all.ts";

const YEAR_SECONDS = 365 * 86_400;

/** When an event's minutes and tasks go (TTL): `minutesYears` after the event's end. */
const expiryOf = (event: Pick<Conference, "endsAt">) =>
  Math.floor(Date.parse(event.endsAt) / 1000) + PERSONAL_DATA_RETENTION.minutesYears * YEAR_SECONDS;

/** Where a task is listed: its table, or "network" for a conference's. */
export const taskScope = (workTableId: string | undefined) => workTableId ?? "network";

const bodyOf = (m: MinutesBody) => ({ text: m.text ?? null, decisions: m.decisions, tasks: m.tasks });

/**
 * An event's minutes (issue 21): one item under the event (`MINUTES`) with the draft and the last publication;
 * the tasks of a publication as items of their own (`TASK#<id>`), listed per table by due date (gsi1), open ones
 * by due date for the reminder (gsi2), tagged with their owner (gsi3).
 */
export class MinutesRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(conferenceId: string): Promise<Minutes | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.minutes(conferenceId), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    return withoutKeysOrExpiry<Minutes>(Item);
  }

  /**
   * Saves the draft over the version read (`before`, or none yet): undefined when someone saved meanwhile. The
   * audit entry (`minutes.update`) holds the draft before and after.
   */
  async saveDraft(
    event: Conference,
    before: Minutes | undefined,
    body: MinutesBody,
    actor: string,
    now: Date,
  ): Promise<Minutes | undefined> {
    const minutes: Minutes = {
      ...(before ?? {}),
      conferenceId: event.id,
      ...(event.workTableId ? { workTableId: event.workTableId } : {}),
      decisions: body.decisions,
      tasks: body.tasks,
      updatedAt: now.toISOString(),
      updatedBy: actor,
    };
    if (body.text) minutes.text = body.text;
    else delete minutes.text;
    const failed = await transact(this.db, [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.minutes(event.id), ...minutes, expiresAt: expiryOf(event) },
          ...(before
            ? { ConditionExpression: "updatedAt = :seen", ExpressionAttributeValues: { ":seen": before.updatedAt } }
            : { ConditionExpression: "attribute_not_exists(pk)" }),
        },
      },
      auditPut(
        this.tableName,
        {
          at: now.toISOString(),
          actor,
          action: "minutes.update",
          subject: { type: "conference", id: event.id },
          ...(before ? { before: bodyOf(before) } : {}),
          after: bodyOf(minutes),
        },
        now,
      ),
    ]);
    return failed.length > 0 ? undefined : minutes;
  }

  /**
   * Publishes the draft as read (`minutes`) with its frame: the minutes item keeps it as the publication, the
   * event's `minutesPublication` goes up by one (the stream then starts the mailing to the members), its tasks are
   * written (a task already done stays done), and the audit entry says which publication it was; all at once or
   * nothing. Tasks dropped since the last publication are deleted afterwards. Undefined when someone changed the
   * draft or published meanwhile.
   */
  async publish(
    event: Conference,
    minutes: Minutes,
    frame: MinutesFrame,
    actor: string,
    now: Date,
  ): Promise<Publication | undefined> {
    const at = now.toISOString();
    const number = (minutes.published?.number ?? 0) + 1;
    const publication: Publication = {
      ...(minutes.text ? { text: minutes.text } : {}),
      decisions: minutes.decisions,
      tasks: minutes.tasks,
      number,
      frame,
      publishedAt: at,
      publishedBy: actor,
    };
    const expiresAt = expiryOf(event);
    const scope = taskScope(event.workTableId);
    const taskWrites: TransactItem[] = minutes.tasks.map((task) => ({
      Update: {
        TableName: this.tableName,
        Key: keys.task(task.id),
        UpdateExpression:
          "SET id = :id, conferenceId = :conference, eventTitle = :title, eventSeason = :season, #text = :text, #owner = :owner, ownerName = :ownerName, due = :due, updatedAt = :at, createdAt = if_not_exists(createdAt, :at), #status = if_not_exists(#status, :open), expiresAt = :expires, gsi1pk = :g1pk, gsi1sk = :g1sk, gsi3pk = :g3pk, gsi3sk = :g3sk" +
          (event.workTableId ? ", workTableId = :table" : ""),
        ExpressionAttributeNames: { "#text": "text", "#owner": "owner", "#status": "status" },
        ExpressionAttributeValues: {
          ":id": task.id,
          ":conference": event.id,
          ":title": event.title,
          ":season": event.season,
          ":text": task.text,
          ":owner": task.owner,
          ":ownerName": task.ownerName,
          ":due": task.due,
          ":at": at,
          ":open": "open",
          ":expires": expiresAt,
          ":g1pk": keys.tasksByDue(scope, task.due, task.id).gsi1pk,
          ":g1sk": keys.tasksByDue(scope, task.due, task.id).gsi1sk,
          ":g3pk": aboutPerson(task.owner, "TASK", task.id).gsi3pk,
          ":g3sk": aboutPerson(task.owner, "TASK", task.id).gsi3sk,
          ...(event.workTableId ? { ":table": event.workTableId } : {}),
        },
      },
    }));
    const failed = await transact(this.db, [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.minutes(event.id), ...minutes, published: publication, expiresAt },
          ConditionExpression:
            "updatedAt = :seen AND (attribute_not_exists(published) OR published.#number = :previous)",
          ExpressionAttributeNames: { "#number": "number" },
          ExpressionAttributeValues: { ":seen": minutes.updatedAt, ":previous": number - 1 },
        },
      },
      {
        Update: {
          TableName: this.tableName,
          Key: keys.conference(event.id),
          UpdateExpression: "SET minutesPublication = :number",
          ConditionExpression: "attribute_exists(pk) AND #status = :planned",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":number": number, ":planned": "planned" },
        },
      },
      ...taskWrites,
      auditPut(
        this.tableName,
        {
          at,
          actor,
          action: number === 1 ? "minutes.publish" : "minutes.correct",
          subject: { type: "conference", id: event.id },
          ...(minutes.published ? { before: bodyOf(minutes.published) } : {}),
          after: { ...bodyOf(publication), number },
        },
        now,
      ),
    ]);
    if (failed.length > 0) return undefined;
    // Open ones only get their reminder index: a task marked done before a correction stays off it.
    for (const task of minutes.tasks) await this.indexIfOpen(task.id, task.due);
    const kept = new Set(minutes.tasks.map((t) => t.id));
    for (const task of minutes.published?.tasks ?? []) {
      if (!kept.has(task.id)) await this.deleteTask(task.id);
    }
    return publication;
  }

  /** The tasks of a table (or "network": the conferences'), by due date. */
  async tasks(scope: string): Promise<Task[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.tasksPartition(scope) },
    });
    return items.map((item) => taskOf(item));
  }

  async task(id: string): Promise<Task | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.task(id), ConsistentRead: true }),
    );
    return Item ? taskOf(Item) : undefined;
  }

  /** Open tasks not yet reminded whose due date is on or before `until` (`YYYY-MM-DD`), oldest first. */
  async openTasksDueBy(until: string): Promise<Task[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: "gsi2",
        KeyConditionExpression: "gsi2pk = :pk AND gsi2sk <= :until",
        ExpressionAttributeValues: { ":pk": keys.openTasksPartition, ":until": `${until}#\uffff` },
      }),
    );
    return Items.map((item) => taskOf(item));
  }

  /**
   * Marks a task done (by its owner's link, or the contact in the console), once: false when it was done before.
   * Audited; off the reminder index.
   */
  async markDone(task: Task, actor: string, now: Date): Promise<boolean> {
    const at = now.toISOString();
    const failed = await transact(this.db, [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.task(task.id),
          UpdateExpression: "SET #status = :done, doneAt = :at, doneBy = :by, updatedAt = :at REMOVE gsi2pk, gsi2sk",
          ConditionExpression: "#status = :open",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":done": "done", ":open": "open", ":at": at, ":by": actor },
        },
      },
      auditPut(
        this.tableName,
        {
          at,
          actor,
          action: "task.done",
          subject: { type: "task", id: task.id },
          before: { status: "open" },
          after: { status: "done" },
        },
        now,
      ),
    ]);
    return failed.length === 0;
  }

  /**
   * Queues the task's reminder and records it, at once: the task leaves the reminder index, so it is reminded once
   * however often the daily run goes. False when it was reminded (or done) before.
   */
  async remind(task: Task, mail: NewMail<"task_reminder">, now: Date): Promise<boolean> {
    const failed = await transact(this.db, [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.task(task.id),
          UpdateExpression: "SET remindedAt = :at REMOVE gsi2pk, gsi2sk",
          ConditionExpression: "attribute_not_exists(remindedAt) AND #status = :open",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":at": now.toISOString(), ":open": "open" },
        },
      },
      queueMail(this.tableName, mail, now),
    ]);
    return failed.length === 0;
  }

  /** Puts an open, not yet reminded task on the reminder index under its (maybe moved) due date. */
  private async indexIfOpen(id: string, due: string): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.task(id),
          UpdateExpression: "SET gsi2pk = :pk, gsi2sk = :sk",
          ConditionExpression: "#status = :open AND attribute_not_exists(remindedAt)",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ...prefixed(keys.openTasksByDue(due, id)), ":open": "open" },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  private async deleteTask(id: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: keys.task(id) }));
  }

  /** Writes the minutes item as given (the erasure's replacement of a name). */
  async overwrite(minutes: Minutes, event: Pick<Conference, "endsAt">): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.minutes(minutes.conferenceId), ...minutes, expiresAt: expiryOf(event) },
      }),
    );
  }
}

const prefixed = (key: { gsi2pk: string; gsi2sk: string }) => ({ ":pk": key.gsi2pk, ":sk": key.gsi2sk });

function taskOf(item: Record<string, unknown>): Task {
  return withoutKeysOrExpiry<Task>(item);
}
