import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { DynamoDBRecord } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStreamPoller } from "../../infra/local/stream-poller.ts";
import { matchesChangeFilter } from "../../shared/mail/change-filter.ts";
import { handleChanges } from "../../shared/mail/on-change.ts";
import { recordingLogger } from "../support/app.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { waitForMails } from "../support/mailbox.ts";
import { createTestTable, type TestTable } from "../support/tables.ts";

/**
 * The table's stream is the mail's only way out (besides the outbox sweep, every half minute and more). A record
 * that a reaction cannot handle must never hold it up: it is logged, set aside after a few tries, and what comes
 * after it goes on at once.
 */
describe("the mail stream after a coordinator saves a work table", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  it("still sends the confirmation of the next application within five seconds", async () => {
    const admin = { Authorization: "Bearer test-coordinator-token-0123456789", "Content-Type": "application/json" };
    const current = await (await fetch(`${stack.appUrl}/api/admin/work-tables/beratung`, { headers: admin })).json();
    const { id: _id, createdAt: _c, updatedAt: _u, ...unchanged } = current as Record<string, unknown>;
    // Saved as it is: its audit entry has empty before/after maps, which once broke every later reaction.
    const saved = await fetch(`${stack.appUrl}/api/admin/work-tables/beratung`, {
      method: "PUT",
      headers: admin,
      body: JSON.stringify(unchanged),
    });
    expect(saved.status).toBe(200);
    for (const name of ["first", "second"]) {
      const email = uniqueEmail(`after-save-${name}`);
      const started = Date.now();
      const applied = await fetch(`${stack.appUrl}/api/applications`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          workTableIds: ["beratung"],
          name: "Ada Beispiel",
          email,
          organisationType: "association",
          engagement: "volunteer",
          service: "MBE",
          consent: true,
        }),
      });
      expect(applied.status).toBe(202);
      const mails = await waitForMails(email, 1, undefined, 5_000);
      expect(mails, `confirmation to the ${name} applicant`).toHaveLength(1);
      expect(Date.now() - started).toBeLessThan(5_000);
    }
    expect(stack.logLines.filter((line) => line.includes('"level":"ERROR"'))).toEqual([]);
  });
});

describe("a stream record that always fails", () => {
  let table: TestTable;
  let dataDir: string;
  beforeAll(async () => {
    table = await createTestTable("stream");
    dataDir = mkdtempSync(join(tmpdir(), "netzwerk-stream-"));
  });
  afterAll(async () => {
    await table.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("is logged with its keys, set aside after three tries, and the mails behind it go on at once", async () => {
    const logger = recordingLogger();
    const setAsideFile = join(dataDir, "set-aside", "stream-records.jsonl");
    const queued: string[] = [];
    const queue = { enqueue: async (ids: string[]) => void queued.push(...ids) };
    const reactedTo: string[] = [];
    const poller = await startStreamPoller({
      endpoint: table.endpoint,
      tableName: table.tableName,
      logger,
      setAsideFile,
      intervalMs: 50,
      handle: (records) =>
        handleChanges(records, queue, logger, async (record) => {
          const pk = record.dynamodb?.Keys?.pk?.S ?? "";
          reactedTo.push(pk);
          if (pk === "CONF#broken") throw new TypeError("cannot read this conference");
        }),
    });
    try {
      const put = (item: Record<string, unknown>) =>
        table.db.send(new PutCommand({ TableName: table.tableName, Item: item }));
      await put({ pk: "AUDIT#a1", sk: "AUDIT", before: {}, after: {}, action: "worktable.update" });
      await put({ pk: "CONF#broken", sk: "CONF", id: "broken", title: "Herbsttagung" });
      await put({ pk: "MAIL#m-after", sk: "MAIL", id: "m-after", status: "queued", to: [{ email: "a@example.org" }] });
      const deadline = Date.now() + 5_000;
      while (!queued.includes("m-after") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(queued).toEqual(["m-after"]);
      // The audit entry never reached a reaction (the same filter as on AWS); the broken record was tried 3 times.
      expect(reactedTo).toEqual(["CONF#broken", "CONF#broken", "CONF#broken"]);
      const logged = logger.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(logged.filter((l) => l.message === "change reaction failed")).toHaveLength(3);
      expect(logged.find((l) => l.message === "change reaction failed")).toMatchObject({
        level: "ERROR",
        pk: "CONF#broken",
        sk: "CONF",
        error: "TypeError",
      });
      expect(logged.filter((l) => l.message === "stream record set aside")).toHaveLength(1);
      expect(logger.lines.join("\n")).not.toContain("a@example.org");
      expect(existsSync(setAsideFile)).toBe(true);
      const setAside = readFileSync(setAsideFile, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(setAside).toMatchObject([{ pk: "CONF#broken", sk: "CONF", eventName: "INSERT", tries: 3 }]);
    } finally {
      await poller.stop();
    }
  });
});

describe("the filter the local reader shares with the AWS mapping", () => {
  const record = (image: Record<string, unknown>, eventName = "INSERT") =>
    ({ eventName, dynamodb: { NewImage: image } }) as DynamoDBRecord;

  it("lets through queued mails and conferences, nothing else", () => {
    expect(matchesChangeFilter(record({ pk: { S: "MAIL#1" }, status: { S: "queued" } }))).toBe(true);
    expect(matchesChangeFilter(record({ pk: { S: "MAIL#1" }, status: { S: "sent" } }, "MODIFY"))).toBe(false);
    expect(matchesChangeFilter(record({ pk: { S: "CONF#1" }, sk: { S: "CONF" } }, "MODIFY"))).toBe(true);
    expect(matchesChangeFilter(record({ pk: { S: "CONF#1" }, sk: { S: "RSVP#x" } }))).toBe(false);
    expect(matchesChangeFilter(record({ pk: { S: "CONF#1" }, sk: { S: "CONF" } }, "REMOVE"))).toBe(false);
    expect(matchesChangeFilter(record({ pk: { S: "AUDIT#1" }, before: {} }))).toBe(false);
  });
});
