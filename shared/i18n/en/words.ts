import { capitalised } from "../format.ts";
import { network } from "../network.ts";

/**
 * The network's own words in English sentences (issue 20): "work table" or "working group", "conference" or
 * "network conference", read when a text is written.
 */
export interface EnglishNoun {
  /** "work table". */
  one: string;
  /** "work tables". */
  many: string;
  /** "a work table", "an assembly". */
  a: string;
  /** "Work table", "Work tables": at the start of a sentence or as a label. */
  One: string;
  Many: string;
}

function englishNoun(one: string, many: string): EnglishNoun {
  return {
    one,
    many,
    a: `${/^[aeiou]/i.test(one) ? "an" : "a"} ${one}`,
    One: capitalised(one, "en"),
    Many: capitalised(many, "en"),
  };
}

const words = () => network().words.en;

export const tableWord = (): EnglishNoun => englishNoun(words().workTable, words().workTables);
export const conferenceWord = (): EnglishNoun => englishNoun(words().conference, words().conferences);
