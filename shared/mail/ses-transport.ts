import { type SESClient, SendRawEmailCommand } from "@aws-sdk/client-ses";
import { type MailTransport, PermanentMailError, TransientMailError } from "./transport.ts";

const THROTTLING = new Set(["Throttling", "ThrottlingException", "TooManyRequestsException", "RequestTimeout"]);

/** SES v1 SendRawEmail; errors sorted into transient (retried) and permanent (kept as failed). */
export function sesTransport(client: SESClient): MailTransport {
  return {
    async sendRaw(raw) {
      try {
        const { MessageId } = await client.send(new SendRawEmailCommand({ RawMessage: { Data: raw } }));
        return { messageId: MessageId ?? "" };
      } catch (error) {
        const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
        const status = e.$metadata?.httpStatusCode;
        const code = e.name ?? "Error";
        if (THROTTLING.has(code) || status === undefined || status >= 500 || status === 429) {
          throw new TransientMailError(status ? `${code} (${status})` : code);
        }
        throw new PermanentMailError(`${code} (${status})`);
      }
    },
  };
}
