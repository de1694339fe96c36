import ICAL from "ical.js";
import type { StoredMail } from "./mailbox.ts";

/** The calendar entry a mail carries, parsed with ical.js: its METHOD and its VEVENT. */
export function calendarOf(mail: StoredMail | undefined) {
  const attachment = mail?.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  if (!attachment) throw new Error("no calendar entry in the mail");
  const calendar = new ICAL.Component(ICAL.parse(Buffer.from(attachment.content, "base64").toString("utf8")));
  const event = calendar.getFirstSubcomponent("vevent");
  if (!event) throw new Error("no VEVENT");
  return { calendar, event, method: calendar.getFirstPropertyValue("method") };
}
