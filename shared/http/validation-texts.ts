import type { z } from "zod/mini";
import type { Locale } from "../domain/locale.ts";

/**
 * What a person reads when a field is not right, in the request's language: written for people ("Bitte geben Sie
 * …"), never a validation library's wording. These are the generic texts, by the kind of problem; a field's own
 * message (the application form's fields, a schema's refinement) comes first where there is one
 * (problem-texts.ts, application-field-messages.ts).
 */
export interface IssueTexts {
  required: string;
  empty: string;
  tooShort: (n: number) => string;
  tooLong: (n: number) => string;
  tooFew: (n: number) => string;
  tooMany: (n: number) => string;
  tooSmall: (n: number) => string;
  tooBig: (n: number) => string;
  wholeNumber: string;
  email: string;
  url: string;
  dateTime: string;
  format: string;
  oneOf: (values: string) => string;
  unknownField: string;
  wrongType: string;
  invalid: string;
}

const de: IssueTexts = {
  required: "Bitte geben Sie dies an.",
  empty: "Bitte füllen Sie dieses Feld aus.",
  tooShort: (n) => `Bitte geben Sie mindestens ${n} Zeichen ein.`,
  tooLong: (n) => `Bitte geben Sie höchstens ${n} Zeichen ein.`,
  tooFew: (n) => `Bitte wählen Sie mindestens ${n} aus.`,
  tooMany: (n) => `Bitte wählen Sie höchstens ${n} aus.`,
  tooSmall: (n) => `Bitte geben Sie eine Zahl ab ${n} an.`,
  tooBig: (n) => `Bitte geben Sie eine Zahl bis ${n} an.`,
  wholeNumber: "Bitte geben Sie eine ganze Zahl an.",
  email: "Bitte geben Sie eine gültige E-Mail-Adresse an.",
  url: "Bitte geben Sie einen vollständigen Link an, der mit https:// beginnt.",
  dateTime: "Bitte geben Sie Datum und Uhrzeit mit Zeitzone an, zum Beispiel 2027-04-22T09:00:00+02:00.",
  format: "Diese Angabe hat nicht die erwartete Form.",
  oneOf: (values) => `Bitte wählen Sie einen dieser Werte: ${values}.`,
  unknownField: "Diese Angabe gibt es hier nicht. Bitte lassen Sie sie weg.",
  wrongType: "Diese Angabe hat die falsche Art, zum Beispiel eine Zahl statt eines Textes.",
  invalid: "Bitte prüfen Sie diese Angabe.",
};

const en: IssueTexts = {
  required: "Please give this.",
  empty: "Please fill in this field.",
  tooShort: (n) => `Please enter at least ${n} characters.`,
  tooLong: (n) => `Please enter at most ${n} characters.`,
  tooFew: (n) => `Please choose at least ${n}.`,
  tooMany: (n) => `Please choose at most ${n}.`,
  tooSmall: (n) => `Please give a number of ${n} or more.`,
  tooBig: (n) => `Please give a number of ${n} or less.`,
  wholeNumber: "Please give a whole number.",
  email: "Please enter a valid email address.",
  url: "Please give a complete link that starts with https://.",
  dateTime: "Please give date and time with a time zone, for example 2027-04-22T09:00:00+02:00.",
  format: "This does not have the expected form.",
  oneOf: (values) => `Please choose one of these values: ${values}.`,
  unknownField: "There is no such field here. Please leave it out.",
  wrongType: "This is of the wrong kind, for example a number instead of a text.",
  invalid: "Please check this.",
};

// Machine translation, needs review by a native speaker.
const uk: IssueTexts = {
  required: "Будь ласка, вкажіть це.",
  empty: "Будь ласка, заповніть це поле.",
  tooShort: (n) => `Будь ласка, введіть щонайменше ${n} символів.`,
  tooLong: (n) => `Будь ласка, введіть не більше ${n} символів.`,
  tooFew: (n) => `Будь ласка, виберіть щонайменше ${n}.`,
  tooMany: (n) => `Будь ласка, виберіть не більше ${n}.`,
  tooSmall: (n) => `Будь ласка, вкажіть число від ${n}.`,
  tooBig: (n) => `Будь ласка, вкажіть число до ${n}.`,
  wholeNumber: "Будь ласка, вкажіть ціле число.",
  email: "Будь ласка, вкажіть дійсну адресу електронної пошти.",
  url: "Будь ласка, вкажіть повне посилання, що починається з https://.",
  dateTime: "Будь ласка, вкажіть дату й час із часовим поясом, наприклад 2027-04-22T09:00:00+02:00.",
  format: "Ці дані мають неочікувану форму.",
  oneOf: (values) => `Будь ласка, виберіть одне з цих значень: ${values}.`,
  unknownField: "Такого поля тут немає. Будь ласка, не надсилайте його.",
  wrongType: "Ці дані мають неправильний вид, наприклад число замість тексту.",
  invalid: "Будь ласка, перевірте ці дані.",
};

// Machine translation, needs review by a native speaker.
const ru: IssueTexts = {
  required: "Пожалуйста, укажите это.",
  empty: "Пожалуйста, заполните это поле.",
  tooShort: (n) => `Пожалуйста, введите не менее ${n} символов.`,
  tooLong: (n) => `Пожалуйста, введите не более ${n} символов.`,
  tooFew: (n) => `Пожалуйста, выберите не менее ${n}.`,
  tooMany: (n) => `Пожалуйста, выберите не более ${n}.`,
  tooSmall: (n) => `Пожалуйста, укажите число от ${n}.`,
  tooBig: (n) => `Пожалуйста, укажите число до ${n}.`,
  wholeNumber: "Пожалуйста, укажите целое число.",
  email: "Пожалуйста, укажите действительный адрес электронной почты.",
  url: "Пожалуйста, укажите полную ссылку, начинающуюся с https://.",
  dateTime: "Пожалуйста, укажите дату и время с часовым поясом, например 2027-04-22T09:00:00+02:00.",
  format: "Эти данные имеют неожиданную форму.",
  oneOf: (values) => `Пожалуйста, выберите одно из этих значений: ${values}.`,
  unknownField: "Такого поля здесь нет. Пожалуйста, не отправляйте его.",
  wrongType: "Эти данные неправильного вида, например число вместо текста.",
  invalid: "Пожалуйста, проверьте эти данные.",
};

