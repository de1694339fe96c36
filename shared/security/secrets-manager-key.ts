import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import type { TokenKeySource } from "./tokens.ts";

/**
 * The signing key from Secrets Manager. The client is created on first use, so functions pay for it only when a
 * request needs a token, not on every cold start.
 */
export function secretsManagerKey(secretArn: string): TokenKeySource {
  return async () => {
    const client = new SecretsManagerClient({});
    try {
      const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
      if (!SecretString) throw new Error("the token secret is empty");
      return SecretString;
    } finally {
      client.destroy();
    }
  };
}
