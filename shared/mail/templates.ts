import type { MailData, MailKind, OutboxMail } from "../domain/mail.ts";
import { accountMails, memberMails } from "./account-mails.ts";
import { applicationMails } from "./application-mails.ts";
import { conferenceMail } from "./mailing-mails.ts";
import type { MailContent, MailLinks, Template } from "./render.ts";

export type { MailContent, MailLinks } from "./render.ts";
export { renderHtml, renderText } from "./render.ts";

/** Every kind of mail and the template that writes it: application mails and mailing mails. */
const templates: { [K in MailKind]: Template<MailData[K]> } = {
  ...applicationMails,
  ...accountMails,
  ...memberMails,
  conference: conferenceMail,
};

export function mailContent(mail: Pick<OutboxMail, "kind" | "data" | "locale">, links: MailLinks): MailContent {
  const template = templates[mail.kind] as Template<MailData[MailKind]>;
  const content = template(mail.data, mail.locale, links);
  if (!links.imprint || !links.privacy) return content;
  const footer =
    mail.locale === "de"
      ? `Impressum: ${links.imprint}\nDatenschutz: ${links.privacy}`
      : `Legal notice: ${links.imprint}\nPrivacy notice: ${links.privacy}`;
  return { ...content, footer: [footer] };
}
