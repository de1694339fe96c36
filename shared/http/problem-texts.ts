import type { Locale } from "../domain/locale.ts";

/**
 * The wording of the JSON API's problem texts (titles, details, field messages), written once here instead of at
 * every `problem(...)` call: the code says what went wrong in English, and `problem()` answers in the request's
 * language. Every text has German (the default); the texts the public routes answer with (applying, the links in
 * mails) also have the four other languages of the public pages; the coordinators' API speaks German and English.
 * tests/unit/problem-texts.test.ts finds every literal text given to `problem()` in the code and fails when one
 * has no German here.
 */
const GERMAN: Record<string, string> = {
  // Titles (HTTP's reason phrases)
  "Bad Request": "Ungültige Anfrage",
  Unauthorized: "Nicht angemeldet",
  Forbidden: "Nicht erlaubt",
  "Not Found": "Nicht gefunden",
  Conflict: "Konflikt",
  Gone: "Nicht mehr gültig",
  "Precondition Failed": "Veraltete Fassung",
  "Content Too Large": "Zu groß",
  "Unsupported Media Type": "Falsches Format",
  "Unprocessable Content": "Ungültige Angaben",
  "Too Many Requests": "Zu viele Anfragen",
  "Internal Server Error": "Interner Fehler",
  "Service Unavailable": "Vorübergehend nicht verfügbar",
  // Details
  "The body is not valid UTF-8 JSON.": "Der Inhalt ist kein gültiges JSON in UTF-8.",
  "Send the body as application/json.": "Bitte senden Sie den Inhalt als application/json.",
  "Send the file as text/csv in UTF-8.": "Bitte senden Sie die Datei als text/csv in UTF-8.",
  'The file is not UTF-8. In Excel, save it as "CSV UTF-8 (comma delimited)".':
    "Die Datei ist nicht in UTF-8. Speichern Sie sie in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“.",
  "The request body has invalid fields; see errors.": "Der Inhalt hat ungültige Felder; siehe errors.",
  "The request has invalid query parameters; see errors.": "Die Anfrage hat ungültige Parameter; siehe errors.",
  "The conference has started or was cancelled; answers can no longer change.":
    "Die Veranstaltung hat begonnen oder wurde abgesagt; Antworten können nicht mehr geändert werden.",
  "The conference was changed at the same time; please reload.":
    "Die Veranstaltung wurde gleichzeitig geändert; bitte laden Sie sie neu.",
  "The conference was changed at the same time; please retry.":
    "Die Veranstaltung wurde gleichzeitig geändert; bitte versuchen Sie es noch einmal.",
  "This application has already been decided differently.": "Über diesen Antrag wurde bereits anders entschieden.",
  "This application was handed on to someone else; this link no longer decides it.":
    "Dieser Antrag wurde an eine andere Person weitergegeben; mit diesem Link kann nicht mehr entschieden werden.",
  "This conference has been cancelled.": "Diese Veranstaltung wurde abgesagt.",
  "This partner is on the mailing list; there is nothing to undo.":
    "Diese Partnerin oder dieser Partner steht im Verteiler; es gibt nichts rückgängig zu machen.",
  "A request with the session cookie must carry the session's X-CSRF-Token.":
    "Eine Anfrage mit dem Sitzungs-Cookie muss das X-CSRF-Token der Sitzung mitsenden.",
  "Only coordinators may do this.": "Das dürfen nur Koordinator:innen.",
  "Sign in to the console, or send a personal API token: Authorization: Bearer <token>.":
    "Bitte melden Sie sich in der Konsole an oder senden Sie ein persönliches API-Token: Authorization: Bearer <token>.",
  "Too many applications from this address; please try again later.":
    "Von dieser Adresse kamen zu viele Anträge; bitte versuchen Sie es später noch einmal.",
  "This link has expired. / Dieser Link ist abgelaufen.": "Dieser Link ist abgelaufen.",
  "This link is not valid. / Dieser Link ist ungültig.": "Dieser Link ist ungültig.",
  "Something went wrong on our side. Please try again later.":
    "Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es später noch einmal.",
  "There is no application with this id.": "Es gibt keinen Antrag mit dieser Kennung.",
  "There is no conference with this id.": "Es gibt keine Veranstaltung mit dieser Kennung.",
  "There is no mail with this id.": "Es gibt keine E-Mail mit dieser Kennung.",
  "There is no partner with this email address.": "Es gibt keine Partnerin und keinen Partner mit dieser Adresse.",
  "There is no such resource.": "Das Gesuchte gibt es nicht.",
  "There is no work table with this id.": "Es gibt keinen Arbeitstisch mit dieser Kennung.",
  "This is not an email address.": "Das ist keine E-Mail-Adresse.",
  "The work table was changed since you read it; read it again.":
    "Der Arbeitstisch wurde geändert, seit Sie ihn gelesen haben; bitte lesen Sie ihn neu.",
  "The work table was changed since it was read.": "Der Arbeitstisch wurde geändert, seit er gelesen wurde.",
  "The work table was changed at the same time.": "Der Arbeitstisch wurde gleichzeitig geändert.",
  "A backing service is not ready.": "Ein benötigter Dienst ist noch nicht bereit.",
  "The id in the path is not valid.": "Die Kennung im Pfad ist ungültig.",
};

