import { defineConfig } from "vitest/config";

// The SDK warns that it will need Node.js 22 in 2027; the Lambda runtime is 22+, local runs on 20 are supported.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

/**
 * Three layers, so the inner loop stays fast: `unit` (pure rules, adapters against stand-ins: no emulator, a few
 * seconds), `infra` (CDK templates and cdk-nag, bundling skipped but in one test), and `emulated` (everything that
 * needs DynamoDB Local and the SES emulator, which its global setup starts once for the run: integration, http,
 * e2e and browser). `npm test` runs all three; `npm run test:unit` and friends one each.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    setupFiles: ["tests/support/network.ts"],
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      { extends: true, test: { name: "infra", include: ["tests/infra/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "emulated",
          include: [
            "tests/integration/**/*.test.ts",
            "tests/http/**/*.test.ts",
            "tests/e2e/**/*.test.ts",
            "tests/browser/**/*.test.ts",
          ],
          globalSetup: ["tests/support/global-setup.ts"],
        },
      },
    ],
  },
});
