import { describe, expect, it } from "vitest";
import type { OutboxMail } from "../../../shared/domain/mail.ts";
import { confirmSubmission } from "../../../shared/use-cases/confirm-submission.ts";
import {
  decideApplication,
  decideAsContact,
  decideOnBehalf,
  rerouteApplication,
} from "../../../shared/use-cases/decide-application.ts";
import { submitApplication } from "../../../shared/use-cases/submit-application.ts";
import { APPLICANT, applicationInput, inMemory, KITA, minutesLater } from "./fixture.ts";

const now = new Date("2026-03-02T09:00:00.000Z");
const decidedAt = minutesLater(now, 60);
const DAY_MS = 86_400_000;
const COORDINATOR = "koordination@schwerin.de";

/** An application to KITA, confirmed: it waits for the contact's decision; `link` is the one in the contact's mail. */
async function waiting(fields: Record<string, unknown> = {}, fixture = inMemory()) {
  const outcome = await submitApplication(fixture.deps, applicationInput(fields), "203.0.113.7", now);
  if (outcome.kind !== "accepted") throw new Error(`not accepted: ${outcome.kind}`);
  const confirmation = fixture.world.mails().find((m) => m.kind === "confirm_submission") as OutboxMail;
  await confirmSubmission(fixture.deps, fixture.confirmationToken(confirmation), now);
  const applicationId = outcome.result.applications[0]?.id ?? "";
  const toContact = fixture.world.mails().find((m) => m.kind === "new_application") as OutboxMail;
  const auditBefore = fixture.world.audit.length;
  return { ...fixture, applicationId, link: fixture.decisionToken(toContact, now), auditBefore };
}

