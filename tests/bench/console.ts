/**
 * Console benchmark: the coordinators' list pages (applications, partners) as a signed-in coordinator gets them
 * (the whole Hono app in this process: session check, queries, rendering), on one in-memory DynamoDB Local
 * holding 1,000 partners and 2,000 applications. Each page is requested in turn; p50/p95 over all requests.
 */
import { randomBytes } from "node:crypto";
import type { ApplicationInput } from "../../shared/domain/application-input.ts";
import { createApp } from "../../shared/http/app.tsx";
import { storeDependencies } from "../../shared/http/dependencies.ts";
import { createLogger } from "../../shared/logging/logger.ts";
import { tokenSigner } from "../../shared/security/tokens.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { confirmSubmission } from "../../shared/use-cases/confirm-submission.ts";
import { submitApplication } from "../../shared/use-cases/submit-application.ts";
import { benchCoordinatorSession } from "./coordinator-session.ts";
import { inMemoryTable } from "./in-memory-table.ts";

const PARTNERS = Number(process.env.BENCH_CONSOLE_PARTNERS ?? 1000);
const APPLICATIONS = Number(process.env.BENCH_CONSOLE_APPLICATIONS ?? 2000);
const REQUESTS = Number(process.env.BENCH_CONSOLE_REQUESTS ?? 200);
const TABLE = "bench-console";
const COORDINATOR = "koordination@schwerin.example";
const TABLE_IDS = ["kita-uebergang-schule", "gesellschaftliche-integration", "ausbildung-und-arbeit", "beratung"];

export interface PageFigures {
  page: string;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface ConsoleFigures {
  partners: number;
  applications: number;
  pages: PageFigures[];
}

/** Runs `count` tasks on `concurrency` workers. */
async function pool(count: number, concurrency: number, task: (i: number) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) await task(i);
    }),
  );
}

export async function benchConsole(): Promise<ConsoleFigures> {
  const table = await inMemoryTable(TABLE);
  try {
    const db = table.db;
    const signer = tokenSigner(randomBytes(32).toString("base64url"));
    const services = storeDependencies(db, TABLE, async () => signer, {
      perEmail: 1_000_000,
      perClient: 1_000_000,
      minFillSeconds: 0,
    });
    const now = new Date();
    await loadSeed(services.workTables, now);

    // 1,000 partners, spread over the work tables, imported as a coordinator would.
    const numerals = ["I", "II", "III", "IV", "V"];
    await services.partners.importPartners(
      Array.from({ length: PARTNERS }, (_, i) => ({
        email: `partner${String(i).padStart(4, "0")}@example.org`,
        name: `Partner:in ${i}`,
        organisation: `Organisation ${i % 97}`,
        workTableIds: [TABLE_IDS[i % TABLE_IDS.length] as string],
        ...(i % 3 === 0 ? { legalBasis: `Einwilligung ${numerals[i % 5]}` } : {}),
      })),
      now,
    );

    // 2,000 applications; two in three confirmed (waiting for a decision).
    await pool(APPLICATIONS, 16, async (i) => {
      const input: ApplicationInput = {
        workTableIds: [TABLE_IDS[i % TABLE_IDS.length] as string],
        name: `Antragsteller:in ${i}`,
        email: `applicant${String(i).padStart(4, "0")}@example.org`,
        organisation: `Verein ${i % 50}`,
        organisationType: "association",
        engagement: "volunteer",
        // Whichever a table asks for; the admission check drops what the chosen table does not need.
        service: "MBE",
        mandate: { community: "Evangelisch-Lutherische Kirche in Norddeutschland" },
        locale: "de",
        consent: true,
      };
      const outcome = await submitApplication(services, input, `198.51.100.${i % 250}`, now);
      if (outcome.kind !== "accepted") throw new Error(`application ${i}: ${outcome.kind}`);
      if (i % 3 !== 2) {
        const token = signer.sign("confirm", outcome.result.submissionId, new Date(now.getTime() + 3_600_000));
        await confirmSubmission(services, token, now);
      }
    });

    const app = createApp({
      ...services,
      firstCoordinators: [COORDINATOR],
      clientAddress: () => "198.51.100.1",
      logger: createLogger({ service: "bench", write: () => undefined }),
    });

    // A session as the mailed link gives it.
    const session = await benchCoordinatorSession({ services, db, tableName: TABLE, signer, email: COORDINATOR, now });
    const cookie = session.cookie;

    // A search is a POST (the term stays out of URLs), with the session's CSRF token, from the console itself.
    const search = (q: string): RequestInit => ({
      method: "POST",
      headers: { Cookie: cookie, Origin: "http://localhost", "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: session.csrf, q }).toString(),
    });
    const pages: [string, string, RequestInit?][] = [
      ["applications, newest first", "/konsole/antraege"],
      ["applications waiting, one table", "/konsole/antraege?status=submitted&tisch=beratung"],
      ["applications, search", "/konsole/antraege/suche", search("verein 7")],
      ["partners", "/konsole/partner"],
      ["partners, one table", "/konsole/partner?tisch=beratung"],
      ["partners, search", "/konsole/partner/suche", search("organisation 13")],
    ];
    const figures: PageFigures[] = [];
    for (const [name, path, init] of pages) {
      const latencies: number[] = [];
      for (let i = 0; i < REQUESTS + 20; i++) {
        const start = performance.now();
        const response = await app.request(path, init ?? { headers: { Cookie: cookie } });
        const html = await response.text();
        if (response.status !== 200 || !html.includes("<table")) throw new Error(`${path}: ${response.status}`);
        if (i >= 20) latencies.push(performance.now() - start); // the first 20 warm up
      }
      latencies.sort((a, b) => a - b);
      const at = (p: number) => latencies[Math.max(0, Math.ceil(p * latencies.length) - 1)] ?? 0;
      figures.push({
        page: `${name} (${path})`,
        requests: latencies.length,
        p50Ms: at(0.5),
        p95Ms: at(0.95),
        maxMs: at(1),
      });
    }
    db.destroy();
    return { partners: PARTNERS, applications: APPLICATIONS, pages: figures };
  } finally {
    await table.stop();
  }
}
