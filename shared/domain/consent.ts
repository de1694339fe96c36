import type { Locale } from "./locale.ts";

/**
 * A consent's wording as applicants were shown it (DSGVO Art. 7: the controller must be able to prove what was
 * agreed to). Each application stores the SHA-256 of the words; the words themselves are kept once per hash, so the
 * proof survives a coordinator changing the network's name, its office or its words in the console.
 */
export interface ConsentWording {
  hash: string;
  text: string;
  language: Locale;
  version: string;
  /** When an applicant was first shown it (the first submission that stored it). */
  firstGivenAt?: string;
}
