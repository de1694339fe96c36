import { network } from "../network.ts";

/**
 * The network's own words in German sentences (issue 20): "Arbeitstisch" or "Arbeitskreis", "Tagung" or
 * "Netzwerkkonferenz", with the article, case and pronoun each sentence needs. The profile gives the word, its
 * plural and, where it is not the usual one, its gender (a group masculine like "Arbeitstisch", a conference
 * feminine like "Tagung"); the forms follow German's regular rules.
 */
type Gender = "m" | "f" | "n";
type Case = "nom" | "acc" | "dat" | "gen";

const DEFINITE: Record<Gender, Record<Case, string>> = {
  m: { nom: "der", acc: "den", dat: "dem", gen: "des" },
  f: { nom: "die", acc: "die", dat: "der", gen: "der" },
  n: { nom: "das", acc: "das", dat: "dem", gen: "des" },
};
const DEMONSTRATIVE: Record<Gender, Record<Case, string>> = {
  m: { nom: "dieser", acc: "diesen", dat: "diesem", gen: "dieses" },
  f: { nom: "diese", acc: "diese", dat: "dieser", gen: "dieser" },
  n: { nom: "dieses", acc: "dieses", dat: "diesem", gen: "dieses" },
};
const INDEFINITE: Record<Gender, Record<Case, string>> = {
  m: { nom: "ein", acc: "einen", dat: "einem", gen: "eines" },
  f: { nom: "eine", acc: "eine", dat: "einer", gen: "einer" },
  n: { nom: "ein", acc: "ein", dat: "einem", gen: "eines" },
};

export interface GermanNoun {
  /** "Arbeitstisch" (nominative, accusative and dative singular). */
  one: string;
  /** "Arbeitstische". */
  many: string;
  /** "Arbeitstischen": the dative plural ("in mehreren Arbeitstischen"). */
  manyDative: string;
  /** "Arbeitstisches": the genitive singular ("des Arbeitstisches"). */
  genitive: string;
  /** "der Arbeitstisch", "den …", "dem …", "des Arbeitstisches". */
  the(grammaticalCase: Case): string;
  /** "ein Arbeitstisch", "einen …", "einem …", "eines Arbeitstisches". */
  a(grammaticalCase: Case): string;
  /** "keinen Arbeitstisch" and the like. */
  no(grammaticalCase: Case): string;
  /** "diesen Arbeitstisch" and the like. */
  this(grammaticalCase: Case): string;
  /** "im Arbeitstisch", "in der Arbeitsgruppe". */
  inThe: string;
  /** "zum Arbeitstisch", "zur Tagung". */
  toThe: string;
  /** "vom Arbeitstisch", "von der Arbeitsgruppe". */
  fromThe: string;
  /** "ein gewählter Arbeitstisch", "eine gewählte Arbeitsgruppe": with an adjective's stem, in the nominative. */
  aWith(adjective: string): string;
  /** "er"/"sie"/"es": the pronoun that stands for it. */
  pronoun: string;
  /** "ihn"/"sie"/"es": the pronoun as an object. */
  pronounAcc: string;
  /** "sein"/"ihr": whose it is ("seine Anträge", "seinen Treffen" are `its + "e"`, `its + "en"`). */
  its: string;
}

function germanNoun(one: string, many: string, gender: Gender): GermanNoun {
  const genitive = gender === "f" ? one : /(s|ß|x|z|sch)$/.test(one) ? `${one}es` : `${one}s`;
  const inflected = (article: string, grammaticalCase: Case) =>
    `${article} ${grammaticalCase === "gen" ? genitive : one}`;
  return {
    one,
    many,
    manyDative: /[ns]$/.test(many) ? many : `${many}n`,
    genitive,
    the: (c) => inflected(DEFINITE[gender][c], c),
    a: (c) => inflected(INDEFINITE[gender][c], c),
    no: (c) => inflected(`k${INDEFINITE[gender][c]}`, c),
    this: (c) => inflected(DEMONSTRATIVE[gender][c], c),
    inThe: gender === "f" ? `in der ${one}` : `im ${one}`,
    toThe: gender === "f" ? `zur ${one}` : `zum ${one}`,
    fromThe: gender === "f" ? `von der ${one}` : `vom ${one}`,
    aWith: (adjective) => `${INDEFINITE[gender].nom} ${adjective}${{ m: "er", f: "e", n: "es" }[gender]} ${one}`,
    pronoun: { m: "er", f: "sie", n: "es" }[gender],
    pronounAcc: { m: "ihn", f: "sie", n: "es" }[gender],
    its: gender === "f" ? "ihr" : "sein",
  };
}

const words = () => network().words.de;

/** The network's word for its groups ("Arbeitstisch"), read when a text is written. */
export const tableWord = (): GermanNoun =>
  germanNoun(words().workTable, words().workTables, words().workTableGender ?? "m");

/** The network's word for its meetings of all partners ("Tagung"), read when a text is written. */
export const conferenceWord = (): GermanNoun =>
  germanNoun(words().conference, words().conferences, words().conferenceGender ?? "f");

/** The group's word in Leichte Sprache ("Arbeits-Tisch"): its hyphenated form, else the plain one. */
export const easyTableWord = (): GermanNoun =>
  germanNoun(
    words().easyWorkTable ?? words().workTable,
    words().easyWorkTables ?? words().workTables,
    words().workTableGender ?? "m",
  );

/** The conferences in Leichte Sprache ("Tagungen", "Netzwerk-Konferenzen"). */
export const easyConferences = (): string => words().easyConferences ?? words().conferences;
