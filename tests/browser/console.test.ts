import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { isSignInMail, linkIn, mailsTo, nextSignInLink, waitForMail, waitForMails } from "../support/mailbox.ts";
import { passSecondStepInBrowser } from "../support/second-factor.ts";
import { allItems } from "../support/tables.ts";

/**
 * The coordinators' console in Chromium, as a coordinator uses it: sign in with the mailed link, decide an
 * application, import partners, plan a conference and send a test, sign out; and what an attacker tries.
 */
let stack: TestStack;
let browser: Browser;
// Sign-in links are rate-limited per address: each test signs in as a coordinator of its own.
const coordinators = Array.from({ length: 10 }, () => uniqueEmail("koordination"));
let next = 0;
const newCoordinator = () => coordinators[next++] as string;

beforeAll(async () => {
  stack = await startTestStack({ COORDINATOR_EMAILS: coordinators.join(",") });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();

/** Asks for a link on the sign-in page and returns the link from the mail that arrives. */
async function requestLink(page: Page, email: string): Promise<string> {
  const before = (await mailsTo(email)).filter(isSignInMail).length;
  await page.goto(`${stack.appUrl}/anmelden`);
  await page.getByLabel("E-Mail-Adresse", { exact: false }).fill(email);
  await page.getByRole("button", { name: "Anmeldelink senden" }).click();
  expect(await heading(page)).toBe("Bitte sehen Sie in Ihr Postfach");
  return nextSignInLink(email, before, stack.appUrl);
}

/** A fresh browser, signed in through the mailed link (a coordinator, unless told what the start page is). */
async function signedIn(
  coordinator: string,
  startPage = "Übersicht",
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "de-DE" });
  context.setDefaultTimeout(8000);
  const page = await context.newPage();
  const link = await requestLink(page, coordinator);
  await page.goto(link);
  await page.getByRole("button", { name: "Jetzt anmelden" }).click();
  await passSecondStepInBrowser(page, coordinator);
  expect(await heading(page)).toBe(startPage);
  return { context, page };
}

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop() as string;

describe("signing in by mailed link", () => {
  it("mails a one-time link; opening it changes nothing, its button starts the session; a second use is refused", async () => {
    const coordinator = newCoordinator();
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    const link = await requestLink(page, coordinator);
    const [mail] = (await mailsTo(coordinator)).slice(-1);
    expect(mail?.subject).toBe("Ihr Anmeldelink für die Konsole: Netzwerk Migration");

    // Opening the link (as a mail scanner does) shows a button; the session starts only with it. The browser holds
    // only the cookie that binds the link to it.
    const opened = await page.goto(link);
    expect(opened?.status()).toBe(200);
    expect((await context.cookies()).map((c) => c.name)).toEqual(["nm_signin"]);
    await page.getByRole("button", { name: "Jetzt anmelden" }).click();
    // A coordinator's first sign-in sets up the second factor before any console page.
    expect(await heading(page)).toBe("Zweiten Faktor einrichten");
    await passSecondStepInBrowser(page, coordinator);
    expect(await heading(page)).toBe("Übersicht");
    const cookie = (await context.cookies()).find((c) => c.name === "nm_session");
    expect(cookie).toMatchObject({ name: "nm_session", httpOnly: true, sameSite: "Lax" });

    const reused = await (await browser.newPage({ locale: "de-DE" })).goto(link);
    expect(reused?.status()).toBe(410);
    expect(await reused?.text()).toContain("Link schon benutzt");
    await context.close();
  });

  it("refuses an expired link and a forged one", async () => {
    const coordinator = newCoordinator();
    const page = await browser.newPage({ locale: "de-DE" });
    const link = await requestLink(page, coordinator);
    const payload = JSON.parse(Buffer.from(tokenOf(link).split(".")[0] ?? "", "base64url").toString("utf8"));
    const expired = stack.signer.sign("signin", payload.s, new Date(Date.now() - 1000));
    const response = await page.goto(`${stack.appUrl}/anmelden/${expired}`);
    expect(response?.status()).toBe(410);
    expect(await heading(page)).toBe("Link abgelaufen");
    const forged = await page.goto(`${stack.appUrl}/anmelden/${tokenOf(link).slice(0, -2)}xx`);
    expect(forged?.status()).toBe(404);
    await page.close();
  });

  it("answers a stranger's address the same way and mails nothing to it", async () => {
    const coordinator = newCoordinator();
    const page = await browser.newPage({ locale: "de-DE" });
    const stranger = uniqueEmail("fremd");
    await page.goto(`${stack.appUrl}/anmelden`);
    await page.getByLabel("E-Mail-Adresse", { exact: false }).fill(stranger);
    await page.getByRole("button", { name: "Anmeldelink senden" }).click();
    expect(await heading(page)).toBe("Bitte sehen Sie in Ihr Postfach");
    // The coordinator's link, asked for after the stranger's, arrives; the stranger still has none.
    await requestLink(page, coordinator);
    expect(await mailsTo(stranger)).toEqual([]);
    // Without a session the console is the sign-in page.
    await page.goto(`${stack.appUrl}/konsole/antraege`);
    expect(new URL(page.url()).pathname).toBe("/anmelden");
    await page.close();
  });
});

