import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { testApp, testSigner } from "../support/app.ts";
import { htmlProblems } from "../support/html.ts";
import { uniqueEmail } from "../support/local-stack.ts";
import { allItems, createTestTable, itemsWhenWritten, type TestTable } from "../support/tables.ts";

let table: TestTable;
let app: ReturnType<typeof testApp>["app"];
let clock = new Date("2026-11-26T10:00:00Z");

beforeAll(async () => {
  table = await createTestTable("form");
  const built = testApp(table, { limits: { minFillSeconds: 3 }, now: () => clock });
  await loadSeed(built.deps.workTables);
  app = built.app;
});
afterAll(() => table.drop());

const form = (fields: Record<string, string | string[]>) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  }
  return params.toString();
};

/** Opens the form, waits as a person would, and sends it. */
async function send(fields: Record<string, string | string[]>, path = "/antrag") {
  const formToken = formTokenIn(await (await app.request("/")).text());
  clock = new Date(clock.getTime() + 10_000);
  return app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: form({ formToken, locale: "de", website: "", ...fields }),
  });
}

const formTokenIn = (page: string) => /name="formToken" value="([^"]+)"/.exec(page)?.[1] ?? "";

const valid = () => ({
  workTableIds: ["kita-uebergang-schule", "gesellschaftliche-integration"],
  name: "Hanna Hilfreich",
  email: uniqueEmail("hanna"),
  organisation: "Nachbarschaftshilfe e. V.",
  organisationType: "association",
  engagement: "volunteer",
  consent: "yes",
});

describe("the application form without JavaScript", () => {
  it("is part of the public page: every table to tick, the admission fields, an unticked consent with its privacy text", async () => {
    const html = await (await app.request("/")).text();
    expect(html).toContain('<form method="post" action="/antrag?lang=de" novalidate="">');
    expect(html).toContain('value="interreligioeser-dialog"');
    expect(html).toContain("Religionsgemeinschaft, die Sie entsendet");
    expect(html).toMatch(/<input type="checkbox" id="consent" name="consent" value="yes" required=""\/?>/);
    expect(html).toContain("Unbestätigte Anträge werden nach 7 Tagen gelöscht");
    expect(await htmlProblems(html)).toEqual([]);
  });

  it("shows each error next to its field and keeps what was typed, storing nothing", async () => {
    const before = await allItems(table);
    const { engagement: _missing, ...fields } = valid();
    const response = await send({ ...fields, workTableIds: ["interreligioeser-dialog"], email: "keine-adresse" });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain(
      '<p class="error" id="field-email-error">Bitte geben Sie eine gültige E-Mail-Adresse an.</p>',
    );
    expect(html).toContain('<p class="error" id="field-engagement-error">');
    expect(html).toContain('value="Hanna Hilfreich"');
    expect(html).toContain('value="keine-adresse"');
    expect(html).toMatch(/value="interreligioeser-dialog" checked=""/);
    expect(html).toContain('aria-invalid="true"');
    expect(await htmlProblems(html)).toEqual([]);
    expect(await allItems(table)).toEqual(before);
  });

  it("asks for the mandate when table III is chosen", async () => {
    const response = await send({ ...valid(), workTableIds: ["interreligioeser-dialog"] });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Bitte nennen Sie die Religionsgemeinschaft.");
  });

  it("turns back a form sent faster than a person could fill it", async () => {
    const before = await allItems(table);
    const formToken = formTokenIn(await (await app.request("/")).text());
    const response = await app.request("/antrag", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: form({ ...valid(), formToken, website: "" }),
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Das ging sehr schnell.");
    expect(await allItems(table)).toEqual(before);
  });

  it("counts a missing, forged or replayed-as-old fill time as too fast: the time is signed", async () => {
    const before = await allItems(table);
    clock = new Date(clock.getTime() + 60_000);
    const old = String(clock.getTime() - 3_600_000);
    const unsigned = Buffer.from(JSON.stringify({ p: "form", s: old, e: 4102444800 })).toString("base64url");
    const otherPurpose = testSigner.sign("confirm", old, new Date(clock.getTime() + 60_000));
    const attempts: Record<string, string>[] = [
      { startedAt: "0" },
      { startedAt: "" },
      {},
      { formToken: "" },
      { formToken: "0" },
      { formToken: `${unsigned}.AAAA` },
      { formToken: otherPurpose },
    ];
    for (const fields of attempts) {
      const response = await app.request("/antrag", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: form({ ...valid(), website: "", ...fields }),
      });
      expect(response.status, JSON.stringify(fields)).toBe(422);
      expect(await response.text()).toContain("Das ging sehr schnell.");
    }
    // A form handed out more than a day ago asks to be sent again, keeping what was typed.
    const stale = testSigner.sign("form", old, new Date(clock.getTime() - 1000));
    const expired = await app.request("/antrag", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: form({ ...valid(), website: "", formToken: stale }),
    });
    expect(expired.status).toBe(422);
    const page = await expired.text();
    expect(page).toContain("länger als einen Tag geöffnet");
    expect(page).toContain(valid().name);
    expect(await allItems(table)).toEqual(before);
  });

  it("accepts a complete form and says where the confirmation mail went", async () => {
    const fields = valid();
    const response = await send(fields);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Bitte bestätigen Sie Ihren Antrag");
    expect(html).toContain(`Wir haben eine E-Mail an ${fields.email} geschickt.`);
    const applications = await itemsWhenWritten(
      table,
      (i) => String(i.pk).startsWith("APP#") && JSON.stringify(i).includes(fields.email),
      2,
    );
    expect(applications).toHaveLength(2);
  });

  it("offers a page per work table with that table ticked, in English too", async () => {
    const html = await (await app.request("/arbeitstische/beratung?lang=en")).text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain("Work table V: Counselling");
    expect(html).toMatch(/value="beratung" checked=""/);
    expect(await htmlProblems(html)).toEqual([]);
    expect((await app.request("/arbeitstische/gibt-es-nicht")).status).toBe(404);
  });
});
