import { vi } from "vitest";
import { buildApp } from "../../infra/build-app.ts";

/**
 * The CDK app in a fixed dummy environment, so templates are the same whatever the developer's shell exports. The
 * CLI's default region is set to another one on purpose: it must not reach the templates. Bundling is skipped (CDK's
 * `aws:cdk:bundling-stacks` context, as `cdk synth --exclusively` uses it): template tests need no code, and one
 * test (bundles.test.ts) bundles every function for real.
 */
export function buildForTest(
  context: Record<string, unknown> = {},
  env: { AWS_REGION?: string } = {},
  options: { bundle?: boolean } = {},
) {
  vi.stubEnv("CDK_DEFAULT_ACCOUNT", "123456789012");
  vi.stubEnv("CDK_DEFAULT_REGION", "us-east-1");
  vi.stubEnv("AWS_REGION", env.AWS_REGION ?? "");
  try {
    return buildApp(options.bundle ? context : { "aws:cdk:bundling-stacks": [], ...context });
  } finally {
    vi.unstubAllEnvs();
  }
}
