import { CONSENT_TEXT_VERSION, RETENTION } from "../../domain/application.ts";
import type { Labels } from "../de/labels.ts";
import { network } from "../network.ts";

// Machine translation, needs review by a native speaker.
export const labels: Labels = {
  organisationTypes: {
    public: "جهة عامة (مثل الإدارة أو السلطات الحكومية)",
    independent: "جهة مستقلة غير حكومية",
    association: "جمعية أو مبادرة",
    institution: "مؤسسة (مثل مدرسة أو روضة أطفال أو غرفة مهنية)",
    individual: "فرد",
  },
  engagements: {
    professional: "مهنية",
    volunteer: "تطوعية",
  },
  services: {
    MBE: "الاستشارة في شؤون الهجرة للمهاجرين البالغين (MBE)",
    JMD: "خدمة الهجرة للشباب (JMD)",
  },
  admission: {
    open: "مفتوح للفئة المستهدفة الموصوفة.",
    religiousMandate: "فقط بتفويض من جماعة دينية.",
    // The Arabic "and" (و) is written joined to the word that follows it.
    services: (names) => `فقط للخدمات المموّلة من الدولة: ${names.join(" و")}.`,
  },
  /** A table meeting's name when its planner gives none (stored with the meeting, in German). */
  meetingTitle: (t) => `اجتماع مجموعة العمل ${t.numeral} – ${t.name}`,
  /** The two conferences: as the network's profile names them, else the season with its word for them. */
  seasons: {
    get spring() {
      return network().words.ar.springConference ?? "المؤتمر الربيعي";
    },
    get autumn() {
      return network().words.ar.autumnConference ?? "المؤتمر الخريفي";
    },
  },
  noticeTitles: {
    impressum: "بيانات الناشر",
    datenschutz: "بيان حماية البيانات",
    barrierefreiheit: "بيان إمكانية الوصول",
  },
  languages: {
    de: "الألمانية",
    en: "الإنجليزية",
    uk: "الأوكرانية",
    ru: "الروسية",
    ar: "العربية",
    tr: "التركية",
  },
  /** The consent's words, by the version an application stores (a changed wording is a new version). */
  consent: {
    get [CONSENT_TEXT_VERSION]() {
      return `أوافق على أن تقوم ${network().consentControllers.ar} بحفظ بياناتي وإرسالها إلى الأشخاص المسؤولين عن التواصل في مجموعات العمل التي اخترتها، ليقرروا بشأن قبولي. كما أوافق على أن أتلقى بعد قبولي دعوات إلى المؤتمرات بصفتي من شركاء الشبكة. تُحذف الطلبات غير المؤكدة بعد ${RETENTION.unconfirmedDays} أيام، والطلبات المرفوضة بعد ${RETENTION.declinedMonths} أشهر من القرار. يمكنني سحب موافقتي في أي وقت، ويسري السحب على المستقبل.`;
    },
  } as Record<string, string>,
};
