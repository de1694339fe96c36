import { GetSendQuotaCommand, type SESClient, SendRawEmailCommand } from "@aws-sdk/client-ses";
import { type MailTransport, PermanentMailError, TransientMailError, UncertainMailError } from "./transport.ts";

const THROTTLING = new Set(["Throttling", "ThrottlingException", "TooManyRequestsException", "RequestTimeout"]);
/** Node's codes for a connection that failed before any answer: nothing reached SES, or SES dropped it unread. */
const CONNECTION_FAILURES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ECONNABORTED",
]);

interface SdkError {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
}

/**
 * Sorts an SES call's failure into what the outbox does next. SES answered: throttling, 429 and 5xx are
 * transient, anything else (MessageRejected, …) permanent, with SES's own message. No answer: a failed connection
 * is transient; a request that went out and timed out is uncertain, since SES may have taken it.
 */
export function classifySesError(error: unknown): TransientMailError | PermanentMailError | UncertainMailError {
  const e = (error ?? {}) as SdkError;
  const status = e.$metadata?.httpStatusCode;
  const name = e.name ?? "Error";
  const said = e.message ? `: ${e.message}` : "";
  if (status !== undefined) {
    if (THROTTLING.has(name) || status === 429 || status >= 500)
      return new TransientMailError(`${name} (${status})${said}`);
    return new PermanentMailError(`${name} (${status})${said}`);
  }
  const code = e.code ?? (e as { cause?: SdkError }).cause?.code;
  if (code && CONNECTION_FAILURES.has(code)) return new TransientMailError(`${code}${said}`);
  if (name === "TimeoutError" && /establish a connection/.test(e.message ?? "")) {
    return new TransientMailError(`no connection to SES${said}`);
  }
  return new UncertainMailError(`${code ?? name}${said}`);
}

/** SES v1 SendRawEmail; its failures sorted by classifySesError. */
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
        throw classifySesError(error);
      }
    },
  };
}

/** The account's maximum send rate (mails per second), as SES reports it. */
export async function accountSendRate(client: SESClient): Promise<number> {
  const { MaxSendRate } = await client.send(new GetSendQuotaCommand({}));
  return MaxSendRate && MaxSendRate > 0 ? MaxSendRate : 1;
}
