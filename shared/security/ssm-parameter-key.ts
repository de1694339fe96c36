import { type AwsAccess, callAwsJson } from "./aws-json.ts";
import type { TokenKeySource } from "./tokens.ts";

/**
 * The link keys from a Systems Manager SecureString parameter (encrypted with the AWS-managed key aws/ssm, whose
 * policy lets this account's principals use it through Systems Manager: no KMS grant, no key to pay for). The
 * value is the key ring described in shared/security/tokens.ts.
 */
export function ssmParameterKey(parameterName: string, access: AwsAccess): TokenKeySource {
  return async () => {
    const payload = await callAwsJson(access, {
      service: "ssm",
      target: "AmazonSSM.GetParameter",
      body: { Name: parameterName, WithDecryption: true },
    });
    const value = (payload.Parameter as { Value?: unknown } | undefined)?.Value;
    if (typeof value !== "string" || value.length === 0) throw new Error("the token key parameter is empty");
    return value;
  };
}