/** Texts with a number or name in them. */
const GERMAN_PATTERNS: [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /^Only a failed or uncertain mail can be sent again; this one is (\w+)\.$/,
    (m) => `Nur eine fehlgeschlagene oder unsichere E-Mail kann erneut gesendet werden; diese ist ${m[1]}.`,
  ],
  [/^The body must not exceed (\d+) bytes\.$/, (m) => `Der Inhalt darf höchstens ${m[1]} Bytes groß sein.`],
  [/^The file must not exceed (\d+) bytes\.$/, (m) => `Die Datei darf höchstens ${m[1]} Bytes groß sein.`],
  [
    /^The numeral (\S+) belongs to another work table\.$/,
    (m) => `Die Nummer ${m[1]} gehört zu einem anderen Arbeitstisch.`,
  ],
];

type OtherPublic = Exclude<Locale, "de" | "en">;

/**
 * The public routes' problem texts in the other languages of the public pages (machine translation, needs review
 * by a native speaker). A text missing here is answered in German.
 */
const PUBLIC: Record<string, Record<OtherPublic, string>> = {
  "Bad Request": { uk: "Некоректний запит", ru: "Некорректный запрос", ar: "طلب غير صالح", tr: "Geçersiz istek" },
  "Not Found": { uk: "Не знайдено", ru: "Не найдено", ar: "غير موجود", tr: "Bulunamadı" },
  Conflict: { uk: "Конфлікт", ru: "Конфликт", ar: "تعارض", tr: "Çakışma" },
  Gone: { uk: "Більше не дійсне", ru: "Больше не действительно", ar: "لم يعد صالحًا", tr: "Artık geçerli değil" },
  "Content Too Large": {
    uk: "Завеликий обсяг",
    ru: "Слишком большой объём",
    ar: "المحتوى كبير جدًا",
    tr: "İçerik çok büyük",
  },
  "Unsupported Media Type": {
    uk: "Неправильний формат",
    ru: "Неверный формат",
    ar: "تنسيق غير صحيح",
    tr: "Yanlış biçim",
  },
  "Unprocessable Content": {
    uk: "Некоректні дані",
    ru: "Неверные данные",
    ar: "بيانات غير صالحة",
    tr: "Geçersiz bilgiler",
  },
  "Too Many Requests": {
    uk: "Забагато запитів",
    ru: "Слишком много запросов",
    ar: "طلبات كثيرة جدًا",
    tr: "Çok fazla istek",
  },
  "Internal Server Error": { uk: "Внутрішня помилка", ru: "Внутренняя ошибка", ar: "خطأ داخلي", tr: "İç hata" },
  "Service Unavailable": {
    uk: "Тимчасово недоступно",
    ru: "Временно недоступно",
    ar: "غير متاح مؤقتًا",
    tr: "Geçici olarak kullanılamıyor",
  },
  "The body is not valid UTF-8 JSON.": {
    uk: "Вміст не є коректним JSON у UTF-8.",
    ru: "Содержимое не является корректным JSON в UTF-8.",
    ar: "المحتوى ليس JSON صالحًا بترميز UTF-8.",
    tr: "İçerik geçerli bir UTF-8 JSON değil.",
  },
  "Send the body as application/json.": {
    uk: "Будь ласка, надсилайте вміст як application/json.",
    ru: "Пожалуйста, отправляйте содержимое как application/json.",
    ar: "يرجى إرسال المحتوى بصيغة application/json.",
    tr: "Lütfen içeriği application/json olarak gönderin.",
  },
  "The request body has invalid fields; see errors.": {
    uk: "Деякі поля заповнено неправильно; див. errors.",
    ru: "Некоторые поля заполнены неверно; см. errors.",
    ar: "بعض الحقول غير صحيحة؛ انظر errors.",
    tr: "Bazı alanlar hatalı; errors alanına bakın.",
  },
  "The request has invalid query parameters; see errors.": {
    uk: "Деякі параметри запиту неправильні; див. errors.",
    ru: "Некоторые параметры запроса неверны; см. errors.",
    ar: "بعض معاملات الطلب غير صحيحة؛ انظر errors.",
    tr: "Bazı sorgu parametreleri hatalı; errors alanına bakın.",
  },
  "Too many applications from this address; please try again later.": {
    uk: "З цієї адреси надійшло забагато заявок; будь ласка, спробуйте пізніше.",
    ru: "С этого адреса поступило слишком много заявок; пожалуйста, попробуйте позже.",
    ar: "وصلت طلبات كثيرة جدًا من هذا العنوان؛ يرجى المحاولة لاحقًا.",
    tr: "Bu adresten çok fazla başvuru geldi; lütfen daha sonra tekrar deneyin.",
  },
  "There is no work table with this id.": {
    uk: "Робочої групи з таким ідентифікатором немає.",
    ru: "Рабочей группы с таким идентификатором нет.",
    ar: "لا توجد مجموعة عمل بهذا المعرّف.",
    tr: "Bu kimliğe sahip bir çalışma grubu yok.",
  },
  "There is no such resource.": {
    uk: "Такого ресурсу немає.",
    ru: "Такого ресурса нет.",
    ar: "هذا المورد غير موجود.",
    tr: "Böyle bir kaynak yok.",
  },
  "This link has expired. / Dieser Link ist abgelaufen.": {
    uk: "Термін дії цього посилання минув.",
    ru: "Срок действия этой ссылки истёк.",
    ar: "انتهت صلاحية هذا الرابط.",
    tr: "Bu bağlantının süresi doldu.",
  },
  "This link is not valid. / Dieser Link ist ungültig.": {
    uk: "Це посилання недійсне.",
    ru: "Эта ссылка недействительна.",
    ar: "هذا الرابط غير صالح.",
    tr: "Bu bağlantı geçersiz.",
  },
  "This application has already been decided differently.": {
    uk: "Щодо цієї заявки вже ухвалено інше рішення.",
    ru: "По этой заявке уже принято другое решение.",
    ar: "تم بالفعل اتخاذ قرار مختلف بشأن هذا الطلب.",
    tr: "Bu başvuru hakkında zaten farklı bir karar verildi.",
  },
  "This application was handed on to someone else; this link no longer decides it.": {
    uk: "Цю заявку передано іншій особі; за цим посиланням рішення більше не ухвалити.",
    ru: "Эта заявка передана другому человеку; по этой ссылке решение больше не принять.",
    ar: "أُحيل هذا الطلب إلى شخص آخر؛ لم يعد بالإمكان اتخاذ قرار بشأنه من خلال هذا الرابط.",
    tr: "Bu başvuru başka birine devredildi; bu bağlantıyla artık karar verilemez.",
  },
  "The conference has started or was cancelled; answers can no longer change.": {
    uk: "Захід уже розпочався або його скасовано; відповіді більше не можна змінити.",
    ru: "Мероприятие уже началось или отменено; ответы больше нельзя изменить.",
    ar: "بدأت الفعالية أو أُلغيت؛ لم يعد بالإمكان تغيير الردود.",
    tr: "Etkinlik başladı veya iptal edildi; yanıtlar artık değiştirilemez.",
  },
  "Something went wrong on our side. Please try again later.": {
    uk: "У нас щось пішло не так. Будь ласка, спробуйте пізніше.",
    ru: "У нас что-то пошло не так. Пожалуйста, попробуйте позже.",
    ar: "حدث خطأ لدينا. يرجى المحاولة لاحقًا.",
    tr: "Bizim tarafımızda bir sorun oluştu. Lütfen daha sonra tekrar deneyin.",
  },
  "A backing service is not ready.": {
    uk: "Потрібна служба ще не готова.",
    ru: "Необходимая служба ещё не готова.",
    ar: "إحدى الخدمات اللازمة ليست جاهزة بعد.",
    tr: "Gerekli bir hizmet henüz hazır değil.",
  },
};

