import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { localScheduler, MAX_ATTEMPTS } from "../../infra/local/local-scheduler.ts";
import type { MailingTarget } from "../../shared/scheduling/port.ts";
import { scheduleName } from "../../shared/scheduling/port.ts";
import { keys } from "../../shared/store/keys.ts";
import { createTestTable, type TestTable } from "../support/tables.ts";

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable("scheduler");
});
afterAll(() => table.drop());

type LocalScheduler = ReturnType<typeof localScheduler>;
const running: LocalScheduler[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((scheduler) => scheduler.stop()));
});

interface Fired {
  target: MailingTarget;
  at: number;
  by: string;
}

const logs: Record<string, unknown>[] = [];
const logger = {
  info: (message: string, ...extra: Record<string, unknown>[]) =>
    logs.push({ message, ...Object.assign({}, ...extra) }),
  warn: (message: string, ...extra: Record<string, unknown>[]) =>
    logs.push({ message, ...Object.assign({}, ...extra) }),
  error: (message: string, ...extra: Record<string, unknown>[]) =>
    logs.push({ message, ...Object.assign({}, ...extra) }),
};

/** A scheduler on the test table whose fire calls land in `fired` (or fail while `failFirst` is > 0). */
function scheduler(
  fired: Fired[],
  options: { by?: string; pollMs?: number; failFirst?: number; backoffMs?: number } = {},
) {
  let failures = options.failFirst ?? 0;
  const instance = localScheduler({
    db: table.db,
    tableName: table.tableName,
    logger,
    pollMs: options.pollMs ?? 100,
    backoffMs: options.backoffMs ?? 50,
    fire: async (target) => {
      if (failures > 0) {
        failures--;
        throw new TypeError("mailing unavailable");
      }
      fired.push({ target, at: Date.now(), by: options.by ?? "one" });
    },
  });
  running.push(instance);
  return instance;
}

let conference = 0;
/** A fresh conference id (UUID-shaped) per test, so tests on the shared table never meet. */
const nextConference = () => `00000000-0000-4000-8000-${String(++conference).padStart(12, "0")}`;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
async function until(check: () => boolean, timeoutMs = 4000) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await sleep(20);
  }
}

const stored = async (name: string) =>
  (await table.db.send(new GetCommand({ TableName: table.tableName, Key: keys.schedule(name), ConsistentRead: true })))
    .Item;

