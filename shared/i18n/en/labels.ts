import { CONSENT_TEXT_VERSION, RETENTION } from "../../domain/application.ts";
import type { Labels } from "../de/labels.ts";
import { network } from "../network.ts";
import { conferenceWord, tableWord } from "./words.ts";

export const labels: Labels = {
  organisationTypes: {
    public: "Public body (e.g. administration, authority)",
    independent: "Independent (non-governmental) provider",
    association: "Association or initiative",
    institution: "Institution (e.g. school, day care, chamber)",
    individual: "Individual",
  },
  engagements: {
    professional: "professionally",
    volunteer: "as a volunteer",
  },
  services: {
    MBE: "Migration counselling for adults (MBE)",
    JMD: "Youth migration service (JMD)",
  },
  admission: {
    open: "Open to the audience described.",
    religiousMandate: "Only with the mandate of a religious community.",
    // Inside an English sentence the service names are not capitalised ("state-funded migration counselling").
    services: (names) =>
      `Only for state-funded ${names.map((name) => name.charAt(0).toLowerCase() + name.slice(1)).join(" and ")}.`,
  },
  /** A table meeting's name when its planner gives none (stored with the meeting, in German). */
  meetingTitle: (t) => `Meeting of ${tableWord().one} ${t.numeral} – ${t.name}`,
  /** The two conferences: as the network's profile names them, else the season with its word for them. */
  seasons: {
    get spring() {
      return network().words.en.springConference ?? `Spring ${conferenceWord().one}`;
    },
    get autumn() {
      return network().words.en.autumnConference ?? `Autumn ${conferenceWord().one}`;
    },
  },
  noticeTitles: {
    impressum: "Legal notice",
    datenschutz: "Privacy notice",
    barrierefreiheit: "Accessibility statement",
  },
  languages: {
    de: "German",
    en: "English",
    uk: "Ukrainian",
    ru: "Russian",
    ar: "Arabic",
    tr: "Turkish",
  },
  /** The consent's words, by the version an application stores (a changed wording is a new version). */
  consent: {
    get [CONSENT_TEXT_VERSION]() {
      return `I agree that ${network().consentControllers.en} stores my details and passes them on to the contact persons of the chosen ${tableWord().many} so that they can decide on my admission, and that once admitted I receive invitations to the ${conferenceWord().many} as a network partner. Unconfirmed applications are deleted after ${RETENTION.unconfirmedDays} days, declined ones ${RETENTION.declinedMonths} months after the decision. I can withdraw my consent at any time with effect for the future.`;
    },
  } as Record<string, string>,
};
