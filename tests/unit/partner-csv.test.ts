import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readNetworkProfile } from "../../shared/config/network-profile.ts";
import type { Partner } from "../../shared/domain/partner.ts";
import {
  germanSpreadsheet,
  MAX_CSV_ROWS,
  membersToSpreadsheet,
  type PartnerCsvRows,
  type PartnerImport,
  parsePartnerCsv,
  partnersToCsv,
  partnersToSpreadsheet,
  technicalCsv,
} from "../../shared/domain/partner-csv.ts";
import { CSV } from "../../shared/i18n/csv.ts";
import { useNetwork } from "../../shared/i18n/network.ts";

const english = await CSV.load("en");

const ids = new Map([
  ["I", "kita-uebergang-schule"],
  ["II", "ausbildung-und-arbeit"],
  ["IV", "gesellschaftliche-integration"],
]);
const numeralOf = (id: string) => [...ids].find(([, value]) => value === id)?.[0];

function ok(text: string): PartnerCsvRows {
  const result = parsePartnerCsv(text, ids, english);
  if (!result.ok) throw new Error(`expected rows, got: ${result.reason}`);
  return result;
}

const partner = (overrides: Partial<Partner> = {}): Partner => ({
  email: "anna@example.org",
  name: "Anna Beispiel",
  workTableIds: new Set(["kita-uebergang-schule"]),
  locale: "de",
  source: "import",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  ...overrides,
});

/** What an export means to an import: the rows it gives, as partners with their lines. */
const asImport = (p: Partner): PartnerImport => ({
  email: p.email,
  name: p.name,
  ...(p.organisation ? { organisation: p.organisation } : {}),
  workTableIds: [...p.workTableIds],
  ...(p.legalBasis ? { legalBasis: p.legalBasis } : {}),
});