describe("the console's weekly work", () => {
  it("finds an application by search and decides it on the contact's behalf; the history shows who", async () => {
    const applicant = uniqueEmail("bewerbung");
    const name = `Clara Suchbar ${applicant.slice(10, 16)}`;
    const applied = await fetch(`${stack.appUrl}/api/applications`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        workTableIds: ["kita-uebergang-schule"],
        name,
        email: applicant,
        organisation: "Elternrat Lankow",
        organisationType: "association",
        engagement: "volunteer",
        consent: true,
      }),
    });
    expect(applied.status).toBe(202);
    const [confirmation] = await waitForMails(applicant, 1);
    const confirm = tokenOf(linkIn(confirmation, `${stack.appUrl}/bestaetigung/`));
    expect((await fetch(`${stack.appUrl}/api/confirmations/${confirm}`, { method: "POST" })).status).toBe(200);

    const coordinator = newCoordinator();
    const { context, page } = await signedIn(coordinator);
    await page.getByRole("link", { name: "Anträge" }).click();
    await page.getByLabel("Name oder E-Mail-Adresse").fill("suchbar");
    await page.getByRole("button", { name: "Suchen" }).click();
    // A search term never goes into a URL.
    expect(page.url()).not.toContain("suchbar");
    await page.getByRole("link", { name }).click();
    expect(await heading(page)).toBe(`Antrag von ${name}`);
    await page.getByRole("radio", { name: "Annehmen" }).check();
    await page.getByLabel("Anmerkung", { exact: false }).first().fill("Telefonisch mit Frau Jahn abgestimmt");
    await page.getByRole("button", { name: "Im Auftrag entscheiden" }).click();
    expect(await page.getByRole("status").first().textContent()).toContain("Die Entscheidung ist gespeichert.");
    const history = await page.locator("main").textContent();
    expect(history).toContain("angenommen");
    expect(history).toContain(`von der Koordination (${coordinator}) im Auftrag`);

    const mails = await waitForMails(applicant, 3);
    expect(mails.map((m) => m.subject)).toContain("Willkommen im Arbeitstisch I – Kita/Übergang Schule");
    await context.close();
  });

  it("uploads a partner file, reads the German report, confirms it, and finds the partners", async () => {
    const coordinator = newCoordinator();
    const { context, page } = await signedIn(coordinator);
    const before = (await allItems(stack.table)).filter((i) => String(i.pk).startsWith("PARTNER#")).length;
    await page.getByRole("link", { name: "Partner:innen" }).first().click();
    await page.getByRole("link", { name: "Partner:innen importieren" }).click();
    const csv = [
      "Name;E-Mail;Organisation;Arbeitstische;Rechtsgrundlage",
      "Olga Import;olga.import@example.org;Verein Neu;I|IV;Einwilligung 2026",
      "Paul Import;paul.import@example.org;;II;",
      "Ohne Adresse;keine-adresse;;;",
      "Falscher Tisch;tisch@example.org;;IX;",
    ].join("\r\n");
    await page.getByLabel("CSV-Datei", { exact: false }).setInputFiles({
      name: "partner.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`\uFEFF${csv}\r\n`, "utf8"),
    });
    await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
    expect(await heading(page)).toBe("Vorschau des Imports");
    const report = (await page.locator("main").textContent()) ?? "";
    expect(report).toContain("2 neu, 0 ergänzt, 0 unverändert, 2 abgelehnt.");
    expect(report).toContain("E-Mail: ist keine gültige E-Mail-Adresse");
    expect(report).toContain("Arbeitstische: einen Arbeitstisch „IX“ gibt es nicht");
    // Nothing is written before the confirmation.
    expect((await allItems(stack.table)).filter((i) => String(i.pk).startsWith("PARTNER#"))).toHaveLength(before);

    // The confirmation form as it is now, to send it a second time below (a second tab; the back button would ask to
    // send it again, since no console page is kept in the browser's cache).
    const confirmForm = page.locator("main form", { has: page.getByRole("button", { name: "Jetzt importieren" }) });
    const action = new URL((await confirmForm.getAttribute("action")) ?? "", stack.appUrl).toString();
    const fields = Object.fromEntries(
      await confirmForm
        .locator("input[type=hidden]")
        .evaluateAll((inputs) =>
          inputs.map((i) => [i.getAttribute("name") ?? "", (i as unknown as { value: string }).value]),
        ),
    );
    await page.getByRole("button", { name: "Jetzt importieren" }).click();
    expect(await page.getByRole("status").first().textContent()).toContain("Import abgeschlossen: 2 neu, 0 ergänzt.");
    expect(await page.locator("main").textContent()).toContain("olga.import@example.org");
    const items = await allItems(stack.table);
    expect(items.find((i) => i.pk === "PARTNER#olga.import@example.org")).toMatchObject({
      name: "Olga Import",
      organisation: "Verein Neu",
      legalBasis: "Einwilligung 2026",
      source: "import",
    });
    expect(items.filter((i) => i.action === "partner.import" && i.actor === coordinator)).toHaveLength(1);

    // The same preview cannot be confirmed twice (a second tab, the back button).
    const again = await page.request.post(action, { form: fields, headers: { Origin: stack.appUrl } });
    expect(await again.text()).toContain("Die Vorschau ist abgelaufen");
    expect(
      (await allItems(stack.table)).filter((i) => i.action === "partner.import" && i.actor === coordinator),
    ).toHaveLength(1);
    await context.close();
  });

  it("plans a conference in Berlin time, previews the invitation, sends a test to itself, and signs out", async () => {
    const coordinator = newCoordinator();
    const { context, page } = await signedIn(coordinator);
    await page.getByRole("link", { name: "Tagungen" }).click();
    await page.getByRole("link", { name: "Neue Tagung" }).click();
    const year = new Date().getFullYear() + 1;
    await page.getByRole("radio", { name: "Frühjahrstagung" }).check();
    await page.getByLabel("Titel", { exact: false }).fill(`Frühjahrstagung ${year}`);
    await page.getByLabel("Beginn: Datum", { exact: false }).fill(`${year}-03-26`);
    await page.getByLabel("Beginn: Uhrzeit", { exact: false }).fill("09:30");
    await page.getByLabel("Ende: Datum", { exact: false }).fill(`${year}-03-26`);
    await page.getByLabel("Ende: Uhrzeit", { exact: false }).fill("15:00");
    await page.getByRole("textbox", { name: /^Ort/ }).fill("Stadthaus Schwerin, Am Packhof 2–6");
    await page.getByLabel("Online-Link", { exact: false }).fill("https://meet.example.org/fruehjahr");
    await page.getByLabel("Einladung versenden am", { exact: false }).fill(`${year}-02-26`);
    await page.getByLabel("Einladung versenden um", { exact: false }).fill("08:00");
    await page.getByRole("button", { name: "Speichern" }).click();
    expect(await heading(page)).toBe(`Frühjahrstagung ${year}`);
    expect(await page.getByRole("status").first().textContent()).toContain("Die Tagung ist gespeichert.");

    const conference = (await allItems(stack.table)).find((i) => i.title === `Frühjahrstagung ${year}`);
    // 09:30 in Schwerin in March is 08:30 UTC (winter time).
    expect(conference).toMatchObject({
      startsAt: `${year}-03-26T09:30:00+01:00`,
      onlineUrl: "https://meet.example.org/fruehjahr",
    });

    await page.getByRole("link", { name: "Einladung ansehen" }).click();
    expect(await heading(page)).toBe("Vorschau der Einladung");
    expect(await page.locator("pre").textContent()).toContain("Online teilnehmen: https://meet.example.org/fruehjahr");
    const frame = page.frameLocator("iframe");
    expect(await frame.locator("body").textContent()).toContain(`„Frühjahrstagung ${year}“`);

    await page.getByRole("link", { name: "Zurück" }).click();
    await page.getByRole("button", { name: "Test an mich senden" }).click();
    expect(await page.getByRole("status").first().textContent()).toContain(`an ${coordinator} unterwegs`);
    const test = await waitForMail(coordinator, (m) => m.subject.startsWith("[TEST] Einladung"));
    expect(test?.subject).toBe(`[TEST] Einladung: Frühjahrstagung ${year}`);

    const session = (await context.cookies()).find((c) => c.name === "nm_session");
    await page.getByRole("button", { name: "Abmelden" }).click();
    expect(await heading(page)).toBe("Abgemeldet");
    await page.goto(`${stack.appUrl}/konsole`);
    expect(new URL(page.url()).pathname).toBe("/anmelden");
    // The session ended on the server: its cookie, kept by someone, opens nothing any more.
    const replayed = await fetch(`${stack.appUrl}/konsole`, {
      headers: { Cookie: `${session?.name}=${session?.value}` },
      redirect: "manual",
    });
    expect(replayed.status).toBe(303);
    expect(replayed.headers.get("location")).toBe("/anmelden");
    await context.close();
  });
});

