import type { MailKind, NewMail, OutboxMail } from "../domain/mail.ts";
import type { TransactItem } from "./dynamo-helpers.ts";
import { aboutPerson, keys } from "./keys.ts";

/**
 * The outbox write that goes into the same transaction as the state change causing the mail. The id is
 * deterministic (e.g. `confirm-<submission>`), and the put is conditional, so a retried request or a second run
 * of a job never queues the same mail twice. Apart from MailRepository so that writers (the public api function)
 * do not bundle the mailer's repository.
 */
export function queueMail<K extends MailKind>(tableName: string, mail: NewMail<K>, now: Date): TransactItem {
  const createdAt = now.toISOString();
  const { mailing, about, ...rest } = mail;
  const item: OutboxMail<K> = { ...rest, status: "queued", attempts: 0, createdAt };
  const index = mailing ? keys.mailsOfMailing(mailing.conferenceId, mailing.key, mail.id) : {};
  // Whom it is about: the person of a data subject request finds it (an applicant, also in their contact's mail).
  const person = about ?? mail.to[0]?.email;
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.mail(mail.id),
        ...keys.mailsByStatus("queued", createdAt, mail.id),
        ...index,
        ...(person ? aboutPerson(person, "MAIL", mail.id) : {}),
        ...item,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}
