import type { Conference, Rsvp } from "../../../domain/conference.ts";
import type { Locale } from "../../../domain/locale.ts";
import type { Minutes } from "../../../domain/minutes.ts";
import type { WorkTable } from "../../../domain/work-table.ts";
import type { ConsoleTexts } from "../../../i18n/console.ts";
import { Field } from "../../ui/form-parts.tsx";
import { AgendaList } from "../agenda.tsx";
import { AttendanceSummary } from "../attendance.tsx";
import { EventFacts, MailingTable, PlacesSummary, RsvpList } from "../event-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import { MinutesSummary } from "../minutes.tsx";
import { tableBase } from "./table-overview.tsx";

/** A meeting's page: its facts, the replies, the mailings' progress, and cancelling it while it is planned. */
export function TableMeeting(props: {
  t: ConsoleTexts;
  locale: Locale;
  table: WorkTable;
  meeting: Conference;
  mailings: Parameters<typeof MailingTable>[0]["mailings"];
  rsvps: Rsvp[];
  attendance: { present: number; excused: number; absent: number } | undefined;
  minutes: Minutes | undefined;
  csrf: string;
  notice: string | undefined;
}) {
  const { t, locale, table, meeting } = props;
  const path = `${tableBase(table)}/treffen/${meeting.id}`;
  const planned = meeting.status === "planned";
  return (
    <>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      {planned ? null : <Notice>{t.meetingCancelled}</Notice>}
      <EventFacts t={t} locale={locale} event={meeting} />
      <ul class="actions">
        <li>
          <a href={href(tableBase(table), locale)}>{t.back}</a>
        </li>
        {planned ? (
          <li>
            <a href={href(`${path}/bearbeiten`, locale)}>{t.edit}</a>
          </li>
        ) : null}
        <li>
          <a href={href(`${path}/teilnehmende.csv`, locale)}>{t.attendeesCsv}</a>
        </li>
      </ul>
      <AgendaList event={meeting} eventPath={path} locale={locale} />
      <h2>{t.rsvp}</h2>
      <RsvpList t={t} locale={locale} rsvps={props.rsvps} />
      <PlacesSummary t={t} locale={locale} event={meeting} rsvps={props.rsvps} base={path} />
      <AttendanceSummary eventPath={path} locale={locale} counts={props.attendance} planned={planned} />
      {planned ? <MinutesSummary eventPath={path} locale={locale} minutes={props.minutes} /> : null}
      <h2>{t.mailings}</h2>
      <MailingTable t={t} locale={locale} mailings={props.mailings} />
      {planned ? (
        <form method="post" action={href(`${path}/absagen`, locale)} class="card">
          <Csrf token={props.csrf} />
          <h2>{t.cancelMeeting}</h2>
          <Field
            id="field-note"
            label={t.cancelNote}
            hint={t.cancelMeetingHint}
            control={(attrs) => <textarea name="note" rows={3} maxlength={1000} {...attrs} />}
          />
          <p>
            <button type="submit" class="secondary">
              {t.cancelMeeting}
            </button>
          </p>
        </form>
      ) : null}
    </>
  );
}
