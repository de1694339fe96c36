import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readNetworkProfile } from "../../shared/config/network-profile.ts";
import { forgetStoredNetwork, useNetwork } from "../../shared/i18n/network.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { FIRST_COORDINATOR, testApp } from "../support/app.ts";
import { formFields } from "../support/html.ts";
import { type ConsoleSession, formPost, signedInAs } from "../support/sessions.ts";
import { allItems, createTestTable, itemsWhenWritten, type TestTable } from "../support/tables.ts";

/**
 * Issue 20: coordinators edit the network's profile in the console (names, colour, texts in each language), with a
 * preview before saving; the public pages show the saved profile, the change is in the audit log, and a colour on
 * which white text is unreadable is refused with its contrast.
 */
let table: TestTable;
let built: ReturnType<typeof testApp>;
let coordinator: ConsoleSession;
const profile = readNetworkProfile();

beforeAll(async () => {
  table = await createTestTable("network-console");
  built = testApp(table, { deployed: true });
  await loadSeed(built.deps.workTables);
  coordinator = await signedInAs(table, built.deps, [FIRST_COORDINATOR], FIRST_COORDINATOR);
});
afterAll(async () => {
  useNetwork(profile); // the saved profile is forgotten: other tests in this process name the default network
  await table.drop();
});

const get = async (path: string, cookie = coordinator.cookie) => {
  const response = await built.app.request(path, { headers: { Cookie: cookie } });
  return { status: response.status, html: await response.text(), headers: response.headers };
};
/** The form as the console's page fills it (what a browser would send), with `changes`. */
const form = async (changes: Record<string, string>, version?: string) => {
  const fields = formFields((await get("/konsole/netzwerk")).html, "/konsole/netzwerk");
  return { ...fields, ...(version === undefined ? {} : { version }), ...changes };
};
const post = (fields: Record<string, string>) => built.app.request("/konsole/netzwerk", formPost(coordinator, fields));
const networkItems = async () => (await allItems(table)).filter((item) => item.pk === "NETWORK");
const audit = async () => (await allItems(table)).filter((item) => item.action === "network.update");

