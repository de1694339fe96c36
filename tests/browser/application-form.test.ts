import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { waitForMails } from "../support/mailbox.ts";

let stack: TestStack;
let browser: Browser;
beforeAll(async () => {
  stack = await startTestStack({ MIN_FILL_SECONDS: "1" });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe("applying in a real browser", () => {
  it("fills the German form, sees a field error, corrects it, submits, and the confirmation mail arrives", async () => {
    const page = await browser.newPage({ locale: "de-DE" });
    await page.goto(`${stack.appUrl}/`);
    expect(await page.locator("html").getAttribute("lang")).toBe("de");
    await expect.poll(() => page.getByRole("heading", { name: "Mitarbeit beantragen" }).isVisible()).toBe(true);

    const email = uniqueEmail("browser");
    await page.getByRole("checkbox", { name: "I: Kita/Übergang Schule" }).check();
    await page.getByRole("textbox", { name: "Name (Pflichtfeld)" }).fill("Bruno Browser");
    await page.getByLabel("E-Mail-Adresse", { exact: false }).fill(email);
    await page.getByLabel("Art der Organisation", { exact: false }).selectOption("individual");
    // Engagement left out on purpose; consent given.
    await page.locator("#consent").check();
    await page.waitForTimeout(1100); // a person takes longer than the form's minimum fill time
    await page.getByRole("button", { name: "Antrag senden" }).click();

    const error = page.locator("#field-engagement-error");
    await expect.poll(() => error.textContent()).toContain("beruflich oder ehrenamtlich");
    expect(await page.getByLabel("E-Mail-Adresse", { exact: false }).inputValue()).toBe(email);
    expect(await page.getByRole("textbox", { name: "Name (Pflichtfeld)" }).inputValue()).toBe("Bruno Browser");

    await page.getByRole("radio", { name: "ehrenamtlich" }).check();
    await page.waitForTimeout(1100);
    await page.getByRole("button", { name: "Antrag senden" }).click();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Bitte bestätigen Sie Ihren Antrag");

    const [mail] = await waitForMails(email, 1);
    expect(mail?.subject).toBe("Bitte bestätigen Sie Ihren Antrag beim Netzwerk Migration");

    // The link in the mail opens a page; its button confirms.
    const link = /http:\/\/localhost:\d+\/bestaetigung\/\S+/.exec(mail?.body.text ?? "")?.[0] ?? "";
    await page.goto(link);
    await page.getByRole("button", { name: "Antrag jetzt bestätigen" }).click();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Vielen Dank – Ihr Antrag ist bestätigt");
    expect(await page.locator("main").textContent()).toContain("Luise Jahn");
  });
});
