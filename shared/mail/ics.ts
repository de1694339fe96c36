import type ICAL from "ical.js";
import { berlinWallClock } from "../domain/berlin-time.ts";
import type { ConferenceMailData } from "../domain/mail.ts";
import { agendaLines } from "../i18n/format.ts";
import { conferenceName } from "../i18n/labels.ts";
import { network } from "../i18n/network.ts";

/** Europe/Berlin as calendars know it (the EU rules since 1996): the conference's own time zone. */
const BERLIN = `BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE`;

/** A name as a lowercase slug: letters a–z and digits joined by hyphens (umlauts spelt out). */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The wall-clock time in Berlin of an instant, as ical.js wants it for a DTSTART;TZID=Europe/Berlin. */
function berlinTime(ical: typeof ICAL, iso: string, zone: ICAL.Timezone): ICAL.Time {
  const t = berlinWallClock(new Date(iso));
  return ical.Time.fromData(
    { year: +t.year, month: +t.month, day: +t.day, hour: +t.hour, minute: +t.minute, second: +t.second },
    zone,
  );
}

/**
 * The calendar entry of a conference mail (ical.js): METHOD:REQUEST for invitations, reminders and updates,
 * METHOD:CANCEL for a cancellation. The UID is the conference's, so every update replaces the same event, and
 * SEQUENCE rises with each change of time or place.
 */
export async function conferenceIcs(data: ConferenceMailData, organizer: string): Promise<string> {
  // ical.js (76 KiB) is loaded by the first conference mail: most mails a send-mail function sends carry no entry.
  const ical: typeof ICAL = (await import("ical.js")).default;
  const cancel = data.mailing === "cancellation";
  const calendar = new ical.Component(["vcalendar", [], []]);
  calendar.updatePropertyWithValue("prodid", `-//${network().name}//Tagungen//DE`);
  calendar.updatePropertyWithValue("version", "2.0");
  calendar.updatePropertyWithValue("calscale", "GREGORIAN");
  calendar.updatePropertyWithValue("method", cancel ? "CANCEL" : "REQUEST");
  const timezoneComponent = new ical.Component(ical.parse(BERLIN));
  calendar.addSubcomponent(timezoneComponent);
  const zone = new ical.Timezone({ component: timezoneComponent, tzid: "Europe/Berlin" });

  const vevent = new ical.Component("vevent");
  const event = new ical.Event(vevent);
  // The name as a slug ("netzwerk-migration-…"): a conference's UID never changes, so updates replace it.
  event.uid = `${data.conferenceId}@${slug(network().name)}`;
  event.summary = conferenceName(data, "de");
  event.location = data.location;
  // The calendar entry speaks German, as its title does; "10 min" is German's own unit symbol.
  const agenda = data.agendaItems?.length ? agendaLines(data.agendaItems, (n) => `${n} min`) : (data.agenda ?? "");
  const choices = data.choices?.length ? `Workshops:\n${data.choices.map((c) => `• ${c}`).join("\n")}` : "";
  const description = [data.onlineUrl ? `Online: ${data.onlineUrl}` : "", agenda, choices].filter(Boolean);
  if (description.length > 0) event.description = description.join("\n\n");
  if (data.onlineUrl) vevent.addPropertyWithValue("url", data.onlineUrl);
  event.startDate = berlinTime(ical, data.startsAt, zone);
  event.endDate = berlinTime(ical, data.endsAt, zone);
  vevent.addPropertyWithValue("dtstamp", ical.Time.fromJSDate(new Date(), true));
  vevent.addPropertyWithValue("sequence", data.sequence);
  vevent.addPropertyWithValue("status", cancel ? "CANCELLED" : "CONFIRMED");
  const organizerProperty = vevent.addPropertyWithValue("organizer", `mailto:${organizer}`);
  organizerProperty.setParameter("cn", network().name);
  const attendee = vevent.addPropertyWithValue("attendee", `mailto:${data.partnerEmail}`);
  attendee.setParameter("cn", data.partnerName);
  attendee.setParameter("role", "REQ-PARTICIPANT");
  attendee.setParameter("rsvp", "FALSE");
  calendar.addSubcomponent(vevent);
  // RFC 5545 ends every content line with CRLF, the last one included.
  return `${calendar.toString()}\r\n`;
}
