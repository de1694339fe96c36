import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { berlinFields } from "../../shared/domain/berlin-time.ts";
import { launchChromium } from "../support/browser.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { isSignInMail, linkIn, mailsTo, nextSignInLink, type StoredMail, waitForMail } from "../support/mailbox.ts";
import { passSecondStepInBrowser } from "../support/second-factor.ts";

/**
 * Issue 22, done when: places, the waiting list, workshops and the door in Chromium on a phone (390 px). A
 * coordinator plans a conference with two places and a workshop of one place; three partners answer by their
 * invitation's link (two places, the third on the waiting list with its position); a cancellation gives the place
 * to the first waiting at once, with the mail and the calendar entry, and the workshop's place to the one waiting
 * for it; at the door the coordinator checks people in by the code's link and by name, and the event's attendance
 * says who came. Every mail is read from the SES emulator; no page scrolls sideways.
 */
let stack: TestStack;
let browser: Browser;
const COORDINATOR = "koordination@schwerin.example";
const PHONE = { width: 390, height: 844 };
const day = (n: number) => berlinFields(new Date(Date.now() + n * 86_400_000).toISOString()).date;
const ANNA = uniqueEmail("anna");
const BERND = uniqueEmail("bernd");
const CORA = uniqueEmail("cora");

let coordinator: Page;
let partner: Page;
let conferencePath = "";

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchChromium();
  const imported = await fetch(`${stack.appUrl}/api/admin/partners/import`, {
    method: "POST",
    headers: { Authorization: "Bearer test-coordinator-token-0123456789", "Content-Type": "text/csv" },
    body: `name,email,organisation\nAnna Arbeit,${ANNA},Jobcenter Schwerin\nBernd Beruf,${BERND},ADWI e. V.\nCora Chance,${CORA},Caritas\n`,
  });
  expect(imported.status).toBe(200);
  const context = await browser.newContext({ locale: "de-DE", viewport: PHONE });
  context.setDefaultTimeout(8000);
  coordinator = await context.newPage();
  const before = (await mailsTo(COORDINATOR)).filter(isSignInMail).length;
  await coordinator.goto(`${stack.appUrl}/anmelden`);
  await coordinator.getByLabel("E-Mail-Adresse", { exact: false }).fill(COORDINATOR);
  await coordinator.getByRole("button", { name: "Anmeldelink senden" }).click();
  await coordinator.goto(await nextSignInLink(COORDINATOR, before, stack.appUrl));
  await coordinator.getByRole("button", { name: "Jetzt anmelden" }).click();
  await passSecondStepInBrowser(coordinator, COORDINATOR);
  const partnerContext = await browser.newContext({ locale: "de-DE", viewport: PHONE });
  partnerContext.setDefaultTimeout(8000);
  partner = await partnerContext.newPage();
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** Nothing on the page is wider than the phone. */
async function fitsThePhone(page: Page) {
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
}
const mailTo = (address: string, subject: string) =>
  waitForMail(address, (m) => m.subject.startsWith(subject)) as Promise<StoredMail>;
const types = (mail: StoredMail) => mail.attachments.map((a) => a.contentType);

/** A partner answers yes by the invitation's link, with a workshop (or none). */
async function answerYes(address: string, workshop?: string) {
  const invitation = await mailTo(address, "Einladung");
  await partner.goto(linkIn(invitation, `${stack.appUrl}/teilnahme/`));
  if (workshop) await partner.getByLabel(workshop, { exact: false }).check();
  await fitsThePhone(partner);
  await partner.getByRole("button", { name: "Ja, ich nehme teil" }).click();
  expect(await partner.getByRole("status").textContent()).toContain("Ihre Antwort ist gespeichert");
  return partner.locator("main").textContent();
}

