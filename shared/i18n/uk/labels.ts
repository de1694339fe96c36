import { CONSENT_TEXT_VERSION, RETENTION } from "../../domain/application.ts";
import type { Labels } from "../de/labels.ts";
import { network } from "../network.ts";

// Machine translation, needs review by a native speaker.
export const labels: Labels = {
  organisationTypes: {
    public: "Державна установа (наприклад, адміністрація, орган влади)",
    independent: "Недержавна організація",
    association: "Громадське об’єднання або ініціатива",
    institution: "Заклад (наприклад, школа, дитячий садок, професійна палата)",
    individual: "Приватна особа",
  },
  engagements: {
    professional: "професійна",
    volunteer: "волонтерська",
  },
  services: {
    MBE: "Міграційна консультація для дорослих іммігрантів (MBE)",
    JMD: "Молодіжна міграційна служба (JMD)",
  },
  admission: {
    open: "Відкрито для описаної цільової групи.",
    religiousMandate: "Лише з мандатом релігійної громади.",
    services: (names) => `Лише для державно фінансованих служб: ${names.join(" і ")}.`,
  },
  /** A table meeting's name when its planner gives none (stored with the meeting, in German). */
  meetingTitle: (t) => `Зустріч робочої групи ${t.numeral} – ${t.name}`,
  /** The two conferences: as the network's profile names them, else the season with its word for them. */
  seasons: {
    get spring() {
      return network().words.uk.springConference ?? "Весняна конференція";
    },
    get autumn() {
      return network().words.uk.autumnConference ?? "Осіння конференція";
    },
  },
  noticeTitles: {
    impressum: "Вихідні дані",
    datenschutz: "Заява про захист даних",
    barrierefreiheit: "Заява про доступність",
  },
  languages: {
    de: "німецька",
    en: "англійська",
    uk: "українська",
    ru: "російська",
    ar: "арабська",
    tr: "турецька",
  },
  /** The consent's words, by the version an application stores (a changed wording is a new version). */
  consent: {
    get [CONSENT_TEXT_VERSION]() {
      return `Я погоджуюся, що ${network().consentControllers.uk} зберігає мої дані та передає їх контактним особам вибраних робочих груп, щоб вони ухвалили рішення про моє прийняття. Я також погоджуюся після прийняття отримувати як партнер мережі запрошення на конференції. Непідтверджені заявки видаляються через ${RETENTION.unconfirmedDays} днів, відхилені — через ${RETENTION.declinedMonths} місяців після рішення. Я можу будь-коли відкликати свою згоду з дією на майбутнє.`;
    },
  } as Record<string, string>,
};