describe("what the console refuses", () => {
  it("refuses a POST from another origin or without the form's token, and changes nothing", async () => {
    const { context, page } = await signedIn(newCoordinator());
    await page.goto(`${stack.appUrl}/konsole/koordination`);
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
    const victim = uniqueEmail("eingeschleust");
    const before = await allItems(stack.table);
    const attempt = (headers: Record<string, string>, token: string) =>
      context.request.post(`${stack.appUrl}/konsole/koordination`, {
        headers,
        form: { _csrf: token, email: victim, name: "Eingeschleust" },
        maxRedirects: 0,
      });
    const foreign = await attempt({ Origin: "https://angreifer.example" }, csrf);
    expect(foreign.status()).toBe(403);
    const tokenless = await attempt({ Origin: stack.appUrl }, "");
    expect(tokenless.status()).toBe(403);
    const wrongToken = await attempt({ Origin: stack.appUrl }, `${csrf.slice(0, -2)}xx`);
    expect(wrongToken.status()).toBe(403);
    expect(await foreign.text()).toContain("Die Anfrage kam nicht aus der Konsole");
    expect(await allItems(stack.table)).toEqual(before);
    await context.close();
  });

  it("refuses the second of two concurrent edits of a work table with a clear message", async () => {
    const first = await signedIn(newCoordinator());
    const second = await signedIn(newCoordinator());
    for (const { page } of [first, second]) await page.goto(`${stack.appUrl}/konsole/arbeitstische/beratung`);
    await first.page.getByLabel("Zielgruppe", { exact: false }).first().fill("Beratungsstellen in Schwerin (neu)");
    await first.page.getByRole("button", { name: "Speichern" }).click();
    expect(await first.page.getByRole("status").first().textContent()).toContain("Gespeichert.");

    await second.page.getByLabel("Name der Vertretung", { exact: false }).fill("Zweite Änderung");
    await second.page.getByLabel("E-Mail-Adresse der Vertretung", { exact: false }).fill("vertretung@example.org");
    await second.page.getByRole("button", { name: "Speichern" }).click();
    expect(await second.page.locator("main").textContent()).toContain(
      "Jemand anderes hat diesen Arbeitstisch inzwischen geändert",
    );
    const table = (await allItems(stack.table)).find((i) => i.sk === "WORKTABLE#beratung");
    expect(table?.audience).toBe("Beratungsstellen in Schwerin (neu)");
    expect(table?.deputy).toBeUndefined();
    await first.context.close();
    await second.context.close();
  });
});

