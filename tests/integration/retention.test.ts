import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptedExpiry, declinedExpiry, unconfirmedExpiry } from "../../shared/domain/application-lifecycle.ts";
import { PERSONAL_DATA_RETENTION } from "../../shared/domain/retention.ts";
import { retireLeftPartners } from "../../shared/jobs/retention.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { testDependencies } from "../support/app.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

/**
 * The retention rules that are not a plain TTL set at write time: partners who left (all mail, or every work
 * table) are erased a year later by the daily run; the others' expiry times are checked here against the rules.
 */
let table: TestTable;
let deps: ReturnType<typeof testDependencies>;
const DAY_MS = 86_400_000;
const now = new Date("2027-06-01T08:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

beforeAll(async () => {
  table = await createTestTable("retention");
  deps = testDependencies(table);
  await loadSeed(deps.workTables);
});
afterAll(() => table.drop());

describe("retention", () => {
  it("erases partners a year after they unsubscribed from all mail or left their last table, and no one else", async () => {
    const partner = (email: string, tables: string[]) => ({
      email,
      name: email.split("@")[0] ?? email,
      workTableIds: tables,
    });
    await deps.partners.importPartners(
      [
        partner("abgemeldet.alt@example.org", ["kita-uebergang-schule"]),
        partner("abgemeldet.neu@example.org", ["kita-uebergang-schule"]),
        partner("ausgetreten.alt@example.org", ["beratung"]),
        partner("noch.dabei@example.org", ["beratung", "ausbildung-und-arbeit"]),
        partner("ohne.tisch@example.org", []),
      ],
      daysAgo(800),
    );
    await deps.partners.unsubscribe("abgemeldet.alt@example.org", daysAgo(366));
    await deps.partners.unsubscribe("abgemeldet.neu@example.org", daysAgo(364));
    await deps.partners.removeFromTable(
      "ausgetreten.alt@example.org",
      "beratung",
      { actor: "link:partner", action: "partner.leave_table" },
      daysAgo(366),
    );
    await deps.partners.removeFromTable(
      "noch.dabei@example.org",
      "beratung",
      { actor: "link:partner", action: "partner.leave_table" },
      daysAgo(400),
    );
    expect((await deps.partners.get("ausgetreten.alt@example.org"))?.tablesLeftAt).toBe(daysAgo(366).toISOString());
    expect((await deps.partners.get("noch.dabei@example.org"))?.tablesLeftAt).toBeUndefined();

    expect(await retireLeftPartners(deps, now)).toEqual({ erased: 2, kept: 0 });
    const left = (await deps.partners.all()).map((p) => p.email).sort();
    // Unsubscribed less than a year ago, still at a table, or never at one (an imported partner): kept.
    expect(left).toEqual(["abgemeldet.neu@example.org", "noch.dabei@example.org", "ohne.tisch@example.org"]);
    const text = JSON.stringify(await allItems(table));
    expect(text).not.toContain("abgemeldet.alt@");
    expect(text).not.toContain("ausgetreten.alt@");
    expect((await allItems(table)).filter((i) => i.action === "person.erase" && i.actor === "system")).toHaveLength(2);
    // Running again changes nothing.
    expect(await retireLeftPartners(deps, now)).toEqual({ erased: 0, kept: 0 });
  });

  it("clears the mark when a partner joins a table again", async () => {
    await deps.partners.importPartners(
      [{ email: "zurueck@example.org", name: "Zurück", workTableIds: ["beratung"] }],
      now,
    );
    await deps.partners.removeFromTable(
      "zurueck@example.org",
      "beratung",
      { actor: "link:partner", action: "partner.leave_table" },
      daysAgo(500),
    );
    await deps.partners.importPartners(
      [{ email: "zurueck@example.org", name: "Zurück", workTableIds: ["beratung"] }],
      now,
    );
    expect((await deps.partners.get("zurueck@example.org"))?.tablesLeftAt).toBeUndefined();
    expect((await retireLeftPartners(deps, now)).erased).toBe(0);
  });

  it("sets every other expiry by its rule", () => {
    const at = new Date("2027-01-31T12:00:00Z");
    const R = PERSONAL_DATA_RETENTION;
    expect(unconfirmedExpiry(at) * 1000 - at.getTime()).toBe(R.unconfirmedDays * DAY_MS);
    expect(new Date(declinedExpiry(at) * 1000).toISOString()).toBe("2027-07-31T12:00:00.000Z");
    expect(new Date(acceptedExpiry(at) * 1000).toISOString()).toBe(`${2027 + R.acceptedYears}-01-31T12:00:00.000Z`);
  });
});
