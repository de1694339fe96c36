import { BatchWriteCommand, type DynamoDBDocumentClient, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { keys, personPartition } from "./keys.ts";
import { queryAll } from "./query-all.ts";

export type StoredItem = Record<string, unknown> & { pk: string; sk: string };

/**
 * What a data subject request needs from the table beyond the other repositories: every item about one person
 * (gsi3, see keys.aboutPerson), the audit entries about a thing, and deleting or anonymising many items.
 * Used only by the use cases in use-cases/person-data.ts.
 */
export class PersonDataRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  /** Applications, RSVPs, mails, sign-in requests and audit entries by them: everything tagged with the person. */
  async itemsAbout(email: string): Promise<StoredItem[]> {
    return (await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi3",
      KeyConditionExpression: "gsi3pk = :pk",
      ExpressionAttributeValues: { ":pk": personPartition(email) },
    })) as StoredItem[];
  }

  /** A person's sessions or API tokens (gsi1, by their address), as stored: to delete them. */
  async indexed(partition: string): Promise<StoredItem[]> {
    return (await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": partition },
    })) as StoredItem[];
  }

  /** The audit entries about one thing (an application, a partner), as stored. */
  async auditAbout(type: string, id: string): Promise<StoredItem[]> {
    return (await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.auditSubjectPartition(type, id) },
    })) as StoredItem[];
  }

  /** Deletes items by key, 25 a request; what DynamoDB leaves unprocessed is sent again. Deleting twice is harmless. */
  async deleteAll(itemKeys: { pk: string; sk: string }[]): Promise<void> {
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
  async anonymiseAudit(item: StoredItem, email: string, erasedId: string): Promise<void> {
    const address = email.trim().toLowerCase();
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