/**
 * Field messages the code writes in English (a schema's refinement, a check across fields), worded for people:
 * German and English for every one, the public pages' other languages for those a public route can give (the
 * application's fields have their own messages in every language: application-field-messages.ts).
 */
const FIELD: Record<string, { de: string; en: string } & Partial<Record<OtherPublic, string>>> = {
  "must be a single line without control characters": {
    de: "Bitte schreiben Sie dies in eine Zeile, ohne Steuerzeichen.",
    en: "Please write this on one line, without control characters.",
    uk: "Будь ласка, напишіть це в один рядок, без керівних символів.",
    ru: "Пожалуйста, напишите это в одну строку, без управляющих символов.",
    ar: "يرجى كتابة هذا في سطر واحد، من دون أحرف تحكم.",
    tr: "Lütfen bunu kontrol karakterleri olmadan tek satıra yazın.",
  },
  "must not contain control characters": {
    de: "Bitte entfernen Sie die Steuerzeichen aus diesem Text.",
    en: "Please remove the control characters from this text.",
    uk: "Будь ласка, видаліть керівні символи з цього тексту.",
    ru: "Пожалуйста, удалите управляющие символы из этого текста.",
    ar: "يرجى حذف أحرف التحكم من هذا النص.",
    tr: "Lütfen bu metindeki kontrol karakterlerini kaldırın.",
  },
  "must be a name, without links or email addresses": {
    de: "Bitte geben Sie einen Namen an, ohne Links oder E-Mail-Adressen.",
    en: "Please give a name, without links or email addresses.",
  },
  "is not a work table id": {
    de: "Diesen Arbeitstisch gibt es nicht.",
    en: "There is no such work table.",
  },
  "there is no work table with this id": {
    de: "Diesen Arbeitstisch gibt es nicht.",
    en: "There is no such work table.",
  },
  "choose at least one work table": {
    de: "Bitte wählen Sie mindestens einen Arbeitstisch.",
    en: "Please choose at least one work table.",
  },
  "must not repeat a work table": {
    de: "Bitte nennen Sie jeden Arbeitstisch nur einmal.",
    en: "Please name each work table only once.",
  },
  "must be empty": {
    de: "Bitte lassen Sie dieses Feld leer.",
    en: "Please leave this field empty.",
  },
  "consent is required": {
    de: "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.",
    en: "Please agree to the processing of your details.",
  },
  "this work table admits only with the mandate of a religious community": {
    de: "Ein gewählter Arbeitstisch nimmt nur mit Mandat einer Religionsgemeinschaft auf: Bitte nennen Sie die Religionsgemeinschaft.",
    en: "A chosen work table admits only with the mandate of a religious community: please name the community.",
  },
  "the chosen work tables admit no common counselling service": {
    de: "Die gewählten Arbeitstische nehmen keinen gemeinsamen Beratungsdienst auf: Bitte beantragen Sie sie einzeln.",
    en: "The chosen work tables admit no common counselling service: please apply to them one by one.",
  },
  "is not a cursor of this list": {
    de: "Diese Position gehört nicht zu dieser Liste. Bitte beginnen Sie die Liste von vorn.",
    en: "This position does not belong to this list. Please start the list from the beginning.",
  },
  "has expired; start from the first page": {
    de: "Diese Position ist abgelaufen. Bitte beginnen Sie mit der ersten Seite.",
    en: "This position has expired. Please start from the first page.",
  },
  "must be a Roman numeral such as I, IV or XII": {
    de: "Bitte geben Sie eine römische Zahl an, zum Beispiel I, IV oder XII.",
    en: "Please give a Roman numeral, for example I, IV or XII.",
  },
  "must be after inviteAt": {
    de: "Die Erinnerung muss nach der Einladung liegen.",
    en: "The reminder must come after the invitation.",
  },
  "must be after startsAt": {
    de: "Das Ende muss nach dem Beginn liegen.",
    en: "The end must come after the start.",
  },
  "must be before startsAt": {
    de: "Dies muss vor dem Beginn liegen.",
    en: "This must come before the start.",
  },
  "must be an https:// link": {
    de: "Bitte geben Sie einen Link an, der mit https:// beginnt.",
    en: "Please give a link that starts with https://.",
  },
  "must be in the future": {
    de: "Dieser Zeitpunkt muss in der Zukunft liegen.",
    en: "This time must be in the future.",
  },
  "name the address the test goes to": {
    de: "Bitte nennen Sie die Adresse, an die der Test gehen soll.",
    en: "Please name the address the test should go to.",
  },
  "services must not repeat": {
    de: "Bitte nennen Sie jeden Beratungsdienst nur einmal.",
    en: "Please name each counselling service only once.",
  },
  "use 1–64 lowercase letters, digits and hyphens, e.g. kita-uebergang-schule": {
    de: "Bitte verwenden Sie 1–64 Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel kita-uebergang-schule.",
    en: "Please use 1–64 lowercase letters, digits and hyphens, for example kita-uebergang-schule.",
  },
};