describe("reading a partner CSV", () => {
  it("reads comma-separated UTF-8 with a BOM, numerals joined by |, case-insensitive headers", () => {
    const result = ok(
      "\uFEFFName,EMAIL,Organisation,worktables,LegalBasis\n" +
        "Anna Beispiel,Anna@Example.org,Caritas,I|iv,Einwilligung 2024\n" +
        "Ümit Öztürk,uemit@example.org,,,\n",
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          partner: {
            email: "anna@example.org",
            name: "Anna Beispiel",
            organisation: "Caritas",
            workTableIds: ["kita-uebergang-schule", "gesellschaftliche-integration"],
            legalBasis: "Einwilligung 2024",
          },
        },
        { line: 3, partner: { email: "uemit@example.org", name: "Ümit Öztürk", workTableIds: [] } },
      ],
      refused: [],
      duplicates: [],
    });
  });

  it("detects semicolons from the header line (Excel in German), with CRLF and without a BOM", () => {
    const result = ok("name;email;workTables\r\nMüller, Hans;hans@example.org;II\r\n");
    expect(result.rows).toEqual([
      {
        line: 2,
        partner: { email: "hans@example.org", name: "Müller, Hans", workTableIds: ["ausbildung-und-arbeit"] },
      },
    ]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks, counting lines as in the file", () => {
    const result = ok(
      [
        "name,email,organisation",
        '"Beispiel, Anna",anna@example.org,"Verein ""Brücke"" e. V."',
        "",
        '"Zwei',
        'Zeilen",zwei@example.org,',
        'Carla,carla@example.org,"Amt für',
        'Soziales"',
        "Dora,dora@example.org,",
      ].join("\n"),
    );
    expect(result.rows.map((r) => [r.line, r.partner.name, r.partner.organisation])).toEqual([
      [2, "Beispiel, Anna", 'Verein "Brücke" e. V.'],
      [8, "Dora", undefined],
    ]);
    expect(result.refused).toEqual([
      { line: 4, reason: "name: must be one line without control characters" },
      { line: 6, reason: "organisation: must be one line without control characters" },
    ]);
  });

  it("refuses each bad row on its own, with its line and the reason", () => {
    const result = ok(
      [
        "name,email,workTables,legalBasis",
        "Gut,gut@example.org,I,",
        ",leer@example.org,,",
        "Keine Adresse,keine-adresse,,",
        "Unbekannt,unbekannt@example.org,I|VII,",
        `Lang,lang@example.org,,${"x".repeat(201)}`,
        "Zu viele,viele@example.org,I,,extra",
        "Steuerzeichen\u0007,steuer@example.org,,",
        ",,,",
        "Auch gut,auch@example.org,,",
      ].join("\n"),
    );
    expect(result.rows.map((r) => [r.line, r.partner.email])).toEqual([
      [2, "gut@example.org"],
      [10, "auch@example.org"],
    ]);
    expect(result.refused).toEqual([
      { line: 3, reason: expect.stringMatching(/^name: /) },
      { line: 4, reason: "email: is not a valid email address" },
      { line: 5, reason: 'workTables: there is no work table "VII"' },
      { line: 6, reason: "legalBasis: is too long (at most 200 characters)" },
      { line: 7, reason: "the row has 5 fields, the header 4" },
      { line: 8, reason: "name: must be one line without control characters" },
    ]);
  });

  it("refuses a row with a quote that is never closed, and everything after it that it swallowed", () => {
    const result = ok('name,email\nAnna,anna@example.org\n"Offen,offen@example.org\nBert,bert@example.org\n');
    expect(result.rows.map((r) => r.line)).toEqual([2]);
    expect(result.refused).toEqual([{ line: 3, reason: expect.stringContaining("not closed") }]);
  });

  it("merges the same email address twice in one file into the first row", () => {
    const result = ok(
      [
        "name,email,organisation,workTables,legalBasis",
        "Anna Beispiel,anna@example.org,,I,",
        "Bert,bert@example.org,,,",
        "A. Beispiel,ANNA@example.org,Caritas,IV|I,Vertrag",
      ].join("\n"),
    );
    expect(result.rows).toEqual([
      {
        line: 2,
        partner: {
          email: "anna@example.org",
          name: "Anna Beispiel",
          organisation: "Caritas",
          workTableIds: ["kita-uebergang-schule", "gesellschaftliche-integration"],
          legalBasis: "Vertrag",
        },
      },
      { line: 3, partner: { email: "bert@example.org", name: "Bert", workTableIds: [] } },
    ]);
    expect(result.duplicates).toEqual([{ line: 4, mergedInto: 2 }]);
  });

  it("refuses a file it cannot read as a whole", () => {
    const reason = (text: string) => {
      const result = parsePartnerCsv(text, ids, english);
      return result.ok ? "read" : result.reason;
    };
    expect(reason("")).toMatch(/no header/);
    expect(reason("\uFEFF\nname,email\n")).toMatch(/no header/);
    expect(reason("name,organisation\nAnna,Caritas\n")).toMatch(/"email" is missing/);
    expect(reason("name,email,telefon\n")).toMatch(/Unknown column "telefon"/);
    expect(reason("name,email,Email\n")).toMatch(/appears twice/);
    const many = `name,email\n${Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `P${i},p${i}@example.org`).join("\n")}`;
    expect(reason(many)).toMatch(/more than 5000 rows/);
    expect(reason(`name,email\n${"x".repeat(2 * 1024 * 1024)}`)).toMatch(/must not exceed/);
  });
});

