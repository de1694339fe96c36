import { type ConsoleLocale, consoleLocaleOf, INTL_LOCALES, type Locale } from "../domain/locale.ts";
import type { MailData } from "../domain/mail.ts";
import { SIGN_IN } from "../domain/people.ts";
import { MAIL_WORDS, type MailContent, type MailLinks, NETWORK, type Template, tableName } from "./render.ts";

/** The sign-in mail in the console's languages: its readers are coordinators and contact persons. */
const SIGN_IN_TEXTS: Record<ConsoleLocale, (links: MailLinks) => MailContent> = {
  de: (links) => ({
    language: "de",
    subject: "Ihr Anmeldelink für die Konsole des Netzwerks Migration",
    greeting: MAIL_WORDS.de.hello,
    paragraphs: [
      `Sie haben einen Link zur Anmeldung an der Konsole des ${NETWORK} angefordert. Er ist ${SIGN_IN.linkMinutes} Minuten gültig, funktioniert nur einmal und nur in dem Browser, in dem Sie ihn angefordert haben.`,
    ],
    action: { label: "Jetzt anmelden", url: links.signIn ?? "" },
    after: [
      "Falls Sie keinen Link angefordert haben, können Sie diese E-Mail ignorieren; ohne den Link meldet sich niemand an.",
    ],
  }),
  en: (links) => ({
    language: "en",
    subject: "Your sign-in link for the Netzwerk Migration console",
    greeting: MAIL_WORDS.en.hello,
    paragraphs: [
      `You asked for a link to sign in to the console of the ${NETWORK}. It is valid for ${SIGN_IN.linkMinutes} minutes and works once, only in the browser in which you asked for it.`,
    ],
    action: { label: "Sign in now", url: links.signIn ?? "" },
    after: ["If you did not ask for a link, please ignore this email; without the link nobody signs in."],
  }),
};

/**
 * The mails of the console's people. The sign-in link goes to the address that asked for it, only if it
 * belongs to a coordinator or contact person, and carries nothing typed on the sign-in page. It speaks the
 * console's language: English to who chose English, German to everyone else.
 */
export const accountMails: {
  sign_in_link: Template<MailData["sign_in_link"]>;
  second_factor_changed: Template<MailData["second_factor_changed"]>;
} = {
  sign_in_link: (_d, locale, links) => SIGN_IN_TEXTS[consoleLocaleOf(locale)](links),
  second_factor_changed: (d, locale) => SECOND_FACTOR_TEXTS[consoleLocaleOf(locale)](d),
};

const berlin = (iso: string, locale: ConsoleLocale) =>
  new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  }).format(new Date(iso));

/** The mail to a person whose second factor changed: what happened, when, and what to do if it was not them. */
const SECOND_FACTOR_TEXTS: Record<ConsoleLocale, (d: MailData["second_factor_changed"]) => MailContent> = {
  de: (d) => {
    const what: Record<typeof d.event, string> = {
      enrolled: "Für Ihre Anmeldung an der Konsole wurde eine Authenticator-App eingerichtet.",
      passkey_added: "Für Ihre Anmeldung an der Konsole wurde ein Passkey hinzugefügt.",
      removed: "Ein zweiter Faktor Ihrer Anmeldung an der Konsole (Authenticator-App oder Passkey) wurde entfernt.",
      reset: `Ihr zweiter Faktor wurde von ${d.by ?? "der Koordination"} zurückgesetzt. Bei der nächsten Anmeldung richten Sie ihn neu ein.`,
      locked: `Nach fünf falschen Codes ist der zweite Schritt Ihrer Anmeldung bis ${d.lockedUntil ? berlin(d.lockedUntil, "de") : "später"} gesperrt.`,
      recovery_code_used:
        "Bei Ihrer Anmeldung wurde einer Ihrer Wiederherstellungscodes verwendet; er gilt nun nicht mehr.",
    };
    return {
      language: "de",
      subject: "Ihr zweiter Faktor für die Konsole des Netzwerks Migration",
      greeting: MAIL_WORDS.de.hello,
      paragraphs: [`${what[d.event]} (${berlin(d.at, "de")})`],
      after: [
        "Wenn Sie das nicht waren, melden Sie sich bitte umgehend bei der Koordination: Dann kennt jemand Ihren Anmeldelink oder Ihre Codes.",
      ],
    };
  },
  en: (d) => {
    const what: Record<typeof d.event, string> = {
      enrolled: "An authenticator app was set up for your sign-in to the console.",
      passkey_added: "A passkey was added for your sign-in to the console.",
      removed: "A second factor of your sign-in to the console (authenticator app or passkey) was removed.",
      reset: `Your second factor was reset by ${d.by ?? "the coordinators"}. You will set it up again at your next sign-in.`,
      locked: `After five wrong codes, the second step of your sign-in is locked until ${d.lockedUntil ? berlin(d.lockedUntil, "en") : "later"}.`,
      recovery_code_used: "One of your recovery codes was used to sign in; it is no longer valid.",
    };
    return {
      language: "en",
      subject: "Your second factor for the Netzwerk Migration console",
      greeting: MAIL_WORDS.en.hello,
      paragraphs: [`${what[d.event]} (${berlin(d.at, "en")})`],
      after: ["If this was not you, please tell the coordinators at once: someone knows your sign-in link or codes."],
    };
  },
};