describe("the network in the console", () => {
  const description = "Das Netzwerk trifft sich jetzt auch online. <b>fett</b>";

  it("shows the profile as chosen at start", async () => {
    const page = await get("/konsole/netzwerk");
    expect(page.status).toBe(200);
    expect(page.html).toContain(profile.name);
    expect(page.html).toContain(`value="${profile.colour}"`);
  });

  it("previews a change without storing it", async () => {
    const response = await post(await form({ "descriptions.de": description, colour: "#7a1f5c", action: "preview" }));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("So sieht es aus (noch nicht gespeichert)");
    expect(html).toContain('fill="#7a1f5c"');
    expect(html).toContain("&lt;b&gt;fett&lt;/b&gt;");
    expect(await networkItems()).toEqual([]);
    expect((await get("/")).html).not.toContain("jetzt auch online");
  });

  it("refuses a colour white text is unreadable on, saying its contrast, and stores nothing", async () => {
    const response = await post(await form({ colour: "#4a90e2", action: "save" }));
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(html).toContain("nur einen Kontrast von 3,3:1; nötig sind mindestens 4,5:1");
    expect(await networkItems()).toEqual([]);
  });

  it("saves the description and the colour: the public page shows them, the audit log has the change", async () => {
    const response = await post(await form({ "descriptions.de": description, colour: "#7a1f5c", action: "save" }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Gespeichert");
    const home = await get("/");
    expect(home.html).toContain("Das Netzwerk trifft sich jetzt auch online. &lt;b&gt;fett&lt;/b&gt;");
    expect(home.html).toContain("--primary:#7a1f5c");
    const [entry] = await audit();
    expect(entry).toMatchObject({
      actor: FIRST_COORDINATOR,
      subject: { type: "network", id: profile.id },
      before: { colour: profile.colour, descriptions: { de: profile.descriptions.de } },
      after: { colour: "#7a1f5c", descriptions: { de: description } },
    });
  });

  it("refuses a save over a version read before someone else's, changing nothing", async () => {
    const response = await post(await form({ city: "Anderswo", action: "save" }, "2000-01-01T00:00:00.000Z"));
    expect(response.status).toBe(409);
    forgetStoredNetwork();
    expect((await get("/konsole/netzwerk")).html).not.toContain('value="Anderswo"');
    expect(await audit()).toHaveLength(1);
  });

  it("saves the network's words, office and consent wording: pages, Impressum and consent read them", async () => {
    const response = await post(
      await form({
        "words.de.workTable": "Arbeitsgruppe",
        "words.de.workTables": "Arbeitsgruppen",
        "words.de.workTableGender": "f",
        "words.de.easyWorkTable": "Arbeits-Gruppe",
        "words.de.easyWorkTables": "Arbeits-Gruppen",
        "office.town": "Neustadt",
        "consentControllers.de": "die Stelle für Integration der Stadt Neustadt",
        action: "save",
      }),
    );
    expect(response.status).toBe(200);
    const home = (await get("/")).html;
    expect(home).toContain("Sie möchten in einer oder mehreren Arbeitsgruppen mitarbeiten?");
    expect(home).toContain("Ich bin einverstanden, dass die Stelle für Integration der Stadt Neustadt meine Angaben");
    expect(home).toContain("an die Ansprechpartner:innen der gewählten Arbeitsgruppen weitergibt");
    expect(home).not.toMatch(/Arbeitstisch/);
    expect((await get("/impressum")).html).toContain("Neustadt");
    expect((await get("/leichte-sprache")).html).toContain("Jede Arbeits-Gruppe hat ein Thema.");
    const entry = (await audit()).find((e) => JSON.stringify(e.after).includes("Arbeitsgruppe"));
    expect(entry).toMatchObject({
      before: { office: { town: profile.office.town }, words: { de: { workTable: "Arbeitstisch" } } },
      after: { office: { town: "Neustadt" }, words: { de: { workTable: "Arbeitsgruppe", workTableGender: "f" } } },
    });
  });

  it("names each wrong field next to it and in the summary, and stores nothing", async () => {
    const before = await networkItems();
    const response = await post(
      await form({ "office.postcode": "1234", "words.en.workTable": "", easyLanguage: "", action: "save" }),
    );
    const html = await response.text();
    expect(response.status).toBe(422);
    for (const id of ["field-office-postcode", "field-words-en-workTable", "field-easyLanguage"]) {
      expect(html, id).toContain(`href="#${id}"`);
      expect(html, id).toContain(`id="${id}-error"`);
    }
    expect(await networkItems()).toEqual(before);
  });

  it("keeps each consent's wording by its hash: an application shows the words agreed to, after they changed too", async () => {
    const apply = async (email: string) => {
      const response = await built.app.request("/api/applications", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          workTableIds: ["beratung"],
          name: "Bea Beispiel",
          email,
          organisationType: "association",
          engagement: "volunteer",
          service: "MBE",
          consent: true,
        }),
      });
      expect(response.status).toBe(202);
      const [application] = await itemsWhenWritten(
        table,
        (i) => String(i.pk).startsWith("APP#") && JSON.stringify(i).includes(email),
        1,
      );
      return application as { id: string; consent: { textHash: string } };
    };
    const before = await apply("bea.vorher@example.org");
    await post(await form({ "consentControllers.de": "die Koordinierungsstelle Neustadt", action: "save" }));
    const after = await apply("bea.nachher@example.org");
    expect(after.consent.textHash).not.toBe(before.consent.textHash);
    for (const [application, controller] of [
      [before, "die Stelle für Integration der Stadt Neustadt"],
      [after, "die Koordinierungsstelle Neustadt"],
    ] as const) {
      const page = (await get(`/konsole/antraege/${application.id}`)).html;
      const wording =
        /<summary>Wortlaut, dem zugestimmt wurde<\/summary><p lang="de">([^<]*)<\/p>/.exec(page)?.[1] ?? "";
      expect(wording).toContain(`Ich bin einverstanden, dass ${controller} meine Angaben`);
      expect(createHash("sha256").update(wording.replace(/&amp;/g, "&")).digest("hex")).toBe(
        application.consent.textHash,
      );
    }
  });
});
