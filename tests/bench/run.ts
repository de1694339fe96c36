/**
 * `npm run bench`: prints the project's performance figures. Each issue's goal is checked and reported.
 * `BENCH_ONLY=bundles`, `submissions`, `mailing`, `console`, `places` or `report` runs one section only.
 */
import { benchBundles } from "./bundles.ts";
import { benchConsole } from "./console.ts";
import { benchMailing, MAILING_FAILURE_SHARE, MAILING_SEND_RATE } from "./mailing.ts";
import { benchPlaces } from "./places.ts";
import { benchReport } from "./report.ts";
import { benchSubmissions } from "./submissions.ts";

/** Cold import of each function's entry, as a multiple of the floor (issue 19's goals). */
const GOAL_COLD_IMPORT: Record<string, number> = { api: 1.2, web: 1.35, admin: 1.5, "send-mail": 1.5 };
const GOAL_SUBMISSION_RATIO = 0.5;
const GOAL_MAILING_RATIO = 0.9;
const GOAL_CONSOLE_P95_MS = 150;
/** A burst of answers for fewer places (issue 22): all written within this, and exactly the places there are. */
const GOAL_PLACES_SECONDS = 30;
/** The annual report's page for a year of 150 members, 40 meetings, 2,000 applications (issue 23). */
const GOAL_REPORT_P95_MS = 500;
const SECTIONS = ["bundles", "submissions", "mailing", "console", "places", "report"] as const;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Returns whether the section's goal was met. */
async function bundles(): Promise<boolean> {
  console.log(
    `Lambda bundles (esbuild, as CDK bundles them; cold import = median of ${process.env.BENCH_RUNS ?? 25} fresh Node ${process.version} processes)\n`,
  );
  const { floor, functions } = benchBundles();
  const rows = [floor, ...functions].map((f) => ({
    bundle: f.name,
    "loaded at start": kib(f.bytes),
    gzip: kib(f.gzipBytes),
    "all chunks": kib(f.allBytes),
    "cold import": ms(f.medianMs),
    "× floor": (f.medianMs / floor.medianMs).toFixed(2),
    goal: GOAL_COLD_IMPORT[f.name] ? `≤ ${GOAL_COLD_IMPORT[f.name]}` : "",
  }));
  console.table(rows);
  let ok = true;
  for (const [name, goal] of Object.entries(GOAL_COLD_IMPORT)) {
    const figure = functions.find((f) => f.name === name);
    if (!figure) continue;
    const ratio = figure.medianMs / floor.medianMs;
    const met = ratio <= goal;
    ok &&= met;
    console.log(`${name} cold import: ${ratio.toFixed(2)}× the floor (goal ≤ ${goal}×): ${met ? "met" : "NOT met"}`);
  }
  return ok;
}

async function submissions(): Promise<boolean> {
  const concurrency = process.env.BENCH_CONCURRENCY ?? 50;
  console.log(`Submissions (POST /api/applications, ${concurrency} concurrent clients)\n`);
  const { api, raw, ratio } = await benchSubmissions();
  const row = (name: string, f: typeof raw) => ({
    run: name,
    count: f.count,
    errors: f.errors,
    seconds: f.seconds.toFixed(2),
    "per second": f.perSecond.toFixed(0),
    p50: ms(f.p50Ms),
    p99: ms(f.p99Ms),
    "Node CPU/op": ms(f.nodeCpuMs),
    "DynamoDB Local CPU/op": f.dynamoCpuMs === undefined ? "?" : ms(f.dynamoCpuMs),
  });
  console.table([
    row("API: POST /api/applications (local stack)", api),
    row("raw: TransactWriteItems (DynamoDB Local)", raw),
  ]);
  for (const [name, f] of [
    ["API", api],
    ["raw", raw],
  ] as const) {
    if (f.firstError) console.log(`${name}: first error: ${f.firstError}`);
  }
  console.log(
    "\nevery application stored once: " +
      `${api.storedOnce ? "yes" : "NO"} (${api.duplicates} duplicated, ${api.missing} missing); ` +
      `the stack needed ${api.mailDrainSeconds.toFixed(1)} s more to send the confirmation mails (not timed)`,
  );
  // The goal counts only with zero errors and every application stored once.
  const clean = api.errors === 0 && raw.errors === 0 && api.storedOnce;
  const ok = ratio >= GOAL_SUBMISSION_RATIO && clean;
  console.log(
    `submissions: ${ratio.toFixed(2)}× the raw TransactWriteItems rate (goal ≥ ${GOAL_SUBMISSION_RATIO}): ` +
      `${ok ? "met" : "NOT met"}${clean ? "" : " (errors, or applications not stored exactly once)"}`,
  );
  return ok;
}

