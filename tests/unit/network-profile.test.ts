import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROFILES_DIR, readNetworkProfile } from "../../shared/config/network-profile.ts";
import { contrastRatio, contrastWithWhite, MIN_CONTRAST } from "../../shared/domain/contrast.ts";
import { LOCALES } from "../../shared/domain/locale.ts";

/** Issue 20: a network's profile is a validated file; Schwerin's is the default, Musterstadt's the example. */
describe("network profiles", () => {
  const ids = readdirSync(PROFILES_DIR)
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.replace(/\.json$/, ""));

  it("are at least Schwerin's (the default) and the example network's", () => {
    expect(ids).toEqual(expect.arrayContaining(["schwerin", "musterstadt"]));
    expect(readNetworkProfile().id).toBe(readFileSync(join(PROFILES_DIR, "default"), "utf8").trim());
  });

  it.each(ids)("%s: valid, every text in six languages, its own work tables", (id) => {
    const profile = readNetworkProfile(id);
    expect(profile.id).toBe(id);
    for (const locale of LOCALES) {
      expect(profile.names[locale].length).toBeGreaterThan(0);
      expect(profile.descriptions[locale].length).toBeGreaterThan(0);
      expect(profile.footers[locale].length).toBeGreaterThan(0);
      expect(profile.words[locale].workTable.length).toBeGreaterThan(0);
    }
    expect(contrastWithWhite(profile.colour)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(profile.workTables.length).toBeGreaterThan(0);
  });

  it("keeps Schwerin's five work tables and words, and gives the example network its own", () => {
    const schwerin = readNetworkProfile();
    expect(schwerin.workTables.map((t) => `${t.input.numeral} ${t.input.name}`)).toEqual([
      "I Kita/Übergang Schule",
      "II Ausbildung und Arbeit",
      "III Interreligiöser Dialog",
      "IV Gesellschaftliche Integration",
      "V Beratung",
    ]);
    expect(schwerin.words.de).toEqual({
      workTable: "Arbeitstisch",
      workTables: "Arbeitstische",
      conference: "Tagung",
      conferences: "Tagungen",
      easyWorkTable: "Arbeits-Tisch",
      easyWorkTables: "Arbeits-Tische",
      easyConferences: "Tagungen",
      springConference: "Frühjahrstagung",
      autumnConference: "Herbsttagung",
    });
    const example = readNetworkProfile("musterstadt");
    expect(example.words.de.workTable).toBe("Arbeitskreis");
    expect(JSON.stringify(example)).not.toMatch(/Schwerin/);
  });

  it("refuses a broken profile, naming every problem", () => {
    const dir = mkdtempSync(join(tmpdir(), "profile-"));
    const broken = {
      ...readNetworkProfile("musterstadt"),
      colour: "#ffff00",
      senderName: "Netzwerk\r\nBcc: x@example.org",
    };
    const file = join(dir, "broken.json");
    writeFileSync(file, JSON.stringify({ ...broken, names: { de: "Nur Deutsch" } }));
    expect(() => readNetworkProfile(file)).toThrowError(
      /senderName: must be a single line.*colour: white text on this colour has too little contrast \(at least 4\.5:1 is needed\).*names\.en:/,
    );
    writeFileSync(join(dir, "not-json.json"), "{ name: ");
    expect(() => readNetworkProfile(join(dir, "not-json.json"))).toThrowError(
      /Invalid network profile .*not-json\.json/,
    );
    expect(() => readNetworkProfile("../etc/passwd")).toThrowError(/name a profile in profiles\//);
    expect(() => readNetworkProfile("nirgendwo")).toThrowError(/Invalid network profile .*nirgendwo\.json/);
  });
});

/** A logo in a profile is a file beside it: an SVG is sanitised, a PNG checked, both at most 32 KiB. */
describe("a network's logo", () => {
  const profileWithLogo = (logo: string, bytes: string | Buffer) => {
    const dir = mkdtempSync(join(tmpdir(), "logo-"));
    writeFileSync(join(dir, logo), bytes);
    const file = join(dir, "net.json");
    const { logo: _own, ...example } = readNetworkProfile("musterstadt");
    writeFileSync(file, JSON.stringify({ ...example, logo }));
    return file;
  };
  const svgOf = (file: string) => {
    const logo = readNetworkProfile(file).logo;
    expect(logo?.type).toBe("image/svg+xml");
    return Buffer.from(logo?.data ?? "", "base64").toString("utf8");
  };

  it("is read from beside the profile: the example network's SVG, kept as drawn", () => {
    const svg = Buffer.from(readNetworkProfile("musterstadt").logo?.data ?? "", "base64").toString("utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 64 64"/);
    expect(svg).toContain('<circle cx="32" cy="32" r="30" fill="#2e6b30"');
    expect(svg).toContain("stroke-linejoin=");
    expect(readNetworkProfile("schwerin").logo).toBeUndefined();
  });

  it("loses scripts, handlers, styles, links, foreign content and outside references when it is an SVG", () => {
    const svg = svgOf(
      profileWithLogo(
        "evil.svg",
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">
          <script>alert(2)</script><style>rect{fill:url(https://tracker.example/x)}</style>
          <a href="javascript:alert(3)"><rect width="10" height="10" style="fill:red"/></a>
          <foreignObject><iframe src="https://evil.example"></iframe></foreignObject>
          <use href="https://evil.example/sprite.svg#a"/>
          <image href="https://tracker.example/pixel.png"/>
          <circle r="4" fill="url(https://tracker.example/y)"/>
          <circle r="3" fill="url(#g)"/>
        </svg>`,
      ),
    );
    for (const gone of [
      "onload",
      "script",
      "alert",
      "style",
      "tracker",
      "evil",
      "foreignObject",
      "<use",
      "<image",
      "href",
    ]) {
      expect(svg, gone).not.toContain(gone);
    }
    expect(svg).toContain('<rect width="10" height="10"');
    expect(svg).toContain('<circle r="3" fill="url(#g)"');
  });

  it("refuses an SVG with nothing left to show, a PNG that is none, an oversized file and an odd name", () => {
    expect(() => readNetworkProfile(profileWithLogo("empty.svg", "<svg><script>x</script></svg>"))).toThrowError(
      /logo: the SVG has nothing a logo can show/,
    );
    expect(() => readNetworkProfile(profileWithLogo("fake.png", "<svg/>"))).toThrowError(
      /logo: fake\.png is not a PNG/,
    );
    const big = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40_000)]);
    expect(() => readNetworkProfile(profileWithLogo("big.png", big))).toThrowError(/logo: big\.png has 40008 bytes/);
    expect(() => readNetworkProfile(profileWithLogo("logo.gif", "GIF89a"))).toThrowError(/name a \.svg or \.png file/);
    const small = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);
    expect(readNetworkProfile(profileWithLogo("ok.png", small)).logo).toEqual({
      type: "image/png",
      data: small.toString("base64"),
    });
  });
});

/** The contrast rule the console will apply to a coordinator's colour (WCAG 2.1 AA for normal text: 4.5:1). */
describe("contrast with white text", () => {
  it("measures as WCAG does", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrastWithWhite("#767676")).toBeCloseTo(4.54, 2);
  });

  it("passes a dark blue, refuses a light one and yellow", () => {
    expect(contrastWithWhite("#005ca9")).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrastWithWhite("#4a90e2")).toBeLessThan(MIN_CONTRAST);
    expect(contrastWithWhite("#ffff00")).toBeLessThan(MIN_CONTRAST);
  });
});
