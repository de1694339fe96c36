import { GetSendQuotaCommand, type SESClient, SendRawEmailCommand } from "@aws-sdk/client-ses";
import { type MailTransport, PermanentMailError, TransientMailError } from "./transport.ts";

const THROTTLING = new Set(["Throttling", "ThrottlingException", "TooManyRequestsException", "RequestTimeout"]);

/** SES v1 SendRawEmail; errors sorted into transient (retried) and permanent (kept as failed). */
export function sesTransport(client: SESClient, configurationSetName?: string): MailTransport {
  return {
    async sendRaw(raw) {
      try {
        const { MessageId } = await client.send(
          new SendRawEmailCommand({
            RawMessage: { Data: raw },
            // The configuration set routes bounces and complaints to the suppression list.
            ...(configurationSetName ? { ConfigurationSetName: configurationSetName } : {}),
          }),
        );
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

/** The account's maximum send rate (mails per second), as SES reports it. */
export async function accountSendRate(client: SESClient): Promise<number> {
  const { MaxSendRate } = await client.send(new GetSendQuotaCommand({}));
  return MaxSendRate && MaxSendRate > 0 ? MaxSendRate : 1;
}