async function mailing(): Promise<boolean> {
  const partners = Number(process.env.BENCH_PARTNERS ?? 5000);
  console.log(
    `Conference mailing (${partners.toLocaleString("en")} partners, max send rate ${MAILING_SEND_RATE}/s, ` +
      `${MAILING_FAILURE_SHARE * 100}% transient SES failures)\n`,
  );
  const f = await benchMailing();
  console.table([
    {
      partners: f.partners,
      seconds: f.seconds.toFixed(1),
      "achieved/s": f.perSecond.toFixed(1),
      "configured/s": f.configuredPerSecond,
      ratio: f.ratio.toFixed(2),
      "injected failures": f.injectedFailures,
      duplicates: f.duplicates,
      lost: f.lost,
      failed: f.outbox.failed,
    },
  ]);
  console.log(
    `\nfan-out into the outbox: ${f.fanOutSeconds.toFixed(1)} s (mails go out meanwhile); ` +
      `${f.attempts} SES calls for ${f.delivered} mails; outbox: ${f.outbox.sent} sent, ${f.outbox.failed} failed, ` +
      `${f.outbox.queued + f.outbox.sending} left; the mailing queued ${f.queued}; ` +
      `the SES emulator holds ${f.emulatorMails} mails`,
  );
  const clean = f.duplicates === 0 && f.lost === 0;
  const ok = f.ratio >= GOAL_MAILING_RATIO && clean;
  console.log(
    `mailing: ${f.ratio.toFixed(2)}× the configured rate (goal ≥ ${GOAL_MAILING_RATIO}): ` +
      `${ok ? "met" : "NOT met"}${clean ? "" : " (duplicated or lost mails)"}`,
  );
  return ok;
}

async function consolePages(): Promise<boolean> {
  console.log("Console list pages (signed-in coordinator, whole app in process, DynamoDB Local in memory)\n");
  const f = await benchConsole();
  console.log(`${f.partners.toLocaleString("en")} partners, ${f.applications.toLocaleString("en")} applications\n`);
  console.table(
    f.pages.map((p) => ({ page: p.page, requests: p.requests, p50: ms(p.p50Ms), p95: ms(p.p95Ms), max: ms(p.maxMs) })),
  );
  const worst = Math.max(...f.pages.map((p) => p.p95Ms));
  const ok = worst < GOAL_CONSOLE_P95_MS;
  console.log(`\nconsole: slowest p95 ${ms(worst)} (goal < ${GOAL_CONSOLE_P95_MS} ms): ${ok ? "met" : "NOT met"}`);
  return ok;
}

async function places(): Promise<boolean> {
  console.log("Places (issue 22): answers at the same moment for fewer places, then cancellations (DynamoDB Local)\n");
  const f = await benchPlaces();
  console.table([
    {
      people: f.people,
      places: f.capacity,
      "all answers written": `${f.answerSeconds.toFixed(1)} s`,
      "answer p50": ms(f.p50Ms),
      "answer p95": ms(f.p95Ms),
      "answer max": ms(f.maxMs),
      confirmed: f.confirmed,
      waiting: f.waiting,
      "cancellations + promotions": `${f.promoted} in ${f.cancelSeconds.toFixed(1)} s`,
      exact: f.exact ? "yes" : "NO",
    },
  ]);
  const ok = f.exact && f.answerSeconds <= GOAL_PLACES_SECONDS;
  console.log(
    `\nplaces: ${f.people} answers for ${f.capacity} places written in ${f.answerSeconds.toFixed(1)} s ` +
      `(goal ≤ ${GOAL_PLACES_SECONDS} s, exact): ${ok ? "met" : "NOT met"}`,
  );
  return ok;
}

