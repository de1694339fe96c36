import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationInputSchema } from "../../shared/domain/application-input.ts";
import { decisionLinkSubject } from "../../shared/domain/link-paths.ts";
import type { OutboxMail } from "../../shared/domain/mail.ts";
import { runFollowUps } from "../../shared/jobs/follow-ups.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { confirmSubmission } from "../../shared/use-cases/confirm-submission.ts";
import { decideApplication } from "../../shared/use-cases/decide-application.ts";
import { submitApplication } from "../../shared/use-cases/submit-application.ts";
import { testDependencies, testSigner } from "../support/app.ts";
import { uniqueEmail } from "../support/local-stack.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

let table: TestTable;
let deps: ReturnType<typeof testDependencies>;
beforeAll(async () => {
  table = await createTestTable("followups");
  deps = testDependencies(table);
  await loadSeed(deps.workTables);
});
afterAll(() => table.drop());

const DAY = 86_400_000;
/**
 * Tomorrow, 09:00 UTC: the items the test writes expire (TTL) after days counted from here, so they must lie in
 * the future: with a fixed date in the past, a just-written submission was once not found (most likely removed as expired).
 */
const start = new Date(Math.ceil(Date.now() / DAY) * DAY + 9 * 3_600_000);

/** An application confirmed at `at`, waiting for the contact's decision: applied and confirmed as a person does. */
async function submittedAt(at: Date, workTableId = "ausbildung-und-arbeit") {
  const input = applicationInputSchema().parse({
    workTableIds: [workTableId],
    name: "Fritz Folge",
    email: uniqueEmail("folge"),
    organisationType: "institution",
    engagement: "professional",
    consent: true,
  });
  const outcome = await submitApplication(deps, input, "203.0.113.9", at);
  if (outcome.kind !== "accepted") throw new Error(`not accepted: ${outcome.kind}`);
  const { submissionId, applications } = outcome.result;
  const token = testSigner.sign("confirm", submissionId, new Date(at.getTime() + DAY));
  expect((await confirmSubmission(deps, token, at)).kind).toBe("ok");
  return applications[0]?.id as string;
}

const mails = async (kind: string) =>
  (await allItems(table)).filter((i) => String(i.pk).startsWith("MAIL#") && i.kind === kind) as unknown as OutboxMail[];

const run = (now: Date) =>
  runFollowUps(
    {
      applications: deps.applications,
      workTables: deps.workTables,
      coordinators: async () => [{ email: "koordination@example.org" }],
      reminderAfterDays: 7,
      escalateAfterDays: 14,
    },
    now,
  );

describe("the daily follow-ups", () => {
  it("remind the contact after 7 days and tell the coordinators after 14, each once however often they run", async () => {
    const old = await submittedAt(start);
    const recent = await submittedAt(new Date(start.getTime() + 5 * DAY));

    expect(await run(new Date(start.getTime() + 6 * DAY))).toEqual({ reminded: 0, escalated: 0 });
    expect(await run(new Date(start.getTime() + 8 * DAY))).toEqual({ reminded: 1, escalated: 0 });
    expect(await run(new Date(start.getTime() + 8 * DAY + 3600_000))).toEqual({ reminded: 0, escalated: 0 });
    const [reminder] = await mails("decision_reminder");
    expect(reminder).toMatchObject({
      id: `reminder-${old}`,
      to: [{ name: "Katharina Herold", email: "herold@adwi.de" }],
      status: "queued",
    });

    expect(await run(new Date(start.getTime() + 15 * DAY))).toEqual({ reminded: 1, escalated: 1 });
    expect(await run(new Date(start.getTime() + 15 * DAY + 60_000))).toEqual({ reminded: 0, escalated: 0 });
    const digests = await mails("undecided_digest");
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ to: [{ email: "koordination@example.org" }] });
    const digest = digests[0] as OutboxMail<"undecided_digest">;
    expect(digest.data.items.map((i) => i.applicationId)).toEqual([old]);
    expect((await mails("decision_reminder")).map((m) => m.id).sort()).toEqual(
      [`reminder-${old}`, `reminder-${recent}`].sort(),
    );
  });

  it("leave decided applications alone", async () => {
    const id = await submittedAt(new Date(start.getTime() - 30 * DAY), "kita-uebergang-schule");
    const routedTo = (await deps.applications.get(id))?.routedTo?.email ?? "";
    const token = testSigner.sign(
      "decide",
      decisionLinkSubject(testSigner.personHash, id, routedTo),
      new Date(start.getTime() + DAY),
    );
    expect((await decideApplication(deps, token, "accept", undefined, start)).kind).toBe("ok");
    await run(new Date(start.getTime() + 20 * DAY));
    expect((await mails("decision_reminder")).some((m) => m.id === `reminder-${id}`)).toBe(false);
  });
});
