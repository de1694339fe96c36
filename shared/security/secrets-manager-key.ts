import { createHash, createHmac } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import type { TokenKeySource } from "./tokens.ts";

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

export interface SecretsManagerAccess {
  /** The region of the secret; on Lambda, AWS_REGION. */
  region: string;
  /** The function's credentials: the DynamoDB client's provider, so no second credential chain is loaded. */
  credentials: AwsCredentialIdentityProvider;
  /** Only for tests; defaults to the regional Secrets Manager endpoint. */
  endpoint?: string;
}

/**
 * The signing key from Secrets Manager: one signed `GetSecretValue` call (AWS JSON 1.1 over HTTPS, SigV4).
 *
 * Why not `@aws-sdk/client-secrets-manager`: the key is read once per execution environment, but the client's
 * code is parsed at every cold start of the web and admin functions, which people wait for (see README,
 * benchmark). The signer and the credentials are the ones the DynamoDB client already loads.
 */
export function secretsManagerKey(secretArn: string, access: SecretsManagerAccess): TokenKeySource {
  return async () => {
    const url = new URL(access.endpoint ?? `https://secretsmanager.${access.region}.amazonaws.com/`);
    const body = JSON.stringify({ SecretId: secretArn });
    const signer = new SignatureV4({
      service: "secretsmanager",
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
      headers: {
        host: url.host,
        "content-type": "application/x-amz-json-1.1",
        "x-amz-target": "secretsmanager.GetSecretValue",
      },
      body,
    });
    const response = await fetch(url, { method: "POST", headers: signed.headers as Record<string, string>, body });
    const payload = (await response.json().catch(() => ({}))) as { SecretString?: string; __type?: string };
    if (!response.ok) throw new Error(`Secrets Manager refused GetSecretValue: ${payload.__type ?? response.status}`);
    if (!payload.SecretString) throw new Error("the token secret is empty");
    return payload.SecretString;
  };
}
