import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../infra/build-app.ts";
import { REGION } from "./prices-eu-central-1.ts";
import type { CfnTemplate, StackTemplate } from "./template.ts";

/**
 * The deployment the cost model prices unless told otherwise: every optional feature on (an alarm address with
 * its e-mail subscription, a custom domain with its certificate and records in an existing hosted zone), so
 * nothing that costs is left out. The zone is imported by id, as a deployment would: the stacks never create one.
 * Context keys the app does not know are ignored by it.
 */
export const FULL_DEPLOYMENT_CONTEXT: Readonly<Record<string, string>> = {
  alarmEmail: "alarme@example.org",
  domainName: "netzwerk.example.org",
  hostedZoneId: "Z0123456789ABCDEFGHIJ",
  hostedZoneName: "example.org",
};

export interface SynthResult {
  stacks: StackTemplate[];
  /** The context the templates were synthesized with (bundling and region keys left out). */
  context: Record<string, unknown>;
}

/**
 * Every stack's template of the CDK app, synthesized in-process and offline. Bundling is skipped as in the infra
 * tests (CDK's `aws:cdk:bundling-stacks` context: no esbuild run, no code needed for a template), and the region is
 * the one the prices are for. The cloud assembly goes to a temporary directory that is removed afterwards.
 */
export function synthTemplates(context: Record<string, unknown> = FULL_DEPLOYMENT_CONTEXT): SynthResult {
  const outdir = mkdtempSync(join(tmpdir(), "netzwerk-cost-"));
  const previous = process.env.CDK_OUTDIR;
  process.env.CDK_OUTDIR = outdir;
  try {
    const { app } = buildApp({ "aws:cdk:bundling-stacks": [], region: REGION, ...context });
    const stacks = app
      .synth()
      .stacks.map((stack) => ({ stackName: stack.stackName, template: stack.template as CfnTemplate }));
    return { stacks, context: { ...context } };
  } finally {
    if (previous === undefined) Reflect.deleteProperty(process.env, "CDK_OUTDIR");
    else process.env.CDK_OUTDIR = previous;
    rmSync(outdir, { recursive: true, force: true });
  }
}
