import { type DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Notice, NoticeKind } from "../domain/notices.ts";
import { DEFAULT_NOTICES } from "../i18n/de/notices.ts";
import { auditPut } from "./audit.ts";
import { transact } from "./dynamo-helpers.ts";
import { keys, withoutKeys } from "./keys.ts";

/** The legal notices: one item each once a coordinator saved it; until then the default text. */
export class NoticeRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(kind: NoticeKind): Promise<Notice> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.notice(kind), ConsistentRead: true }),
    );
    return Item ? withoutKeys<Notice>(Item) : { kind, de: DEFAULT_NOTICES[kind] };
  }

  /**
   * Saves a notice over the version the form was made from (`expectedVersion`: its updatedAt, "" for the
   * default), with the change in the audit log. False when someone saved in between.
   */
  async put(
    kind: NoticeKind,
    text: { de: string; en?: string },
    options: { expectedVersion: string; actor: string },
    now: Date,
  ): Promise<boolean> {
    const before = await this.get(kind);
    const at = now.toISOString();
    const notice: Notice = {
      kind,
      de: text.de,
      ...(text.en ? { en: text.en } : {}),
      updatedAt: at,
      updatedBy: options.actor,
    };
    const failed = await transact(this.db, [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.notice(kind), ...notice },
          ...(options.expectedVersion
            ? {
                ConditionExpression: "updatedAt = :seen",
                ExpressionAttributeValues: { ":seen": options.expectedVersion },
              }
            : { ConditionExpression: "attribute_not_exists(pk)" }),
        },
      },
      auditPut(
        this.tableName,
        {
          at,
          actor: options.actor,
          action: "notice.update",
          subject: { type: "notice", id: kind },
          before: { de: before.de, en: before.en ?? null },
          after: { de: notice.de, en: notice.en ?? null },
        },
        now,
      ),
    ]);
    return failed.length === 0;
  }
}
