/** Hands outbox mail ids to the mailer: SQS on AWS, an in-process queue locally. */
export interface MailQueue {
  enqueue(mailIds: string[]): Promise<void>;
}
