import type { MailKind, NewMail, OutboxMail } from "../domain/mail.ts";
import type { TransactItem } from "./dynamo-helpers.ts";
import { keys } from "./keys.ts";

/**
 * The outbox write that goes into the same transaction as the state change causing the mail. The id is
 * deterministic (e.g. `confirm-<submission>`), and the put is conditional, so a retried request or a second run
 * of a job never queues the same mail twice. Apart from MailRepository so that writers (the public api function)
 * do not bundle the mailer's repository.
 */
export function queueMail<K extends MailKind>(tableName: string, mail: NewMail<K>, now: Date): TransactItem {
  const createdAt = now.toISOString();
  const { mailing, ...rest } = mail;
  const item: OutboxMail<K> = { ...rest, status: "queued", attempts: 0, createdAt };
  const index = mailing ? keys.mailsOfMailing(mailing.conferenceId, mailing.key, mail.id) : {};
  return {
    Put: {
      TableName: tableName,
      Item: { ...keys.mail(mail.id), ...keys.mailsByStatus("queued", createdAt, mail.id), ...index, ...item },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}
