import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { FIRST_COORDINATOR, testApp } from "../support/app.ts";
import { type ConsoleSession, formPost, signedInAs } from "../support/sessions.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

/** The legal notices (public pages, edited in the console) and a person's data on request in the console. */
let table: TestTable;
let built: ReturnType<typeof testApp>;
let coordinator: ConsoleSession;

beforeAll(async () => {
  table = await createTestTable("privacy-console");
  built = testApp(table, { deployed: true });
  await loadSeed(built.deps.workTables);
  coordinator = await signedInAs(table, built.deps, [FIRST_COORDINATOR], FIRST_COORDINATOR);
});
afterAll(() => table.drop());

const page = async (path: string) => {
  const response = await built.app.request(path);
  return { status: response.status, html: await response.text() };
};
const post = (path: string, fields: Record<string, string>) => built.app.request(path, formPost(coordinator, fields));

describe("the legal notices", () => {
  it("are public pages with German defaults, linked from every page's footer", async () => {
    const impressum = await page("/impressum");
    expect(impressum.status).toBe(200);
    expect(impressum.html).toContain('<h1 id="page-title">Impressum</h1>');
    expect(impressum.html).toContain("Landeshauptstadt Schwerin");
    const privacy = await page("/datenschutz");
    expect(privacy.html).toContain("Wer erhält Ihre Daten?");
    expect(privacy.html).toContain("Art. 15");
    expect((await page("/barrierefreiheit")).html).toContain("Feedback und Kontakt");
    const home = await page("/");
    for (const path of ["/impressum", "/datenschutz", "/barrierefreiheit"])
      expect(home.html).toContain(`href="${path}"`);
    // In English the German text shows, marked as German.
    const english = await page("/datenschutz?lang=en");
    expect(english.html).toContain("This notice is available in German; the German text applies.");
    expect(english.html).toContain('<div lang="de">');
  });

  it("are edited by coordinators: escaped on the page, versioned, audited", async () => {
    const form = await (
      await built.app.request("/konsole/hinweise/datenschutz", { headers: { Cookie: coordinator.cookie } })
    ).text();
    const version = /name="version" value="([^"]*)"/.exec(form)?.[1] ?? "x";
    expect(version).toBe("");
    const saved = await post("/konsole/hinweise/datenschutz", {
      version,
      de: "## Verantwortlich\nStadt <script>alert(1)</script>\n\n- Auskunft\n- Löschung",
      en: "",
    });
    expect(saved.status).toBe(200);
    const shown = await page("/datenschutz");
    expect(shown.html).toContain("<h2>Verantwortlich</h2>");
    expect(shown.html).toContain("Stadt &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(shown.html).toContain("<li>Löschung</li>");
    // A second save from the old form is refused; the text stays.
    const stale = await post("/konsole/hinweise/datenschutz", { version, de: "Überschrieben?", en: "" });
    expect(stale.status).toBe(409);
    expect((await page("/datenschutz")).html).not.toContain("Überschrieben?");
    const entry = (await allItems(table)).find((i) => i.action === "notice.update");
    expect(entry).toMatchObject({ actor: FIRST_COORDINATOR, subject: { type: "notice", id: "datenschutz" } });
  });
});

describe("a person's data in the console", () => {
  const email = "person.auskunft@example.org";

  beforeAll(async () => {
    await built.deps.partners.importPartners(
      [{ email, name: "Petra Auskunft", organisation: "Verein Auskunft", workTableIds: ["beratung"] }],
      new Date(),
    );
  });

  it("shows what is stored, by POST only, and gives it as JSON", async () => {
    const shown = await post("/konsole/personen", { email });
    expect(shown.status).toBe(200);
    const html = await shown.text();
    expect(html).toContain("Gespeichert zu person.auskunft@example.org");
    expect(html).toContain("Petra Auskunft");
    expect(html).toContain("V – Beratung");
    const file = await post("/konsole/personen/export.json", { email });
    expect(file.headers.get("content-disposition")).toBe('attachment; filename="auskunft.json"');
    expect(await file.json()).toMatchObject({ person: email, partner: { name: "Petra Auskunft" } });
    expect((await post("/konsole/personen", { email: "keine adresse" })).status).toBe(422);
  });

  it("erases only after the confirmation step", async () => {
    const asked = await post("/konsole/personen/loeschen", { email });
    expect(await asked.text()).toContain("Ja, endgültig löschen");
    expect(await built.deps.partners.get(email)).toBeDefined();
    const erased = await post("/konsole/personen/loeschen", { email, bestaetigt: "ja" });
    expect(erased.status).toBe(200);
    expect(await erased.text()).toContain("Gelöscht:");
    expect(await built.deps.partners.get(email)).toBeUndefined();
    expect(JSON.stringify(await allItems(table))).not.toContain("Petra Auskunft");
  });
});
