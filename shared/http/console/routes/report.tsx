import type { Context } from "hono";
import type { Child } from "hono/jsx";
import { Hono } from "hono/tiny";
import { berlinToday } from "../../../domain/berlin-time.ts";
import { consoleLocaleOf, INTL_LOCALES, type Locale } from "../../../domain/locale.ts";
import { germanSpreadsheet } from "../../../domain/partner-csv.ts";
import {
  type ApplicationCounts,
  change,
  type MaskedCount,
  type ReportFigures,
  type ReportPeriod,
  type TableApplications,
} from "../../../domain/report.ts";
import { type ConsoleTexts, consoleTexts } from "../../../i18n/console.ts";
import { tableName } from "../../../i18n/format.ts";
import { labelsOf } from "../../../i18n/labels.ts";
import { type AnnualReport, annualReport, type ReportDeps } from "../../../use-cases/report.ts";
import { requestedPeriod } from "../../api/admin/reports.ts";
import type { AppEnv } from "../../app-env.ts";
import { Field } from "../../ui/form-parts.tsx";
import { href } from "../layout.tsx";
import { berlinDateTime, consolePage, StackTable } from "../parts.tsx";
import { HorizontalBars, LineChart, OUTCOME_COLOURS, StackedBars } from "../report-charts.tsx";

type ReportTexts = ConsoleTexts["report"];

/**
 * The annual report in the console (issue 23): `/konsole/bericht` (this year), `?jahr=2025`, or `?von=…&bis=…`;
 * `/konsole/bericht/csv` with the same query gives every figure as a German spreadsheet. Coordinators only.
 */
export function reportRoutes(deps: ReportDeps, now: () => Date) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const asked = periodOf(c, now());
      if (!asked.ok) return reportPage(c, asked.form, undefined, asked.message, 422);
      return reportPage(c, asked.form, await annualReport(deps, asked.period, now()));
    })
    .get("/csv", async (c) => {
      const asked = periodOf(c, now());
      if (!asked.ok) return reportPage(c, asked.form, undefined, asked.message, 422);
      const report = await annualReport(deps, asked.period, now());
      const r = consoleTexts(c.var.locale).report;
      return c.body(germanSpreadsheet(r.csvHeader, reportRows(report, c.var.locale), [3, 4, 5]), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${r.csvFile(fileLabel(report.period))}"`,
      });
    });
}

interface PeriodForm {
  year: string;
  from: string;
  to: string;
}

/** The period of the query: `jahr`, or `von` and `bis`; this year without either. */
function periodOf(
  c: Context<AppEnv>,
  now: Date,
): { ok: true; period: ReportPeriod; form: PeriodForm } | { ok: false; form: PeriodForm; message: string } {
  const r = consoleTexts(c.var.locale).report;
  const form = {
    year: (c.req.query("jahr") ?? berlinToday(now).slice(0, 4)).trim().slice(0, 4),
    from: (c.req.query("von") ?? "").trim().slice(0, 10),
    to: (c.req.query("bis") ?? "").trim().slice(0, 10),
  };
  const asked = requestedPeriod(form.year, {
    ...(form.from ? { from: form.from } : {}),
    ...(form.to ? { to: form.to } : {}),
  });
  if (asked.ok) return { ok: true, period: asked.period, form };
  return { ok: false, form, message: r.periodProblem[asked.issue] };
}

const isYear = (p: ReportPeriod) => p.from.endsWith("-01-01") && p.to === `${p.from.slice(0, 4)}-12-31`;
const fileLabel = (p: ReportPeriod) => (isYear(p) ? p.from.slice(0, 4) : `${p.from}_${p.to}`);

/** One formatter per kind and language, made on first use (making one costs more than formatting with it). */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(
  kind: string,
  locale: Locale,
  make: (tag: string) => T,
): T {
  const tag = INTL_LOCALES[consoleLocaleOf(locale)];
  const key = `${kind}|${tag}`;
  let made = formatters.get(key);
  if (!made) {
    made = make(tag);
    formatters.set(key, made);
  }
  return made as T;
}

/** A calendar day as the reader writes it (German: 01.03.2026). */
function day(date: string, locale: Locale): string {
  return formatter(
    "day",
    locale,
    (tag) => new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" }),
  ).format(new Date(`${date}T00:00:00Z`));
}
const periodLabel = (p: ReportPeriod, locale: Locale) =>
  isYear(p) ? p.from.slice(0, 4) : `${day(p.from, locale)} – ${day(p.to, locale)}`;

