import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "../../shared/domain/errors.ts";
import { workTableInputSchema } from "../../shared/domain/work-table-input.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { WorkTableRepository } from "../../shared/store/work-table-repository.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";
import { workTableBody } from "../support/work-tables.ts";

let table: TestTable;
let repository: WorkTableRepository;
const now = new Date("2026-11-26T10:00:00Z");
const input = (overrides = {}) => workTableInputSchema().parse(workTableBody(overrides));

beforeAll(async () => {
  table = await createTestTable("repo");
  repository = new WorkTableRepository(table.db, table.tableName);
});
afterAll(() => table.drop());

describe("the work-table repository on DynamoDB Local", () => {
  it("seeds the five work tables of Schwerin, listed I to V", async () => {
    expect(await loadSeed(repository, now)).toEqual({ added: 5 });
    const tables = await repository.list();
    expect(tables.map((t) => `${t.numeral} ${t.name}`)).toEqual([
      "I Kita/Übergang Schule",
      "II Ausbildung und Arbeit",
      "III Interreligiöser Dialog",
      "IV Gesellschaftliche Integration",
      "V Beratung",
    ]);
    expect(tables[2]?.contact).toEqual({ name: "Rudolf Hubert", email: "rudolf.hubert@caritas-im-norden.de" });
  });

  it("seeding again adds nothing and keeps a coordinator's edit", async () => {
    const beratung = await repository.get("beratung");
    if (!beratung) throw new Error("seeded table missing");
    await repository.put(
      "beratung",
      input({ numeral: "V", name: "Beratung (neu)", admission: beratung.admission, contact: beratung.contact }),
      now,
    );
    expect(await loadSeed(repository, new Date("2026-12-01T00:00:00Z"))).toEqual({ added: 0 });
    expect((await repository.get("beratung"))?.name).toBe("Beratung (neu)");
    expect(await repository.list()).toHaveLength(5);
  });

  it("creates a table, then updates it keeping its creation time", async () => {
    const created = await repository.put("wohnen", input(), now);
    expect(created.created).toBe(true);
    const later = new Date("2026-11-27T10:00:00Z");
    const updated = await repository.put("wohnen", input({ name: "Wohnen und Nachbarschaft" }), later);
    expect(updated.created).toBe(false);
    expect(await repository.get("wohnen")).toMatchObject({
      name: "Wohnen und Nachbarschaft",
      createdAt: now.toISOString(),
      updatedAt: later.toISOString(),
    });
  });

  it("refuses a numeral that belongs to another table and stores nothing", async () => {
    const before = await allItems(table);
    await expect(repository.put("doppelt", input({ numeral: "III" }), now)).rejects.toThrowError(
      expect.objectContaining({ code: "numeral_taken" }) as DomainError,
    );
    expect(await allItems(table)).toEqual(before);
  });

  it("frees the old numeral when a table is renumbered", async () => {
    await repository.put("wohnen", input({ numeral: "VII" }), now);
    await repository.put("sport", input({ numeral: "VI", name: "Sport" }), now);
    expect((await repository.list()).map((t) => t.numeral)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII"]);
  });

  it("sets and removes a deputy", async () => {
    await repository.put("sport", input({ numeral: "VI", deputy: { name: "Max", email: "max@example.org" } }), now);
    expect((await repository.get("sport"))?.deputy).toEqual({ name: "Max", email: "max@example.org" });
    await repository.put("sport", input({ numeral: "VI", deputy: null }), now);
    expect((await repository.get("sport"))?.deputy).toBeUndefined();
  });
});
