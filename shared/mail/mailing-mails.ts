import type { MailingKind } from "../domain/conference.ts";
import type { Locale } from "../domain/locale.ts";
import type { ConferenceMailData, TableRef } from "../domain/mail.ts";
import { conferenceName } from "../i18n/labels.ts";
import { dateTimeRange, MAIL_WORDS, type MailContent, type MailLinks, tableLabel, tableName } from "./render.ts";

/** What a conference mail says in one language; `quoted` is the conference's name in the language's quotes. */
interface ConferenceTexts {
  labels: { what: string; when: string; where: string; online: string; agenda: string };
  subjects: Record<MailingKind, string>;
  paragraphs: Record<MailingKind, (quoted: string) => string[]>;
  rsvp: string;
  /** To a work table's member: why they get the mail, and that replies reach the table's contact person. */
  asMember: (table: TableRef) => string;
  leave: (url: string) => string;
  unsubscribe: (url: string) => string;
  /** To a network partner (a conference of the whole network): why they get it, and how to stop it. */
  asPartner: (url: string) => string;
}

const CONFERENCE: Record<Locale, ConferenceTexts> = {
  de: {
    labels: { what: "Was", when: "Wann", where: "Wo", online: "Online teilnehmen", agenda: "Tagesordnung" },
    subjects: { invitation: "Einladung", reminder: "Erinnerung", update: "Geändert", cancellation: "Abgesagt" },
    paragraphs: {
      invitation: (q) => [
        `wir laden Sie herzlich zu ${q} ein.`,
        "Bitte sagen Sie uns, ob Sie teilnehmen. Sie können Ihre Antwort bis zum Beginn ändern. Der Termin für Ihren Kalender hängt an.",
      ],
      reminder: (q) => [`wir erinnern Sie an ${q}.`],
      update: (q) => [
        `Zeit oder Ort von ${q} haben sich geändert. Der angehängte Termin ersetzt den bisherigen in Ihrem Kalender.`,
      ],
      cancellation: (q) => [
        `${q} findet leider nicht statt. Der angehängte Termin entfernt den Eintrag aus Ihrem Kalender.`,
      ],
    },
    rsvp: "Zu- oder absagen",
    asMember: (t) =>
      `Sie erhalten diese E-Mail als Mitglied im ${tableLabel(t, "de")}. Wenn Sie auf diese E-Mail antworten, erreichen Sie die Ansprechpartner:in des Arbeitstisches.`,
    leave: (url) => `Aus dem Arbeitstisch austreten: ${url}`,
    unsubscribe: (url) => `Keine E-Mails des Netzwerks mehr erhalten: ${url}`,
    asPartner: (url) => `Sie erhalten diese E-Mail als Netzwerkpartner:in. Keine Einladungen mehr erhalten: ${url}`,
  },

  en: {
    labels: { what: "What", when: "When", where: "Where", online: "Join online", agenda: "Agenda" },
    subjects: { invitation: "Invitation", reminder: "Reminder", update: "Changed", cancellation: "Cancelled" },
    paragraphs: {
      invitation: (q) => [
        `we cordially invite you to ${q}.`,
        "Please let us know whether you will attend; you can change your answer until it starts. The calendar entry is attached.",
      ],
      reminder: (q) => [`this is a reminder of ${q}.`],
      update: (q) => [`the time or place of ${q} has changed. The attached calendar entry replaces the previous one.`],
      cancellation: (q) => [
        `unfortunately, ${q} has been cancelled. The attached entry removes it from your calendar.`,
      ],
    },
    rsvp: "Reply yes or no",
    asMember: (t) =>
      `You receive this email as a member of work table ${tableName(t)}. Replying to it reaches the work table's contact person.`,
    leave: (url) => `Leave the work table: ${url}`,
    unsubscribe: (url) => `To stop receiving the network's emails: ${url}`,
    asPartner: (url) => `You receive this email as a network partner. To stop receiving invitations: ${url}`,
  },

  // Machine translation, needs review by a native speaker.
  uk: {
    labels: { what: "Що", when: "Коли", where: "Де", online: "Онлайн-участь", agenda: "Порядок денний" },
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
  },

  // Machine translation, needs review by a native speaker.
  ru: {
    labels: { what: "Что", when: "Когда", where: "Где", online: "Участие онлайн", agenda: "Повестка дня" },
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
  },

  // Machine translation, needs review by a native speaker.
  ar: {
    labels: {
      what: "الفعالية",
      when: "الموعد",
      where: "المكان",
      online: "المشاركة عبر الإنترنت",
      agenda: "جدول الأعمال",
    },
    subjects: { invitation: "دعوة", reminder: "تذكير", update: "تغيير", cancellation: "إلغاء" },
    paragraphs: {
      invitation: (q) => [
        `يسرّنا أن ندعوكم إلى ${q}.`,
        "يرجى إعلامنا بما إذا كنتم ستشاركون. يمكنكم تغيير ردكم حتى موعد البدء. الموعد مرفق لإضافته إلى تقويمكم.",
      ],
      reminder: (q) => [`نودّ تذكيركم بـ${q}.`],
      update: (q) => [`تغيّر موعد أو مكان ${q}. يحلّ الموعد المرفق محلّ الموعد السابق في تقويمكم.`],
      cancellation: (q) => [`نأسف لإبلاغكم بأن ${q} لن يُعقد. يزيل الموعد المرفق هذا الإدخال من تقويمكم.`],
    },
    rsvp: "تأكيد الحضور أو الاعتذار",
    asMember: (t) =>
      `تتلقون هذه الرسالة بصفتكم عضوًا في مجموعة العمل ${tableName(t)}. عند الرد على هذه الرسالة يصل ردكم إلى الشخص المسؤول عن التواصل في مجموعة العمل.`,
    leave: (url) => `مغادرة مجموعة العمل: ${url}`,
    unsubscribe: (url) => `لإيقاف تلقي رسائل الشبكة: ${url}`,
    asPartner: (url) => `تتلقون هذه الرسالة بصفتكم شريكًا في الشبكة. لإيقاف تلقي الدعوات: ${url}`,
  },

  // Machine translation, needs review by a native speaker.
  tr: {
    labels: { what: "Etkinlik", when: "Tarih ve saat", where: "Yer", online: "Çevrim içi katılım", agenda: "Gündem" },
    subjects: { invitation: "Davet", reminder: "Hatırlatma", update: "Değişiklik", cancellation: "İptal" },
    paragraphs: {
      invitation: (q) => [
        `Sizi ${q} etkinliğine içtenlikle davet ediyoruz.`,
        "Lütfen katılıp katılmayacağınızı bize bildirin. Yanıtınızı etkinlik başlayana kadar değiştirebilirsiniz. Takviminiz için etkinlik kaydı ektedir.",
      ],
      reminder: (q) => [`${q} etkinliğini hatırlatmak isteriz.`],
      update: (q) => [
        `${q} etkinliğinin saati veya yeri değişti. Ekteki kayıt, takviminizdeki önceki kaydın yerini alır.`,
      ],
      cancellation: (q) => [
        `Maalesef ${q} etkinliği gerçekleşmeyecek. Ekteki kayıt, etkinliği takviminizden kaldırır.`,
      ],
    },
    rsvp: "Katılımınızı bildirin",
    asMember: (t) =>
      `Bu e-postayı çalışma grubu ${tableName(t)} üyesi olarak alıyorsunuz. Yanıtladığınızda çalışma grubunun irtibat kişisine ulaşırsınız.`,
    leave: (url) => `Çalışma grubundan ayrılmak için: ${url}`,
    unsubscribe: (url) => `Ağın e-postalarını artık almamak için: ${url}`,
    asPartner: (url) => `Bu e-postayı ağ ortağı olarak alıyorsunuz. Davetleri artık almamak için: ${url}`,
  },
};

