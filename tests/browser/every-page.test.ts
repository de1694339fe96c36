import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decisionLinkSubject } from "../../shared/domain/link-paths.ts";
import { LOCALES } from "../../shared/domain/locale.ts";
import { ConferenceRepository } from "../../shared/store/conference-repository.ts";
import { SuppressionRepository } from "../../shared/store/suppression-repository.ts";
import { axeViolations } from "../support/axe.ts";
import { launchChromium } from "../support/browser.ts";
import { consoleSignIn } from "../support/console-http.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { isSignInMail, linkIn, mailsTo, nextSignInLink, waitForMails } from "../support/mailbox.ts";
import { passSecondStepInBrowser } from "../support/second-factor.ts";
import { allItems } from "../support/tables.ts";

/**
 * Every page, public and console, in every language it exists in, in one Chromium at a phone's width (390 px):
 * axe-core finds no WCAG 2.1 A/AA violation, nothing scrolls sideways, and no page has a script (except the
 * second step's, which loads the passkey's). A new page is one more line in PAGES.
 */

type Role = "public" | "coordinator" | "contact";
/** The console (and its sign-in) and the API reference speak German and English. */
const CONSOLE_LANGUAGES = ["de", "en"] as const;
interface PageCase {
  name: string;
  role: Role;
  /** A path (made once the data is seeded), or how to get there: a page a form's POST answers with. */
  open: string | (() => string) | { act: (page: Page, lang: string) => Promise<unknown> };
  /** The languages the page exists in. @default every language for public pages, German and English for the console's */
  languages?: readonly string[];
}

let stack: TestStack;
let browser: Browser;
const contexts: Partial<Record<Role, BrowserContext>> = {};
const coordinator = uniqueEmail("sweep");
const admin = { Authorization: "Bearer test-coordinator-token-0123456789" };
const ids = {
  application: "",
  submission: "",
  conference: "",
  handle: "",
  signIn: "",
  meeting: "",
  applicant: "",
  task: "",
};
/** The contact person of work table V (Beratung), where the seeded application goes. */
const CONTACT = "a.kropp@awo-schwerin.de";

