import { CONSENT_TEXT_VERSION, RETENTION } from "../../domain/application.ts";
import type { Labels } from "../de/labels.ts";
import { network } from "../network.ts";

// Machine translation, needs review by a native speaker.
export const labels: Labels = {
  organisationTypes: {
    public: "Kamu kurumu (ör. idare, resmî makam)",
    independent: "Sivil toplum kuruluşu",
    association: "Dernek veya girişim",
    institution: "Kurum (ör. okul, kreş, meslek odası)",
    individual: "Bireysel katılımcı",
  },
  engagements: {
    professional: "mesleki olarak",
    volunteer: "gönüllü olarak",
  },
  services: {
    MBE: "Yetişkin göçmenler için göç danışmanlığı (MBE)",
    JMD: "Gençlik Göç Servisi (JMD)",
  },
  admission: {
    open: "Tanımlanan hedef kitleye açıktır.",
    religiousMandate: "Yalnızca bir dini topluluğun yetkilendirmesiyle.",
    services: (names) => `Yalnızca devlet tarafından desteklenen hizmetler için: ${names.join(" ve ")}.`,
  },
  /** A table meeting's name when its planner gives none (stored with the meeting, in German). */
  meetingTitle: (t) => `Çalışma grubu ${t.numeral} – ${t.name} toplantısı`,
  /** The two conferences: as the network's profile names them, else the season with its word for them. */
  seasons: {
    get spring() {
      return network().words.tr.springConference ?? "Bahar konferansı";
    },
    get autumn() {
      return network().words.tr.autumnConference ?? "Sonbahar konferansı";
    },
  },
  noticeTitles: {
    impressum: "Künye",
    datenschutz: "Veri koruma beyanı",
    barrierefreiheit: "Erişilebilirlik beyanı",
  },
  languages: {
    de: "Almanca",
    en: "İngilizce",
    uk: "Ukraynaca",
    ru: "Rusça",
    ar: "Arapça",
    tr: "Türkçe",
  },
  /** The consent's words, by the version an application stores (a changed wording is a new version). */
  consent: {
    get [CONSENT_TEXT_VERSION]() {
      return `${network().consentControllers.tr} bilgilerimi saklamasını ve kabulüm hakkında karar verebilmeleri için seçtiğim çalışma gruplarının iletişim kişilerine iletmesini kabul ediyorum. Ayrıca kabul edilirsem ağ ortağı olarak konferanslara davet almayı kabul ediyorum. Onaylanmamış başvurular ${RETENTION.unconfirmedDays} gün sonra, reddedilen başvurular ise karardan ${RETENTION.declinedMonths} ay sonra silinir. Onayımı istediğim zaman gelecekte geçerli olmak üzere geri alabilirim.`;
    },
  } as Record<string, string>,
};