describe("the local scheduler", () => {
  it("fires at the given time with the exact target, then deletes the schedule", async () => {
    const fired: Fired[] = [];
    const local = scheduler(fired);
    const target: MailingTarget = { conferenceId: nextConference(), kind: "invitation" };
    const name = scheduleName(target.conferenceId, target.kind);
    const at = new Date(Date.now() + 1500);
    await local.upsert({ name, at, target });
    expect(await stored(name)).toMatchObject({
      name,
      fireAt: at.toISOString(),
      target,
      status: "pending",
      gsi2pk: "SCHEDULES#pending",
      gsi2sk: `${at.toISOString()}#${name}`,
    });
    local.start();

    await until(() => fired.length > 0);
    expect(fired).toEqual([{ target, at: expect.any(Number), by: "one" }]);
    expect(fired[0]?.at).toBeGreaterThanOrEqual(at.getTime());
    expect(fired[0]?.at).toBeLessThan(at.getTime() + 1000);
    await until(() => logs.some((l) => l.message === "schedule fired" && l.schedule === name));
    await local.stop();
    expect(await stored(name)).toBeUndefined();
  });

  it("fires a time in the past at the next poll", async () => {
    const fired: Fired[] = [];
    const local = scheduler(fired);
    const target: MailingTarget = { conferenceId: nextConference(), kind: "reminder" };
    await local.upsert({
      name: scheduleName(target.conferenceId, "reminder"),
      at: new Date(Date.now() - 60_000),
      target,
    });
    const started = Date.now();
    local.start();
    await until(() => fired.length > 0);
    expect(fired.map((f) => f.target)).toEqual([target]);
    expect(fired[0]?.at).toBeLessThan(started + 1000);
  });

  it("moves a schedule upserted twice, and fires it once, at the later time", async () => {
    const fired: Fired[] = [];
    const local = scheduler(fired);
    const target: MailingTarget = { conferenceId: nextConference(), kind: "reminder" };
    const name = scheduleName(target.conferenceId, target.kind);
    const first = new Date(Date.now() + 500);
    const later = new Date(Date.now() + 1500);
    await local.upsert({ name, at: first, target });
    await local.upsert({ name, at: later, target });
    local.start();

    await sleep(1000);
    expect(fired).toEqual([]);
    await until(() => fired.length > 0);
    await sleep(400);
    expect(fired).toHaveLength(1);
    expect(fired[0]?.target).toEqual(target);
    expect(fired[0]?.at).toBeGreaterThanOrEqual(later.getTime());
  });

  it("never fires a removed schedule", async () => {
    const fired: Fired[] = [];
    const local = scheduler(fired);
    const target: MailingTarget = { conferenceId: nextConference(), kind: "invitation" };
    const name = scheduleName(target.conferenceId, target.kind);
    await local.upsert({ name, at: new Date(Date.now() + 300), target });
    await local.remove(name);
    await local.remove(name); // removing what is gone is no error
    local.start();
    await sleep(800);
    expect(fired).toEqual([]);
    expect(await stored(name)).toBeUndefined();
  });

  it("fires each schedule exactly once with two schedulers polling the same table", async () => {
    const fired: Fired[] = [];
    const one = scheduler(fired, { by: "one", pollMs: 20 });
    const two = scheduler(fired, { by: "two", pollMs: 20 });
    const targets: MailingTarget[] = Array.from({ length: 8 }, () => ({
      conferenceId: nextConference(),
      kind: "invitation",
    }));
    // Half already due, so both first polls (started together) read them at once and race for the claims;
    // half due while both poll every 20 ms.
    const now = Date.now();
    for (const [i, target] of targets.entries()) {
      const at = new Date(i % 2 === 0 ? now - 1000 : now + 500);
      await one.upsert({ name: scheduleName(target.conferenceId, target.kind), at, target });
    }
    one.start();
    two.start();

    await until(() => fired.length >= targets.length);
    await sleep(400);
    expect(fired.map((f) => f.target.conferenceId).sort()).toEqual(targets.map((t) => t.conferenceId).sort());
  });

  it("fires what a stopped scheduler stored, from a new instance (a restart of npm start)", async () => {
    const before: Fired[] = [];
    const old = scheduler(before);
    old.start();
    const target: MailingTarget = { conferenceId: nextConference(), kind: "reminder" };
    const name = scheduleName(target.conferenceId, target.kind);
    const at = new Date(Date.now() + 600);
    await old.upsert({ name, at, target });
    await old.stop();

    await sleep(700); // due while nothing polls
    expect(before).toEqual([]);
    const after: Fired[] = [];
    scheduler(after).start();
    await until(() => after.length > 0);
    expect(after.map((f) => f.target)).toEqual([target]);
  });

  it("retries a failing fire later and then fires it once", async () => {
    const fired: Fired[] = [];
    const local = scheduler(fired, { failFirst: 2, backoffMs: 100 });
    const target: MailingTarget = { conferenceId: nextConference(), kind: "invitation" };
    const name = scheduleName(target.conferenceId, target.kind);
    await local.upsert({ name, at: new Date(), target });
    local.start();

    await until(() => fired.length > 0);
    await sleep(300);
    expect(fired.map((f) => f.target)).toEqual([target]);
    const warnings = logs.filter((l) => l.message === "schedule failed, retrying later" && l.schedule === name);
    expect(warnings).toEqual([
      { message: "schedule failed, retrying later", schedule: name, error: "TypeError", attempts: 1 },
      { message: "schedule failed, retrying later", schedule: name, error: "TypeError", attempts: 2 },
    ]);
    await local.stop();
    expect(await stored(name)).toBeUndefined();
  });

  it(`gives up after ${MAX_ATTEMPTS} failures and keeps the schedule as failed for a week`, async () => {
    const fired: Fired[] = [];
    const local = scheduler(fired, { failFirst: 100, backoffMs: 1, pollMs: 20 });
    const target: MailingTarget = { conferenceId: nextConference(), kind: "reminder" };
    const name = scheduleName(target.conferenceId, target.kind);
    await local.upsert({ name, at: new Date(), target });
    local.start();

    await until(() => logs.some((l) => l.message === "schedule failed for the last time" && l.schedule === name));
    await local.stop();
    expect(fired).toEqual([]);
    const item = await stored(name);
    expect(item).toMatchObject({ name, status: "failed", attempts: MAX_ATTEMPTS, lastError: "TypeError", target });
    expect(item?.gsi2pk).toBeUndefined();
    expect(Number(item?.expiresAt)).toBeGreaterThan(Date.now() / 1000 + 6 * 86_400);
  });

  it("logs schedule names and error names only", () => {
    expect(logs.length).toBeGreaterThan(0);
    for (const entry of logs) {
      expect(Object.keys(entry).every((key) => ["message", "schedule", "error", "attempts"].includes(key))).toBe(true);
    }
  });
});
