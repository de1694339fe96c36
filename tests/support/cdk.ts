import { vi } from "vitest";
import { buildApp } from "../../infra/build-app.ts";

/** The CDK app in a fixed dummy environment, so templates are the same whatever the developer's shell exports. */
export function buildForTest(context: Record<string, unknown> = {}) {
  vi.stubEnv("CDK_DEFAULT_ACCOUNT", "123456789012");
  vi.stubEnv("CDK_DEFAULT_REGION", "eu-central-1");
  try {
    return buildApp(context);
  } finally {
    vi.unstubAllEnvs();
  }
}
