/**
 * The network in Leichte Sprache (easy German), as BITV 2.0 expects of public bodies' sites: short sentences, one
 * statement each, hard words explained where they first appear. German only: Leichte Sprache is a form of German.
 *
 * A paragraph may hold **a term** (shown in bold) and [a link](/path); `tables` stands where the network's work
 * tables are listed (their names stay as the network writes them), `steps` is a numbered list.
 */
export type EasyBlock = string | { tables: string } | { steps: string[] };

import { capitalised } from "../format.ts";
import { network } from "../network.ts";
import { easyConferences, easyTableWord } from "./words.ts";

export const easyLanguage: { title: string; sections: { heading: string; blocks: EasyBlock[] }[] } = {
  title: "Das Netzwerk in Leichter Sprache",
  sections: [
    {
      heading: "Was ist das Netzwerk?",
      get blocks() {
        return network().easyLanguage;
      },
    },
    {
      get heading() {
        return `Was sind ${easyTableWord().many}?`;
      },
      get blocks() {
        const t = easyTableWord();
        const each = capitalised(t.this("nom").replace(/^dies/, "jed"), "de");
        return [
          "Das Netzwerk arbeitet in Gruppen.",
          `Die Gruppen heißen **${t.many}**.`,
          `${each} hat ein Thema.`,
          `${each} trifft sich mehrmals im Jahr.`,
          `${each} hat eine Ansprech-Person.`,
          "Die Ansprech-Person beantwortet Ihre Fragen.",
          { tables: `Diese ${t.many} gibt es:` },
          `Manche ${t.many} sind nur für bestimmte Gruppen.`,
          `Das steht bei ${t.the("dat")}.`,
        ];
      },
    },
    {
      get heading() {
        return `Was sind die ${easyConferences()}?`;
      },
      get blocks() {
        return [
          "Zwei Mal im Jahr treffen sich alle im Netzwerk.",
          "Einmal im Frühling.",
          "Einmal im Herbst.",
          `Diese Treffen heißen **${easyConferences()}**.`,
          "Alle im Netzwerk bekommen eine Einladung per E-Mail.",
        ];
      },
    },
    {
      heading: "Wie kann ich mitmachen?",
      blocks: [
        {
          steps: [
            `Sie suchen ${easyTableWord().a("acc")} aus. Oder mehrere.`,
            "Sie füllen das [Formular](/antrag) aus.",
            "Sie bekommen eine E-Mail.",
            "In der E-Mail ist ein Link. Sie klicken auf den Link.",
            "Dann bekommt die Ansprech-Person Ihren Antrag.",
            "Die Ansprech-Person entscheidet.",
            "Sie bekommen wieder eine E-Mail. Darin steht die Antwort.",
          ],
        },
        "Ein **Antrag** ist eine Bitte: Ich möchte mitmachen.",
        "Sie können sich jederzeit wieder abmelden.",
        "Dafür ist in jeder E-Mail ein Link.",
      ],
    },
    {
      heading: "Was passiert mit meinen Daten?",
      blocks: [
        "Wir speichern Ihren Namen und Ihre E-Mail-Adresse.",
        "Nur die Ansprech-Person und die Stadt sehen Ihre Daten.",
        "Mehr dazu steht in der [Datenschutz-Erklärung](/datenschutz).",
      ],
    },
  ],
};

/** The table's name in the list, in easy German: "Arbeits-Tisch II: …". */
export const easyTableName = (t: { numeral: string; name: string }) => `${easyTableWord().one} ${t.numeral}: ${t.name}`;
