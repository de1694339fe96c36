/** `npm run bench`: prints the project's performance figures. Each issue's goal is checked and reported. */
import { benchBundles } from "./bundles.ts";

const GOAL_API_RATIO = 1.25;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main() {
  console.log(
    `Lambda bundles (esbuild, as CDK bundles them; cold import = median of ${process.env.BENCH_RUNS ?? 15} fresh Node ${process.version} processes)\n`,
  );
  const { floor, functions } = await benchBundles();
  const rows = [floor, ...functions].map((f) => ({
    bundle: f.name,
    size: kib(f.bytes),
    gzip: kib(f.gzipBytes),
    "cold import": `${f.medianMs.toFixed(1)} ms`,
    "× floor": (f.medianMs / floor.medianMs).toFixed(2),
  }));
  console.table(rows);
  let failed = false;
  const api = functions.find((f) => f.name === "api");
  if (api) {
    const ratio = api.medianMs / floor.medianMs;
    const ok = ratio <= GOAL_API_RATIO;
    failed ||= !ok;
    console.log(
      `\napi cold import: ${ratio.toFixed(2)}× the floor (goal ≤ ${GOAL_API_RATIO}×): ${ok ? "met" : "NOT met"}`,
    );
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