describe("deciding an application (in memory)", () => {
  it("accepts: the application, the applicant's mail, the audit entry and the new partner record", async () => {
    const { deps, world, applicationId, link, auditBefore } = await waiting();
    const outcome = await decideApplication(deps, link, "accept", "Willkommen!", decidedAt);

    expect(outcome).toMatchObject({ kind: "ok", changed: true, application: { status: "accepted" } });
    expect(world.applications.get(applicationId)).toMatchObject({
      status: "accepted",
      decision: {
        outcome: "accept",
        note: "Willkommen!",
        decidedAt: decidedAt.toISOString(),
        by: { role: "contact", ...KITA.contact },
      },
    });
    expect(world.mails().at(-1)).toMatchObject({
      kind: "application_decided",
      to: [{ name: "Amina Yusuf", email: APPLICANT }],
      data: { outcome: "accept", note: "Willkommen!", table: { numeral: "I", name: "Kita/Übergang Schule" } },
    });
    expect(world.audit.slice(auditBefore)).toEqual([
      expect.objectContaining({
        at: decidedAt.toISOString(),
        actor: KITA.contact.email,
        action: "application.decide",
        subject: { type: "application", id: applicationId },
        before: { status: "submitted" },
        after: { status: "accepted" },
        note: "Willkommen!",
      }),
    ]);
    expect(world.partners.get(APPLICANT)).toMatchObject({
      email: APPLICANT,
      name: "Amina Yusuf",
      organisation: "Frauenverein Schwerin",
      locale: "de",
      source: "application",
      workTableIds: new Set([KITA.id]),
    });
    // The person may apply to the table again one day: the lock on (person, table) is gone.
    expect(await deps.applications.openApplicationOf(APPLICANT, KITA.id)).toBeUndefined();
  });

  it("merges an acceptance into the partner already known, never erasing what the application leaves out", async () => {
    const fixture = inMemory();
    fixture.world.partners.set(APPLICANT, {
      email: APPLICANT,
      handle: "existing-handle",
      name: "A. Yusuf",
      organisation: "Alter Verein",
      workTableIds: new Set(["beratung"]),
      locale: "en",
      source: "import",
      legalBasis: "Einwilligung 2024",
      createdAt: "2025-01-01T00:00:00.000Z",
      updatedAt: "2025-01-01T00:00:00.000Z",
      tablesLeftAt: "2025-06-01T00:00:00.000Z",
    });
    const { deps, world, link } = await waiting({ organisation: undefined }, fixture);
    await decideApplication(deps, link, "accept", undefined, decidedAt);

    const partner = world.partners.get(APPLICANT);
    expect(partner).toMatchObject({
      name: "Amina Yusuf",
      organisation: "Alter Verein",
      locale: "de",
      source: "import",
      legalBasis: "Einwilligung 2024",
      handle: "existing-handle",
      createdAt: "2025-01-01T00:00:00.000Z",
      workTableIds: new Set(["beratung", KITA.id]),
    });
    expect(partner?.tablesLeftAt).toBeUndefined();
  });

  it("declines: the applicant is told, with the note, and no partner record is made", async () => {
    const { deps, world, applicationId, link } = await waiting();
    const outcome = await decideApplication(deps, link, "decline", "Leider voll.", decidedAt);
    expect(outcome).toMatchObject({ kind: "ok", changed: true });
    expect(world.applications.get(applicationId)?.status).toBe("declined");
    expect(world.mails().at(-1)).toMatchObject({
      kind: "application_decided",
      to: [{ email: APPLICANT }],
      data: { outcome: "decline", note: "Leider voll." },
    });
    expect(world.partners.size).toBe(0);
  });

  it("the same decision again changes nothing; a different one is a conflict", async () => {
    const { deps, world, applicationId, link } = await waiting();
    await decideApplication(deps, link, "accept", undefined, decidedAt);
    const mails = world.mails().length;
    const audits = world.audit.length;

    expect(await decideApplication(deps, link, "accept", undefined, minutesLater(decidedAt, 5))).toMatchObject({
      kind: "ok",
      changed: false,
    });
    const conflict = await decideApplication(deps, link, "decline", "doch nicht", minutesLater(decidedAt, 5));
    expect(conflict).toMatchObject({ kind: "conflict", application: { status: "accepted" } });
    expect(world.applications.get(applicationId)?.decision?.outcome).toBe("accept");
    expect(world.mails()).toHaveLength(mails);
    expect(world.audit).toHaveLength(audits);
  });

  it("refuses an expired link, a link that is not ours, and an application not yet confirmed", async () => {
    const { deps, world, applicationId, link, signer } = await waiting();
    expect(await decideApplication(deps, link, "accept", undefined, new Date(now.getTime() + 61 * DAY_MS))).toEqual({
      kind: "expired",
    });
    expect(await decideApplication(deps, `${link.slice(0, -2)}xx`, "accept", undefined, decidedAt)).toEqual({
      kind: "invalid",
    });
    expect(world.applications.get(applicationId)?.status).toBe("submitted");

    const unconfirmed = await submitApplication(
      deps,
      applicationInput({ email: "b@example.org" }),
      "198.51.100.1",
      now,
    );
    if (unconfirmed.kind !== "accepted") throw new Error("not accepted");
    const id = unconfirmed.result.applications[0]?.id ?? "";
    const early = signer.sign("decide", `${id}|${signer.personHash(KITA.contact.email).slice(0, 16)}`, decidedAt);
    expect(await decideApplication(deps, early, "accept", undefined, now)).toEqual({ kind: "not_found" });
  });

  it("after a coordinator routes the application to someone else, the old link decides nothing", async () => {
    const { deps, world, applicationId, link, auditBefore, decisionToken } = await waiting();
    const other = { name: "Jana Vogt", email: "vogt@example.org", role: "other" as const };
    const rerouted = await rerouteApplication(deps, applicationId, other, COORDINATOR, minutesLater(now, 30));
    expect(rerouted).toMatchObject({ kind: "ok", application: { routedTo: other } });
    const toOther = world.mails().at(-1) as OutboxMail;
    expect(toOther).toMatchObject({ kind: "new_application", to: [{ name: "Jana Vogt", email: "vogt@example.org" }] });
    expect(world.audit.slice(auditBefore)).toEqual([
      expect.objectContaining({
        actor: COORDINATOR,
        action: "application.reroute",
        before: { routedTo: KITA.contact.email },
        after: { routedTo: "vogt@example.org", role: "other" },
      }),
    ]);

    expect(await decideApplication(deps, link, "accept", undefined, decidedAt)).toEqual({ kind: "handed_on" });
    expect(world.applications.get(applicationId)?.status).toBe("submitted");
    const decided = await decideApplication(deps, decisionToken(toOther, decidedAt), "decline", undefined, decidedAt);
    expect(decided).toMatchObject({
      kind: "ok",
      application: { decision: { by: { role: "other", email: "vogt@example.org" } } },
    });
  });

  it("a coordinator decides on the contact's behalf, recorded as such", async () => {
    const { deps, world, applicationId, auditBefore } = await waiting();
    const outcome = await decideOnBehalf(deps, applicationId, "accept", "per Telefon", COORDINATOR, decidedAt);
    expect(outcome).toMatchObject({ kind: "ok", changed: true });
    expect(world.applications.get(applicationId)?.decision?.by).toEqual({ role: "coordinator", email: COORDINATOR });
    expect(world.audit.slice(auditBefore)).toEqual([
      expect.objectContaining({ actor: COORDINATOR, action: "application.decide_on_behalf", note: "per Telefon" }),
    ]);
    expect(world.partners.get(APPLICANT)?.workTableIds).toEqual(new Set([KITA.id]));
  });

  it("a contact decides in the console only for their own table", async () => {
    const { deps, world, applicationId } = await waiting();
    const contact = { ...KITA.contact, role: "contact" as const };
    expect(await decideAsContact(deps, applicationId, "beratung", "accept", undefined, contact, decidedAt)).toEqual({
      kind: "not_found",
    });
    expect(world.applications.get(applicationId)?.status).toBe("submitted");
    expect(await decideAsContact(deps, applicationId, KITA.id, "accept", undefined, contact, decidedAt)).toMatchObject({
      kind: "ok",
      changed: true,
    });
  });
});