/** Field texts with a number or name in them. */
const FIELD_PATTERNS: [RegExp, (match: RegExpExecArray, locale: Locale) => string][] = [
  [
    /^this work table admits only (MBE|JMD|MBE or JMD)$/,
    (m, locale) =>
      ({
        de: `Ein gewählter Arbeitstisch ist nur für ${m[1]?.replace(" or ", " oder ")}: Bitte wählen Sie Ihren Dienst.`,
        en: `A chosen work table is only for ${m[1]}: please choose your service.`,
      })[locale === "en" ? "en" : "de"],
  ],
  [
    /^The numeral (\S+) belongs to another work table\.$/,
    (m, locale) =>
      locale === "en"
        ? `The numeral ${m[1]} belongs to another work table.`
        : `Die Nummer ${m[1]} gehört zu einem anderen Arbeitstisch.`,
  ],
];

/** A problem's title or detail in `locale`: English as written, the other languages where worded, else German. */
export function problemText(locale: Locale, text: string): string {
  if (locale === "en") return text;
  const other = locale === "de" ? undefined : PUBLIC[text]?.[locale];
  return other ?? germanProblemText(text);
}

/**
 * A field message in `locale`: a message the code wrote in English (a refinement's text) worded for people; a
 * message already worded (the validator's texts, a form field's own) as it is.
 */
export function fieldText(locale: Locale, text: string): string {
  const known = FIELD[text];
  if (known) return known[locale] ?? known.de;
  for (const [pattern, say] of FIELD_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return say(match, locale);
  }
  return text;
}

/** Whether a field message the code writes has its words here (for the test that each does). */
export const hasFieldText = (text: string) =>
  FIELD[text] !== undefined || FIELD_PATTERNS.some(([pattern]) => pattern.test(text));

/** `text` in German when there is a German wording of it, else as it is (e.g. a text already German). */
export function germanProblemText(text: string): string {
  const known = GERMAN[text];
  if (known !== undefined) return known;
  for (const [pattern, say] of GERMAN_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return say(match);
  }
  return text;
}

/** Whether a German wording exists (for the test that every problem text has one). */
export function hasGermanProblemText(text: string): boolean {
  return GERMAN[text] !== undefined || GERMAN_PATTERNS.some(([pattern]) => pattern.test(text));
}