describe("a contact person's part of the console", () => {
  it("signs in, decides an application of their table, plans a meeting and sees a member's answer", async () => {
    const contact = "kuljugin-e.v@gmx.net";
    const applicant = uniqueEmail("tisch-vier");
    const member = uniqueEmail("mitglied-vier");
    const name = `Nadia Vier ${applicant.slice(11, 16)}`;
    const applied = await fetch(`${stack.appUrl}/api/applications`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        workTableIds: ["gesellschaftliche-integration"],
        name,
        email: applicant,
        organisationType: "association",
        engagement: "volunteer",
        consent: true,
      }),
    });
    expect(applied.status).toBe(202);
    const [confirmation] = await waitForMails(applicant, 1);
    const confirm = tokenOf(linkIn(confirmation, `${stack.appUrl}/bestaetigung/`));
    expect((await fetch(`${stack.appUrl}/api/confirmations/${confirm}`, { method: "POST" })).status).toBe(200);
    const imported = await fetch(`${stack.appUrl}/api/admin/partners/import`, {
      method: "POST",
      headers: { Authorization: "Bearer test-coordinator-token-0123456789", "Content-Type": "text/csv" },
      body: `name,email,workTables\nMira Mitglied,${member},IV\n`,
    });
    expect(imported.status).toBe(200);

    const { context, page } = await signedIn(contact, "Meine Arbeitstische");
    // Only their own table, and none of the coordinators' sections.
    expect(await page.getByRole("navigation", { name: "Bereiche der Konsole" }).textContent()).not.toContain("Anträge");
    await page.getByRole("link", { name: "Arbeitstisch IV – Gesellschaftliche Integration" }).click();
    await page.getByRole("link", { name }).click();
    await page.getByRole("radio", { name: "Annehmen" }).check();
    await page.getByLabel("Anmerkung").fill("Herzlich willkommen!");
    await page.getByRole("button", { name: "Entscheiden" }).click();
    expect(await page.getByRole("status").first().textContent()).toContain("Die Entscheidung ist gespeichert.");
    const welcome = await waitForMail(applicant, (m) => m.subject.startsWith("Willkommen im Arbeitstisch IV"));
    expect(welcome?.body.text).toContain("Herzlich willkommen!");

    await page.getByRole("link", { name: "Zurück" }).click();
    await page.getByRole("link", { name: "Neues Treffen" }).click();
    const day = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Beginn: Datum", { exact: false }).fill(day);
    await page.getByLabel("Beginn: Uhrzeit", { exact: false }).fill("17:00");
    await page.getByLabel("Ende: Datum", { exact: false }).fill(day);
    await page.getByLabel("Ende: Uhrzeit", { exact: false }).fill("19:00");
    await page.getByRole("textbox", { name: /^Ort/ }).fill("Stadtteilzentrum Mueßer Holz");
    await page.getByRole("button", { name: "Speichern" }).click();
    expect(await heading(page)).toBe("Treffen des Arbeitstisches IV – Gesellschaftliche Integration");
    expect(await page.locator("main").textContent()).toContain("0 Zusagen, 0 Absagen");

    // The invitation goes out (the schedule firing), the member says yes by the link in it.
    const meeting = (await allItems(stack.table)).find(
      (i) => i.sk === "CONF" && i.workTableId === "gesellschaftliche-integration",
    );
    await stack.fireMailing({ conferenceId: String(meeting?.id), kind: "invitation" });
    await stack.mailIdle();
    const invitation = await waitForMail(member, (m) => m.subject.startsWith("Einladung: Treffen"));
    const rsvp = tokenOf(linkIn(invitation, `${stack.appUrl}/teilnahme/`));
    const answered = await fetch(`${stack.appUrl}/api/rsvp/${rsvp}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ answer: "yes" }),
    });
    expect(answered.status).toBe(200);
    await page.reload();
    expect(await page.locator("main").textContent()).toContain("1 Zusagen, 0 Absagen");
    expect(await page.locator("main").textContent()).toContain("Mira Mitglied");
    await context.close();
  });
});
