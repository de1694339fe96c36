import { createHash } from "node:crypto";
import { CONSENT_TEXT_VERSION, RETENTION } from "./application.ts";
import type { Locale } from "./locale.ts";

/**
 * The privacy text the consent checkbox agrees to. Its version is stored with each application; a change of
 * wording needs a new CONSENT_TEXT_VERSION, so every stored consent still points at the text it agreed to.
 */
export const CONSENT_TEXTS: Record<string, Record<Locale, string>> = {
  [CONSENT_TEXT_VERSION]: {
    de: `Ich bin einverstanden, dass die Fachstelle Chancengleichheit der Landeshauptstadt Schwerin als Koordination des Netzwerks Migration meine Angaben speichert und an die Ansprechpartner:innen der gewählten Arbeitstische weitergibt, damit diese über meine Aufnahme entscheiden, und dass ich nach einer Aufnahme als Netzwerkpartner:in Einladungen zu den Tagungen erhalte. Unbestätigte Anträge werden nach ${RETENTION.unconfirmedDays} Tagen gelöscht, abgelehnte ${RETENTION.declinedMonths} Monate nach der Entscheidung. Ich kann meine Einwilligung jederzeit für die Zukunft widerrufen.`,
    en: `I agree that the Equal Opportunities Office of the City of Schwerin, which coordinates the Netzwerk Migration, stores my details and passes them on to the contact persons of the chosen work tables so that they can decide on my admission, and that once admitted I receive invitations to the conferences as a network partner. Unconfirmed applications are deleted after ${RETENTION.unconfirmedDays} days, declined ones ${RETENTION.declinedMonths} months after the decision. I can withdraw my consent at any time with effect for the future.`,
    // Machine translation, needs review by a native speaker. The German text is the authoritative one.
    uk: `Я погоджуюся, що Відділ з питань рівних можливостей (Fachstelle Chancengleichheit) міста Шверін, який координує Netzwerk Migration, зберігає мої дані та передає їх контактним особам вибраних робочих груп, щоб вони ухвалили рішення про моє прийняття. Я також погоджуюся після прийняття отримувати як партнер мережі запрошення на конференції. Непідтверджені заявки видаляються через ${RETENTION.unconfirmedDays} днів, відхилені — через ${RETENTION.declinedMonths} місяців після рішення. Я можу будь-коли відкликати свою згоду з дією на майбутнє.`,
    ru: `Я даю согласие на то, чтобы Отдел по вопросам равных возможностей (Fachstelle Chancengleichheit) города Шверин, координирующий Netzwerk Migration, хранил мои данные и передавал их контактным лицам выбранных рабочих групп, чтобы они приняли решение о моём приёме. Я также даю согласие на то, чтобы после приёма получать в качестве партнёра сети приглашения на конференции. Неподтверждённые заявки удаляются через ${RETENTION.unconfirmedDays} дней, отклонённые — через ${RETENTION.declinedMonths} месяцев после решения. Я могу в любое время отозвать своё согласие с действием на будущее.`,
    ar: `أوافق على أن تقوم دائرة تكافؤ الفرص (Fachstelle Chancengleichheit) في مدينة شفيرين، بصفتها الجهة المنسقة لشبكة Netzwerk Migration، بحفظ بياناتي وإرسالها إلى الأشخاص المسؤولين عن التواصل في مجموعات العمل التي اخترتها، ليقرروا بشأن قبولي. كما أوافق على أن أتلقى بعد قبولي دعوات إلى المؤتمرات بصفتي من شركاء الشبكة. تُحذف الطلبات غير المؤكدة بعد ${RETENTION.unconfirmedDays} أيام، والطلبات المرفوضة بعد ${RETENTION.declinedMonths} أشهر من القرار. يمكنني سحب موافقتي في أي وقت، ويسري السحب على المستقبل.`,
    tr: `Netzwerk Migration ağını koordine eden Schwerin Şehri Fırsat Eşitliği Biriminin (Fachstelle Chancengleichheit) bilgilerimi saklamasını ve kabulüm hakkında karar verebilmeleri için seçtiğim çalışma gruplarının iletişim kişilerine iletmesini kabul ediyorum. Ayrıca kabul edilirsem ağ ortağı olarak konferanslara davet almayı kabul ediyorum. Onaylanmamış başvurular ${RETENTION.unconfirmedDays} gün sonra, reddedilen başvurular ise karardan ${RETENTION.declinedMonths} ay sonra silinir. Onayımı istediğim zaman gelecekte geçerli olmak üzere geri alabilirim.`,
  },
};

export function consentText(locale: Locale, version = CONSENT_TEXT_VERSION): string {
  const texts = CONSENT_TEXTS[version];
  if (!texts) throw new Error(`no consent text for version ${version}`);
  return texts[locale];
}

/** The proof of which words were agreed to: SHA-256 of the consent text as shown (hex). */
export function consentTextHash(locale: Locale, version = CONSENT_TEXT_VERSION): string {
  return createHash("sha256").update(consentText(locale, version)).digest("hex");
}
