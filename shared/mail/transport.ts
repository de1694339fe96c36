/** The one thing the mailer needs from SES; the adapter is ses-transport.ts. */
export interface MailTransport {
  sendRaw(raw: Uint8Array): Promise<{ messageId: string }>;
}

/**
 * SES did not take the mail, and trying again is safe and may work: the connection failed before SES answered
 * (refused, reset, no connection within the connect timeout), or SES answered "throttled" or a 5xx.
 */
export class TransientMailError extends Error {
  constructor(readonly reason: string) {
    super(`transient mail failure: ${reason}`);
    this.name = "TransientMailError";
  }
}

/** SES refused the mail for good (MessageRejected: an unverified sender, an invalid address, …), with its words. */
export class PermanentMailError extends Error {
  constructor(readonly reason: string) {
    super(`permanent mail failure: ${reason}`);
    this.name = "PermanentMailError";
  }
}

/** The request reached SES, but no answer came (a request timeout): the mail may have gone out. Never resent. */
export class UncertainMailError extends Error {
  constructor(readonly reason: string) {
    super(`mail may have gone out: ${reason}`);
    this.name = "UncertainMailError";
  }
}