/** The text of a partner's mail of a conference mailing: invitation, reminder, update or cancellation. */
export function conferenceMail(d: ConferenceMailData, locale: Locale, links: MailLinks): MailContent {
  const t = CONFERENCE[locale];
  const name = conferenceName(d, locale);
  const facts: [string, string][] = [
    [t.labels.what, name],
    [t.labels.when, dateTimeRange(d.startsAt, d.endsAt, locale)],
    [t.labels.where, d.location],
    ...(d.onlineUrl ? ([[t.labels.online, d.onlineUrl]] as [string, string][]) : []),
    ...(d.agenda ? ([[t.labels.agenda, d.agenda]] as [string, string][]) : []),
  ];
  // A meeting's mail: who it goes to and why, how to leave the table, and that replies reach its contact person.
  const after = d.table
    ? [
        t.asMember(d.table),
        ...(links.leave ? [t.leave(links.leave)] : []),
        ...(links.unsubscribe ? [t.unsubscribe(links.unsubscribe)] : []),
      ]
    : links.unsubscribe
      ? [t.asPartner(links.unsubscribe)]
      : [];
  const rsvp = links.rsvp && d.mailing !== "cancellation" ? { action: { label: t.rsvp, url: links.rsvp } } : {};
  const note = d.mailing === "cancellation" && d.cancellationNote ? [d.cancellationNote] : [];
  // Each subject and sentence adds its own words around the name only: the name says which conference it is.
  return {
    subject: `${d.test ? "[TEST] " : ""}${t.subjects[d.mailing]}: ${name}`,
    greeting: MAIL_WORDS[locale].dear(d.partnerName),
    paragraphs: [...t.paragraphs[d.mailing](MAIL_WORDS[locale].quote(name)), ...note],
    facts,
    ...rsvp,
    after,
  };
}
