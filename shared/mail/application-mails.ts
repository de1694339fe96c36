import { FOLLOW_UP_DAYS, RETENTION } from "../domain/application.ts";
import type { AboutApplicant } from "../domain/application-mails.ts";
import type { Locale } from "../domain/locale.ts";
import type { MailData, TableRef } from "../domain/mail.ts";
import { labelsOf } from "../i18n/labels.ts";
import {
  countOf,
  longDate,
  MAIL_WORDS,
  type MailContent,
  type MailLinks,
  NETWORK,
  type Template,
  tableLabel,
  tableName,
} from "./render.ts";

type ApplicationMailKind = Exclude<
  keyof MailData,
  "conference" | "sign_in_link" | "member_removed" | "second_factor_changed"
>;

/** The mails an applicant receives, in each of their languages. */
interface ApplicantTexts {
  confirm_submission: (d: MailData["confirm_submission"], links: MailLinks) => MailContent;
  application_forwarded: (d: MailData["application_forwarded"]) => MailContent;
  application_decided: (d: MailData["application_decided"]) => MailContent;
}

const bullets = (tables: TableRef[], locale: Locale) => tables.map((t) => `• ${tableLabel(t, locale)}`).join("\n");
const routeList = (routes: MailData["application_forwarded"]["routes"], locale: Locale) =>
  routes.map((r) => `• ${tableLabel(r.table, locale)}: ${r.contactName}`).join("\n");

/**
 * The applicant's mails: German with "Sie" (authoritative), English, and the languages of the form, each formal.
 * Every number in them comes from the rule it describes (RETENTION), so changing a rule changes the mail.
 *
 * The confirmation goes to an address that has not been confirmed yet: it may reach someone who never applied, so
 * it carries no text from the request (not even the name), only our own words and the tables' names. Nobody can
 * use it to put their words into a mail from the city's sender.
 */
