import type { Locale } from "../domain/locale.ts";
import type { FieldErrors } from "./pages/application-form.tsx";

/** Friendly messages per form field, instead of a validator's wording; every field in all languages. */
const fieldMessages = {
  workTableIds: {
    de: "Bitte wählen Sie mindestens einen Arbeitstisch.",
    en: "Please choose at least one work table.",
    // Machine translation, needs review by a native speaker.
    uk: "Будь ласка, виберіть щонайменше одну робочу групу.",
    ru: "Пожалуйста, выберите хотя бы одну рабочую группу.",
    ar: "يرجى اختيار مجموعة عمل واحدة على الأقل.",
    tr: "Lütfen en az bir çalışma grubu seçin.",
  },
  name: {
    de: "Bitte geben Sie Ihren Namen an: eine Zeile, höchstens 120 Zeichen, ohne Links oder E-Mail-Adressen.",
    en: "Please enter your name: one line, at most 120 characters, without links or email addresses.",
    // Machine translation, needs review by a native speaker.
    uk: "Будь ласка, вкажіть Ваше ім’я: один рядок, не більше 120 символів, без посилань та адрес електронної пошти.",
    ru: "Пожалуйста, укажите Ваше имя: одна строка, не более 120 символов, без ссылок и адресов электронной почты.",
    ar: "يرجى إدخال اسمكم: سطر واحد، 120 حرفًا كحد أقصى، من دون روابط أو عناوين بريد إلكتروني.",
    tr: "Lütfen adınızı girin: tek satır, en fazla 120 karakter, bağlantı veya e-posta adresi olmadan.",
  },
  email: {
    de: "Bitte geben Sie eine gültige E-Mail-Adresse an.",
    en: "Please enter a valid email address.",
    // Machine translation, needs review by a native speaker.
    uk: "Будь ласка, вкажіть дійсну адресу електронної пошти.",
    ru: "Пожалуйста, укажите действительный адрес электронной почты.",
    ar: "يرجى إدخال عنوان بريد إلكتروني صالح.",
    tr: "Lütfen geçerli bir e-posta adresi girin.",
  },
  organisation: {
    de: "Bitte höchstens 200 Zeichen in einer Zeile.",
    en: "At most 200 characters on one line, please.",
    // Machine translation, needs review by a native speaker.
    uk: "Будь ласка, не більше 200 символів в одному рядку.",
    ru: "Пожалуйста, не более 200 символов в одной строке.",
    ar: "يرجى ألا يتجاوز النص 200 حرف في سطر واحد.",
    tr: "Lütfen tek satırda en fazla 200 karakter girin.",
  },
  organisationType: {
    de: "Bitte wählen Sie die Art Ihrer Organisation.",
    en: "Please choose the type of your organisation.",
    // Machine translation, needs review by a native speaker.
    uk: "Будь ласка, виберіть тип Вашої організації.",
    ru: "Пожалуйста, выберите тип Вашей организации.",
    ar: "يرجى اختيار نوع منظمتكم.",
    tr: "Lütfen kuruluşunuzun türünü seçin.",
  },
  engagement: {
    de: "Bitte wählen Sie, ob Sie sich beruflich oder ehrenamtlich engagieren.",
    en: "Please choose whether you are involved professionally or as a volunteer.",
    // Machine translation, needs review by a native speaker.
    uk: "Будь ласка, виберіть, чи Ваша участь професійна, чи волонтерська.",
    ru: "Пожалуйста, выберите, является ли Ваше участие профессиональным или волонтёрским.",
    ar: "يرجى اختيار ما إذا كانت مشاركتكم مهنية أو تطوعية.",
    tr: "Lütfen mesleki olarak mı yoksa gönüllü olarak mı katıldığınızı seçin.",
  },
  mandateCommunity: {
    de: "Ein gewählter Arbeitstisch nimmt nur mit Mandat einer Religionsgemeinschaft auf: Bitte nennen Sie die Religionsgemeinschaft.",
    en: "A chosen work table admits only with the mandate of a religious community: please name the community.",
    // Machine translation, needs review by a native speaker.
    uk: "Одна з вибраних робочих груп приймає учасників лише з мандатом релігійної громади. Будь ласка, вкажіть релігійну громаду.",
    ru: "Одна из выбранных рабочих групп принимает участников только с мандатом религиозной общины. Пожалуйста, укажите религиозную общину.",
    ar: "إحدى مجموعات العمل المختارة لا تقبل المشاركين إلا بتفويض من جماعة دينية. يرجى ذكر اسم الجماعة الدينية.",
    tr: "Seçtiğiniz çalışma gruplarından biri yalnızca dini bir topluluğun görevlendirmesiyle katılım kabul ediyor. Lütfen dini topluluğu belirtin.",
  },
  service: {
    de: "Ein gewählter Arbeitstisch ist nur für staatlich geförderte Beratungsdienste: Bitte wählen Sie Ihren Dienst (MBE oder JMD).",
    en: "A chosen work table is only for state-funded counselling services: please choose your service (MBE or JMD).",
    // Machine translation, needs review by a native speaker.
    uk: "Одна з вибраних робочих груп призначена лише для консультаційних служб із державним фінансуванням. Будь ласка, виберіть Вашу службу (MBE або JMD).",
    ru: "Одна из выбранных рабочих групп предназначена только для консультационных служб с государственным финансированием. Пожалуйста, выберите Вашу службу (MBE или JMD).",
    ar: "إحدى مجموعات العمل المختارة مخصصة فقط لخدمات الاستشارة الممولة من الدولة. يرجى اختيار خدمتكم (MBE أو JMD).",
    tr: "Seçtiğiniz çalışma gruplarından biri yalnızca devlet destekli danışmanlık hizmetlerine açıktır. Lütfen hizmetinizi seçin (MBE veya JMD).",
  },
  message: {
    de: "Bitte höchstens 2000 Zeichen.",
    en: "At most 2000 characters, please.",
    // Machine translation, needs review by a native speaker.
    uk: "Будь ласка, не більше 2000 символів.",
    ru: "Пожалуйста, не более 2000 символов.",
    ar: "يرجى ألا يتجاوز النص 2000 حرف.",
    tr: "Lütfen en fazla 2000 karakter girin.",
  },
  consent: {
    de: "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.",
    en: "Please agree to the processing of your details.",
    // Machine translation, needs review by a native speaker.
    uk: "Будь ласка, дайте згоду на обробку Ваших даних.",
    ru: "Пожалуйста, дайте согласие на обработку Ваших данных.",
    ar: "يرجى الموافقة على معالجة بياناتكم.",
    tr: "Lütfen bilgilerinizin işlenmesine onay verin.",
  },
  website: {
    de: "Bitte lassen Sie dieses Feld leer.",
    en: "Please leave this field empty.",
    // Machine translation, needs review by a native speaker.
    uk: "Будь ласка, залиште це поле порожнім.",
    ru: "Пожалуйста, оставьте это поле пустым.",
    ar: "يرجى ترك هذا الحقل فارغًا.",
    tr: "Lütfen bu alanı boş bırakın.",
  },
} satisfies Record<keyof FieldErrors, Record<Locale, string>>;

/** Looked up by the validator's field name, which may be any string. */
export const FIELD_MESSAGES: Readonly<Record<string, Record<Locale, string>>> = fieldMessages;

/**
 * The form field a path of the application's body belongs to: `mandate.community` and `mandate` are the form's
 * `mandateCommunity`, `workTableIds.2` is `workTableIds`.
 */
export function applicationField(path: string): string {
  const [first] = path.split(".");
  return first === "mandate" ? "mandateCommunity" : (first ?? "");
}

/** The application's own message for a path of its body (the API's and the form's), if the field has one. */
export const applicationFieldMessage = (path: string, locale: Locale): string | undefined =>
  FIELD_MESSAGES[applicationField(path)]?.[locale];
