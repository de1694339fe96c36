import { RETENTION } from "../../domain/application.ts";
import { capitalised, countOf, tableName } from "../format.ts";
import { type MailTexts, type MailWords, mailLists } from "../mail-content.ts";
import { network } from "../network.ts";

const words: MailWords = {
  get closing() {
    return ["З повагою", network().name, network().officeNames.uk];
  },
  get table() {
    return capitalised(network().words.uk.workTable, "uk");
  },
  imprint: "Вихідні дані",
  privacy: "Захист даних",
  hello: "Доброго дня!",
  dear: (name) => `Доброго дня, ${name}!`,
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
      subject: `Будь ласка, підтвердьте Вашу заявку до ${network().shortName}`,
      greeting: words.hello,
      paragraphs: [
        `Дякуємо за Ваш інтерес до співпраці з ${network().name}. Ви бажаєте працювати в таких робочих групах:`,
        bullets(d.tables),
        "Будь ласка, підтвердьте Вашу адресу електронної пошти. Лише після цього ми передамо Вашу заявку відповідальним контактним особам.",
      ],
      action: { label: "Підтвердити заявку", url: links.confirm ?? "" },
      after: [
        `Посилання дійсне ${countOf(RETENTION.unconfirmedDays, "uk", { one: "день", few: "дні", many: "днів", other: "дня" })}. Без підтвердження Ваші дані після цього буде автоматично видалено.`,
        "Якщо Ви не подавали цієї заявки, просто проігноруйте цей лист.",
      ],
    }),
    application_forwarded: (d) => ({
      subject: "Вашу заявку передано",
      greeting: words.dear(d.applicantName),
      paragraphs: [
        "Дякуємо за підтвердження. Ми передали Вашу заявку таким контактним особам:",
        routeList(d.routes),
        "Рішення про прийняття ухвалюють контактні особи. Щойно рішення буде ухвалено, ми Вам повідомимо.",
      ],
    }),
    application_decided: (d) => {
      const note = d.note ? [`Примітка контактної особи: ${d.note}`] : [];
      return d.outcome === "accept"
        ? {
            subject: `Ласкаво просимо до робочої групи ${tableName(d.table)}`,
            greeting: words.dear(d.applicantName),
            paragraphs: [
              `Вашу заявку на участь у робочій групі ${tableName(d.table)} прийнято. Щиро вітаємо!`,
              "Як партнер мережі Ви також отримуватимете запрошення на весняну та осінню конференції.",
              ...note,
            ],
          }
        : {
            subject: `Ваша заявка до робочої групи ${tableName(d.table)}`,
            greeting: words.dear(d.applicantName),
            paragraphs: [
              `На жаль, Вашу заявку на участь у робочій групі ${tableName(d.table)} не прийнято.`,
              ...note,
              `Дані цієї заявки буде видалено через ${countOf(RETENTION.declinedMonths, "uk", { one: "місяць", few: "місяці", many: "місяців", other: "місяця" })}.`,
            ],
          };
    },
  },
  /** A partner's or member's mail of a conference or a table's meeting. */
  conference: {
    labels: {
      what: "Що",
      when: "Коли",
      where: "Де",
      online: "Онлайн-участь",
      agenda: "Порядок денний",
      minutes: (n: number) => `${n} хв`,
      openTasks: "Відкриті завдання",
      registrationDeadline: "Реєстрація до",
      places: "Місця",
      placesLimited: (n) => `обмежено до ${n}; далі — список очікування`,
    },
    subjects: { invitation: "Запрошення", reminder: "Нагадування", update: "Зміни", cancellation: "Скасовано" },
    paragraphs: {
      invitation: (q) => [
        `Щиро запрошуємо Вас на ${q}.`,
        "Будь ласка, повідомте нам, чи візьмете Ви участь. Змінити відповідь можна до початку заходу. Подію для Вашого календаря додано до листа.",
      ],
      reminder: (q) => [`Нагадуємо Вам про ${q}.`],
      update: (q) => [`Час або місце ${q} змінилися. Додана подія замінює попередню у Вашому календарі.`],
      cancellation: (q) => [`На жаль, ${q} не відбудеться. Додана подія видаляє запис з Вашого календаря.`],
    },
    rsvp: "Повідомити про участь",
    asMember: (t) =>
      `Ви отримуєте цей лист як член робочої групи ${tableName(t)}. Відповівши на нього, Ви зв’яжетеся з контактною особою робочої групи.`,
    leave: (url) => `Вийти з робочої групи: ${url}`,
    unsubscribe: (url) => `Більше не отримувати листів від мережі: ${url}`,
    asPartner: (url) => `Ви отримуєте цей лист як партнер мережі. Більше не отримувати запрошень: ${url}`,
    archive: (url) => `Опубліковані протоколи: ${url}`,
  },
  /** To a member taken off a work table; `table` is "II – …". */
  memberRemoved: (partnerName, table) => ({
    subject: `Ваше членство в робочій групі ${table}`,
    greeting: words.dear(partnerName),
    paragraphs: [
      `Ви більше не є членом робочої групи ${table} і не отримуватимете її запрошень. Дякуємо за Вашу співпрацю.`,
      "Ми й надалі запрошуватимемо Вас на конференції мережі. Якщо це помилка або у Вас є запитання, просто дайте відповідь на цей лист: він надійде контактній особі робочої групи.",
    ],
  }),
  /** The published minutes of a meeting or conference (issue 21). */
  minutes: {
    subject: (correction) => (correction ? "Виправлений протокол" : "Протокол"),
    intro: (q, correction) =>
      correction
        ? [`надсилаємо виправлений протокол ${q}. Він замінює попередню версію.`]
        : [`надсилаємо протокол ${q}.`],
    labels: {
      present: "Присутні",
      excused: "Відсутні з поважної причини",
      text: "Протокол",
      decisions: "Рішення",
      tasks: "Завдання",
      due: (date) => `до ${date}`,
      deputyFor: (deputy, member) => `${deputy}, замість ${member}`,
      nobody: "нікого не зазначено",
    },
  },
  /** Where a person stands after answering an event with places (issue 22). */
  registration: {
    subjects: {
      confirmed: "Реєстрацію підтверджено",
      waitlisted: "Ви в списку очікування",
      promoted: "Звільнилося місце: Ви берете участь",
      workshop_promoted: "Місце на воркшопі підтверджено",
      removed: "Реєстрацію скасовано",
    },
    paragraphs: {
      confirmed: (q) => [`Вашу реєстрацію на ${q} підтверджено. Будемо раді Вас бачити.`],
      waitlisted: (q, position) => [
        `Усі місця на ${q} зайнято. Ваш номер у списку очікування: ${position}.`,
        "Якщо звільниться місце, Ви автоматично перейдете до учасників і отримаєте лист із подією для Вашого календаря.",
      ],
      promoted: (q) => [`На ${q} звільнилося місце: Ви перейшли зі списку очікування, Ваше місце підтверджено.`],
      workshop_promoted: (q) => [`На одному з воркшопів ${q} звільнилося місце: Ви перейшли зі списку очікування.`],
      removed: (q) => [`Організатори скасували Вашу реєстрацію на ${q}.`],
    },
    labels: { code: "Ваш код для входу", workshops: "Воркшопи" },
    codeHint: "На вході покажіть QR-код або назвіть код.",
    qrAlt: (code) => `QR-код для входу, код ${code}`,
    status: {
      confirmed: "місце підтверджено",
      waitlisted: (position) => (position ? `список очікування, номер ${position}` : "список очікування"),
      pending: "буде надано, щойно Ви отримаєте місце",
    },
    change: "Змінити відповідь або відмовитися від участі",
    leaveList: "Вийти зі списку очікування",
  },
  /** To a task's owner before its due date (issue 21). */
  taskReminder: {
    subject: (event) => `Нагадування про Ваше завдання: ${event}`,
    paragraphs: (q, task, date) => [
      `На заході ${q} Ви взяли на себе це завдання:`,
      task,
      `Термін виконання: ${date}. Коли завдання буде виконано, будь ласка, позначте це за посиланням нижче.`,
    ],
    action: "Позначити як виконане",
  },
  /** To a member whose agenda proposal was decided (issue 21). */
  proposalDecided: {
    subject: (event) => `Ваша пропозиція до порядку денного: ${event}`,
    paragraphs: (e, item, accepted) =>
      accepted
        ? [`Вашу пропозицію ${item} включено до порядку денного ${e}. Дякуємо!`]
        : [
            `Вашу пропозицію ${item} цього разу не включено до порядку денного ${e}. Якщо у Вас є запитання, просто дайте відповідь на цей лист.`,
          ],
  },
  propose: (url, until) => `Запропонувати пункт порядку денного (до ${until}): ${url}`,
};
