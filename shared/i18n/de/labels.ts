import { CONSENT_TEXT_VERSION, RETENTION } from "../../domain/application.ts";
import { capitalised } from "../format.ts";
import { network } from "../network.ts";
import { conferenceWord, tableWord } from "./words.ts";

/**
 * The labels of the network's things, in German: what the form, the pages, the mails and the console call an
 * organisation type, an engagement, a counselling service, an admission rule, a season, a legal notice, a language,
 * and the consent's words. German defines the shape every language follows (`Labels`).
 */
export const labels = {
  organisationTypes: {
    public: "Öffentlicher Träger (z. B. Verwaltung, Behörde)",
    independent: "Freier Träger",
    association: "Verein oder Initiative",
    institution: "Einrichtung (z. B. Schule, Kita, Kammer)",
    individual: "Einzelperson",
  },
  engagements: {
    professional: "beruflich",
    volunteer: "ehrenamtlich",
  },
  services: {
    MBE: "Migrationsberatung für erwachsene Zugewanderte (MBE)",
    JMD: "Jugendmigrationsdienst (JMD)",
  },
  admission: {
    open: "Offen für die beschriebene Zielgruppe.",
    religiousMandate: "Nur mit Mandat einer Religionsgemeinschaft.",
    services: (names: readonly string[]): string => `Nur für staatlich geförderte ${names.join(" und ")}.`,
  },
  /** A table meeting's name when its planner gives none (stored with the meeting, in German). */
  meetingTitle: (t: { numeral: string; name: string }): string =>
    `Treffen ${tableWord().the("gen")} ${t.numeral} – ${t.name}`,
  /** The two conferences: as the network's profile names them, else the season with its word for them. */
  seasons: {
    get spring() {
      return network().words.de.springConference ?? `${capitalised(conferenceWord().one, "de")} im Frühjahr`;
    },
    get autumn() {
      return network().words.de.autumnConference ?? `${capitalised(conferenceWord().one, "de")} im Herbst`;
    },
  },
  noticeTitles: {
    impressum: "Impressum",
    datenschutz: "Datenschutz\u00ADerklärung",
    barrierefreiheit: "Erklärung zur Barriere\u00ADfreiheit",
  },
  languages: {
    de: "Deutsch",
    en: "Englisch",
    uk: "Ukrainisch",
    ru: "Russisch",
    ar: "Arabisch",
    tr: "Türkisch",
  },
  /** The consent's words, by the version an application stores (a changed wording is a new version). */
  consent: {
    get [CONSENT_TEXT_VERSION]() {
      return `Ich bin einverstanden, dass ${network().consentControllers.de} meine Angaben speichert und an die Ansprechpartner:innen der gewählten ${tableWord().many} weitergibt, damit diese über meine Aufnahme entscheiden, und dass ich nach einer Aufnahme als Netzwerkpartner:in Einladungen zu den ${conferenceWord().manyDative} erhalte. Unbestätigte Anträge werden nach ${RETENTION.unconfirmedDays} Tagen gelöscht, abgelehnte ${RETENTION.declinedMonths} Monate nach der Entscheidung. Ich kann meine Einwilligung jederzeit für die Zukunft widerrufen.`;
    },
  } as Record<string, string>,
};

export type Labels = typeof labels;
