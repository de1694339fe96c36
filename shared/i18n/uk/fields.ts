import type { FieldTexts } from "../de/fields.ts";

// Machine translation, needs review by a native speaker.
export const fields: FieldTexts = {
  /** Problem titles and details (the English ones are the code's own). */
  problems: {
    "Bad Request": "Некоректний запит",
    "Not Found": "Не знайдено",
    Conflict: "Конфлікт",
    Gone: "Більше не дійсне",
    "Content Too Large": "Завеликий обсяг",
    "Unsupported Media Type": "Неправильний формат",
    "Unprocessable Content": "Некоректні дані",
    "Too Many Requests": "Забагато запитів",
    "Internal Server Error": "Внутрішня помилка",
    "Service Unavailable": "Тимчасово недоступно",
    "The body is not valid UTF-8 JSON.": "Вміст не є коректним JSON у UTF-8.",
    "Send the body as application/json.": "Будь ласка, надсилайте вміст як application/json.",
    "The request body has invalid fields; see errors.": "Деякі поля заповнено неправильно; див. errors.",
    "The request has invalid query parameters; see errors.": "Деякі параметри запиту неправильні; див. errors.",
    "Too many applications from this address; please try again later.":
      "З цієї адреси надійшло забагато заявок; будь ласка, спробуйте пізніше.",
    "There is no work table with this id.": "Робочої групи з таким ідентифікатором немає.",
    "There is no such resource.": "Такого ресурсу немає.",
    "This link has expired. / Dieser Link ist abgelaufen.": "Термін дії цього посилання минув.",
    "This link is not valid. / Dieser Link ist ungültig.": "Це посилання недійсне.",
    "This application has already been decided differently.": "Щодо цієї заявки вже ухвалено інше рішення.",
    "This application was handed on to someone else; this link no longer decides it.":
      "Цю заявку передано іншій особі; за цим посиланням рішення більше не ухвалити.",
    "The conference has started or was cancelled; answers can no longer change.":
      "Захід уже розпочався або його скасовано; відповіді більше не можна змінити.",
    "Something went wrong on our side. Please try again later.":
      "У нас щось пішло не так. Будь ласка, спробуйте пізніше.",
    "A backing service is not ready.": "Потрібна служба ще не готова.",
  } as Record<string, string>,
  problemPatterns: [],
  /** A schema's own messages, and checks across fields, worded for people. */
  messages: {
    "must be a single line without control characters": "Будь ласка, напишіть це в один рядок, без керівних символів.",
    "must not contain control characters": "Будь ласка, видаліть керівні символи з цього тексту.",
  } as Record<string, string>,
  messagePatterns: [],
  /** The generic messages, by the kind of problem the validator found. */
  issues: {
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
  },
  /** The application form's fields, each with its own message (the form and `POST /api/applications`). */
  application: {
    workTableIds: "Будь ласка, виберіть щонайменше одну робочу групу.",
    name: "Будь ласка, вкажіть Ваше ім’я: один рядок, не більше 120 символів, без посилань та адрес електронної пошти.",
    email: "Будь ласка, вкажіть дійсну адресу електронної пошти.",
    organisation: "Будь ласка, не більше 200 символів в одному рядку.",
    organisationType: "Будь ласка, виберіть тип Вашої організації.",
    engagement: "Будь ласка, виберіть, чи Ваша участь професійна, чи волонтерська.",
    mandateCommunity:
      "Одна з вибраних робочих груп приймає учасників лише з мандатом релігійної громади. Будь ласка, вкажіть релігійну громаду.",
    service:
      "Одна з вибраних робочих груп призначена лише для консультаційних служб із державним фінансуванням. Будь ласка, виберіть Вашу службу (MBE або JMD).",
    message: "Будь ласка, не більше 2000 символів.",
    consent: "Будь ласка, дайте згоду на обробку Ваших даних.",
    website: "Будь ласка, залиште це поле порожнім.",
  },
};
