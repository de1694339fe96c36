import { afterAll, describe, expect, it } from "vitest";
import { readNetworkProfile } from "../../shared/config/network-profile.ts";
import { conferenceWord, easyTableWord, tableWord } from "../../shared/i18n/de/words.ts";
import { tableWord as englishTable } from "../../shared/i18n/en/words.ts";
import { LABELS } from "../../shared/i18n/labels.ts";
import { useNetwork } from "../../shared/i18n/network.ts";

const schwerin = readNetworkProfile("schwerin");
/** The default network, with its German word for the groups (and that word's gender) replaced. */
const withGroupWord = (workTable: string, workTables: string, workTableGender?: "m" | "f" | "n") =>
  useNetwork({
    ...schwerin,
    words: { ...schwerin.words, de: { ...schwerin.words.de, workTable, workTables, workTableGender } },
  });
afterAll(() => useNetwork(readNetworkProfile()));

/** Issue 20: sentences name the network's groups in its own word, inflected as German inflects it. */
describe("the network's words in German sentences", () => {
  it("inflects a masculine word as Schwerin's texts always read", () => {
    withGroupWord("Arbeitstisch", "Arbeitstische");
    const t = tableWord();
    expect([t.the("gen"), t.a("acc"), t.no("dat"), t.this("nom"), t.manyDative, t.inThe, t.fromThe]).toEqual([
      "des Arbeitstisches",
      "einen Arbeitstisch",
      "keinem Arbeitstisch",
      "dieser Arbeitstisch",
      "Arbeitstischen",
      "im Arbeitstisch",
      "vom Arbeitstisch",
    ]);
    expect(t.aWith("gewählt")).toBe("ein gewählter Arbeitstisch");
  });

  it("follows a feminine or neuter word with its articles, pronouns and endings", () => {
    withGroupWord("Arbeitsgruppe", "Arbeitsgruppen", "f");
    const f = tableWord();
    expect([f.the("gen"), f.a("acc"), f.this("dat"), f.manyDative, f.inThe, f.pronounAcc, f.its]).toEqual([
      "der Arbeitsgruppe",
      "eine Arbeitsgruppe",
      "dieser Arbeitsgruppe",
      "Arbeitsgruppen",
      "in der Arbeitsgruppe",
      "sie",
      "ihr",
    ]);
    expect(f.aWith("gewählt")).toBe("eine gewählte Arbeitsgruppe");
    withGroupWord("Forum", "Foren", "n");
    const n = tableWord();
    expect([n.the("gen"), n.a("nom"), n.this("acc"), n.aWith("neu"), n.pronoun]).toEqual([
      "des Forums",
      "ein Forum",
      "dieses Forum",
      "ein neues Forum",
      "es",
    ]);
  });

  it("reads the example network's words: Arbeitskreis, Netzwerkkonferenz, and their Leichte Sprache forms", () => {
    useNetwork(readNetworkProfile("musterstadt"));
    expect(tableWord().the("gen")).toBe("des Arbeitskreises");
    expect(conferenceWord().manyDative).toBe("Netzwerkkonferenzen");
    expect(conferenceWord().the("nom")).toBe("die Netzwerkkonferenz");
    expect(easyTableWord().many).toBe("Arbeits-Kreise");
    expect(englishTable().a).toBe("a working group");
  });

  it("names the two conferences as the profile does, else by the season and the network's word", async () => {
    await LABELS.load("de");
    const example = readNetworkProfile("musterstadt");
    useNetwork(example);
    expect(LABELS.get("de").seasons).toEqual({ spring: "Frühjahrskonferenz", autumn: "Herbstkonferenz" });
    const { springConference: _s, autumnConference: _a, ...plain } = example.words.de;
    useNetwork({ ...example, words: { ...example.words, de: plain } });
    expect(LABELS.get("de").seasons.spring).toBe("Netzwerkkonferenz im Frühjahr");
    useNetwork(schwerin);
    expect(LABELS.get("de").seasons.autumn).toBe("Herbsttagung");
  });
});
