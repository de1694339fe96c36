import { type DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Proposal } from "../domain/agenda.ts";
import type { NewMail } from "../domain/mail.ts";
import type { TransactItem } from "./dynamo-helpers.ts";
import { aboutPerson, keys, withoutKeys } from "./keys.ts";
import { queueMail } from "./outbox.ts";

/**
 * Who proposed which agenda item (issue 21): one item per proposal under the event (`PROPOSAL#<item id>`), tagged
 * with the person (gsi3), so the event itself holds no address. Written in the transaction that adds the item to
 * the agenda, marked decided in the one that accepts or declines it (with the mail to the proposer).
 */
export class ProposalRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Every proposal of an event: one Query on the event's partition. */
  async list(conferenceId: string): Promise<Proposal[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": keys.conference(conferenceId).pk, ":prefix": keys.proposalPrefix },
        ConsistentRead: true,
      }),
    );
    return Items.map((item) => withoutKeys<Proposal>(item));
  }

  /** The write that records a new proposal (in the agenda change's transaction). */
  proposalWrite(proposal: Proposal): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...keys.proposal(proposal.conferenceId, proposal.itemId),
          ...aboutPerson(proposal.email, "PROPOSAL", `${proposal.conferenceId}:${proposal.itemId}`),
          ...proposal,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    };
  }

  /** The writes that settle a proposal and tell its proposer, once (in the agenda change's transaction). */
  decisionWrites(
    proposal: Proposal,
    outcome: "accepted" | "declined",
    mail: NewMail<"proposal_decided">,
    now: Date,
  ): TransactItem[] {
    return [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.proposal(proposal.conferenceId, proposal.itemId),
          UpdateExpression: "SET decided = :outcome, decidedAt = :at",
          ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(decided)",
          ExpressionAttributeValues: { ":outcome": outcome, ":at": now.toISOString() },
        },
      },
      queueMail(this.tableName, mail, now),
    ];
  }
}
