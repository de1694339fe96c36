import { CONSENT_TEXT_VERSION, RETENTION } from "../../domain/application.ts";
import type { Labels } from "../de/labels.ts";
import { network } from "../network.ts";

// Machine translation, needs review by a native speaker.
export const labels: Labels = {
  organisationTypes: {
    public: "Государственное учреждение (например, администрация, ведомство)",
    independent: "Негосударственная организация",
    association: "Общественное объединение или инициатива",
    institution: "Учреждение (например, школа, детский сад, профессиональная палата)",
    individual: "Частное лицо",
  },
  engagements: {
    professional: "профессиональное",
    volunteer: "волонтёрское",
  },
  services: {
    MBE: "Миграционная консультация для взрослых иммигрантов (MBE)",
    JMD: "Молодёжная миграционная служба (JMD)",
  },
  admission: {
    open: "Открыто для описанной целевой группы.",
    religiousMandate: "Только с мандатом религиозной общины.",
    services: (names) => `Только для служб, финансируемых государством: ${names.join(" и ")}.`,
  },
  /** A table meeting's name when its planner gives none (stored with the meeting, in German). */
  meetingTitle: (t) => `Встреча рабочей группы ${t.numeral} – ${t.name}`,
  /** The two conferences: as the network's profile names them, else the season with its word for them. */
  seasons: {
    get spring() {
      return network().words.ru.springConference ?? "Весенняя конференция";
    },
    get autumn() {
      return network().words.ru.autumnConference ?? "Осенняя конференция";
    },
  },
  noticeTitles: {
    impressum: "Выходные данные",
    datenschutz: "Заявление о защите данных",
    barrierefreiheit: "Заявление о доступности",
  },
  languages: {
    de: "немецкий",
    en: "английский",
    uk: "украинский",
    ru: "русский",
    ar: "арабский",
    tr: "турецкий",
  },
  /** The consent's words, by the version an application stores (a changed wording is a new version). */
  consent: {
    get [CONSENT_TEXT_VERSION]() {
      return `Я даю согласие на то, чтобы ${network().consentControllers.ru} хранил мои данные и передавал их контактным лицам выбранных рабочих групп, чтобы они приняли решение о моём приёме. Я также даю согласие на то, чтобы после приёма получать в качестве партнёра сети приглашения на конференции. Неподтверждённые заявки удаляются через ${RETENTION.unconfirmedDays} дней, отклонённые — через ${RETENTION.declinedMonths} месяцев после решения. Я могу в любое время отозвать своё согласие с действием на будущее.`;
    },
  } as Record<string, string>,
};
