import type { Context } from "hono";
import { Hono } from "hono/tiny";
import * as z from "zod/mini";
import { once } from "../../../domain/once.ts";
import { MAX_REPORT_DAYS, periodIssue, type ReportPeriod, yearPeriod } from "../../../domain/report.ts";
import { annualReport, type ReportDeps } from "../../../use-cases/report.ts";
import type { AppEnv } from "../../app-env.ts";
import { validate } from "../../json-body.ts";
import { validationProblem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import type { AnnualReportBody } from "../openapi/response-schemas.ts";

/** `GET /api/admin/reports/{year}`: another period by `from` and `to` (both, Berlin calendar days). */
export const reportQuery = once(() =>
  z.strictObject({
    from: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: "use YYYY-MM-DD" }))),
    to: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: "use YYYY-MM-DD" }))),
  }),
);

export const PERIOD_MESSAGES = {
  date: "is no calendar date",
  order: "is before from",
  length: `is more than ${MAX_REPORT_DAYS} days after from`,
  both: "needs both from and to",
  year: "is no year between 2000 and 2999",
} as const;

/**
 * The period a request asks for: the year of the path, or `from`…`to`; a field error otherwise (the console's
 * page reads the same rules).
 */
export function requestedPeriod(
  year: string,
  query: { from?: string | undefined; to?: string | undefined },
): { ok: true; period: ReportPeriod } | { ok: false; path: string; issue: keyof typeof PERIOD_MESSAGES } {
  if (!query.from && !query.to) {
    return /^2\d{3}$/.test(year)
      ? { ok: true, period: yearPeriod(Number(year)) }
      : { ok: false, path: "year", issue: "year" };
  }
  if (!query.from || !query.to) return { ok: false, path: query.from ? "to" : "from", issue: "both" };
  const period = { from: query.from, to: query.to };
  const issue = periodIssue(period);
  if (!issue) return { ok: true, period };
  const path = issue === "date" && periodIssue({ from: period.from, to: period.from }) ? "from" : "to";
  return { ok: false, path, issue };
}

/** The annual report as JSON: the same figures as the console's page and its CSV (issue 23). */
export function adminReportRoutes(deps: ReportDeps, now: () => Date) {
  return new Hono<AppEnv>().get(
    "/:year",
    describeRoute((d) => ({
      operationId: "adminAnnualReport",
      tag: "reports",
      coordinators: true,
      summary: { en: "The annual report of a year or period", de: "Der Jahresbericht eines Jahres oder Zeitraums" },
      description: {
        en: "Members and organisations per work table (start, end, joins, leaves), applications by outcome with the median days to a decision, meetings and conferences with attendance, mails, people by organisation type; with the same dates a year before when that year had any. Read by period, never by scanning.",
        de: "Mitglieder und Organisationen je Arbeitstisch (Beginn, Ende, Ein- und Austritte), Anträge nach Ausgang mit dem Median der Tage bis zur Entscheidung, Treffen und Konferenzen mit Anwesenheit, E-Mails, Personen nach Organisationsart; mit denselben Tagen ein Jahr zuvor, wenn es in jenem Jahr Zahlen gab. Gelesen nach Zeitraum, nie durch Durchsuchen aller Einträge.",
      },
      parameters: [
        d.params.year,
        ...d.query(reportQuery(), {
          from: {
            en: "The first day of another period (Berlin calendar day, `YYYY-MM-DD`), with `to`.",
            de: "Der erste Tag eines anderen Zeitraums (Kalendertag in Berlin, `JJJJ-MM-TT`), mit `to`.",
          },
          to: {
            en: "Its last day, included; at most five years after `from`.",
            de: "Sein letzter Tag, eingeschlossen; höchstens fünf Jahre nach `from`.",
          },
        }),
      ],
      responses: { 200: d.json("AnnualReport", { en: "The report.", de: "Der Bericht." }) },
      problems: [422],
    })),
    async (c: Context<AppEnv>) => {
      const query = await validate(c, reportQuery(), c.req.query(), "query");
      if (!query.ok) return query.response;
      const asked = requestedPeriod(c.req.param("year") ?? "", query.value);
      if (!asked.ok) {
        return validationProblem(c, [{ path: asked.path, message: PERIOD_MESSAGES[asked.issue] }], "query");
      }
      const report = await annualReport(deps, asked.period, now());
      return c.json(report satisfies AnnualReportBody);
    },
  );
}
