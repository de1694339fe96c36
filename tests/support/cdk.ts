import { vi } from "vitest";
import { buildApp } from "../../infra/build-app.ts";

/**
 * The CDK app in a fixed dummy environment, so templates are the same whatever the developer's shell exports. The
 * CLI's default region is set to another one on purpose: it must not reach the templates.
 */
export function buildForTest(context: Record<string, unknown> = {}, env: { AWS_REGION?: string } = {}) {
  vi.stubEnv("CDK_DEFAULT_ACCOUNT", "123456789012");
  vi.stubEnv("CDK_DEFAULT_REGION", "us-east-1");
  vi.stubEnv("AWS_REGION", env.AWS_REGION ?? "");
  try {
    return buildApp(context);
  } finally {
    vi.unstubAllEnvs();
  }
}
