import type { Locale } from "../domain/locale.ts";
import type { MailData, MailKind, OutboxMail } from "../domain/mail.ts";
import { LABELS } from "../i18n/labels.ts";
import { accountMails, memberMails } from "./account-mails.ts";
import { applicationMails } from "./application-mails.ts";
import { conferenceMail } from "./mailing-mails.ts";
import { MAIL_WORDS, type MailContent, type MailLinks, oneLine, type Template } from "./render.ts";

export type { MailContent, MailLinks } from "./render.ts";
export { renderHtml, renderText } from "./render.ts";

/** Every kind of mail and the template that writes it: application mails and mailing mails. */
const templates: { [K in MailKind]: Template<MailData[K]> } = {
  ...applicationMails,
  ...accountMails,
  ...memberMails,
  conference: conferenceMail,
};

/**
 * Loads the texts the mails in `locales` are written with (and German: staff mails, and the applicant's mail to
 * the contact person, are German). `mailContent` reads them synchronously afterwards.
 */
export async function loadMailTexts(locales: Iterable<Locale>): Promise<void> {
  await Promise.all([...new Set<Locale>(["de", ...locales])].map((locale) => LABELS.load(locale)));
}

/**
 * A mail's content in the language it is written in (the recipient's, or German/English for the staff), its
 * subject on one line, and the footer in the same language.
 */
export function mailContent(mail: Pick<OutboxMail, "kind" | "data" | "locale">, links: MailLinks): MailContent {
  const template = templates[mail.kind] as Template<MailData[MailKind]>;
  const written = template(mail.data, mail.locale, links);
  const language = written.language ?? mail.locale;
  const content = { ...written, subject: oneLine(written.subject), language };
  if (!links.imprint || !links.privacy) return content;
  const words = MAIL_WORDS[language];
  return { ...content, footer: [`${words.imprint}: ${links.imprint}\n${words.privacy}: ${links.privacy}`] };
}
