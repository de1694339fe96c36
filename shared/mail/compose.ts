import MailComposer from "nodemailer/lib/mail-composer";
import type { Recipient } from "../domain/mail.ts";

export interface ComposeInput {
  from: Recipient;
  to: Recipient[];
  replyTo?: Recipient;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe; values are encoded by the composer, never raw user text. */
  headers?: Record<string, string>;
  /** A calendar entry (text/calendar) attached and offered as an alternative part, as mail clients expect. */
  calendar?: { method: "REQUEST" | "CANCEL"; content: string };
  /** Images the HTML part shows by content id (a QR code), as related parts. */
  images?: { cid: string; filename: string; content: Buffer; contentType: string }[];
}

/**
 * Builds the raw MIME message with nodemailer's composer: it encodes names and subjects (RFC 2047), folds
 * headers and never lets a value start a new header line, whatever a user typed.
 */
export async function composeMime(input: ComposeInput): Promise<Buffer> {
  const address = (r: Recipient) => ({ name: r.name ?? "", address: r.email });
  const composer = new MailComposer({
    from: address(input.from),
    to: input.to.map(address),
    ...(input.replyTo ? { replyTo: address(input.replyTo) } : {}),
    subject: input.subject,
    text: input.text,
    html: input.html,
    headers: { "Auto-Submitted": "auto-generated", ...input.headers },
    // SMTP wants CRLF line ends; strict receivers reject or mangle bare LF (texts are written with \n).
    newline: "windows",
    ...(input.images?.length
      ? {
          attachments: input.images.map((image) => ({
            filename: image.filename,
            content: image.content,
            contentType: image.contentType,
            cid: image.cid,
            contentDisposition: "inline" as const,
          })),
        }
      : {}),
    ...(input.calendar
      ? {
          icalEvent: { method: input.calendar.method, filename: "tagung.ics", content: input.calendar.content },
        }
      : {}),
  });
  return composer.compile().build();
}
