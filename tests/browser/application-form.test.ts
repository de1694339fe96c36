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

describe("the form in every language, for screen readers too", () => {
  it("announces errors in German: focus on the summary, a title starting with 'Fehler:', the input kept", async () => {
    const page = await browser.newPage({ locale: "de-DE" });
    await page.goto(`${stack.appUrl}/antrag`);
    await page.getByRole("textbox", { name: "Name (Pflichtfeld)" }).fill("Bruno Browser");
    await page.getByRole("button", { name: "Antrag senden" }).click();
    await expect.poll(() => page.title()).toMatch(/^Fehler: Mitarbeit beantragen/);
    expect(await page.evaluate("document.activeElement?.id")).toBe("error-summary");
    expect(await page.getByRole("alert").textContent()).toContain("Bitte prüfen Sie Ihre Angaben");
    expect(await page.getByRole("textbox", { name: "Name (Pflichtfeld)" }).inputValue()).toBe("Bruno Browser");
    await page.close();
  });

  it("speaks Ukrainian by Accept-Language, announces errors in Ukrainian and keeps the input", async () => {
    const page = await browser.newPage({ locale: "uk-UA" });
    await page.goto(`${stack.appUrl}/`);
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
    await expect.poll(() => page.getByRole("heading", { name: "Заявка на участь" }).isVisible()).toBe(true);
    // Every other language is one link away, marked with its language.
    for (const code of ["de", "en", "ru", "ar", "tr"]) {
      expect(await page.locator(`header nav a[hreflang="${code}"][lang="${code}"]`).count()).toBe(1);
    }
    expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(6);

    await page.locator("#field-name").fill("Олена Коваленко");
    await page.locator('form[action^="/antrag"] button[type="submit"]:not([name])').click();
    await expect.poll(() => page.title()).toMatch(/^Помилка: Заявка на участь/);
    expect(await page.evaluate("document.activeElement?.id")).toBe("error-summary");
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    expect(await page.locator("#field-name").inputValue()).toBe("Олена Коваленко");
    await page.close();
  });

  it("switches the form to Arabic with what was typed, rendered right to left, and applies in Arabic", async () => {
    const page = await browser.newPage({ locale: "de-DE", viewport: { width: 390, height: 844 } });
    await page.goto(`${stack.appUrl}/antrag`);
    const email = uniqueEmail("arabic");
    await page.locator("#field-name").fill("Amal Haddad");
    await page.locator("#field-email").fill(email);
    await page.locator('button[name="switchTo"][value="ar"]').click();

    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("ar");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await page.locator("#field-name").inputValue()).toBe("Amal Haddad");
    expect(await page.locator("#field-email").inputValue()).toBe(email);
    // Right to left: the heading's text ends at the right edge of the page, not the left.
    expect(await page.evaluate('getComputedStyle(document.querySelector("main")).direction')).toBe("rtl");
    const heading = (await page.evaluate(`(() => {
      const h = document.querySelector("#form-title");
      const range = document.createRange();
      range.selectNodeContents(h);
      const text = range.getBoundingClientRect();
      const box = h.getBoundingClientRect();
      return { textRight: text.right, boxRight: box.right, textLeft: text.left, boxLeft: box.left };
    })()`)) as { textRight: number; boxRight: number; textLeft: number; boxLeft: number };
    expect(heading.boxRight - heading.textRight).toBeLessThan(2);
    expect(heading.textLeft - heading.boxLeft).toBeGreaterThan(20);

    await page.getByRole("checkbox").first().check();
    await page.locator("#field-organisationType").selectOption("individual");
    await page.locator('input[name="engagement"]').first().check();
    await page.locator("#consent").check();
    await page.waitForTimeout(1100);
    await page.locator('form[action^="/antrag"] button[type="submit"]:not([name])').click();
    await expect.poll(() => page.locator("h1").textContent()).not.toContain("طلب المشاركة");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");

    // The language is stored with the application: its mail is in Arabic, written right to left.
    const [mail] = await waitForMails(email, 1);
    expect(mail?.subject).toMatch(/[\u0600-\u06FF]/);
    expect(mail?.body.html).toContain('dir="rtl"');
    await page.close();
  });
});