const APPLICANT: Record<Locale, ApplicantTexts> = {
  de: {
    confirm_submission: (d, links) => ({
      subject: "Bitte bestätigen Sie Ihren Antrag beim Netzwerk Migration",
      greeting: MAIL_WORDS.de.hello,
      paragraphs: [
        `vielen Dank für Ihr Interesse an der Mitarbeit im ${NETWORK}. Sie möchten in folgenden Arbeitstischen mitarbeiten:`,
        bullets(d.tables, "de"),
        "Bitte bestätigen Sie Ihre E-Mail-Adresse. Erst danach leiten wir Ihren Antrag an die zuständigen Ansprechpartner:innen weiter.",
      ],
      action: { label: "Antrag bestätigen", url: links.confirm ?? "" },
      after: [
        `Der Link ist ${RETENTION.unconfirmedDays} Tage gültig. Ohne Bestätigung löschen wir Ihre Angaben danach automatisch.`,
        "Falls Sie diesen Antrag nicht gestellt haben, können Sie diese E-Mail ignorieren.",
      ],
    }),
    application_forwarded: (d) => ({
      subject: "Ihr Antrag wurde weitergeleitet",
      greeting: MAIL_WORDS.de.dear(d.applicantName),
      paragraphs: [
        "vielen Dank für Ihre Bestätigung. Wir haben Ihren Antrag weitergeleitet an:",
        routeList(d.routes, "de"),
        "Die Ansprechpartner:innen entscheiden über die Aufnahme. Sie erhalten von uns eine Nachricht, sobald entschieden ist.",
      ],
    }),
    application_decided: (d) => {
      const note = d.note ? [`Anmerkung der Ansprechpartner:in: ${d.note}`] : [];
      return d.outcome === "accept"
        ? {
            subject: `Willkommen im Arbeitstisch ${tableName(d.table)}`,
            greeting: MAIL_WORDS.de.dear(d.applicantName),
            paragraphs: [
              `Ihr Antrag auf Mitarbeit im ${tableLabel(d.table, "de")} wurde angenommen. Herzlich willkommen!`,
              "Als Netzwerkpartner:in erhalten Sie künftig auch die Einladungen zur Frühjahrs- und Herbsttagung.",
              ...note,
            ],
          }
        : {
            subject: `Ihr Antrag für Arbeitstisch ${tableName(d.table)}`,
            greeting: MAIL_WORDS.de.dear(d.applicantName),
            paragraphs: [
              `Ihr Antrag auf Mitarbeit im ${tableLabel(d.table, "de")} wurde leider nicht angenommen.`,
              ...note,
              `Ihre Angaben zu diesem Antrag werden nach ${RETENTION.declinedMonths} Monaten gelöscht.`,
            ],
          };
    },
  },

  en: {
    confirm_submission: (d, links) => ({
      subject: "Please confirm your application to the Netzwerk Migration",
      greeting: MAIL_WORDS.en.hello,
      paragraphs: [
        `thank you for your interest in the ${NETWORK}. You would like to join these work tables:`,
        bullets(d.tables, "en"),
        "Please confirm your email address. Only then will we forward your application to the contact persons.",
      ],
      action: { label: "Confirm application", url: links.confirm ?? "" },
      after: [
        `The link is valid for ${RETENTION.unconfirmedDays} days. Without confirmation, your details are deleted automatically afterwards.`,
        "If you did not apply, please ignore this email.",
      ],
    }),
    application_forwarded: (d) => ({
      subject: "Your application has been forwarded",
      greeting: MAIL_WORDS.en.dear(d.applicantName),
      paragraphs: [
        "thank you for confirming. We have forwarded your application to:",
        routeList(d.routes, "en"),
        "The contact persons decide on admission. We will let you know as soon as they have decided.",
      ],
    }),
    application_decided: (d) => {
      const note = d.note ? [`Note from the contact person: ${d.note}`] : [];
      return d.outcome === "accept"
        ? {
            subject: `Welcome to work table ${tableName(d.table)}`,
            greeting: MAIL_WORDS.en.dear(d.applicantName),
            paragraphs: [
              `Your application to join ${tableLabel(d.table, "en")} has been accepted. Welcome!`,
              "As a network partner you will also receive the invitations to the spring and autumn conference.",
              ...note,
            ],
          }
        : {
            subject: `Your application for work table ${tableName(d.table)}`,
            greeting: MAIL_WORDS.en.dear(d.applicantName),
            paragraphs: [
              `Unfortunately, your application to join ${tableLabel(d.table, "en")} has not been accepted.`,
              ...note,
              `The details of this application will be deleted after ${RETENTION.declinedMonths} months.`,
            ],
          };
    },
  },

  // Machine translation, needs review by a native speaker.
  uk: {
    confirm_submission: (d, links) => ({
      subject: "Будь ласка, підтвердьте Вашу заявку до Netzwerk Migration",
      greeting: MAIL_WORDS.uk.hello,
      paragraphs: [
        `Дякуємо за Ваш інтерес до співпраці з ${NETWORK}. Ви бажаєте працювати в таких робочих групах:`,
        bullets(d.tables, "uk"),
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
      greeting: MAIL_WORDS.uk.dear(d.applicantName),
      paragraphs: [
        "Дякуємо за підтвердження. Ми передали Вашу заявку таким контактним особам:",
        routeList(d.routes, "uk"),
        "Рішення про прийняття ухвалюють контактні особи. Щойно рішення буде ухвалено, ми Вам повідомимо.",
      ],
    }),
    application_decided: (d) => {
      const note = d.note ? [`Примітка контактної особи: ${d.note}`] : [];
      return d.outcome === "accept"
        ? {
            subject: `Ласкаво просимо до робочої групи ${tableName(d.table)}`,
            greeting: MAIL_WORDS.uk.dear(d.applicantName),
            paragraphs: [
              `Вашу заявку на участь у робочій групі ${tableName(d.table)} прийнято. Щиро вітаємо!`,
              "Як партнер мережі Ви також отримуватимете запрошення на весняну та осінню конференції.",
              ...note,
            ],
          }
        : {
            subject: `Ваша заявка до робочої групи ${tableName(d.table)}`,
            greeting: MAIL_WORDS.uk.dear(d.applicantName),
            paragraphs: [
              `На жаль, Вашу заявку на участь у робочій групі ${tableName(d.table)} не прийнято.`,
              ...note,
              `Дані цієї заявки буде видалено через ${countOf(RETENTION.declinedMonths, "uk", { one: "місяць", few: "місяці", many: "місяців", other: "місяця" })}.`,
            ],
          };
    },
  },

  // Machine translation, needs review by a native speaker.
  ru: {
    confirm_submission: (d, links) => ({
      subject: "Пожалуйста, подтвердите Вашу заявку в Netzwerk Migration",
      greeting: MAIL_WORDS.ru.hello,
      paragraphs: [
        `Благодарим Вас за интерес к участию в ${NETWORK}. Вы хотите работать в следующих рабочих группах:`,
        bullets(d.tables, "ru"),
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
      greeting: MAIL_WORDS.ru.dear(d.applicantName),
      paragraphs: [
        "Спасибо за подтверждение. Мы передали Вашу заявку следующим контактным лицам:",
        routeList(d.routes, "ru"),
        "Решение о приёме принимают контактные лица. Как только решение будет принято, мы Вам сообщим.",
      ],
    }),
    application_decided: (d) => {
      const note = d.note ? [`Примечание контактного лица: ${d.note}`] : [];
      return d.outcome === "accept"
        ? {
            subject: `Добро пожаловать в рабочую группу ${tableName(d.table)}`,
            greeting: MAIL_WORDS.ru.dear(d.applicantName),
            paragraphs: [
              `Ваша заявка на участие в рабочей группе ${tableName(d.table)} принята. Добро пожаловать!`,
              "Как партнёр сети Вы также будете получать приглашения на весеннюю и осеннюю конференции.",
              ...note,
            ],
          }
        : {
            subject: `Ваша заявка в рабочую группу ${tableName(d.table)}`,
            greeting: MAIL_WORDS.ru.dear(d.applicantName),
            paragraphs: [
              `К сожалению, Ваша заявка на участие в рабочей группе ${tableName(d.table)} не принята.`,
              ...note,
              `Данные этой заявки будут удалены через ${countOf(RETENTION.declinedMonths, "ru", { one: "месяц", few: "месяца", many: "месяцев", other: "месяца" })}.`,
            ],
          };
    },
  },

  // Machine translation, needs review by a native speaker.
  ar: {
    confirm_submission: (d, links) => ({
      subject: "يرجى تأكيد طلبكم لدى Netzwerk Migration",
      greeting: MAIL_WORDS.ar.hello,
      paragraphs: [
        `نشكركم على اهتمامكم بالمشاركة في ${NETWORK}. ترغبون في المشاركة في مجموعات العمل التالية:`,
        bullets(d.tables, "ar"),
        "يرجى تأكيد عنوان بريدكم الإلكتروني. لن نحيل طلبكم إلى الأشخاص المسؤولين عن التواصل إلا بعد ذلك.",
      ],
      action: { label: "تأكيد الطلب", url: links.confirm ?? "" },
      after: [
        `الرابط صالح لمدة ${countOf(RETENTION.unconfirmedDays, "ar", { one: "يوم", two: "يومين", few: "أيام", many: "يومًا", other: "يوم" })}. إذا لم يتم التأكيد، فستُحذف بياناتكم تلقائيًا بعد ذلك.`,
        "إذا لم تقدموا هذا الطلب، يمكنكم تجاهل هذه الرسالة.",
      ],
    }),
    application_forwarded: (d) => ({
      subject: "تمت إحالة طلبكم",
      greeting: MAIL_WORDS.ar.dear(d.applicantName),
      paragraphs: [
        "نشكركم على التأكيد. لقد أحلنا طلبكم إلى:",
        routeList(d.routes, "ar"),
        "يتخذ الأشخاص المسؤولون عن التواصل القرار بشأن القبول. سنبلغكم فور اتخاذ القرار.",
      ],
    }),
    application_decided: (d) => {
      const note = d.note ? [`ملاحظة من الشخص المسؤول عن التواصل: ${d.note}`] : [];
      return d.outcome === "accept"
        ? {
            subject: `مرحبًا بكم في مجموعة العمل ${tableName(d.table)}`,
            greeting: MAIL_WORDS.ar.dear(d.applicantName),
            paragraphs: [
              `تم قبول طلبكم للمشاركة في مجموعة العمل ${tableName(d.table)}. أهلًا وسهلًا بكم!`,
              "بصفتكم شريكًا في الشبكة، ستتلقون من الآن فصاعدًا أيضًا الدعوات إلى مؤتمري الربيع والخريف.",
              ...note,
            ],
          }
        : {
            subject: `طلبكم للانضمام إلى مجموعة العمل ${tableName(d.table)}`,
            greeting: MAIL_WORDS.ar.dear(d.applicantName),
            paragraphs: [
              `نأسف لإبلاغكم بأن طلبكم للمشاركة في مجموعة العمل ${tableName(d.table)} لم يُقبل.`,
              ...note,
              `ستُحذف بيانات هذا الطلب بعد ${countOf(RETENTION.declinedMonths, "ar", { one: "شهر", two: "شهرين", few: "أشهر", many: "شهرًا", other: "شهر" })}.`,
            ],
          };
    },
  },

  // Machine translation, needs review by a native speaker.
  tr: {
    confirm_submission: (d, links) => ({
      subject: "Lütfen Netzwerk Migration başvurunuzu onaylayın",
      greeting: MAIL_WORDS.tr.hello,
      paragraphs: [
        `${NETWORK} çalışmalarına katılmaya gösterdiğiniz ilgi için teşekkür ederiz. Aşağıdaki çalışma gruplarında yer almak istiyorsunuz:`,
        bullets(d.tables, "tr"),
        "Lütfen e-posta adresinizi onaylayın. Başvurunuzu ancak bundan sonra ilgili irtibat kişilerine iletiriz.",
      ],
      action: { label: "Başvuruyu onayla", url: links.confirm ?? "" },
      after: [
        `Bağlantı ${countOf(RETENTION.unconfirmedDays, "tr", { other: "gün" })} geçerlidir. Onaylanmazsa bilgileriniz bu sürenin sonunda otomatik olarak silinir.`,
        "Bu başvuruyu siz yapmadıysanız bu e-postayı dikkate almayabilirsiniz.",
      ],
    }),
    application_forwarded: (d) => ({
      subject: "Başvurunuz iletildi",
      greeting: MAIL_WORDS.tr.dear(d.applicantName),
      paragraphs: [
        "Onayınız için teşekkür ederiz. Başvurunuzu şu kişilere ilettik:",
        routeList(d.routes, "tr"),
        "Kabul kararını irtibat kişileri verir. Karar verilir verilmez size haber vereceğiz.",
      ],
    }),
    application_decided: (d) => {
      const note = d.note ? [`İrtibat kişisinin notu: ${d.note}`] : [];
      return d.outcome === "accept"
        ? {
            subject: `Hoş geldiniz: ${tableLabel(d.table, "tr")}`,
            greeting: MAIL_WORDS.tr.dear(d.applicantName),
            paragraphs: [
              `Çalışma grubu ${tableName(d.table)} için yaptığınız katılım başvurusu kabul edildi. Aramıza hoş geldiniz!`,
              "Ağ ortağı olarak bundan sonra ilkbahar ve sonbahar konferanslarının davetlerini de alacaksınız.",
              ...note,
            ],
          }
        : {
            subject: `${tableLabel(d.table, "tr")} için başvurunuz`,
            greeting: MAIL_WORDS.tr.dear(d.applicantName),
            paragraphs: [
              `Maalesef çalışma grubu ${tableName(d.table)} için yaptığınız katılım başvurusu kabul edilmedi.`,
              ...note,
              `Bu başvuruya ilişkin bilgileriniz ${countOf(RETENTION.declinedMonths, "tr", { other: "ay" })} sonra silinecektir.`,
            ],
          };
    },
  },
};

/** The applicant's language, named in German for the contact person (mails queued before it was kept lack it). */
const applicantLanguage = (d: AboutApplicant): [string, string][] =>
  d.applicantLocale ? [["Sprache der antragstellenden Person", labelsOf("de").languages[d.applicantLocale]]] : [];

/**
 * The texts of the mails of an application's life. The applicant reads their own language (see APPLICANT);
 * contact persons and coordinators are the network's staff and read German, told the applicant's language.
 */
export const applicationMails: {
  [K in ApplicationMailKind]: Template<
    MailData[K] & (K extends "new_application" | "decision_reminder" ? AboutApplicant : unknown)
  >;
} = {
  confirm_submission: (d, locale, links) => APPLICANT[locale].confirm_submission(d, links),

  new_application: (d, _locale, links) => ({
    language: "de",
    subject: `Neuer Antrag für Arbeitstisch ${tableName(d.table)}`,
    greeting: MAIL_WORDS.de.dear(d.contactName),
    paragraphs: [
      `für den ${tableLabel(d.table, "de")} ist ein neuer Antrag auf Mitarbeit eingegangen und von der antragstellenden Person bestätigt worden.`,
      "Bitte sehen Sie sich den Antrag an und entscheiden Sie über die Aufnahme. Die Seite zeigt alle Angaben; Sie brauchen kein Konto.",
    ],
    facts: [
      ["Name", d.applicantName],
      ...(d.organisation ? ([["Organisation", d.organisation]] as [string, string][]) : []),
      ["Art", labelsOf("de").organisationTypes[d.organisationType]],
      ["Engagement", labelsOf("de").engagements[d.engagement]],
      ...applicantLanguage(d),
    ],
    action: { label: "Antrag ansehen und entscheiden", url: links.decide ?? "" },
    after: [
      "Mit „Antworten“ erreichen Sie die antragstellende Person direkt.",
      `Der Link ist ${RETENTION.decisionLinkDays} Tage gültig und nur für diesen Antrag bestimmt. Bitte leiten Sie diese E-Mail nicht weiter.`,
    ],
  }),

  application_forwarded: (d, locale) => APPLICANT[locale].application_forwarded(d),

  application_decided: (d, locale) => APPLICANT[locale].application_decided(d),

  decision_reminder: (d, _locale, links) => {
    const language = applicantLanguage(d);
    return {
      language: "de",
      subject: `Erinnerung: Antrag für Arbeitstisch ${d.table.numeral} wartet auf Ihre Entscheidung`,
      greeting: MAIL_WORDS.de.dear(d.contactName),
      paragraphs: [
        `seit dem ${longDate(d.submittedAt, "de")} wartet ein Antrag auf Mitarbeit im ${tableLabel(d.table, "de")} auf Ihre Entscheidung.`,
        `Nach ${d.escalateAfterDays ?? FOLLOW_UP_DAYS.escalateAfter} Tagen ohne Entscheidung informieren wir die Koordination.`,
      ],
      ...(language.length > 0 ? { facts: language } : {}),
      action: { label: "Antrag ansehen und entscheiden", url: links.decide ?? "" },
    };
  },

  undecided_digest: (d) => ({
    language: "de",
    subject: `${d.items.length} Antrag/Anträge seit über ${d.escalatedAfterDays ?? FOLLOW_UP_DAYS.escalateAfter} Tagen ohne Entscheidung`,
    greeting: MAIL_WORDS.de.hello,
    paragraphs: [
      `folgende Anträge auf Mitarbeit warten seit mehr als ${d.escalatedAfterDays ?? FOLLOW_UP_DAYS.escalateAfter} Tagen auf eine Entscheidung der Ansprechpartner:innen:`,
      d.items
        .map(
          (i) =>
            `• ${tableLabel(i.table, "de")} (${i.contactName}), eingegangen am ${longDate(i.submittedAt, "de")}, Antrag ${i.applicationId}`,
        )
        .join("\n"),
      `Die Ansprechpartner:innen wurden nach ${d.remindedAfterDays ?? FOLLOW_UP_DAYS.remindAfter} Tagen bereits erinnert.`,
    ],
  }),
};
