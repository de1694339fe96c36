import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { berlinFields } from "../../shared/domain/berlin-time.ts";
import { launchChromium } from "../support/browser.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { isSignInMail, linkIn, mailsTo, nextSignInLink, waitForMatching } from "../support/mailbox.ts";
import { passSecondStepInBrowser } from "../support/second-factor.ts";

/**
 * Issue 21, done when: a contact person runs one meeting of their table from agenda to published minutes in
 * Chromium on a phone (390 px): the agenda with a deadline for proposals, a member's proposal by the mailed link,
 * the invitation with the agenda, the member's answer, attendance, minutes with a decision and a task, publishing,
 * the member reading the archive, the task in the next invitation, the task's reminder and its done link. Each
 * mail is read from the SES emulator; HTML typed into agenda and minutes arrives as text; no page scrolls sideways.
 */
let stack: TestStack;
let browser: Browser;
const CONTACT = "a.kropp@awo-schwerin.de";
const TABLE = "beratung";
const MEMBER = uniqueEmail("mia");
const PHONE = { width: 390, height: 844 };
const day = (n: number) => berlinFields(new Date(Date.now() + n * 86_400_000).toISOString()).date;

let contact: { context: BrowserContext; page: Page };
let member: Page;

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchChromium();
  const imported = await fetch(`${stack.appUrl}/api/admin/partners/import`, {
    method: "POST",
    headers: { Authorization: "Bearer test-coordinator-token-0123456789", "Content-Type": "text/csv" },
    body: `name,email,organisation,workTables\nMia Mitglied,${MEMBER},Sprachschule Nord,V\n`,
  });
  expect(imported.status).toBe(200);
  const context = await browser.newContext({ locale: "de-DE", viewport: PHONE });
  context.setDefaultTimeout(8000);
  const page = await context.newPage();
  const before = (await mailsTo(CONTACT)).filter(isSignInMail).length;
  await page.goto(`${stack.appUrl}/anmelden`);
  await page.getByLabel("E-Mail-Adresse", { exact: false }).fill(CONTACT);
  await page.getByRole("button", { name: "Anmeldelink senden" }).click();
  await page.goto(await nextSignInLink(CONTACT, before, stack.appUrl));
  await page.getByRole("button", { name: "Jetzt anmelden" }).click();
  await passSecondStepInBrowser(page, CONTACT);
  contact = { context, page };
  member = await (await browser.newContext({ locale: "de-DE", viewport: PHONE })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
/** Nothing on the page is wider than the phone. */
async function fitsThePhone(page: Page) {
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
}
const mailTo = (subject: string) => waitForMatching(MEMBER, (m) => m.subject.startsWith(subject), 1);

let meetingPath = "";
describe("a work table's meeting from agenda to minutes, on a phone", () => {
  it("plans the meeting and its agenda with a deadline for proposals", async () => {
    const { page } = contact;
    await page.goto(`${stack.appUrl}/konsole/tische/${TABLE}/treffen/neu`);
    await page.locator('input[name="startDate"]').fill(day(14));
    await page.locator('input[name="startTime"]').fill("10:00");
    await page.locator('input[name="endDate"]').fill(day(14));
    await page.locator('input[name="endTime"]').fill("12:00");
    await page.locator('input[name="inviteDate"]').fill(day(7));
    await page.locator('input[name="inviteTime"]').fill("09:00");
    await page.locator('input[name="location"]').fill("AWO Schwerin, Raum 2");
    await page.locator("main form button[type=submit]").first().click();
    meetingPath = new URL(page.url()).pathname;
    expect(meetingPath).toMatch(/^\/konsole\/tische\/beratung\/treffen\/[0-9a-f-]{36}$/);
    await fitsThePhone(page);

    await page.getByRole("link", { name: "Tagesordnung bearbeiten" }).click();
    await page.locator('input[name="items.0.title"]').fill("Begrüßung <script>x</script>");
    await page.locator('input[name="items.0.presenter"]').fill("Anja Kropp");
    await page.locator('input[name="items.0.minutes"]').fill("10");
    await page.locator('input[name="proposalsUntilDate"]').fill(day(10));
    await fitsThePhone(page);
    await page.getByRole("button", { name: "Speichern" }).click();
    expect(new URL(page.url()).pathname).toBe(meetingPath);
    expect(await page.locator("#agenda-heading + ol").textContent()).toContain("Begrüßung <script>x</script>");
  });

  it("invites the member with the agenda; the member proposes an item by the mailed link", async () => {
    await stack.fireMailing({ conferenceId: meetingPath.split("/").pop() ?? "", kind: "invitation" });
    const [invitation] = await mailTo("Einladung");
    expect(invitation?.body.text).toContain("1. Begrüßung <script>x</script> (Anja Kropp, 10 Min.)");
    expect(invitation?.body.html).toContain("Begrüßung &lt;script&gt;");
    expect(invitation?.body.html).not.toContain("<script>x");
    expect(invitation?.attachments.map((a) => a.contentType)).toContain("text/calendar");

    await member.goto(linkIn(invitation, `${stack.appUrl}/vorschlag/`));
    expect(await heading(member)).toBe("Einen Punkt für die Tagesordnung vorschlagen");
    await member.getByLabel("Titel des Punkts").fill("Wartelisten der <b>Sprachkurse</b>");
    await member.getByLabel("Wie viele Minuten? (optional)").fill("20");
    await fitsThePhone(member);
    await member.getByRole("button", { name: "Vorschlag senden" }).click();
    expect(await member.getByRole("status").textContent()).toContain("Ihr Vorschlag ist eingegangen");

    // The member answers yes by the invitation's link.
    await member.goto(linkIn(invitation, `${stack.appUrl}/teilnahme/`));
    await member.getByRole("button", { name: "Ja, ich nehme teil" }).click();
    expect(await member.getByRole("status").textContent()).toContain("Ihre Antwort ist gespeichert");
  });

  it("the contact accepts the proposal; the member is told", async () => {
    const { page } = contact;
    await page.goto(`${stack.appUrl}${meetingPath}/tagesordnung`);
    expect(await page.locator("main").textContent()).toContain("Vorgeschlagen von Mia Mitglied");
    await page.locator('select[name="items.1.status"]').selectOption("accepted");
    await page.getByRole("button", { name: "Speichern" }).click();
    const [told] = await mailTo("Ihr Vorschlag für die Tagesordnung");
    expect(told?.body.text).toContain("„Wartelisten der <b>Sprachkurse</b>“ steht jetzt auf der Tagesordnung");
  });

  it("records attendance on the phone, starting from the answer", async () => {
    const { page } = contact;
    await page.goto(`${stack.appUrl}${meetingPath}/anwesenheit`);
    await fitsThePhone(page);
    expect(await page.locator('input[name="people.0.status"][value="present"]').isChecked()).toBe(true);
    await page.getByRole("button", { name: "Speichern" }).click();
    expect(await page.getByRole("status").textContent()).toContain("Die Anwesenheit ist gespeichert.");
    await page.goto(`${stack.appUrl}${meetingPath}`);
    expect(await page.locator("main").textContent()).toContain("Anwesend: 1, entschuldigt: 0, abwesend: 0.");
  });

  it("writes the minutes with a decision and a task and publishes them; the member gets them and reads the archive", async () => {
    const { page } = contact;
    await page.goto(`${stack.appUrl}${meetingPath}/protokoll`);
    expect(await page.locator("main").textContent()).toContain("Mia Mitglied (Sprachschule Nord)");
    await page.getByLabel("Protokolltext").fill("Die Wartelisten sind <em>lang</em>.");
    await page.locator('textarea[name="decisions.0.text"]').fill("Wir schreiben an das BAMF.");
    await page.locator('input[name="tasks.0.text"]').fill("Brief an das BAMF entwerfen");
    await page.locator('select[name="tasks.0.owner"]').selectOption(MEMBER);
    await page.locator('input[name="tasks.0.due"]').fill(day(21));
    await fitsThePhone(page);
    await page.getByRole("button", { name: "Entwurf speichern" }).click();
    expect(await page.getByRole("status").textContent()).toContain("Der Entwurf ist gespeichert.");
    await page.getByRole("button", { name: "Protokoll veröffentlichen" }).click();
    expect(await page.getByRole("status").textContent()).toContain("Das Protokoll ist veröffentlicht");

    const [minutes] = await mailTo("Protokoll:");
    const text = minutes?.body.text ?? "";
    expect(text).toContain("Mia Mitglied (Sprachschule Nord)");
    expect(text).toContain("Die Wartelisten sind <em>lang</em>.");
    expect(text).toContain("1. Wir schreiben an das BAMF.");
    expect(text).toContain("1. Brief an das BAMF entwerfen – Mia Mitglied, bis");
    expect(minutes?.body.html).not.toContain("<em>lang</em>");

    await member.goto(linkIn(minutes, `${stack.appUrl}/archiv/`));
    await fitsThePhone(member);
    const archive = (await member.locator("main").textContent()) ?? "";
    expect(archive).toContain("Wir schreiben an das BAMF.");
    expect(archive).toContain("Die Wartelisten sind <em>lang</em>.");
    expect(await member.locator("main em", { hasText: "lang" }).count()).toBe(0);
  });

  it("lists the open task in the next invitation, reminds its owner once, who marks it done by the link", async () => {
    const next = await fetch(`${stack.appUrl}/api/admin/work-tables/${TABLE}/meetings`, {
      method: "POST",
      headers: { Authorization: "Bearer test-coordinator-token-0123456789", "Content-Type": "application/json" },
      body: JSON.stringify({
        startsAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 40.1 * 86_400_000).toISOString(),
        location: "AWO Schwerin, Raum 3",
        inviteAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      }),
    });
    const nextId = ((await next.json()) as { id: string }).id;
    await stack.fireMailing({ conferenceId: nextId, kind: "invitation" });
    const [invitation] = await waitForMatching(
      MEMBER,
      (m) => m.subject.startsWith("Einladung") && (m.body.text ?? "").includes("Raum 3"),
      1,
    );
    expect(invitation?.body.text).toContain("Offene Aufgaben");
    expect(invitation?.body.text).toContain("Brief an das BAMF entwerfen – Mia Mitglied, bis");

    await stack.runDaily(new Date(Date.now() + 19 * 86_400_000));
    await stack.runDaily(new Date(Date.now() + 20 * 86_400_000));
    const [reminder] = await mailTo("Erinnerung an Ihre Aufgabe");
    await stack.mailIdle();
    expect((await mailsTo(MEMBER)).filter((m) => m.subject.startsWith("Erinnerung an Ihre Aufgabe"))).toHaveLength(1);
    await member.goto(linkIn(reminder, `${stack.appUrl}/aufgabe/`));
    await fitsThePhone(member);
    await member.getByRole("button", { name: "Als erledigt markieren" }).click();
    expect(await member.getByRole("status").textContent()).toContain("als erledigt markiert");

    await contact.page.goto(`${stack.appUrl}/konsole/tische/${TABLE}`);
    expect(await contact.page.locator("main").textContent()).toContain("Keine offenen Aufgaben.");
    await fitsThePhone(contact.page);
  });
});