const api = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${stack.appUrl}${path}`, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const json = (method: string, body: unknown) => ({
  method,
  headers: { ...admin, "Content-Type": "application/json" },
  body: JSON.stringify(body),
});
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const withLang = (path: string, lang: string) =>
  lang === "de" ? path : `${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;

/** Something in every list and detail page: an application waiting for a decision, a partner, a conference. */
async function seed() {
  const applicant = uniqueEmail("sweep-applicant");
  ids.applicant = applicant;
  const applied = await api("/api/applications", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      workTableIds: ["beratung"],
      name: "Zeynep Überlänge-Mustermann",
      email: applicant,
      organisation: "Migrationssozialberatung Schwerin-Lankow",
      organisationType: "independent",
      service: "MBE",
      engagement: "professional",
      consent: true,
    }),
  });
  expect(applied.status).toBe(202);
  ids.application = (applied.body.applications as { id: string }[])[0]?.id ?? "";
  ids.submission = String(
    (await api(`/api/admin/applications/${ids.application}`, { headers: admin })).body.submissionId,
  );
  const [confirmation] = await waitForMails(applicant, 1);
  const confirm = new URL(linkIn(confirmation, `${stack.appUrl}/bestaetigung/`)).pathname.split("/").pop();
  expect((await fetch(`${stack.appUrl}/api/confirmations/${confirm}`, { method: "POST" })).status).toBe(200);

  const partner = uniqueEmail("sweep-partner");
  const imported = await fetch(`${stack.appUrl}/api/admin/partners/import`, {
    method: "POST",
    headers: { ...admin, "Content-Type": "text/csv" },
    body: `name,email,organisation,workTables\nSprachkursanbieter:innenvertretung,${partner},Volkshochschule,I|II|V\n`,
  });
  expect(imported.status).toBe(200);
  ids.handle = String((await allItems(stack.table)).find((i) => i.email === partner)?.handle);
  await new SuppressionRepository(stack.table.db, stack.table.tableName).add({
    email: uniqueEmail("sweep-bounce"),
    reason: "bounce",
    detail: "Permanent/General",
    at: new Date().toISOString(),
  });

  const conference = await api(
    "/api/admin/conferences",
    json("POST", {
      season: "autumn",
      title: "Herbsttagung des Netzwerks Migration",
      startsAt: inDays(30),
      endsAt: inDays(30.25),
      location: "Stadthaus Schwerin, Am Packhof 2–6, Raum 1.023",
      agenda: "1. Begrüßung\n2. Berichte aus den Arbeitstischen",
      inviteAt: inDays(10),
      // Places and workshops (issue 22): the answer page shows the choices, the console the lists.
      capacity: 80,
      registrationDeadline: inDays(25),
      workshops: [
        { slot: "Vormittag, 10:30–12:00 Uhr", title: "Forum Sprache und Bildung", capacity: 20 },
        { slot: "Vormittag, 10:30–12:00 Uhr", title: "Forum Arbeit und Ausbildung" },
      ],
    }),
  );
  expect(conference.status).toBe(201);
  ids.conference = String(conference.body.id);

  const contact = await consoleSignIn(stack.appUrl, CONTACT);
  const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const planned = await contact.post("/konsole/tische/beratung/treffen/neu", {
    startDate: day,
    startTime: "09:00",
    endDate: day,
    endTime: "12:00",
    location: "AWO Schwerin, Dr.-Külz-Straße 18",
    agenda: "1. Fallbesprechungen\n2. Termine",
  });
  expect(planned.status).toBe(303);
  ids.meeting = /treffen\/([0-9a-f-]{36})/.exec(String(planned.headers.get("location")))?.[1] ?? "";

  // The meeting's year (issue 21): attendance, published minutes with a decision and a task of the partner.
  const meetingApi = `/api/admin/work-tables/beratung/meetings/${ids.meeting}`;
  const put = (path: string, body: unknown) => api(`${meetingApi}/${path}`, json("PUT", body));
  expect((await put("agenda", { items: [{ title: "Fallbesprechungen" }], proposalsUntil: inDays(10) })).status).toBe(
    200,
  );
  expect((await put("attendance", { entries: [{ email: partner, status: "present" }] })).status).toBe(200);
  const minutes = await put("minutes", {
    text: "Die Beratungsstellen berichten über lange Wartezeiten bei Terminen der Ausländerbehörde.",
    decisions: [{ text: "Ein gemeinsames Schreiben an die Ausländerbehörde wird vorbereitet." }],
    tasks: [{ text: "Entwurf des Schreibens verfassen", owner: partner, due: day }],
  });
  expect(minutes.status).toBe(200);
  expect((await api(`${meetingApi}/minutes/publish`, json("POST", {}))).status).toBe(200);
  // A meeting held last week with its list, so the annual report draws all three charts (issue 23).
  const held = await new ConferenceRepository(stack.table.db, stack.table.tableName).create(
    {
      season: "autumn",
      title: "Fallbesprechung",
      startsAt: inDays(-7),
      endsAt: inDays(-6.9),
      location: "AWO Schwerin",
      inviteAt: inDays(-20),
    },
    new Date(Date.now() - 21 * 86_400_000),
    { actor: "sweep", action: "meeting.create" },
    { workTableId: "beratung", table: { numeral: "V", name: "Beratung" }, replyTo: { name: "K", email: CONTACT } },
  );
  const heldApi = `/api/admin/work-tables/beratung/meetings/${held.id}/attendance`;
  expect((await api(heldApi, json("PUT", { entries: [{ email: partner, status: "present" }] }))).status).toBe(200);
  ids.task = String((await allItems(stack.table)).find((i) => String(i.pk).startsWith("TASK#"))?.id);
}

async function signIn(context: BrowserContext, email: string, startPage: string) {
  const page = await context.newPage();
  const before = (await mailsTo(email)).filter(isSignInMail).length;
  await page.goto(`${stack.appUrl}/anmelden`);
  await page.getByLabel("E-Mail-Adresse", { exact: false }).fill(email);
  await page.getByRole("button", { name: "Anmeldelink senden" }).click();
  await page.goto(await nextSignInLink(email, before, stack.appUrl));
  await page.getByRole("button", { name: "Jetzt anmelden" }).click();
  await passSecondStepInBrowser(page, email);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(startPage);
  await page.close();
}

