/**
 * Where the product runs unless told otherwise: Frankfurt, so that a German city's data stays in Germany. The
 * CDK app, the local stack and the functions read AWS_REGION (or the `region` context) and fall back to this.
 */
export const DEFAULT_REGION = "eu-central-1";

export function regionFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  return env.AWS_REGION?.trim() || DEFAULT_REGION;
}
