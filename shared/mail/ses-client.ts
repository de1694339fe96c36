import { SESClient } from "@aws-sdk/client-ses";

/** Longest wait for a TCP (and TLS) connection to SES: past it, SES is unreachable and the mail is retried later. */
export const SES_CONNECT_TIMEOUT_MS = 3_000;
/** Longest wait for SES's answer once the request is out: past it, the mail may have gone out (uncertain). */
export const SES_REQUEST_TIMEOUT_MS = 10_000;

/**
 * The SES client of the mailers, with timeouts so that a hanging SES cannot hold a send (or a Lambda) for its
 * whole lifetime, and without the SDK's own retries: the outbox retries with its own pauses, and a call's
 * outcome must be known exactly (one call, one answer) to tell "not sent" from "may have gone out".
 */
export function createSesClient(
  options: {
    endpoint?: string;
    region?: string;
    credentials?: { accessKeyId: string; secretAccessKey: string };
    connectTimeoutMs?: number;
    requestTimeoutMs?: number;
  } = {},
): SESClient {
  return new SESClient({
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.region ? { region: options.region } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    maxAttempts: 1,
    requestHandler: {
      connectionTimeout: options.connectTimeoutMs ?? SES_CONNECT_TIMEOUT_MS,
      requestTimeout: options.requestTimeoutMs ?? SES_REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
    },
  });
}