/** A coordinator who never finishes setting up the second factor: each sign-in shows the enrolment page. */
const enrolling = uniqueEmail("sweep-enrolling");

/** Asks for a sign-in link and presses its button: the page is then the second step. */
async function throughTheLink(page: Page, lang: string, email: string) {
  const before = (await mailsTo(email)).filter(isSignInMail).length;
  await page.goto(`${stack.appUrl}${withLang("/anmelden", lang)}`);
  await page.locator("#field-email").fill(email);
  await page.locator('main form button[type="submit"]').click();
  // The mailed link carries the language it was asked for in.
  await page.goto(await nextSignInLink(email, before, stack.appUrl));
  await page.locator('main form button[type="submit"]').click();
  expect(new URL(page.url()).pathname).toBe("/anmelden/zweiter-faktor");
}

const PAGES: PageCase[] = [
  // public
  { name: "home", role: "public", open: "/" },
  { name: "work table", role: "public", open: "/arbeitstische/beratung" },
  {
    name: "form with errors",
    role: "public",
    open: {
      act: async (page, lang) => {
        await page.goto(`${stack.appUrl}${withLang("/", lang)}`);
        await page.locator('form[action^="/antrag"] button[type="submit"]:not([name])').click();
      },
    },
  },
  { name: "not found", role: "public", open: "/gibt-es-nicht" },
  { name: "confirmation link", role: "public", open: () => `/bestaetigung/${sign("confirm", ids.submission)}` },
  {
    name: "decision link",
    role: "public",
    open: () =>
      `/entscheidung/${sign("decide", decisionLinkSubject(stack.signer.personHash, ids.application, CONTACT))}`,
  },
  {
    name: "decision link, handed on",
    role: "public",
    open: () =>
      `/entscheidung/${sign("decide", decisionLinkSubject(stack.signer.personHash, ids.application, "vorher@example.org"))}`,
  },
  { name: "rsvp link", role: "public", open: () => `/teilnahme/${sign("rsvp", `${ids.conference}|${ids.handle}`)}` },
  { name: "unsubscribe link", role: "public", open: () => `/abmelden/${sign("unsubscribe", ids.handle)}` },
  { name: "leave a table link", role: "public", open: () => `/austreten/${sign("leave", `beratung|${ids.handle}`)}` },
  { name: "task link", role: "public", open: () => `/aufgabe/${sign("task", ids.task)}` },
  {
    name: "proposal link",
    role: "public",
    open: () => `/vorschlag/${sign("propose", `${ids.meeting}|${ids.handle}`)}`,
  },
  { name: "archive link", role: "public", open: () => `/archiv/${sign("archive", `beratung|${ids.handle}`)}` },
  { name: "invalid link", role: "public", open: "/entscheidung/kaputt" },
  { name: "Leichte Sprache", role: "public", open: "/leichte-sprache", languages: ["de"] },
  { name: "form on a page of its own", role: "public", open: "/antrag" },
  {
    name: "form shown in another language",
    role: "public",
    open: {
      act: async (page, lang) => {
        await page.goto(`${stack.appUrl}/antrag`);
        await page.locator("#field-name").fill("Olena Kovalenko");
        await page.locator(`button[name="switchTo"][value="${lang === "de" ? "en" : lang}"]`).click();
        if (lang === "de") await page.locator('button[name="switchTo"][value="de"]').click();
      },
    },
  },
  { name: "sign-in", role: "public", open: "/anmelden", languages: CONSOLE_LANGUAGES },
  { name: "Impressum", role: "public", open: "/impressum" },
  { name: "privacy notice", role: "public", open: "/datenschutz" },
  { name: "accessibility statement", role: "public", open: "/barrierefreiheit" },
  { name: "sign-in link", role: "public", open: () => `/anmelden/${ids.signIn}`, languages: CONSOLE_LANGUAGES },
  // The same link in a browser that did not ask for it.
  {
    name: "sign-in link, another browser",
    role: "contact",
    open: () => `/anmelden/${ids.signIn}`,
    languages: CONSOLE_LANGUAGES,
  },
  { name: "sign-in link invalid", role: "public", open: "/anmelden/kaputt", languages: CONSOLE_LANGUAGES },
  {
    name: "second step: setting up the authenticator",
    role: "public",
    open: { act: (page, lang) => throughTheLink(page, lang, enrolling) },
    languages: CONSOLE_LANGUAGES,
  },
  {
    name: "second step: the code",
    role: "public",
    open: { act: (page, lang) => throughTheLink(page, lang, coordinator) },
    languages: CONSOLE_LANGUAGES,
  },
  { name: "API reference", role: "public", open: "/api/docs", languages: CONSOLE_LANGUAGES },
  // console
  { name: "overview", role: "coordinator", open: "/konsole" },
  { name: "applications", role: "coordinator", open: "/konsole/antraege" },
  { name: "applications filtered", role: "coordinator", open: "/konsole/antraege?status=submitted&tisch=beratung" },
  { name: "application", role: "coordinator", open: () => `/konsole/antraege/${ids.application}` },
  { name: "work tables", role: "coordinator", open: "/konsole/arbeitstische" },
  { name: "work table edit", role: "coordinator", open: "/konsole/arbeitstische/beratung" },
  { name: "work table new", role: "coordinator", open: "/konsole/arbeitstische/neu" },
  {
    name: "work table with errors",
    role: "coordinator",
    open: {
      act: async (page, lang) => {
        await page.goto(`${stack.appUrl}${withLang("/konsole/arbeitstische/neu", lang)}`);
        await page.locator("main form button[type=submit]").click();
      },
    },
  },
  { name: "partners", role: "coordinator", open: "/konsole/partner" },
  { name: "partner", role: "coordinator", open: () => `/konsole/partner/${ids.handle}` },
  { name: "partner import", role: "coordinator", open: "/konsole/partner/import" },
  {
    name: "partner import preview",
    role: "coordinator",
    open: {
      act: async (page, lang) => {
        await page.goto(`${stack.appUrl}${withLang("/konsole/partner/import", lang)}`);
        await page.locator('input[type="file"]').setInputFiles({
          name: "partner.csv",
          mimeType: "text/csv",
          buffer: Buffer.from("Name;E-Mail;Arbeitstische\nNeu Person;neu.sweep@example.org;III\nKaputt;kaputt;\n"),
        });
        await page.locator("main form button[type=submit]").click();
      },
    },
  },
  { name: "suppression list", role: "coordinator", open: "/konsole/partner/sperrliste" },
  { name: "conferences", role: "coordinator", open: "/konsole/tagungen" },
  { name: "conference new", role: "coordinator", open: "/konsole/tagungen/neu" },
  { name: "conference", role: "coordinator", open: () => `/konsole/tagungen/${ids.conference}` },
  { name: "conference edit", role: "coordinator", open: () => `/konsole/tagungen/${ids.conference}/bearbeiten` },
  { name: "conference agenda", role: "coordinator", open: () => `/konsole/tagungen/${ids.conference}/tagesordnung` },
  {
    name: "conference attendance",
    role: "coordinator",
    open: () => `/konsole/tagungen/${ids.conference}/anwesenheit`,
  },
  { name: "conference minutes", role: "coordinator", open: () => `/konsole/tagungen/${ids.conference}/protokoll` },
  {
    name: "conference attendance list",
    role: "coordinator",
    open: () => `/konsole/tagungen/${ids.conference}/anwesenheitsliste`,
  },
  {
    name: "conference registrations",
    role: "coordinator",
    open: () => `/konsole/tagungen/${ids.conference}/anmeldungen`,
  },
  { name: "conference door", role: "coordinator", open: () => `/konsole/tagungen/${ids.conference}/einlass` },
  {
    name: "conference door with a name found",
    role: "coordinator",
    open: {
      act: async (page, lang) => {
        await page.goto(`${stack.appUrl}${withLang(`/konsole/tagungen/${ids.conference}/einlass`, lang)}`);
        await page.locator('main input[name="q"]').fill("a");
        await page.locator("main form.search button[type=submit]").last().click();
      },
    },
  },
  { name: "conference preview", role: "coordinator", open: () => `/konsole/tagungen/${ids.conference}/vorschau` },
  // The preview's frame is sandboxed (no script runs in it, axe's neither): its HTML, the mail, as a page of its own.
  {
    name: "conference preview: the mail's HTML",
    role: "coordinator",
    open: {
      act: async (page, lang) => {
        const frame = await page.request.get(
          `${stack.appUrl}${withLang(`/konsole/tagungen/${ids.conference}/vorschau.html`, lang)}`,
        );
        expect(frame.status()).toBe(200);
        await page.setContent(await frame.text());
      },
    },
  },
  {
    name: "conference send confirmation",
    role: "coordinator",
    open: () => `/konsole/tagungen/${ids.conference}/versenden?art=invitation`,
  },
  { name: "tasks of every table", role: "coordinator", open: "/konsole/aufgaben" },
  { name: "mails", role: "coordinator", open: "/konsole/mails" },
  { name: "audit log", role: "coordinator", open: "/konsole/protokoll" },
  { name: "annual report", role: "coordinator", open: "/konsole/bericht" },
  {
    name: "annual report of a period",
    role: "coordinator",
    open: () => `/konsole/bericht?von=${new Date().getFullYear() - 1}-12-01&bis=${new Date().getFullYear()}-03-31`,
  },
  { name: "annual report, period wrong", role: "coordinator", open: "/konsole/bericht?von=2026-05-01&bis=2026-02-01" },
  { name: "coordinators", role: "coordinator", open: "/konsole/koordination" },
  { name: "account", role: "coordinator", open: "/konsole/zugang" },
  { name: "a table's page", role: "coordinator", open: "/konsole/tische/beratung" },
  { name: "notices", role: "coordinator", open: "/konsole/hinweise" },
  { name: "notice edit", role: "coordinator", open: "/konsole/hinweise/datenschutz" },
  { name: "network", role: "coordinator", open: "/konsole/netzwerk" },
  { name: "people", role: "coordinator", open: "/konsole/personen" },
  {
    name: "a person's data",
    role: "coordinator",
    open: {
      act: async (page, lang) => {
        await page.goto(`${stack.appUrl}${withLang("/konsole/personen", lang)}`);
        await page.locator('main input[name="email"]').fill(ids.applicant);
        await page.locator("main form button[type=submit]").click();
      },
    },
  },
  // contact persons: their tables only
  { name: "my tables", role: "contact", open: "/konsole" },
  { name: "table", role: "contact", open: "/konsole/tische/beratung" },
  { name: "table application", role: "contact", open: () => `/konsole/tische/beratung/antraege/${ids.application}` },
  { name: "table members", role: "contact", open: "/konsole/tische/beratung/mitglieder" },
  { name: "meeting new", role: "contact", open: "/konsole/tische/beratung/treffen/neu" },
  {
    name: "meeting with errors",
    role: "contact",
    open: {
      act: async (page, lang) => {
        await page.goto(`${stack.appUrl}${withLang("/konsole/tische/beratung/treffen/neu", lang)}`);
        await page.locator("main form button[type=submit]").click();
      },
    },
  },
  { name: "meeting", role: "contact", open: () => `/konsole/tische/beratung/treffen/${ids.meeting}` },
  { name: "meeting edit", role: "contact", open: () => `/konsole/tische/beratung/treffen/${ids.meeting}/bearbeiten` },
  {
    name: "meeting agenda",
    role: "contact",
    open: () => `/konsole/tische/beratung/treffen/${ids.meeting}/tagesordnung`,
  },
  {
    name: "meeting attendance",
    role: "contact",
    open: () => `/konsole/tische/beratung/treffen/${ids.meeting}/anwesenheit`,
  },
  { name: "table archive", role: "contact", open: "/konsole/tische/beratung/archiv" },
  { name: "meeting minutes", role: "contact", open: () => `/konsole/tische/beratung/treffen/${ids.meeting}/protokoll` },
  {
    name: "meeting minutes with errors",
    role: "contact",
    open: {
      act: async (page, lang) => {
        await page.goto(
          `${stack.appUrl}${withLang(`/konsole/tische/beratung/treffen/${ids.meeting}/protokoll`, lang)}`,
        );
        await page.locator('main input[name="tasks.0.text"]').fill("Ohne Frist");
        await page.locator("main form button[type=submit]").first().click();
      },
    },
  },
  {
    name: "meeting attendance list",
    role: "contact",
    open: () => `/konsole/tische/beratung/treffen/${ids.meeting}/anwesenheitsliste`,
  },
  {
    name: "meeting registrations",
    role: "contact",
    open: () => `/konsole/tische/beratung/treffen/${ids.meeting}/anmeldungen`,
  },
  { name: "meeting door", role: "contact", open: () => `/konsole/tische/beratung/treffen/${ids.meeting}/einlass` },
  { name: "account", role: "contact", open: "/konsole/zugang" },
];

