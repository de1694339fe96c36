import { describe, expect, it } from "vitest";
import { submitApplication } from "../../../shared/use-cases/submit-application.ts";
import { APPLICANT, ARBEIT, applicationInput, inMemory, KITA, minutesLater } from "./fixture.ts";

const now = new Date("2026-03-02T09:00:00.000Z");
const CLIENT = "203.0.113.7";

describe("submitting an application (in memory)", () => {
  it("creates one application per table, waiting for confirmation, and queues one confirmation mail", async () => {
    const { deps, world } = inMemory();
    const outcome = await submitApplication(
      deps,
      applicationInput({ workTableIds: [KITA.id, ARBEIT.id] }),
      CLIENT,
      now,
    );

    expect(outcome.kind).toBe("accepted");
    if (outcome.kind !== "accepted") return;
    const { result } = outcome;
    expect(result.applications.map((a) => [a.workTableId, a.status, a.existing])).toEqual([
      [KITA.id, "pending_confirmation", false],
      [ARBEIT.id, "pending_confirmation", false],
    ]);
    for (const { id } of result.applications) {
      expect(world.applications.get(id)).toMatchObject({
        submissionId: result.submissionId,
        status: "pending_confirmation",
        applicant: { name: "Amina Yusuf", email: APPLICANT, organisation: "Frauenverein Schwerin", locale: "de" },
        consent: { textVersion: expect.any(String), textHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
    }
    expect(world.submissions.get(result.submissionId)?.applicationIds).toEqual(result.applications.map((a) => a.id));

    // The bare address gets the link, not even the name; nobody else gets mail before the address is confirmed.
    expect(world.mails()).toEqual([
      expect.objectContaining({
        kind: "confirm_submission",
        to: [{ email: APPLICANT }],
        status: "queued",
        data: expect.objectContaining({
          submissionId: result.submissionId,
          tables: [
            { numeral: "I", name: "Kita/Übergang Schule" },
            { numeral: "II", name: "Ausbildung und Arbeit" },
          ],
        }),
      }),
    ]);
    expect(world.audit).toEqual([]);
  });

  it("refuses what a table's admission rule does not allow, and unknown tables, without storing anything", async () => {
    const { deps, world } = inMemory();
    const outcome = await submitApplication(
      deps,
      applicationInput({ workTableIds: ["interreligioeser-dialog", "no-such-table"] }),
      CLIENT,
      now,
    );
    expect(outcome).toEqual({
      kind: "invalid",
      errors: expect.arrayContaining([
        expect.objectContaining({ path: "workTableIds.1" }),
        expect.objectContaining({ path: "mandate.community" }),
      ]),
    });
    expect(world.applications.size).toBe(0);
    expect(world.mails()).toEqual([]);
  });

  it("hands back the open application instead of a second one, and resends the confirmation only after a while", async () => {
    const { deps, world } = inMemory();
    const first = await submitApplication(deps, applicationInput(), CLIENT, now);
    const again = await submitApplication(deps, applicationInput(), CLIENT, minutesLater(now, 1));
    if (first.kind !== "accepted" || again.kind !== "accepted") throw new Error("not accepted");

    expect(again.result.submissionId).toBe(first.result.submissionId);
    expect(again.result.applications).toEqual([
      { id: first.result.applications[0]?.id, workTableId: KITA.id, status: "pending_confirmation", existing: true },
    ]);
    expect(again.result.confirmationResent).toBeUndefined();
    expect(world.applications.size).toBe(1);
    expect(world.mails()).toHaveLength(1);

    // Later, a fresh confirmation mail for the same submission (the first may never have arrived).
    const later = await submitApplication(deps, applicationInput(), CLIENT, minutesLater(now, 10));
    if (later.kind !== "accepted") throw new Error("not accepted");
    expect(later.result.confirmationResent).toBe(true);
    expect(world.mails().map((m) => [m.id, m.kind, m.to])).toEqual([
      [`confirm-${first.result.submissionId}`, "confirm_submission", [{ email: APPLICANT }]],
      [`confirm-${first.result.submissionId}-2`, "confirm_submission", [{ email: APPLICANT }]],
    ]);
    expect(world.submissions.get(first.result.submissionId)?.confirmations).toBe(2);
  });

  it("applies to the tables still free and hands back the one already open", async () => {
    const { deps, world } = inMemory();
    const first = await submitApplication(deps, applicationInput(), CLIENT, now);
    const both = await submitApplication(deps, applicationInput({ workTableIds: [KITA.id, ARBEIT.id] }), CLIENT, now);
    if (first.kind !== "accepted" || both.kind !== "accepted") throw new Error("not accepted");
    expect(both.result.applications.map((a) => [a.workTableId, a.existing])).toEqual([
      [KITA.id, true],
      [ARBEIT.id, false],
    ]);
    expect(world.applications.size).toBe(2);
  });

  it("limits submissions per address: past the limit the answer says when to try again, and nothing is stored", async () => {
    const { deps, world } = inMemory();
    deps.limits.perEmail = 2;
    for (const workTableId of [KITA.id, ARBEIT.id]) {
      expect((await submitApplication(deps, applicationInput({ workTableIds: [workTableId] }), CLIENT, now)).kind).toBe(
        "accepted",
      );
    }
    const third = await submitApplication(
      deps,
      applicationInput({ workTableIds: ["gesellschaftliche-integration"] }),
      CLIENT,
      minutesLater(now, 30),
    );
    expect(third).toEqual({ kind: "rate_limited", retryAfterSeconds: 30 * 60 });
    expect(world.applications.size).toBe(2);
    expect(world.mails()).toHaveLength(2);

    // Another address from the same client is not held back by this one's limit.
    const other = await submitApplication(
      deps,
      applicationInput({ email: "someone.else@example.org" }),
      CLIENT,
      minutesLater(now, 30),
    );
    expect(other.kind).toBe("accepted");
  });

  it("limits submissions per client address, whatever the email addresses", async () => {
    const { deps } = inMemory();
    deps.limits.perClient = 1;
    expect((await submitApplication(deps, applicationInput(), CLIENT, now)).kind).toBe("accepted");
    const second = await submitApplication(deps, applicationInput({ email: "b@example.org" }), CLIENT, now);
    expect(second).toMatchObject({ kind: "rate_limited" });
    const elsewhere = await submitApplication(deps, applicationInput({ email: "b@example.org" }), "198.51.100.1", now);
    expect(elsewhere.kind).toBe("accepted");
  });

  it("counts only valid submissions against the limits", async () => {
    const { deps } = inMemory();
    deps.limits.perEmail = 1;
    await submitApplication(deps, applicationInput({ workTableIds: ["no-such-table"] }), CLIENT, now);
    expect((await submitApplication(deps, applicationInput(), CLIENT, now)).kind).toBe("accepted");
  });
});
