import { describe, expect, it } from "vitest";
import type { OutboxMail } from "../../../shared/domain/mail.ts";
import { confirmSubmission } from "../../../shared/use-cases/confirm-submission.ts";
import { submitApplication } from "../../../shared/use-cases/submit-application.ts";
import { seedTables } from "../../support/in-memory.ts";
import { APPLICANT, ARBEIT, applicationInput, inMemory, KITA, minutesLater } from "./fixture.ts";

const now = new Date("2026-03-02T09:00:00.000Z");
const DAY_MS = 86_400_000;

/** A submission to KITA and ARBEIT, and the token of its confirmation mail. */
async function submitted(fixture = inMemory()) {
  const outcome = await submitApplication(
    fixture.deps,
    applicationInput({ workTableIds: [KITA.id, ARBEIT.id] }),
    "203.0.113.7",
    now,
  );
  if (outcome.kind !== "accepted") throw new Error(`not accepted: ${outcome.kind}`);
  const mail = fixture.world.mails().find((m) => m.kind === "confirm_submission") as OutboxMail;
  return { ...fixture, result: outcome.result, token: fixture.confirmationToken(mail) };
}

describe("confirming a submission (in memory)", () => {
  it("submits every application to its table's contact, mails each contact and tells the applicant", async () => {
    const { deps, world, result, token } = await submitted();
    const at = minutesLater(now, 20);
    const outcome = await confirmSubmission(deps, token, at);

    expect(outcome).toMatchObject({ kind: "ok", status: "confirmed" });
    const [kita, arbeit] = result.applications.map((a) => world.applications.get(a.id));
    expect(kita).toMatchObject({
      status: "submitted",
      routedTo: { ...KITA.contact, role: "contact" },
      submittedAt: at.toISOString(),
      consent: { confirmedAt: at.toISOString() },
    });
    expect(kita?.expiresAt).toBeUndefined();
    expect(arbeit).toMatchObject({ status: "submitted", routedTo: { ...ARBEIT.contact, role: "contact" } });
    expect(world.submissions.get(result.submissionId)?.confirmedAt).toBe(at.toISOString());

    const mails = world.mails().filter((m) => m.kind !== "confirm_submission");
    expect(mails.map((m) => [m.kind, m.to.map((r) => r.email)])).toEqual([
      ["new_application", [KITA.contact.email]],
      ["new_application", [ARBEIT.contact.email]],
      ["application_forwarded", [APPLICANT]],
    ]);
    // The contact can answer the applicant directly; the mail is found with the applicant's data.
    expect(mails[0]).toMatchObject({
      replyTo: { email: APPLICANT },
      about: APPLICANT,
      data: { applicantName: "Amina Yusuf" },
    });
    expect(mails[2]?.data).toEqual({
      applicantName: "Amina Yusuf",
      routes: [
        { table: { numeral: "I", name: "Kita/Übergang Schule" }, contactName: KITA.contact.name },
        { table: { numeral: "II", name: "Ausbildung und Arbeit" }, contactName: ARBEIT.contact.name },
      ],
    });

    expect(world.audit).toEqual(
      result.applications.map((a, index) =>
        expect.objectContaining({
          actor: "link:applicant",
          action: "application.confirm",
          subject: { type: "application", id: a.id },
          after: { status: "submitted", routedTo: [KITA, ARBEIT][index]?.contact.name },
        }),
      ),
    );
  });

  it("routes to the deputy while a table has one", async () => {
    const tables = seedTables().map((t) =>
      t.id === KITA.id ? { ...t, deputy: { name: "Jana Vogt", email: "vogt@example.org" } } : t,
    );
    const { deps, world, result, token } = await submitted(inMemory(tables));
    await confirmSubmission(deps, token, now);
    expect(world.applications.get(result.applications[0]?.id ?? "")?.routedTo).toEqual({
      name: "Jana Vogt",
      email: "vogt@example.org",
      role: "deputy",
    });
    expect(world.mails().find((m) => m.kind === "new_application")?.to).toEqual([
      { name: "Jana Vogt", email: "vogt@example.org" },
    ]);
  });

  it("confirms once: the link again answers the same and queues nothing more", async () => {
    const { deps, world, token } = await submitted();
    await confirmSubmission(deps, token, now);
    const mails = world.mails().length;
    const audits = world.audit.length;

    const again = await confirmSubmission(deps, token, minutesLater(now, 60));
    expect(again).toMatchObject({ kind: "ok", status: "already_confirmed" });
    if (again.kind === "ok") expect(again.applications.map((a) => a.status)).toEqual(["submitted", "submitted"]);
    expect(world.mails()).toHaveLength(mails);
    expect(world.audit).toHaveLength(audits);
  });

  it("refuses an expired link, and changes nothing", async () => {
    const { deps, world, result, token } = await submitted();
    const outcome = await confirmSubmission(deps, token, new Date(now.getTime() + 8 * DAY_MS));
    expect(outcome).toEqual({ kind: "expired" });
    expect(result.applications.map((a) => world.applications.get(a.id)?.status)).toEqual([
      "pending_confirmation",
      "pending_confirmation",
    ]);
    expect(world.mails().map((m) => m.kind)).toEqual(["confirm_submission"]);
  });

  it("refuses a link that is not ours, made for something else, or names no submission", async () => {
    const { deps, signer, token } = await submitted();
    expect(await confirmSubmission(deps, `${token.slice(0, -2)}xx`, now)).toEqual({ kind: "invalid" });
    const decideToken = signer.sign("decide", "x", new Date(now.getTime() + DAY_MS));
    expect(await confirmSubmission(deps, decideToken, now)).toEqual({ kind: "invalid" });
    const unknown = signer.sign("confirm", "no-such-submission", new Date(now.getTime() + DAY_MS));
    expect(await confirmSubmission(deps, unknown, now)).toEqual({ kind: "not_found" });
  });
});