function sign(
  purpose: "confirm" | "decide" | "rsvp" | "unsubscribe" | "leave" | "task" | "archive" | "propose",
  subject: string,
) {
  return stack.signer.sign(purpose, subject, new Date(Date.now() + 3_600_000));
}

beforeAll(async () => {
  stack = await startTestStack({ COORDINATOR_EMAILS: `${coordinator},${enrolling}` });
  browser = await launchChromium();
  await seed();
  for (const role of ["public", "coordinator", "contact"] as const) {
    contexts[role] = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "de-DE" });
    contexts[role].setDefaultTimeout(8000);
  }
  await signIn(contexts.coordinator as BrowserContext, coordinator, "Übersicht");
  await signIn(contexts.contact as BrowserContext, CONTACT, "Meine Arbeitstische");
  // A fresh sign-in link (not used) for its page.
  const page = await (contexts.public as BrowserContext).newPage();
  const before = (await mailsTo(coordinator)).filter(isSignInMail).length;
  await page.goto(`${stack.appUrl}/anmelden`);
  await page.getByLabel("E-Mail-Adresse", { exact: false }).fill(coordinator);
  await page.getByRole("button", { name: "Anmeldelink senden" }).click();
  ids.signIn = new URL(await nextSignInLink(coordinator, before, stack.appUrl)).pathname.split("/").pop() ?? "";
  await page.close();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const CASES = PAGES.flatMap((pageCase) =>
  (pageCase.languages ?? (pageCase.role === "public" ? LOCALES : CONSOLE_LANGUAGES)).map(
    (lang) => [`${lang} ${pageCase.role}: ${pageCase.name}`, pageCase, lang] as const,
  ),
);

