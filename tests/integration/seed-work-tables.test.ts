import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { CloudFormationCustomResourceEvent } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedEvent } from "../../functions/seed-work-tables.ts";
import { readNetworkProfile } from "../../shared/config/network-profile.ts";
import { respondToCloudFormation } from "../../shared/jobs/cloudformation-response.ts";
import { WorkTableRepository } from "../../shared/store/work-table-repository.ts";
import { createTestTable, type TestTable } from "../support/tables.ts";

let table: TestTable;
let repository: WorkTableRepository;
beforeAll(async () => {
  table = await createTestTable("seed");
  repository = new WorkTableRepository(table.db, table.tableName);
});
afterAll(() => table.drop());

const event = (type: "Create" | "Update" | "Delete", workTables: unknown): CloudFormationCustomResourceEvent =>
  ({
    RequestType: type,
    ServiceToken: "arn:aws:lambda:eu-central-1:123456789012:function:seed",
    ResponseURL: "http://127.0.0.1:1/unused",
    StackId: "arn:aws:cloudformation:eu-central-1:123456789012:stack/NetzwerkData/1",
    RequestId: "request-1",
    LogicalResourceId: "WorkTableSeed",
    ResourceType: "Custom::WorkTableSeed",
    ResourceProperties: {
      ServiceToken: "arn:aws:lambda:eu-central-1:123456789012:function:seed",
      TableName: table.tableName,
      WorkTables: JSON.stringify(workTables),
    },
    ...(type === "Create" ? {} : { PhysicalResourceId: `work-tables-${table.tableName}`, OldResourceProperties: {} }),
  }) as CloudFormationCustomResourceEvent;

/** Issue 20: a deployment for any network starts with that network's first work tables. */
describe("seeding a deployed table with the profile's first work tables", () => {
  const example = readNetworkProfile("musterstadt").workTables;

  it("adds the profile's tables when the stack is created", async () => {
    const result = await seedEvent(event("Create", example), repository);
    expect(result).toEqual({ PhysicalResourceId: `work-tables-${table.tableName}`, added: 3 });
    expect((await repository.list()).map((t) => `${t.numeral} ${t.name}`)).toEqual([
      "I Sprache und Bildung",
      "II Arbeit",
      "III Migrationsberatung",
    ]);
  });

  it("on an update adds only the tables the profile added, keeping every existing one as coordinators left it", async () => {
    const arbeit = await repository.get("arbeit");
    if (!arbeit) throw new Error("seeded table missing");
    const { createdAt: _c, updatedAt: _u, id: _id, ...kept } = arbeit;
    await repository.put("arbeit", { ...kept, name: "Arbeit und Beruf" }, new Date());
    const [first] = example;
    if (!first) throw new Error("the example network has no tables");
    const added = { id: "wohnen", input: { ...first.input, numeral: "IV", name: "Wohnen" } };
    expect((await seedEvent(event("Update", [...example, added]), repository)).added).toBe(1);
    expect((await repository.list()).map((t) => `${t.numeral} ${t.name}`)).toEqual([
      "I Sprache und Bildung",
      "II Arbeit und Beruf",
      "III Migrationsberatung",
      "IV Wohnen",
    ]);
  });

  it("deletes nothing when the stack goes", async () => {
    expect((await seedEvent(event("Delete", example), repository)).added).toBe(0);
    expect(await repository.list()).toHaveLength(4);
  });

  it("answers CloudFormation at its URL: success with the resource's id, or the failure's reason", async () => {
    const bodies: Record<string, unknown>[] = [];
    const server = createServer((request, response) => {
      let text = "";
      request.on("data", (chunk) => {
        text += chunk;
      });
      request.on("end", () => {
        bodies.push({ method: request.method, ...JSON.parse(text) });
        response.end();
      });
    });
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/answer`;
    try {
      await respondToCloudFormation({ ...event("Create", example), ResponseURL: url }, { PhysicalResourceId: "x" });
      await respondToCloudFormation({ ...event("Update", example), ResponseURL: url }, new Error("table missing"));
    } finally {
      server.close();
    }
    expect(bodies).toEqual([
      expect.objectContaining({ method: "PUT", Status: "SUCCESS", PhysicalResourceId: "x", RequestId: "request-1" }),
      expect.objectContaining({
        Status: "FAILED",
        Reason: "table missing",
        PhysicalResourceId: `work-tables-${table.tableName}`,
      }),
    ]);
  });
});
