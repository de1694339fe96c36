import { TransactWriteCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PartnerImport } from "../../shared/domain/partner-csv.ts";
import { keys } from "../../shared/store/keys.ts";
import { acceptedPartnerUpdate, PartnerRepository } from "../../shared/store/partner-repository.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

let table: TestTable;
let partners: PartnerRepository;
const now = new Date("2026-11-26T10:00:00Z");
const later = new Date("2026-11-27T10:00:00Z");

const row = (overrides: Partial<PartnerImport> = {}): PartnerImport => ({
  email: "anna@example.org",
  name: "Anna Beispiel",
  workTableIds: ["kita"],
  ...overrides,
});

beforeAll(async () => {
  table = await createTestTable("partners");
  partners = new PartnerRepository(table.db, table.tableName);
});
afterAll(() => table.drop());

describe("the partner repository on DynamoDB Local", () => {
  it("takes a new partner, finds it by email in the directory index", async () => {
    expect(await partners.importPartner(row({ legalBasis: "Einwilligung 2024" }), now)).toBe("taken");
    const anna = await partners.get("Anna@Example.org");
    expect(anna).toEqual({
      email: "anna@example.org",
      handle: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      name: "Anna Beispiel",
      workTableIds: new Set(["kita"]),
      locale: "de",
      source: "import",
      legalBasis: "Einwilligung 2024",
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    const stored = (await allItems(table)).find((item) => item.pk === keys.partner("anna@example.org").pk);
    expect(stored).toMatchObject(keys.partnersByEmail("anna@example.org"));
    // Found by the opaque handle of its links too; the handle says nothing about the address.
    expect((await partners.byHandle(anna?.handle as string))?.email).toBe("anna@example.org");
    expect(anna?.handle).not.toContain("anna");
  });

  it("writes nothing when a row brings nothing new: the same row again is unchanged", async () => {
    const before = await allItems(table);
    expect(await partners.importPartner(row({ name: "Anna B.", legalBasis: "Anderes" }), later)).toBe("unchanged");
    expect(await allItems(table)).toEqual(before);
  });

  it("merges a known email address: work tables united, missing fields filled, nothing overwritten", async () => {
    expect(
      await partners.importPartner(
        row({ name: "A. Beispiel", organisation: "Caritas", workTableIds: ["kita", "beratung"], legalBasis: "X" }),
        later,
      ),
    ).toBe("merged");
    expect(await partners.get("anna@example.org")).toMatchObject({
      name: "Anna Beispiel",
      organisation: "Caritas",
      workTableIds: new Set(["kita", "beratung"]),
      legalBasis: "Einwilligung 2024",
      createdAt: now.toISOString(),
      updatedAt: later.toISOString(),
    });
  });

  it("merges into a partner an accepted application made, with the same attributes", async () => {
    // The partner upsert of ApplicationRepository.decide, as it writes it.
    const email = "bewerberin@example.org";
    await table.db.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: keys.partner(email),
        UpdateExpression:
          "SET #name = :name, organisation = :organisation, locale = :locale, updatedAt = :now, " +
          "createdAt = if_not_exists(createdAt, :now), email = :email, #source = if_not_exists(#source, :source), " +
          "gsi1pk = :gsi1pk, gsi1sk = :gsi1sk ADD workTableIds :tables",
        ExpressionAttributeNames: { "#name": "name", "#source": "source" },
        ExpressionAttributeValues: {
          ":name": "Bea Bewerberin",
          ":organisation": null,
          ":locale": "en",
          ":now": now.toISOString(),
          ":email": email,
          ":source": "application",
          ":tables": new Set(["beratung"]),
          ":gsi1pk": keys.partnersByEmail(email).gsi1pk,
          ":gsi1sk": keys.partnersByEmail(email).gsi1sk,
        },
      }),
    );
    expect(await partners.importPartner(row({ email, name: "Bea", workTableIds: ["beratung"] }), later)).toBe(
      "unchanged",
    );
    expect(
      await partners.importPartner(row({ email, name: "Bea", organisation: "Verein", workTableIds: [] }), later),
    ).toBe("merged");
    expect(await partners.get(email)).toMatchObject({
      name: "Bea Bewerberin",
      organisation: "Verein",
      locale: "en",
      source: "application",
      workTableIds: new Set(["beratung"]),
    });
  });

  it("imports many at once; importing the same rows again changes nothing at all", async () => {
    const rows = [
      row({ email: "carla@example.org", name: "Carla", workTableIds: [] }),
      row({ email: "dora@example.org", name: "Dora", workTableIds: ["kita", "arbeit"] }),
      row({ email: "anna@example.org", workTableIds: ["arbeit"] }),
      row({ email: "emil@example.org", name: "Emil", workTableIds: ["arbeit"] }),
    ];
    expect(await partners.importPartners(rows, now)).toEqual({ taken: 3, merged: 1, unchanged: 0 });
    const before = await allItems(table);
    expect(await partners.importPartners(rows, later)).toEqual({ taken: 0, merged: 0, unchanged: 4 });
    expect(await allItems(table)).toEqual(before);
    // No empty set in DynamoDB: a partner at no work table has no workTableIds attribute, and reads as an empty set.
    expect(before.find((item) => item.email === "carla@example.org")).not.toHaveProperty("workTableIds");
    expect((await partners.get("carla@example.org"))?.workTableIds).toEqual(new Set());
  });

  it("lists the directory by email address, page by page, and by work table", async () => {
    const seen: string[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await partners.list({ limit: 2, ...(startKey ? { startKey } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((p) => p.email));
      startKey = page.nextKey;
    } while (startKey);
    expect(seen).toEqual([
      "anna@example.org",
      "bewerberin@example.org",
      "carla@example.org",
      "dora@example.org",
      "emil@example.org",
    ]);

    const first = await partners.list({ workTableId: "arbeit", limit: 2 });
    expect(first.items.map((p) => p.email)).toEqual(["anna@example.org", "dora@example.org"]);
    expect(first.nextKey).toBeDefined();
    const second = await partners.list({
      workTableId: "arbeit",
      limit: 2,
      ...(first.nextKey ? { startKey: first.nextKey } : {}),
    });
    expect(second.items.map((p) => p.email)).toEqual(["emil@example.org"]);
    expect(second.nextKey).toBeUndefined();

    expect((await partners.all({ workTableId: "kita" })).map((p) => p.email)).toEqual([
      "anna@example.org",
      "dora@example.org",
    ]);
    expect(await partners.all()).toHaveLength(5);
  });

  it("records an unsubscription once; an import neither undoes it nor repeats it", async () => {
    const first = await partners.unsubscribe("dora@example.org", now);
    expect(first).toMatchObject({ outcome: "unsubscribed", partner: { unsubscribedAt: now.toISOString() } });
    const again = await partners.unsubscribe("DORA@example.org", later);
    expect(again).toMatchObject({ outcome: "already_unsubscribed", partner: { unsubscribedAt: now.toISOString() } });
    expect(await partners.unsubscribe("niemand@example.org", now)).toEqual({ outcome: "not_found" });
    expect(
      await partners.importPartner(row({ email: "dora@example.org", name: "Dora", workTableIds: ["beratung"] }), later),
    ).toBe("merged");
    expect((await partners.get("dora@example.org"))?.unsubscribedAt).toBe(now.toISOString());
  });

  it("undoes an unsubscription only with a note, and records who did it and why", async () => {
    await expect(partners.resubscribe("dora@example.org", { by: "coordinator", note: "  " }, later)).rejects.toThrow(
      /note/,
    );
    expect(await partners.resubscribe("carla@example.org", { by: "coordinator", note: "Anruf" }, later)).toMatchObject({
      outcome: "not_unsubscribed",
    });
    expect(await partners.resubscribe("niemand@example.org", { by: "c", note: "x" }, later)).toEqual({
      outcome: "not_found",
    });
    const note = "Frau Dora bat am 27.11. telefonisch darum, wieder eingeladen zu werden.";
    const result = await partners.resubscribe("dora@example.org", { by: "local-coordinator", note }, later);
    expect(result.outcome).toBe("resubscribed");
    const dora = await partners.get("dora@example.org");
    expect(dora).not.toHaveProperty("unsubscribedAt");
    expect(dora?.resubscriptions).toEqual([{ at: later.toISOString(), by: "local-coordinator", note }]);

    // A second round appends to the record.
    await partners.unsubscribe("dora@example.org", later);
    await partners.resubscribe("dora@example.org", { by: "local-coordinator", note: "E-Mail vom 28.11." }, later);
    expect((await partners.get("dora@example.org"))?.resubscriptions).toHaveLength(2);
  });
});

describe("accepting an application merges into a known partner, never erases", () => {
  const accept = (applicant: { name: string; email: string; organisation?: string; locale: string }, table: string) =>
    partnersTable.db.send(
      new TransactWriteCommand({
        TransactItems: [acceptedPartnerUpdate(partnersTable.tableName, applicant, table, later.toISOString())],
      }),
    );
  let partnersTable: TestTable;
  let repo: PartnerRepository;
  beforeAll(async () => {
    partnersTable = await createTestTable("partner-merge");
    repo = new PartnerRepository(partnersTable.db, partnersTable.tableName);
  });
  afterAll(() => partnersTable.drop());

  it("keeps the organisation, legal basis, unsubscription and handle when the application names none", async () => {
    await repo.importPartner(
      {
        email: "plus@example.org",
        name: "Imported Name",
        organisation: "+1+1",
        workTableIds: ["kita"],
        legalBasis: "Vertrag",
      },
      now,
    );
    await repo.unsubscribe("plus@example.org", now);
    const before = await repo.get("plus@example.org");
    await accept({ name: "Paula Plus", email: "plus@example.org", locale: "en" }, "beratung");
    const after = await repo.get("plus@example.org");
    expect(after).toMatchObject({
      name: "Paula Plus",
      organisation: "+1+1",
      legalBasis: "Vertrag",
      locale: "en",
      source: "import",
      createdAt: before?.createdAt,
      unsubscribedAt: before?.unsubscribedAt,
      handle: before?.handle,
      workTableIds: new Set(["kita", "beratung"]),
    });
  });

  it("takes the organisation the application names, and creates a partner with a handle", async () => {
    await accept(
      { name: "Paula Plus", email: "plus@example.org", organisation: "Verein Plus", locale: "de" },
      "arbeit",
    );
    expect((await repo.get("plus@example.org"))?.organisation).toBe("Verein Plus");
    await accept({ name: "Neu Person", email: "neu@example.org", locale: "de" }, "arbeit");
    const created = await repo.get("neu@example.org");
    expect(created).toMatchObject({ source: "application", workTableIds: new Set(["arbeit"]) });
    expect(created).not.toHaveProperty("organisation");
    expect((await repo.byHandle(created?.handle as string))?.email).toBe("neu@example.org");
  });
});