/** One tab per role, reused from page to page (a new tab per check costs more than the check). */
const tabs: Partial<Record<Role, Page>> = {};
const tabOf = async (role: Role) => {
  tabs[role] ??= await (contexts[role] as BrowserContext).newPage();
  return tabs[role];
};

describe("every page in every language it exists in", () => {
  it.each(CASES)("%s", async (_name, pageCase, lang) => {
    const page = await tabOf(pageCase.role);
    if (typeof pageCase.open === "object") {
      await pageCase.open.act(page, lang);
    } else {
      const path = typeof pageCase.open === "string" ? pageCase.open : pageCase.open();
      const response = await page.goto(`${stack.appUrl}${withLang(path, lang)}`);
      expect(response?.status()).toBeLessThan(500);
    }
    await page.waitForLoadState();
    // The page is what was asked for (not the sign-in page instead), in its language.
    expect(await page.locator("html").getAttribute("lang")).toBe(lang);
    expect(await page.locator("html").getAttribute("dir")).toBe(lang === "ar" ? "rtl" : "ltr");
    if (pageCase.role === "coordinator") expect(new URL(page.url()).pathname).not.toBe("/anmelden");

    // Sandboxed frames run no script, so axe cannot look inside: their content is a page case of its own.
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);

    const width = await page.evaluate("document.documentElement.scrollWidth");
    expect(width).toBeLessThanOrEqual(390);
    // No page needs a script; the second step's pages load one, the passkey's, from the site itself.
    const scripts = await page.evaluate(
      '[...document.scripts].filter((s) => s.type !== "application/json").map((s) => s.getAttribute("src"))',
    );
    const allowed = pageCase.name.startsWith("second step") ? ["/anmelden/zweiter-faktor/passkey.js"] : [];
    expect((scripts as string[]).filter((src) => !allowed.includes(src))).toEqual([]);
    // Setting up offers a passkey (the script), giving a code without one has none.
    if (pageCase.name === "second step: setting up the authenticator") expect(scripts).toEqual(allowed);
  });
});
