import { createHash, createHmac } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentityProvider } from "@smithy/types";

/** SHA-256, or HMAC-SHA256 with a key, in the shape SignatureV4 takes (a checksum constructor). */
class Sha256 {
  private readonly hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash("sha256") : createHmac("sha256", toBuffer(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(toBuffer(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {}
}

function toBuffer(data: string | ArrayBuffer | ArrayBufferView): Buffer {
  if (typeof data === "string") return Buffer.from(data, "utf8");
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

export interface AwsAccess {
  /** The region of the service; on Lambda, AWS_REGION. */
  region: string;
  /** The function's credentials: the DynamoDB client's provider, so no second credential chain is loaded. */
  credentials: AwsCredentialIdentityProvider;
  /** Only for tests; defaults to the regional endpoint. */
  endpoint?: string;
}

/**
 * One SigV4-signed call of an AWS JSON 1.1 API (Systems Manager, Secrets Manager, …) over HTTPS.
 *
 * Why not the service's SDK client: the call is made once per execution environment (or once per custom resource
 * event), but a client's code is parsed at every cold start of the functions people wait for (see
 * docs/benchmarks.md). The signer and the credentials are the ones the DynamoDB client already loads.
 */
export async function callAwsJson(
  access: AwsAccess,
  call: { service: string; target: string; body: unknown },
): Promise<Record<string, unknown>> {
  const url = new URL(access.endpoint ?? `https://${call.service}.${access.region}.amazonaws.com/`);
  const body = JSON.stringify(call.body);
  const signer = new SignatureV4({
    service: call.service,
    region: access.region,
    credentials: access.credentials,
    sha256: Sha256,
  });
  const signed = await signer.sign({
    method: "POST",
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    path: url.pathname,
    headers: { host: url.host, "content-type": "application/x-amz-json-1.1", "x-amz-target": call.target },
    body,
  });
  const response = await fetch(url, { method: "POST", headers: signed.headers as Record<string, string>, body });
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const type = typeof payload.__type === "string" ? payload.__type.replace(/^.*#/, "") : String(response.status);
    throw Object.assign(new Error(`${call.target} refused: ${type}`), { name: type });
  }
  return payload;
}
