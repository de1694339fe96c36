import { RETENTION } from "../../domain/application.ts";
import { capitalised, countOf, tableName } from "../format.ts";
import { type MailTexts, type MailWords, mailLists } from "../mail-content.ts";
import { network } from "../network.ts";

const words: MailWords = {
  get closing() {
    return ["С уважением", network().name, network().officeNames.ru];
  },
  get table() {
    return capitalised(network().words.ru.workTable, "ru");
  },
  imprint: "Выходные данные",
  privacy: "Защита данных",
  hello: "Здравствуйте!",
  dear: (name) => `Здравствуйте, ${name}!`,
  quote: (name) => `«${name}»`,
};

const { tableLabel, bullets, routeList } = mailLists(words);

// Machine translation, needs review by a native speaker.
export const mails: MailTexts = {
  words,
  tableLabel,
  /** The applicant's mails. */
  applicant: {
    confirm_submission: (d, links) => ({
      subject: `Пожалуйста, подтвердите Вашу заявку в ${network().shortName}`,
      greeting: words.hello,
      paragraphs: [
        `Благодарим Вас за интерес к участию в ${network().name}. Вы хотите работать в следующих рабочих группах:`,
        bullets(d.tables),
        "Пожалуйста, подтвердите Ваш адрес электронной почты. Только после этого мы передадим Вашу заявку ответственным контактным лицам.",
      ],
      action: { label: "Подтвердить заявку", url: links.confirm ?? "" },
      after: [
        `Ссылка действительна ${countOf(RETENTION.unconfirmedDays, "ru", { one: "день", few: "дня", many: "дней", other: "дня" })}. Без подтверждения Ваши данные после этого будут автоматически удалены.`,
        "Если Вы не подавали эту заявку, просто проигнорируйте это письмо.",
      ],
    }),
    application_forwarded: (d) => ({
      subject: "Ваша заявка передана",
      greeting: words.dear(d.applicantName),
      paragraphs: [
        "Спасибо за подтверждение. Мы передали Вашу заявку следующим контактным лицам:",
        routeList(d.routes),
        "Решение о приёме принимают контактные лица. Как только решение будет принято, мы Вам сообщим.",
      ],
    }),
    application_decided: (d) => {
      const note = d.note ? [`Примечание контактного лица: ${d.note}`] : [];
      return d.outcome === "accept"
        ? {
            subject: `Добро пожаловать в рабочую группу ${tableName(d.table)}`,
            greeting: words.dear(d.applicantName),
            paragraphs: [
              `Ваша заявка на участие в рабочей группе ${tableName(d.table)} принята. Добро пожаловать!`,
              "Как партнёр сети Вы также будете получать приглашения на весеннюю и осеннюю конференции.",
              ...note,
            ],
          }
        : {
            subject: `Ваша заявка в рабочую группу ${tableName(d.table)}`,
            greeting: words.dear(d.applicantName),
            paragraphs: [
              `К сожалению, Ваша заявка на участие в рабочей группе ${tableName(d.table)} не принята.`,
              ...note,
              `Данные этой заявки будут удалены через ${countOf(RETENTION.declinedMonths, "ru", { one: "месяц", few: "месяца", many: "месяцев", other: "месяца" })}.`,
            ],
          };
    },
  },
  /** A partner's or member's mail of a conference or a table's meeting. */
  conference: {
    labels: {
      what: "Что",
      when: "Когда",
      where: "Где",
      online: "Участие онлайн",
      agenda: "Повестка дня",
      minutes: (n: number) => `${n} мин`,
      openTasks: "Открытые задачи",
      registrationDeadline: "Регистрация до",
      places: "Места",
      placesLimited: (n) => `ограничено до ${n}; далее — лист ожидания`,
    },
    subjects: { invitation: "Приглашение", reminder: "Напоминание", update: "Изменения", cancellation: "Отменено" },
    paragraphs: {
      invitation: (q) => [
        `Сердечно приглашаем Вас на ${q}.`,
        "Пожалуйста, сообщите нам, примете ли Вы участие. Вы можете изменить свой ответ до начала мероприятия. Событие для Вашего календаря приложено к письму.",
      ],
      reminder: (q) => [`Напоминаем Вам о ${q}.`],
      update: (q) => [`Время или место ${q} изменились. Приложенное событие заменяет прежнее в Вашем календаре.`],
      cancellation: (q) => [`К сожалению, ${q} не состоится. Приложенное событие удаляет запись из Вашего календаря.`],
    },
    rsvp: "Сообщить об участии",
    asMember: (t) =>
      `Вы получаете это письмо как член рабочей группы ${tableName(t)}. Ответив на него, Вы свяжетесь с контактным лицом рабочей группы.`,
    leave: (url) => `Выйти из рабочей группы: ${url}`,
    unsubscribe: (url) => `Больше не получать письма сети: ${url}`,
    asPartner: (url) => `Вы получаете это письмо как партнёр сети. Больше не получать приглашения: ${url}`,
    archive: (url) => `Опубликованные протоколы: ${url}`,
  },
  /** To a member taken off a work table; `table` is "II – …". */
  memberRemoved: (partnerName, table) => ({
    subject: `Ваше членство в рабочей группе ${table}`,
    greeting: words.dear(partnerName),
    paragraphs: [
      `Вы больше не являетесь членом рабочей группы ${table} и не будете получать её приглашения. Спасибо за Вашу работу.`,
      "Мы и дальше будем приглашать Вас на конференции сети. Если это ошибка или у Вас есть вопросы, просто ответьте на это письмо: оно дойдёт до контактного лица рабочей группы.",
    ],
  }),
  /** The published minutes of a meeting or conference (issue 21). */
  minutes: {
    subject: (correction) => (correction ? "Исправленный протокол" : "Протокол"),
    intro: (q, correction) =>
      correction
        ? [`направляем исправленный протокол ${q}. Он заменяет предыдущую версию.`]
        : [`направляем протокол ${q}.`],
    labels: {
      present: "Присутствовали",
      excused: "Отсутствовали по уважительной причине",
      text: "Протокол",
      decisions: "Решения",
      tasks: "Задачи",
      due: (date) => `до ${date}`,
      deputyFor: (deputy, member) => `${deputy}, вместо ${member}`,
      nobody: "никто не отмечен",
    },
  },
  /** Where a person stands after answering an event with places (issue 22). */
  registration: {
    subjects: {
      confirmed: "Регистрация подтверждена",
      waitlisted: "Вы в листе ожидания",
      promoted: "Освободилось место: Вы участвуете",
      workshop_promoted: "Место на воркшопе подтверждено",
      removed: "Регистрация отменена",
    },
    paragraphs: {
      confirmed: (q) => [`Ваша регистрация на ${q} подтверждена. Будем рады Вас видеть.`],
      waitlisted: (q, position) => [
        `Все места на ${q} заняты. Ваш номер в листе ожидания: ${position}.`,
        "Если освободится место, Вы автоматически перейдёте в число участников и получите письмо с событием для Вашего календаря.",
      ],
      promoted: (q) => [`На ${q} освободилось место: Вы перешли из листа ожидания, Ваше место подтверждено.`],
      workshop_promoted: (q) => [`На одном из воркшопов ${q} освободилось место: Вы перешли из листа ожидания.`],
      removed: (q) => [`Организаторы отменили Вашу регистрацию на ${q}.`],
    },
    labels: { code: "Ваш код для входа", workshops: "Воркшопы" },
    codeHint: "На входе покажите QR-код или назовите код.",
    qrAlt: (code) => `QR-код для входа, код ${code}`,
    status: {
      confirmed: "место подтверждено",
      waitlisted: (position) => (position ? `лист ожидания, номер ${position}` : "лист ожидания"),
      pending: "будет предоставлено, как только Вы получите место",
    },
    change: "Изменить ответ или отказаться от участия",
    leaveList: "Выйти из листа ожидания",
  },
  /** To a task's owner before its due date (issue 21). */
  taskReminder: {
    subject: (event) => `Напоминание о Вашей задаче: ${event}`,
    paragraphs: (q, task, date) => [
      `На мероприятии ${q} Вы взяли на себя эту задачу:`,
      task,
      `Срок выполнения: ${date}. Когда задача будет выполнена, пожалуйста, отметьте это по ссылке ниже.`,
    ],
    action: "Отметить как выполненную",
  },
  /** To a member whose agenda proposal was decided (issue 21). */
  proposalDecided: {
    subject: (event) => `Ваше предложение к повестке дня: ${event}`,
    paragraphs: (e, item, accepted) =>
      accepted
        ? [`Ваше предложение ${item} включено в повестку дня ${e}. Спасибо!`]
        : [
            `Ваше предложение ${item} в этот раз не включено в повестку дня ${e}. Если у Вас есть вопросы, просто ответьте на это письмо.`,
          ],
  },
  propose: (url, until) => `Предложить пункт повестки дня (до ${until}): ${url}`,
};