async function report(): Promise<boolean> {
  console.log(
    "Annual report (issue 23): two seeded years, the report on the last one (clock in January), " +
      "DynamoDB Local in memory\n",
  );
  const f = await benchReport();
  console.table(
    f.seed.map((y) => ({
      year: y.year,
      "members at its end": y.members,
      applications: y.applications,
      meetings: y.meetings,
      conferences: y.conferences,
      "answers to each": y.conferenceAnswers.join(", "),
    })),
  );
  console.log(
    `${f.partners} partners in all, ${f.items.toLocaleString("en")} items in the table; seeded in ` +
      `${f.seedSeconds.toFixed(1)} s, of which the daily members' count ${f.countSeconds.toFixed(1)} s ` +
      `(${f.counts} runs, one a day)\n`,
  );
  console.table([
    { run: `annualReport(${f.year})`, ...latencies(f.report) },
    { run: `page /konsole/bericht?jahr=${f.year}`, ...latencies(f.page) },
  ]);
  const commands = Object.entries(f.requests.byCommand)
    .map(([name, n]) => `${n} ${name.replace(/Command$/, "")}`)
    .join(", ");
  console.log(
    `\none report: ${f.requests.total} DynamoDB requests (${commands}) returning ${f.requests.items.toLocaleString("en")} ` +
      `items; the page is ${kib(f.pageBytes)} of HTML`,
  );
  console.log(
    `its reads alone (median of 10): ${Object.entries(f.breakdown)
      .map(([name, value]) => `${name} ${ms(value)}`)
      .join(", ")}`,
  );
  console.log(
    f.mismatches.length === 0
      ? "every checked figure (members, joins, leaves, applications, meetings, conferences, mails) agrees with the seed"
      : `figures that differ from the seed:\n  ${f.mismatches.join("\n  ")}`,
  );
  // The goal counts only when the report's figures are those of the seed.
  const clean = f.mismatches.length === 0;
  const ok = f.page.p95Ms < GOAL_REPORT_P95_MS && clean;
  console.log(
    `report: page p95 ${ms(f.page.p95Ms)} (goal: p95 < ${GOAL_REPORT_P95_MS} ms): ${ok ? "met" : "NOT met"}` +
      `${clean ? "" : " (figures differ from the seed)"}`,
  );
  return ok;
}

const latencies = (f: { runs: number; p50Ms: number; p95Ms: number; maxMs: number; nodeCpuMs?: number }) => ({
  runs: f.runs,
  p50: ms(f.p50Ms),
  p95: ms(f.p95Ms),
  max: ms(f.maxMs),
  "Node CPU/run": f.nodeCpuMs === undefined ? "?" : ms(f.nodeCpuMs),
});

async function main() {
  const only = process.env.BENCH_ONLY;
  if (only && !(SECTIONS as readonly string[]).includes(only)) {
    console.error(`BENCH_ONLY must be one of: ${SECTIONS.join(", ")}`);
    process.exitCode = 2;
    return;
  }
  // Every section runs, whatever the one before found; the exit code says whether all goals were met.
  const sections = [
    ["bundles", bundles],
    ["submissions", submissions],
    ["mailing", mailing],
    ["console", consolePages],
    ["places", places],
    ["report", report],
  ] as const;
  let failed = false;
  for (const [name, run] of sections) {
    if (only && only !== name) continue;
    if (!(await run())) failed = true;
    if (!only && name !== "report") console.log("\n");
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