/** The mail to a member taken off a work table, in each of their languages; `table` is "II – …". */
const MEMBER_REMOVED: Record<Locale, (partnerName: string, table: string) => MailContent> = {
  de: (partnerName, table) => ({
    subject: `Ihre Mitgliedschaft im Arbeitstisch ${table}`,
    greeting: MAIL_WORDS.de.dear(partnerName),
    paragraphs: [
      `Sie sind nicht mehr Mitglied im Arbeitstisch ${table} und erhalten seine Einladungen nicht mehr. Vielen Dank für Ihre Mitarbeit.`,
      "Zu den Tagungen des Netzwerks laden wir Sie weiterhin ein. Wenn das ein Irrtum ist oder Sie Fragen haben, antworten Sie einfach auf diese E-Mail; sie erreicht die Ansprechpartner:in des Arbeitstisches.",
    ],
  }),
  en: (partnerName, table) => ({
    subject: `Your membership of work table ${table}`,
    greeting: MAIL_WORDS.en.dear(partnerName),
    paragraphs: [
      `You are no longer a member of work table ${table} and will not receive its invitations any more. Thank you for your work with it.`,
      "We will keep inviting you to the network's conferences. If this is a mistake or you have questions, simply reply to this email; it reaches the work table's contact person.",
    ],
  }),
  // Machine translation, needs review by a native speaker.
  uk: (partnerName, table) => ({
    subject: `Ваше членство в робочій групі ${table}`,
    greeting: MAIL_WORDS.uk.dear(partnerName),
    paragraphs: [
      `Ви більше не є членом робочої групи ${table} і не отримуватимете її запрошень. Дякуємо за Вашу співпрацю.`,
      "Ми й надалі запрошуватимемо Вас на конференції мережі. Якщо це помилка або у Вас є запитання, просто дайте відповідь на цей лист: він надійде контактній особі робочої групи.",
    ],
  }),
  // Machine translation, needs review by a native speaker.
  ru: (partnerName, table) => ({
    subject: `Ваше членство в рабочей группе ${table}`,
    greeting: MAIL_WORDS.ru.dear(partnerName),
    paragraphs: [
      `Вы больше не являетесь членом рабочей группы ${table} и не будете получать её приглашения. Спасибо за Вашу работу.`,
      "Мы и дальше будем приглашать Вас на конференции сети. Если это ошибка или у Вас есть вопросы, просто ответьте на это письмо: оно дойдёт до контактного лица рабочей группы.",
    ],
  }),
  // Machine translation, needs review by a native speaker.
  ar: (partnerName, table) => ({
    subject: `عضويتكم في مجموعة العمل ${table}`,
    greeting: MAIL_WORDS.ar.dear(partnerName),
    paragraphs: [
      `لم تعودوا أعضاء في مجموعة العمل ${table}، ولن تتلقوا دعواتها بعد الآن. نشكركم على مساهمتكم.`,
      "سنواصل دعوتكم إلى مؤتمرات الشبكة. إذا كان ذلك خطأً أو كانت لديكم أسئلة، فيكفي أن تردّوا على هذه الرسالة؛ إذ ستصل إلى الشخص المسؤول عن التواصل في مجموعة العمل.",
    ],
  }),
  // Machine translation, needs review by a native speaker.
  tr: (partnerName, table) => ({
    subject: `Çalışma grubu ${table} üyeliğiniz`,
    greeting: MAIL_WORDS.tr.dear(partnerName),
    paragraphs: [
      `Artık çalışma grubu ${table} üyesi değilsiniz ve bu grubun davetlerini almayacaksınız. Katkılarınız için teşekkür ederiz.`,
      "Ağın konferanslarına sizi davet etmeye devam edeceğiz. Bu bir hataysa veya sorularınız varsa bu e-postayı yanıtlamanız yeterlidir; yanıtınız çalışma grubunun irtibat kişisine ulaşır.",
    ],
  }),
};

/** A member was taken off a work table (see domain/member-mails.ts). */
export const memberMails: { member_removed: Template<MailData["member_removed"]> } = {
  member_removed: (d, locale) => MEMBER_REMOVED[locale](d.partnerName, tableName(d.table)),
};