function monthLabel(month: string, locale: Locale, long = false): string {
  const make = (tag: string) =>
    new Intl.DateTimeFormat(tag, {
      month: long ? "long" : "short",
      ...(long ? { year: "numeric" } : {}),
      timeZone: "UTC",
    });
  return formatter(long ? "month-long" : "month", locale, make).format(new Date(`${month}-01T00:00:00Z`));
}

/** A number as the reader writes it (German: 4,5); null as "–". */
function number(value: MaskedCount | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "string") return value;
  return formatter("number", locale, (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 })).format(value);
}

/** "+3", "−2", "±0": a change as the page and the CSV show it. */
function signed(difference: number, locale: Locale): string {
  if (difference === 0) return "±0";
  const formatted = number(Math.abs(difference), locale);
  return difference > 0 ? `+${formatted}` : `−${formatted}`;
}

function reportPage(
  c: Context<AppEnv>,
  form: PeriodForm,
  report: AnnualReport | undefined,
  error?: string,
  status: 200 | 422 = 200,
) {
  const t = consoleTexts(c.var.locale);
  const r = t.report;
  const locale = c.var.locale;
  const label = report ? periodLabel(report.period, locale) : form.year;
  const query = report
    ? isYear(report.period)
      ? `?jahr=${report.period.from.slice(0, 4)}`
      : `?von=${report.period.from}&bis=${report.period.to}`
    : "";
  return consolePage(
    c,
    { title: r.title(label), path: "/konsole/bericht", section: "report" },
    <>
      <p>{r.intro}</p>
      <form method="get" action="/konsole/bericht" class="no-print report-period">
        {locale === "de" ? null : <input type="hidden" name="lang" value={locale} />}
        <fieldset>
          <legend>{r.periodLegend}</legend>
          <p class="hint">{r.periodHint}</p>
          {error ? (
            <p class="error" id="period-error" role="alert">
              {error}
            </p>
          ) : null}
          <div class="period-fields">
            <Field
              id="jahr"
              label={r.year}
              control={(a) => <input {...a} type="text" name="jahr" inputmode="numeric" size={6} value={form.year} />}
            />
            <Field id="von" label={r.from} control={(a) => <input {...a} type="date" name="von" value={form.from} />} />
            <Field id="bis" label={r.to} control={(a) => <input {...a} type="date" name="bis" value={form.to} />} />
          </div>
          <button type="submit">{r.show}</button>
        </fieldset>
      </form>
      {report ? <ReportBody report={report} r={r} locale={locale} query={query} t={t} /> : null}
    </>,
    status,
  );
}

