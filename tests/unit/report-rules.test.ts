import { describe, expect, it } from "vitest";
import { germanSpreadsheet } from "../../shared/domain/partner-csv.ts";
import {
  applicationFigures,
  change,
  type MemberSnapshot,
  masked,
  median,
  memberChanges,
  memberFigures,
  memberState,
  memberTimeline,
  periodIssue,
  periodMonths,
  previousPeriod,
} from "../../shared/domain/report.ts";

/** The report's rules (issue 23) on their own: periods, the median, the "< 3", members over time. */
describe("the annual report's rules", () => {
  it("checks a period: real dates, in order, at most five years", () => {
    expect(periodIssue({ from: "2026-01-01", to: "2026-12-31" })).toBeUndefined();
    expect(periodIssue({ from: "2026-02-30", to: "2026-03-01" })).toBe("date");
    expect(periodIssue({ from: "2026-03-01", to: "2026-02-01" })).toBe("order");
    expect(periodIssue({ from: "2020-01-01", to: "2026-01-01" })).toBe("length");
  });

  it("compares with the same dates a year before; 29 February becomes the 28th", () => {
    expect(previousPeriod({ from: "2026-01-01", to: "2026-12-31" })).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(previousPeriod({ from: "2028-02-29", to: "2028-03-31" })).toEqual({ from: "2027-02-28", to: "2027-03-31" });
    expect(periodMonths({ from: "2026-11-15", to: "2027-02-01" })).toEqual([
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02",
    ]);
  });

  it("shows one or two people as '< 3', and no change beside a masked number", () => {
    expect([0, 1, 2, 3, 40].map(masked)).toEqual([0, "< 3", "< 3", 3, 40]);
    expect(change(5, 3)).toBe(2);
    expect(change("< 3", 3)).toBeUndefined();
    expect(change(4, null)).toBeUndefined();
    expect(median([])).toBeNull();
    expect(median([24, 1, 4, 10, 2])).toBe(4);
    expect(median([2, 1])).toBe(1.5);
  });

  it("counts applications by the Berlin day they came in (New Year's Eve at 23:30 UTC is already next year)", () => {
    const figures = applicationFigures(
      { from: "2027-01-01", to: "2027-12-31" },
      ["t"],
      [
        {
          workTableId: "t",
          receivedAt: "2026-12-31T23:30:00.000Z",
          outcome: "accepted",
          decidedAt: "2027-01-02T23:30:00.000Z",
        },
        { workTableId: "t", receivedAt: "2026-12-31T22:30:00.000Z" },
      ],
    );
    expect(figures.total).toMatchObject({ received: 1, accepted: 1, open: 0, medianDaysToDecision: 2 });
    expect(figures.byMonth[0]).toMatchObject({ month: "2027-01", received: 1 });
  });

  it("members: start + joins − leaves = end, organisations by name whatever the case", () => {
    const sets = (entries: Record<string, string[]>) =>
      new Map(Object.entries(entries).map(([k, v]) => [k, new Set(v)]));
    expect(memberChanges(sets({ a: ["p1", "p2"] }), sets({ a: ["p2", "p3", "p4"], b: ["p1"] }))).toEqual({
      joins: { a: 2, b: 1 },
      leaves: { a: 1 },
    });
    const state = memberState([
      { person: "p1", workTableIds: ["a"], organisation: "caritas", organisationType: "association" },
      { person: "p2", workTableIds: ["a", "b"], organisation: "caritas" },
      { person: "p3", workTableIds: [] },
    ]);
    expect(state.tables).toEqual({ a: { members: 2, organisations: 1 }, b: { members: 1, organisations: 1 } });
    expect(state.types).toEqual({
      association: { members: 1, organisations: 1 },
      unknown: { members: 1, organisations: 1 },
    });
    // Each count: the day's moves and the totals since the first count (here two joins in 2025 before the year).
    const snapshot = (
      day: string,
      members: number,
      moves: [number, number],
      totals: [number, number],
    ): MemberSnapshot => ({
      day,
      state: { tables: { a: { members, organisations: 1 } }, types: {} },
      joins: { a: moves[0] },
      leaves: { a: moves[1] },
      totals: { joins: { a: totals[0] }, leaves: { a: totals[1] } },
    });
    const timeline = memberTimeline(
      [
        snapshot("2025-06-01", 4, [2, 0], [2, 0]),
        snapshot("2026-03-02", 7, [4, 1], [6, 1]),
        snapshot("2026-09-01", 6, [0, 1], [6, 2]),
      ],
      "2027-01-15",
    );
    const figures = memberFigures({ from: "2026-01-01", to: "2026-12-31" }, ["a"], timeline, "2027-01-15");
    expect(figures.tables[0]).toEqual({
      workTableId: "a",
      start: { members: 4, organisations: 1 },
      end: { members: 6, organisations: 1 },
      joins: 4,
      leaves: 2,
    });
    // August ends with the count of 1 September (taken that morning): 6.
    expect(figures.byMonth.map((m) => m.tables.a)).toEqual([4, 4, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6]);
  });

  it("a column of figures keeps its signs in the spreadsheet; a formula there is still escaped", () => {
    const csv = germanSpreadsheet(
      ["Bezug", "Veränderung"],
      [
        ["-1", "+3"],
        ["=1+1", "-2"],
        ["x", "=1+1"],
      ],
      [1],
    );
    expect(csv.slice(1).split("\r\n")).toEqual(["Bezug;Veränderung", "'-1;+3", "'=1+1;-2", "x;'=1+1", ""]);
  });
});