describe("places that run out, on a phone", () => {
  it("plans a conference with two places and a workshop of one place", async () => {
    await coordinator.goto(`${stack.appUrl}/konsole/tagungen/neu`);
    await coordinator.getByLabel("Frühjahr").check();
    await coordinator.locator('input[name="title"]').fill("Frühjahrstagung mit Foren");
    await coordinator.locator('input[name="startDate"]').fill(day(20));
    await coordinator.locator('input[name="startTime"]').fill("09:00");
    await coordinator.locator('input[name="endDate"]').fill(day(20));
    await coordinator.locator('input[name="endTime"]').fill("15:00");
    await coordinator.locator('input[name="location"]').fill("Stadthaus Schwerin");
    await coordinator.locator('input[name="inviteDate"]').fill(day(5));
    await coordinator.locator('input[name="inviteTime"]').fill("09:00");
    await coordinator.locator('input[name="capacity"]').fill("2");
    await coordinator.locator('input[name="workshops.0.slot"]').fill("Vormittag, 10:30–12:00 Uhr");
    await coordinator.locator('input[name="workshops.0.title"]').fill("Forum Sprache");
    await coordinator.locator('input[name="workshops.0.capacity"]').fill("1");
    await coordinator.locator('input[name="workshops.1.slot"]').fill("Vormittag, 10:30–12:00 Uhr");
    await coordinator.locator('input[name="workshops.1.title"]').fill("Forum Arbeit");
    await fitsThePhone(coordinator);
    await coordinator.locator("main form button[type=submit]").last().click();
    conferencePath = new URL(coordinator.url()).pathname;
    expect(conferencePath).toMatch(/^\/konsole\/tagungen\/[0-9a-f-]{36}$/);
    expect(await coordinator.locator("main").textContent()).toContain("0 von 2 Plätzen");
    await stack.fireMailing({ conferenceId: conferencePath.split("/").pop() ?? "", kind: "invitation" });
    // The invitation says that places are limited.
    expect((await mailTo(ANNA, "Einladung")).body.text).toContain("Plätze: begrenzt auf 2; danach Warteliste");
  });

  it("confirms answers up to the places and puts the next on the waiting list with its position", async () => {
    expect(await answerYes(ANNA, "Forum Sprache")).toContain("Ihr Platz ist bestätigt.");
    const confirmed = await mailTo(ANNA, "Anmeldung bestätigt");
    expect(confirmed.body.text).toMatch(/Ihr Code für den Einlass: [A-Z0-9]{4}-[A-Z0-9]{4}/);
    expect(confirmed.body.text).toContain("Forum Sprache (Platz bestätigt)");
    expect(types(confirmed)).toEqual(expect.arrayContaining(["image/png", "text/calendar"]));
    expect(confirmed.body.html).toContain('alt="QR-Code für den Einlass');

    const bernd = await answerYes(BERND, "Forum Sprache");
    expect(bernd).toContain("Ihr Platz ist bestätigt.");
    expect(bernd).toContain("Forum Sprache (Warteliste, Platz 1)");

    const cora = await answerYes(CORA);
    expect(cora).toContain("Sie stehen auf Platz 1 der Warteliste");
    const waiting = await mailTo(CORA, "Auf der Warteliste");
    expect(waiting.body.text).toContain("Sie stehen auf Platz 1 der Warteliste.");
    expect(types(waiting)).not.toContain("text/calendar");
    expect(waiting.body.text).not.toContain("Code für den Einlass");
  });

  it("gives a cancelled place to the first waiting at once, with the mail and the calendar entry", async () => {
    const invitation = await mailTo(ANNA, "Einladung");
    await partner.goto(linkIn(invitation, `${stack.appUrl}/teilnahme/`));
    await partner.getByRole("button", { name: "Nein, ich kann nicht" }).click();
    expect(await partner.locator("main").textContent()).toContain("Ihre Antwort: Nein");

    const promoted = await mailTo(CORA, "Ein Platz ist frei geworden");
    expect(promoted.body.text).toContain("Sie sind von der Warteliste nachgerückt");
    expect(types(promoted)).toEqual(expect.arrayContaining(["image/png", "text/calendar"]));
    const workshop = await mailTo(BERND, "Workshop-Platz bestätigt");
    expect(workshop.body.text).toContain("Forum Sprache (Platz bestätigt)");

    // Cora's answer page says so now.
    await partner.goto(linkIn(await mailTo(CORA, "Einladung"), `${stack.appUrl}/teilnahme/`));
    expect(await partner.locator("main").textContent()).toContain("Ihr Platz ist bestätigt.");
  });

  it("shows the lists to the coordinator, with the counts on the conference's page", async () => {
    await coordinator.goto(`${stack.appUrl}${conferencePath}`);
    expect(await coordinator.locator("main").textContent()).toContain("2 von 2 Plätzen");
    await coordinator.getByRole("link", { name: "Anmeldungen und Warteliste" }).first().click();
    const main = (await coordinator.locator("main").textContent()) ?? "";
    expect(main).toContain("Bernd Beruf");
    expect(main).toContain("Cora Chance");
    expect(main.indexOf("Abgesagt")).toBeLessThan(main.lastIndexOf("Anna Arbeit"));
    await fitsThePhone(coordinator);
  });

  it("checks people in at the door by the code's link and by name, once each; attendance says who came", async () => {
    const promoted = await mailTo(CORA, "Ein Platz ist frei geworden");
    const code = /Ihr Code für den Einlass: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(promoted.body.text ?? "")?.[1];
    const id = conferencePath.split("/").pop();
    // The QR code holds this link: opened on the signed-in phone, it shows the person with one button.
    await coordinator.goto(`${stack.appUrl}/konsole/einlass/${id}/${code}`);
    await fitsThePhone(coordinator);
    await coordinator.getByRole("button", { name: "Cora Chance einchecken" }).click();
    expect(await coordinator.getByRole("status").textContent()).toContain("Cora Chance ist eingecheckt.");
    await coordinator.goto(`${stack.appUrl}/konsole/einlass/${id}/${code}`);
    expect(await coordinator.locator("main").textContent()).toContain("Cora Chance ist bereits eingecheckt");

    await coordinator.getByLabel("Name oder Organisation").fill("adwi");
    await coordinator.getByRole("button", { name: "Suchen" }).click();
    await coordinator.getByRole("button", { name: "Bernd Beruf einchecken" }).click();
    expect(await coordinator.getByRole("status").textContent()).toContain("Bernd Beruf ist eingecheckt.");
    expect(await coordinator.locator("main").textContent()).toContain("2 von 2 Personen mit Platz eingecheckt.");
    await fitsThePhone(coordinator);

    await coordinator.goto(`${stack.appUrl}${conferencePath}/anwesenheit`);
    const present = async (name: string) =>
      coordinator.locator("fieldset.person", { hasText: name }).locator('input[value="present"]').isChecked();
    expect(await present("Cora Chance")).toBe(true);
    expect(await present("Bernd Beruf")).toBe(true);
  });
});
