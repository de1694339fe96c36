import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { OutboxMail } from "../../shared/domain/mail.ts";
import { body } from "../support/app.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { linkIn, mailsTo, waitForMails } from "../support/mailbox.ts";
import { type SesStandIn, startSesStandIn } from "../support/ses-standin.ts";
import { allItems } from "../support/tables.ts";

let standIn: SesStandIn;
beforeAll(async () => {
  standIn = await startSesStandIn(inject("sesEndpoint"));
});
afterAll(() => standIn.close());

const admin = { Authorization: "Bearer test-coordinator-token-0123456789" };

function apply(stack: TestStack, email: string) {
  return fetch(`${stack.appUrl}/api/applications`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      workTableIds: ["kita-uebergang-schule"],
      name: "Nadia Nowak",
      email,
      organisationType: "association",
      engagement: "volunteer",
      consent: true,
    }),
  });
}

async function outboxMails(stack: TestStack): Promise<OutboxMail[]> {
  return (await allItems(stack.table)).filter((item) => String(item.pk).startsWith("MAIL#")) as unknown as OutboxMail[];
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("mail survives SES outages (the local stack with SES behind a stand-in)", () => {
  it("sends every pending confirmation once SES accepts connections again, each exactly once", async () => {
    const stack = await startTestStack({
      SES_ENDPOINT: standIn.endpoint,
      MAIL_RETRY_BACKOFF_MS: "100",
      AWS_REGION: "eu-west-1",
    });
    try {
      await standIn.set({ mode: "refuse" });
      const people = Array.from({ length: 10 }, () => uniqueEmail("ausfall"));
      for (const email of people) expect((await apply(stack, email)).status).toBe(202);
      // SES stays unreachable for a while: every mail is tried, kept queued with its error, none given up.
      await until(
        async () => (await outboxMails(stack)).filter((m) => m.lastError?.includes("ECONNREFUSED")).length === 10,
        "ten refused tries",
      );
      await new Promise((r) => setTimeout(r, 2_000));
      expect((await outboxMails(stack)).map((m) => m.status).filter((s) => s !== "queued" && s !== "sending")).toEqual(
        [],
      );
      await standIn.set({ mode: "pass" });
      for (const email of people) expect(await waitForMails(email, 1)).toHaveLength(1);
      await stack.mailIdle();
      const mails = await outboxMails(stack);
      expect(mails.map((m) => m.status)).toEqual(Array(10).fill("sent"));
      for (const email of people) expect(await mailsTo(email)).toHaveLength(1);
      // AWS_REGION reaches the local clients: SES calls are signed for it.
      expect(standIn.authorizations.at(-1)).toContain("/eu-west-1/ses/aws4_request");
    } finally {
      await standIn.set({ mode: "pass" });
      await stack.close();
    }
  });

  it("leaves no mail in sending after a restart while SES hung: SES's copies are the only ones, the mails uncertain", async () => {
    const settings = {
      SES_ENDPOINT: standIn.endpoint,
      SES_REQUEST_TIMEOUT_MS: "60000",
      MAIL_STALE_AFTER_MS: "1000",
      MAIL_SWEEP_INTERVAL_MS: "500",
    };
    const first = await startTestStack(settings);
    const people = Array.from({ length: 4 }, () => uniqueEmail("haenger"));
    let second: TestStack | undefined;
    try {
      await standIn.set({ mode: "deliver-then-hang" });
      const callsBefore = standIn.calls;
      for (const email of people) expect((await apply(first, email)).status).toBe(202);
      await until(async () => standIn.calls - callsBefore >= 4, "four hanging SES calls");
      // SES took the four mails and hangs; the stack is stopped now, with its sends in the air.
      await first.stop();
      await standIn.set({ mode: "pass" });
      second = await startTestStack(settings, first);
      const restarted = second;
      await until(
        async () => (await outboxMails(restarted)).every((m) => m.status === "uncertain"),
        "the interrupted mails to become uncertain",
      );
      await new Promise((r) => setTimeout(r, 1_500));
      for (const email of people) expect(await mailsTo(email)).toHaveLength(1);
      const listed = await body(
        await fetch(`${restarted.appUrl}/api/admin/mails?status=uncertain`, { headers: admin }),
      );
      expect(listed.items.filter((m: { to: string[] }) => people.includes(m.to[0] as string))).toHaveLength(4);
      expect(listed.items[0]).toMatchObject({
        status: "uncertain",
        kind: "confirm_submission",
        subject: "Bitte bestätigen Sie Ihren Antrag beim Netzwerk Migration",
        reason: expect.stringContaining("may have gone out"),
      });
    } finally {
      await standIn.set({ mode: "pass" });
      if (second) await second.close();
      else await first.close();
    }
  });

  it("fails a rejected mail at once with SES's words, lists it for coordinators, and sends it once when retried", async () => {
    const stack = await startTestStack({ SES_ENDPOINT: standIn.endpoint });
    try {
      const email = uniqueEmail("abgelehnt");
      await standIn.set({
        mode: "error",
        status: 400,
        code: "MessageRejected",
        message: "Email address is not verified. The following identities failed the check: netzwerk@schwerin.example",
      });
      expect((await apply(stack, email)).status).toBe(202);
      await until(async () => (await outboxMails(stack)).some((m) => m.status === "failed"), "the failed mail");
      const listed = await body(
        await fetch(`${stack.appUrl}/api/admin/mails?status=failed&limit=10`, { headers: admin }),
      );
      const failed = listed.items.find((m: { to: string[] }) => m.to.includes(email));
      expect(failed).toMatchObject({
        status: "failed",
        attempts: 1,
        reason: expect.stringContaining("MessageRejected (400): Email address is not verified"),
      });
      expect(await mailsTo(email)).toEqual([]);

      await standIn.set({ mode: "pass" });
      const retried = await fetch(`${stack.appUrl}/api/admin/mails/${failed.id}/retry`, {
        method: "POST",
        headers: admin,
      });
      expect(retried.status).toBe(200);
      expect(await waitForMails(email, 1)).toHaveLength(1);
      await stack.mailIdle();
      const mail = (await outboxMails(stack)).find((m) => m.id === failed.id);
      expect(mail).toMatchObject({
        status: "sent",
        retries: [{ by: "local-coordinator", from: "failed", reason: expect.stringContaining("MessageRejected") }],
      });
      // Who sent it again is in the audit log, in the same transaction as the change.
      const audit = (await allItems(stack.table)).filter((item) => item.action === "mail.retry");
      expect(audit).toEqual([
        expect.objectContaining({ actor: "local-coordinator", subject: { type: "mail", id: failed.id } }),
      ]);
      // Sending it again once more is refused: it was sent.
      const again = await fetch(`${stack.appUrl}/api/admin/mails/${failed.id}/retry`, {
        method: "POST",
        headers: admin,
      });
      expect(again.status).toBe(409);
      expect(await mailsTo(email)).toHaveLength(1);
      expect(
        (await fetch(`${stack.appUrl}/api/admin/mails/nope/retry`, { method: "POST", headers: admin })).status,
      ).toBe(404);
    } finally {
      await standIn.set({ mode: "pass" });
      await stack.close();
    }
  });

  it("answers health while SES is down or another SES sits behind SES_ENDPOINT: readiness is DynamoDB", async () => {
    const stack = await startTestStack({ SES_ENDPOINT: standIn.endpoint });
    try {
      await standIn.set({ mode: "refuse" });
      const response = await fetch(`${stack.appUrl}/api/health`);
      expect(response.status).toBe(200);
      expect(await body(response)).toEqual({ status: "ok" });
    } finally {
      await standIn.set({ mode: "pass" });
      await stack.close();
    }
  });
});

describe("a failed confirmation never locks an applicant out", () => {
  it("applying again after the confirmation mail failed sends a fresh one, whose link confirms", async () => {
    const stack = await startTestStack({ SES_ENDPOINT: standIn.endpoint });
    try {
      const email = uniqueEmail("erneut");
      await standIn.set({ mode: "error", status: 400, code: "MessageRejected", message: "Address blacklisted." });
      const first = await body(await apply(stack, email));
      await until(async () => (await outboxMails(stack)).some((m) => m.status === "failed"), "the failed confirmation");
      expect(await mailsTo(email)).toEqual([]);

      await standIn.set({ mode: "pass" });
      const again = await apply(stack, email);
      expect(again.status).toBe(202);
      const answer = await body(again);
      // The same application, not a second one, and a new confirmation mail for it.
      expect(answer).toMatchObject({ confirmationResent: true, applications: first.applications });
      const [mail] = await waitForMails(email, 1);
      const link = linkIn(mail, `${stack.appUrl}/bestaetigung/`);
      const token = new URL(link).pathname.split("/").pop() as string;
      const confirmed = await fetch(`${stack.appUrl}/api/confirmations/${token}`, { method: "POST" });
      expect(confirmed.status).toBe(200);
      expect((await body(confirmed)).applications).toEqual([
        expect.objectContaining({ id: first.applications[0].id, status: "submitted" }),
      ]);
    } finally {
      await standIn.set({ mode: "pass" });
      await stack.close();
    }
  });
});