describe("writing a partner CSV", () => {
  it("names the work tables column in the network's word for a German spreadsheet, and reads that file back", async () => {
    const example = readNetworkProfile("musterstadt");
    try {
      useNetwork(example);
      const german = await CSV.load("de");
      const sheet = partnersToSpreadsheet([partner({ organisation: "Verein" })], numeralOf, german.workTablesColumn);
      expect(sheet.split("\r\n")[0]).toBe("\uFEFFName;E-Mail;Organisation;Arbeitskreise;Rechtsgrundlage;Abgemeldet am");
      const back = parsePartnerCsv(sheet, ids, german);
      expect(back.ok && back.rows.map((r) => r.partner.workTableIds)).toEqual([["kita-uebergang-schule"]]);
      const unknown = parsePartnerCsv("Name;E-Mail;Arbeitsgruppen\nA;a@example.org;I\n", ids, german);
      expect(unknown).toEqual({
        ok: false,
        reason: expect.stringContaining("Unbekannte Spalte „Arbeitsgruppen“"),
      });
    } finally {
      useNetwork(readNetworkProfile());
    }
  });

  it("has the import's header plus unsubscribedAt, comma separated, CRLF, with a BOM for Excel", () => {
    const csv = partnersToCsv(
      [
        partner({
          organisation: 'Verein "Brücke", Schwerin',
          workTableIds: new Set(["gesellschaftliche-integration", "kita-uebergang-schule"]),
          legalBasis: "Einwilligung 2024",
          unsubscribedAt: "2026-03-01T08:00:00.000Z",
        }),
      ],
      numeralOf,
    );
    expect(csv).toBe(
      "\uFEFFname,email,organisation,workTables,legalBasis,unsubscribedAt\r\n" +
        'Anna Beispiel,anna@example.org,"Verein ""Brücke"", Schwerin",I|IV,Einwilligung 2024,2026-03-01T08:00:00.000Z\r\n',
    );
  });

  it("keeps spreadsheets from running cells as formulas (CSV injection)", () => {
    const csv = partnersToCsv(
      [
        partner({ name: '=HYPERLINK("http://evil.example","x")', organisation: "+49 385 0", legalBasis: "@SUM(A1)" }),
        partner({ email: "b@example.org", name: "-2+3", organisation: "\tTab" }),
      ],
      numeralOf,
    );
    const [, first, second] = parse(csv, { bom: true }) as string[][];
    expect(first?.[0]).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(first?.[2]).toBe("'+49 385 0");
    expect(first?.[4]).toBe("'@SUM(A1)");
    expect(second?.[0]).toBe("'-2+3");
    expect(second?.[2]).toBe("'\tTab");
  });

  it("escapes formulas, tabs and carriage returns in every list a coordinator downloads", () => {
    const hostile = ["=1+1", "+1", "-1", "@A1", "\tcmd", "\rcmd"];
    for (const csv of [
      technicalCsv(
        ["cell"],
        hostile.map((cell) => [cell]),
      ),
      germanSpreadsheet(
        ["Zelle"],
        hostile.map((cell) => [cell]),
      ),
      membersToSpreadsheet(hostile.map((name, i) => partner({ email: `m${i}@example.org`, name }))),
    ]) {
      const delimiter = csv.includes(";") ? ";" : ",";
      const cells = (parse(csv, { bom: true, delimiter }) as string[][]).slice(1).map((row) => row[0]);
      expect(cells).toEqual(hostile.map((cell) => `'${cell}`));
    }
  });

  it("round trip: an export imported gives the same partners, and its export is the same file", () => {
    const partners = [
      partner({ name: "-Minus am Anfang", legalBasis: "Einwilligung", unsubscribedAt: "2026-03-01T08:00:00.000Z" }),
      partner({
        email: "bert@example.org",
        name: "Bert, Berta",
        organisation: 'Amt "Soziales"',
        workTableIds: new Set(["ausbildung-und-arbeit", "gesellschaftliche-integration"]),
      }),
      partner({ email: "carla@example.org", name: "Carla", workTableIds: new Set() }),
    ];
    const csv = partnersToCsv(partners, numeralOf);
    const again = ok(csv);
    expect(again.refused).toEqual([]);
    expect(again.rows.map((r) => r.partner)).toEqual(partners.map(asImport));
    const reexported = partnersToCsv(
      again.rows.map((r, index) => ({
        ...partner({ unsubscribedAt: partners[index]?.unsubscribedAt }),
        ...r.partner,
        workTableIds: new Set(r.partner.workTableIds),
      })),
      numeralOf,
    );
    expect(reexported).toBe(csv);
  });
});
