import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { formatText, summarize } from "./report.ts";
import { FULL_DEPLOYMENT_CONTEXT, synthTemplates } from "./synth.ts";

const USAGE = `npm run cost [-- --json] [-- --free-tier] [-- --bare] [-- -c key=value ...]

Synthesizes the CDK app (offline, without bundling) and prices every resource of its templates: the monthly fees
(fixed) and the use at the reference network's volume (usage), with a second total for a network ten times larger.

  --json           the whole result as JSON (lines, totals, workload, assumptions, prices)
  --free-tier      subtract the always-free tiers (default: not counted, the total is an upper bound)
  --bare           synthesize without the optional features (default: alarm e-mail, custom domain, DNS records on)
  -c key=value     CDK context for the synthesis, as with cdk synth (repeatable)
`;

interface Options {
  json: boolean;
  freeTier: boolean;
  context: Record<string, string>;
}

function parse(argv: readonly string[]): Options | "help" {
  const options: Options = { json: false, freeTier: false, context: { ...FULL_DEPLOYMENT_CONTEXT } };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--json") options.json = true;
    else if (arg === "--free-tier") options.freeTier = true;
    else if (arg === "--bare") options.context = {};
    else if (arg === "-c" || arg === "--context") {
      const pair = argv[++i] ?? "";
      const at = pair.indexOf("=");
      if (at <= 0) throw new Error(`${arg} needs key=value, got: ${pair}\n\n${USAGE}`);
      options.context[pair.slice(0, at)] = pair.slice(at + 1);
    } else throw new Error(`Unknown option: ${arg}\n\n${USAGE}`);
  }
  return options;
}

/** The command: returns what it prints, so a test can run it too. */
export function main(argv: readonly string[]): string {
  const options = parse(argv);
  if (options === "help") return USAGE;
  const { stacks, context } = synthTemplates(options.context);
  const summary = summarize(stacks, { countFreeTier: options.freeTier, context });
  return options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatText(summary);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.stdout.write(main(process.argv.slice(2)));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