// Machine translation, needs review by a native speaker.
const ar: IssueTexts = {
  required: "يرجى إدخال هذه المعلومة.",
  empty: "يرجى ملء هذا الحقل.",
  tooShort: (n) => `يرجى إدخال ${n} حرفًا على الأقل.`,
  tooLong: (n) => `يرجى إدخال ${n} حرفًا كحد أقصى.`,
  tooFew: (n) => `يرجى اختيار ${n} على الأقل.`,
  tooMany: (n) => `يرجى اختيار ${n} كحد أقصى.`,
  tooSmall: (n) => `يرجى إدخال رقم لا يقل عن ${n}.`,
  tooBig: (n) => `يرجى إدخال رقم لا يزيد عن ${n}.`,
  wholeNumber: "يرجى إدخال عدد صحيح.",
  email: "يرجى إدخال عنوان بريد إلكتروني صالح.",
  url: "يرجى إدخال رابط كامل يبدأ بـ https://.",
  dateTime: "يرجى إدخال التاريخ والوقت مع المنطقة الزمنية، مثلًا 2027-04-22T09:00:00+02:00.",
  format: "هذه المعلومة ليست بالشكل المتوقع.",
  oneOf: (values) => `يرجى اختيار إحدى هذه القيم: ${values}.`,
  unknownField: "لا يوجد مثل هذا الحقل هنا. يرجى حذفه.",
  wrongType: "هذه المعلومة من نوع خاطئ، مثلًا رقم بدلًا من نص.",
  invalid: "يرجى التحقق من هذه المعلومة.",
};

// Machine translation, needs review by a native speaker.
const tr: IssueTexts = {
  required: "Lütfen bunu belirtin.",
  empty: "Lütfen bu alanı doldurun.",
  tooShort: (n) => `Lütfen en az ${n} karakter girin.`,
  tooLong: (n) => `Lütfen en fazla ${n} karakter girin.`,
  tooFew: (n) => `Lütfen en az ${n} tane seçin.`,
  tooMany: (n) => `Lütfen en fazla ${n} tane seçin.`,
  tooSmall: (n) => `Lütfen ${n} veya daha büyük bir sayı girin.`,
  tooBig: (n) => `Lütfen ${n} veya daha küçük bir sayı girin.`,
  wholeNumber: "Lütfen bir tam sayı girin.",
  email: "Lütfen geçerli bir e-posta adresi girin.",
  url: "Lütfen https:// ile başlayan tam bir bağlantı girin.",
  dateTime: "Lütfen tarih ve saati saat dilimiyle birlikte girin, örneğin 2027-04-22T09:00:00+02:00.",
  format: "Bu bilgi beklenen biçimde değil.",
  oneOf: (values) => `Lütfen şu değerlerden birini seçin: ${values}.`,
  unknownField: "Burada böyle bir alan yok. Lütfen bunu göndermeyin.",
  wrongType: "Bu bilgi yanlış türde, örneğin metin yerine sayı.",
  invalid: "Lütfen bu bilgiyi kontrol edin.",
};

export const ISSUE_TEXTS: Record<Locale, IssueTexts> = { de, en, uk, ru, ar, tr };

/**
 * The message for one issue the validator found, for people in `locale`: a schema's own message (a refinement, a
 * check with a text) is returned as written, to be worded by the caller; everything else by its kind.
 */
export function issueMessage(issue: z.core.$ZodRawIssue, locale: Locale): string | undefined {
  const t = ISSUE_TEXTS[locale];
  const number = (value: unknown) => Number(value);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return t.required;
      return issue.expected === "int" && typeof issue.input === "number" ? t.wholeNumber : t.wrongType;
    case "too_small":
      if (issue.origin === "string") return number(issue.minimum) <= 1 ? t.empty : t.tooShort(number(issue.minimum));
      if (issue.origin === "array" || issue.origin === "set") return t.tooFew(number(issue.minimum));
      return t.tooSmall(number(issue.minimum));
    case "too_big":
      if (issue.origin === "string") return t.tooLong(number(issue.maximum));
      if (issue.origin === "array" || issue.origin === "set") return t.tooMany(number(issue.maximum));
      return t.tooBig(number(issue.maximum));
    case "invalid_format":
      if (issue.format === "email") return t.email;
      if (issue.format === "url") return t.url;
      if (issue.format === "datetime") return t.dateTime;
      return t.format;
    case "not_multiple_of":
      return t.wholeNumber;
    case "invalid_value":
      return issue.values.length > 0 && issue.values.length <= 12
        ? t.oneOf(issue.values.map((v) => String(v)).join(", "))
        : t.invalid;
    case "unrecognized_keys":
      return t.unknownField;
    case "invalid_union": {
      // A discriminated union: the discriminator names none of its options.
      const options = (issue as { options?: unknown[] }).options;
      return Array.isArray(options) && options.length > 0 && options.length <= 12
        ? t.oneOf(options.map((o) => String(o)).join(", "))
        : t.invalid;
    }
    default:
      return t.invalid;
  }
}
