/** The one thing the mailer needs from SES; the adapter is ses-transport.ts. */
export interface MailTransport {
  sendRaw(raw: Uint8Array): Promise<{ messageId: string }>;
}

/** A failure worth trying again (throttling, a 5xx, the network), as opposed to a mail SES refuses for good. */
export class TransientMailError extends Error {
  constructor(readonly code: string) {
    super(`transient mail failure: ${code}`);
    this.name = "TransientMailError";
  }
}

export class PermanentMailError extends Error {
  constructor(readonly code: string) {
    super(`permanent mail failure: ${code}`);
    this.name = "PermanentMailError";
  }
}
