import type { FieldTexts } from "../de/fields.ts";

// Machine translation, needs review by a native speaker.
export const fields: FieldTexts = {
  /** Problem titles and details (the English ones are the code's own). */
  problems: {
    "Bad Request": "Некорректный запрос",
    "Not Found": "Не найдено",
    Conflict: "Конфликт",
    Gone: "Больше не действительно",
    "Content Too Large": "Слишком большой объём",
    "Unsupported Media Type": "Неверный формат",
    "Unprocessable Content": "Неверные данные",
    "Too Many Requests": "Слишком много запросов",
    "Internal Server Error": "Внутренняя ошибка",
    "Service Unavailable": "Временно недоступно",
    "The body is not valid UTF-8 JSON.": "Содержимое не является корректным JSON в UTF-8.",
    "Send the body as application/json.": "Пожалуйста, отправляйте содержимое как application/json.",
    "The request body has invalid fields; see errors.": "Некоторые поля заполнены неверно; см. errors.",
    "The request has invalid query parameters; see errors.": "Некоторые параметры запроса неверны; см. errors.",
    "Too many applications from this address; please try again later.":
      "С этого адреса поступило слишком много заявок; пожалуйста, попробуйте позже.",
    "There is no work table with this id.": "Рабочей группы с таким идентификатором нет.",
    "There is no such resource.": "Такого ресурса нет.",
    "This link has expired. / Dieser Link ist abgelaufen.": "Срок действия этой ссылки истёк.",
    "This link is not valid. / Dieser Link ist ungültig.": "Эта ссылка недействительна.",
    "This application has already been decided differently.": "По этой заявке уже принято другое решение.",
    "This application was handed on to someone else; this link no longer decides it.":
      "Эта заявка передана другому человеку; по этой ссылке решение больше не принять.",
    "The conference has started or was cancelled; answers can no longer change.":
      "Мероприятие уже началось или отменено; ответы больше нельзя изменить.",
    "Something went wrong on our side. Please try again later.":
      "У нас что-то пошло не так. Пожалуйста, попробуйте позже.",
    "A backing service is not ready.": "Необходимая служба ещё не готова.",
  } as Record<string, string>,
  problemPatterns: [],
  /** A schema's own messages, and checks across fields, worded for people. */
  messages: {
    "must be a single line without control characters":
      "Пожалуйста, напишите это в одну строку, без управляющих символов.",
    "must not contain control characters": "Пожалуйста, удалите управляющие символы из этого текста.",
  } as Record<string, string>,
  messagePatterns: [],
  /** The generic messages, by the kind of problem the validator found. */
  issues: {
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
  },
  /** The application form's fields, each with its own message (the form and `POST /api/applications`). */
  application: {
    workTableIds: "Пожалуйста, выберите хотя бы одну рабочую группу.",
    name: "Пожалуйста, укажите Ваше имя: одна строка, не более 120 символов, без ссылок и адресов электронной почты.",
    email: "Пожалуйста, укажите действительный адрес электронной почты.",
    organisation: "Пожалуйста, не более 200 символов в одной строке.",
    organisationType: "Пожалуйста, выберите тип Вашей организации.",
    engagement: "Пожалуйста, выберите, является ли Ваше участие профессиональным или волонтёрским.",
    mandateCommunity:
      "Одна из выбранных рабочих групп принимает участников только с мандатом религиозной общины. Пожалуйста, укажите религиозную общину.",
    service:
      "Одна из выбранных рабочих групп предназначена только для консультационных служб с государственным финансированием. Пожалуйста, выберите Вашу службу (MBE или JMD).",
    message: "Пожалуйста, не более 2000 символов.",
    consent: "Пожалуйста, дайте согласие на обработку Ваших данных.",
    website: "Пожалуйста, оставьте это поле пустым.",
  },
};