function ReportBody(props: { report: AnnualReport; r: ReportTexts; t: ConsoleTexts; locale: Locale; query: string }) {
  const { report, r, locale } = props;
  const now = report.current;
  const before = report.previous;
  const nameOf = (id: string) => {
    const table = report.tables.find((x) => x.id === id);
    return table ? tableName(table) : id;
  };
  const shortName = (id: string) => report.tables.find((x) => x.id === id)?.numeral ?? id;
  /** A number with the change from the year before beside it (when that year had figures). */
  const withChange = (value: MaskedCount | null, previous: MaskedCount | null | undefined): Child => {
    const difference = before ? change(value, previous) : undefined;
    return (
      <>
        {number(value, locale)}
        {difference === undefined ? null : (
          <span class="yoy">
            {" "}
            (<span class="hp">{r.change}: </span>
            {signed(difference, locale)})
          </span>
        )}
      </>
    );
  };
  const prevMembers = (id: string) => before?.members.tables.find((x) => x.workTableId === id);
  const prevApplications = (id: string) =>
    id === "all" ? before?.applications.total : before?.applications.tables.find((x) => x.workTableId === id);
  const prevMeetings = (id: string) => before?.events.tables.find((x) => x.workTableId === id);
  const months = now.members.byMonth.map((m) => m.month);
  return (
    <>
      <p class="report-meta">
        {r.generated(berlinDateTime(report.generatedAt, locale))}.{" "}
        {before ? r.comparison(periodLabel(before.period, locale)) : r.noComparison}
      </p>
      <p class="no-print">
        <a href={href(`/konsole/bericht/csv${props.query}`, locale)}>{r.csv}</a>
      </p>
      <p class="no-print hint">{r.print}</p>

      <section aria-labelledby="members">
        <h2 id="members">{r.membersTitle}</h2>
        <StackTable
          caption={r.membersTitle}
          empty=""
          rows={[...now.members.tables.map((row) => ({ ...row, id: row.workTableId }))]}
          columns={[
            { label: r.table, cell: (row) => nameOf(row.id) },
            {
              label: r.membersStart,
              cell: (row) => withChange(row.start?.members ?? null, prevMembers(row.id)?.start?.members),
            },
            {
              label: r.membersEnd,
              cell: (row) => withChange(row.end?.members ?? null, prevMembers(row.id)?.end?.members),
            },
            { label: r.joins, cell: (row) => withChange(row.joins, prevMembers(row.id)?.joins) },
            { label: r.leaves, cell: (row) => withChange(row.leaves, prevMembers(row.id)?.leaves) },
            {
              label: r.organisationsStart,
              cell: (row) => withChange(row.start?.organisations ?? null, prevMembers(row.id)?.start?.organisations),
            },
            {
              label: r.organisationsEnd,
              cell: (row) => withChange(row.end?.organisations ?? null, prevMembers(row.id)?.end?.organisations),
            },
          ]}
        />
        <p>
          {r.networkPeople}: {r.membersStart} {withChange(now.members.network.start, before?.members.network.start)};{" "}
          {r.membersEnd} {withChange(now.members.network.end, before?.members.network.end)}.
        </p>
        <p class="hint">{r.notCountedNote}</p>
        <LineChart
          title={r.membersChartTitle}
          caption={r.membersChartCaption}
          labels={months.map((m) => monthLabel(m, locale))}
          series={now.members.tables.map((row) => ({
            label: nameOf(row.workTableId),
            values: now.members.byMonth.map((m) => m.tables[row.workTableId] ?? null),
          }))}
        />
        <StackTable
          caption={r.membersChartTitle}
          narrow
          empty=""
          rows={now.members.byMonth}
          columns={[
            { label: r.month, cell: (m) => monthLabel(m.month, locale, true) },
            ...now.members.tables.map((row) => ({
              label: shortName(row.workTableId),
              cell: (m: (typeof now.members.byMonth)[number]) => number(m.tables[row.workTableId] ?? null, locale),
            })),
          ]}
        />
      </section>

      <section aria-labelledby="applications">
        <h2 id="applications">{r.applicationsTitle}</h2>
        <p class="hint">{r.applicationsNote}</p>
        <StackTable
          caption={r.applicationsTitle}
          empty=""
          rows={[...now.applications.tables, now.applications.total]}
          columns={[
            { label: r.table, cell: (row) => (row.workTableId === "all" ? r.total : nameOf(row.workTableId)) },
            ...APPLICATION_COUNTS.map((key) => ({
              label: r[key],
              cell: (row: TableApplications) => withChange(row[key], prevApplications(row.workTableId)?.[key]),
            })),
            {
              label: r.medianDays,
              cell: (row) =>
                withChange(row.medianDaysToDecision, prevApplications(row.workTableId)?.medianDaysToDecision),
            },
          ]}
        />
        <StackedBars
          title={r.applicationsChartTitle}
          caption={r.applicationsChartCaption}
          labels={now.applications.byMonth.map((m) => monthLabel(m.month, locale))}
          parts={(["accepted", "declined", "withdrawn", "open"] as const).map((outcome) => ({
            label: r[outcome],
            colour: OUTCOME_COLOURS[outcome],
            values: now.applications.byMonth.map((m) => m[outcome]),
          }))}
        />
        <StackTable
          caption={r.applicationsChartTitle}
          empty=""
          rows={now.applications.byMonth}
          columns={[
            { label: r.month, cell: (m) => monthLabel(m.month, locale, true) },
            ...APPLICATION_COUNTS.map((key) => ({
              label: r[key],
              cell: (m: ApplicationCounts) => number(m[key], locale),
            })),
          ]}
        />
      </section>

      <section aria-labelledby="meetings">
        <h2 id="meetings">{r.meetingsTitle}</h2>
        <p class="hint">{r.meetingsNote}</p>
        <StackTable
          caption={r.meetingsTitle}
          empty=""
          rows={now.events.tables}
          columns={[
            { label: r.table, cell: (row) => nameOf(row.workTableId) },
            { label: r.held, cell: (row) => withChange(row.held, prevMeetings(row.workTableId)?.held) },
            {
              label: r.attendances,
              cell: (row) => withChange(row.attendances, prevMeetings(row.workTableId)?.attendances),
            },
            {
              label: r.organisationsAtMost,
              cell: (row) => withChange(row.organisationsAtMost, prevMeetings(row.workTableId)?.organisationsAtMost),
            },
          ]}
        />
        {now.events.meetings.length === 0 ? (
          <p>{r.noMeetings}</p>
        ) : (
          <>
            <HorizontalBars
              title={r.attendanceChartTitle}
              caption={r.attendanceChartCaption}
              items={now.events.meetings.map((m) => ({
                label: `${day(m.date, locale)} · ${shortName(m.workTableId ?? "")}`,
                value: m.people,
              }))}
            />
            <StackTable
              caption={r.attendanceChartTitle}
              empty=""
              rows={now.events.meetings}
              columns={[
                { label: r.date, cell: (m) => day(m.date, locale) },
                { label: r.table, cell: (m) => shortName(m.workTableId ?? "") },
                { label: r.meeting, cell: (m) => m.title },
                { label: r.people, cell: (m) => number(m.people, locale) },
                { label: r.organisations, cell: (m) => number(m.organisations, locale) },
                { label: r.source, cell: (m) => (m.source === "attendance" ? r.fromAttendance : r.fromAnswers) },
              ]}
            />
          </>
        )}
      </section>

      <section aria-labelledby="conferences">
        <h2 id="conferences">{r.conferencesTitle}</h2>
        <StackTable
          caption={r.conferencesTitle}
          empty={r.noConferences}
          rows={now.events.conferences}
          columns={[
            { label: r.conference, cell: (e) => e.title },
            { label: r.date, cell: (e) => day(e.date, locale) },
            { label: r.invited, cell: (e) => number(e.invited, locale) },
            { label: r.answersYes, cell: (e) => number(e.answersYes, locale) },
            { label: r.answersNo, cell: (e) => number(e.answersNo, locale) },
            { label: r.waitlisted, cell: (e) => number(e.waitlisted, locale) },
            { label: r.places, cell: (e) => (e.capacity === null ? r.unlimited : number(e.capacity, locale)) },
            {
              label: r.present,
              cell: (e) => `${number(e.people, locale)}${e.source === "answers" ? ` (${r.fromAnswers})` : ""}`,
            },
            { label: r.organisations, cell: (e) => number(e.organisations, locale) },
          ]}
        />
      </section>

      <section aria-labelledby="mails">
        <h2 id="mails">{r.mailsTitle}</h2>
        <StackTable
          caption={r.mailsTitle}
          empty=""
          rows={(["sent", "failed", "uncertain", "suppressed"] as const).map((key) => ({ key }))}
          columns={[
            { label: r.mailsTitle, cell: (row) => r[row.key] },
            { label: r.count, cell: (row) => withChange(now.mails[row.key], before?.mails[row.key]) },
          ]}
        />
      </section>

      <section aria-labelledby="types">
        <h2 id="types">{r.typesTitle}</h2>
        <p class="hint">{r.typesNote}</p>
        <StackTable
          caption={r.typesTitle}
          empty=""
          rows={now.organisationTypes}
          columns={[
            { label: r.typesTitle, cell: (row) => typeLabel(row.type, r, locale) },
            {
              label: r.people,
              cell: (row) => withChange(row.people, before?.organisationTypes.find((x) => x.type === row.type)?.people),
            },
            {
              label: r.organisations,
              cell: (row) =>
                withChange(
                  row.organisations,
                  before?.organisationTypes.find((x) => x.type === row.type)?.organisations,
                ),
            },
          ]}
        />
      </section>
    </>
  );
}

