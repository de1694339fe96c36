import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { body, jsonRequest, testApp } from "../support/app.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

let table: TestTable;
let app: ReturnType<typeof testApp>["app"];
let clock = new Date("2026-12-01T09:00:00Z");
beforeAll(async () => {
  table = await createTestTable("resend");
  const built = testApp(table, { now: () => clock, limits: { perEmail: 5 } });
  await loadSeed(built.deps.workTables);
  app = built.app;
});
afterAll(() => table.drop());

const application = (email: string) => ({
  workTableIds: ["kita-uebergang-schule"],
  name: "Rosa Roth",
  email,
  organisationType: "individual",
  engagement: "volunteer",
  consent: true,
});

const confirmationMails = async (email: string) =>
  (await allItems(table)).filter(
    (item) => item.kind === "confirm_submission" && (item.to as { email: string }[])[0]?.email === email,
  );

describe("applying again while the application waits for confirmation", () => {
  it("says the mail is on its way within a few minutes, and sends a fresh one after that", async () => {
    const email = "rosa.roth@example.org";
    const first = await body(await app.request("/api/applications", jsonRequest("POST", application(email))));
    expect(await confirmationMails(email)).toHaveLength(1);

    clock = new Date(clock.getTime() + 60_000);
    const soon = await body(await app.request("/api/applications", jsonRequest("POST", application(email))));
    expect(soon.confirmationResent).toBeUndefined();
    expect(soon.applications).toEqual(first.applications);
    expect(await confirmationMails(email)).toHaveLength(1);

    clock = new Date(clock.getTime() + 5 * 60_000);
    const later = await body(await app.request("/api/applications", jsonRequest("POST", application(email))));
    expect(later).toMatchObject({ confirmationResent: true, applications: first.applications });
    const mails = await confirmationMails(email);
    expect(mails).toHaveLength(2);
    // Both mails name the same submission: the first link keeps working, and both expire with the application.
    expect(new Set(mails.map((m) => (m.data as { submissionId: string }).submissionId)).size).toBe(1);
    expect(new Set(mails.map((m) => (m.data as { createdAt: string }).createdAt)).size).toBe(1);
  });

  it("the rate limit still counts every try", async () => {
    const email = "rosa.rot@example.org";
    for (let i = 0; i < 5; i++) {
      clock = new Date(clock.getTime() + 6 * 60_000);
      expect((await app.request("/api/applications", jsonRequest("POST", application(email)))).status).toBe(202);
    }
    expect(await confirmationMails(email)).toHaveLength(5);
    clock = new Date(clock.getTime() + 6 * 60_000);
    expect((await app.request("/api/applications", jsonRequest("POST", application(email)))).status).toBe(429);
    expect(await confirmationMails(email)).toHaveLength(5);
  });
});

describe("the form, applying again", () => {
  const sendForm = async (email: string) => {
    const page = await (await app.request("/")).text();
    const formToken = /name="formToken" value="([^"]+)"/.exec(page)?.[1] ?? "";
    const params = new URLSearchParams({
      formToken,
      workTableIds: "kita-uebergang-schule",
      name: "Rosa Roth",
      email,
      organisationType: "individual",
      engagement: "volunteer",
      consent: "yes",
      website: "",
    });
    return (
      await app.request("/antrag", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: params.toString(),
      })
    ).text();
  };

  it("says the mail is on its way at first, and that it was sent again after a few minutes", async () => {
    const email = "rosa.formular@example.org";
    await sendForm(email);
    clock = new Date(clock.getTime() + 60_000);
    expect(await sendForm(email)).toContain("Die E-Mail mit dem Bestätigungslink ist unterwegs.");
    clock = new Date(clock.getTime() + 6 * 60_000);
    expect(await sendForm(email)).toContain(`Wir haben Ihnen den Bestätigungslink noch einmal an ${email} geschickt.`);
    expect(await confirmationMails(email)).toHaveLength(2);
  });
});