/** The application counts in the order every table and the CSV show them. */
const APPLICATION_COUNTS = [
  "received",
  "accepted",
  "declined",
  "withdrawn",
  "open",
] as const satisfies readonly (keyof ApplicationCounts)[];

const typeLabel = (type: ReportFigures["organisationTypes"][number]["type"], r: ReportTexts, locale: Locale) =>
  type === "unknown" ? r.unknownType : labelsOf(locale).organisationTypes[type];

/**
 * Every figure of the report as rows of a German spreadsheet: section, figure, what it is of, value, the year
 * before, the change. The same figures as the page (and the API), from the same report.
 */
export function reportRows(report: AnnualReport, locale: Locale): string[][] {
  const r = consoleTexts(locale).report;
  const now = report.current;
  const before = report.previous;
  const rows: string[][] = [];
  const cell = (value: MaskedCount | null | undefined) => number(value, locale);
  const add = (
    section: string,
    figure: string,
    of: string,
    value: MaskedCount | null,
    previous?: MaskedCount | null,
  ) => {
    const difference = before ? change(value, previous) : undefined;
    rows.push([
      section,
      figure,
      of,
      cell(value),
      // No comparison where the figure has none (a month, a meeting); "–" where the year before was not counted.
      before && previous !== undefined ? cell(previous) : "",
      difference === undefined ? "" : signed(difference, locale),
    ]);
  };
  const name = (id: string) => {
    const table = report.tables.find((x) => x.id === id);
    return table ? tableName(table) : id;
  };
  for (const row of now.members.tables) {
    const prev = before?.members.tables.find((x) => x.workTableId === row.workTableId);
    const of = name(row.workTableId);
    add(r.membersTitle, r.membersStart, of, row.start?.members ?? null, prev?.start?.members ?? null);
    add(r.membersTitle, r.membersEnd, of, row.end?.members ?? null, prev?.end?.members ?? null);
    add(r.membersTitle, r.joins, of, row.joins, prev?.joins);
    add(r.membersTitle, r.leaves, of, row.leaves, prev?.leaves);
    add(r.membersTitle, r.organisationsStart, of, row.start?.organisations ?? null, prev?.start?.organisations ?? null);
    add(r.membersTitle, r.organisationsEnd, of, row.end?.organisations ?? null, prev?.end?.organisations ?? null);
  }
  add(r.membersTitle, r.membersStart, r.networkPeople, now.members.network.start, before?.members.network.start);
  add(r.membersTitle, r.membersEnd, r.networkPeople, now.members.network.end, before?.members.network.end);
  for (const month of now.members.byMonth) {
    for (const row of now.members.tables) {
      add(
        r.membersChartTitle,
        monthLabel(month.month, locale, true),
        name(row.workTableId),
        month.tables[row.workTableId] ?? null,
      );
    }
  }
  for (const row of [...now.applications.tables, now.applications.total]) {
    const prev =
      row.workTableId === "all"
        ? before?.applications.total
        : before?.applications.tables.find((x) => x.workTableId === row.workTableId);
    const of = row.workTableId === "all" ? r.total : name(row.workTableId);
    for (const key of APPLICATION_COUNTS) {
      add(r.applicationsTitle, r[key], of, row[key], prev?.[key]);
    }
    add(r.applicationsTitle, r.medianDays, of, row.medianDaysToDecision, prev?.medianDaysToDecision ?? null);
  }
  for (const month of now.applications.byMonth) {
    for (const key of APPLICATION_COUNTS) {
      add(r.applicationsChartTitle, r[key], monthLabel(month.month, locale, true), month[key]);
    }
  }
  for (const row of now.events.tables) {
    const prev = before?.events.tables.find((x) => x.workTableId === row.workTableId);
    const of = name(row.workTableId);
    add(r.meetingsTitle, r.held, of, row.held, prev?.held);
    add(r.meetingsTitle, r.attendances, of, row.attendances, prev?.attendances);
    add(r.meetingsTitle, r.organisationsAtMost, of, row.organisationsAtMost, prev?.organisationsAtMost);
  }
  for (const m of now.events.meetings) {
    const of = `${day(m.date, locale)} · ${name(m.workTableId ?? "")} · ${m.title}`;
    const source = m.source === "attendance" ? r.fromAttendance : r.fromAnswers;
    add(r.attendanceChartTitle, `${r.people} (${source})`, of, m.people);
    add(r.attendanceChartTitle, `${r.organisations} (${source})`, of, m.organisations);
  }
  for (const e of now.events.conferences) {
    const of = `${day(e.date, locale)} · ${e.title}`;
    add(r.conferencesTitle, r.invited, of, e.invited);
    add(r.conferencesTitle, r.answersYes, of, e.answersYes);
    add(r.conferencesTitle, r.answersNo, of, e.answersNo);
    add(r.conferencesTitle, r.waitlisted, of, e.waitlisted);
    add(r.conferencesTitle, r.places, of, e.capacity);
    add(r.conferencesTitle, r.present, of, e.people);
    add(r.conferencesTitle, r.organisations, of, e.organisations);
  }
  for (const key of ["sent", "failed", "uncertain", "suppressed"] as const) {
    add(r.mailsTitle, r[key], "", now.mails[key], before?.mails[key]);
  }
  for (const row of now.organisationTypes) {
    const prev = before?.organisationTypes.find((x) => x.type === row.type);
    add(r.typesTitle, r.people, typeLabel(row.type, r, locale), row.people, prev?.people);
    add(r.typesTitle, r.organisations, typeLabel(row.type, r, locale), row.organisations, prev?.organisations);
  }
  return rows;
}
