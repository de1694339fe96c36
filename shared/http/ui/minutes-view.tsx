import type { Conference } from "../../domain/conference.ts";
import { framePersonLabel } from "../../domain/frame-person.ts";
import type { Locale } from "../../domain/locale.ts";
import type { FramePerson, Publication } from "../../domain/minutes.ts";
import { agendaLines, dateTimeRange, longDateTime, longDay } from "../../i18n/format.ts";

/** The words a published minutes' view needs, from the reader's catalogue (the web's or the console's). */
export interface MinutesViewLabels {
  when: string;
  where: string;
  present: string;
  excused: string;
  agenda: string;
  text: string;
  decisions: string;
  tasks: string;
  nobody: string;
  published: (date: string) => string;
  corrected: (n: number, date: string) => string;
  dueBy: (date: string) => string;
  deputyFor: (deputy: string, member: string) => string;
}

const person = (p: FramePerson, labels: MinutesViewLabels) => framePersonLabel(p, labels.deputyFor);

/**
 * One publication of an event's minutes as the archive shows it (issue 21): its heading (the event), when it was
 * published (a correction says so), the frame, the text, the decisions and the tasks. Everything typed is text.
 */
export function PublishedMinutes(props: {
  event: Pick<Conference, "id" | "title">;
  publication: Publication;
  locale: Locale;
  labels: MinutesViewLabels;
  headingLevel?: 2 | 3;
}) {
  const { publication: p, labels: l, locale } = props;
  const id = `minutes-${props.event.id}`;
  const people = (list: FramePerson[]) =>
    list.length === 0 ? (
      <p>{l.nobody}</p>
    ) : (
      <ul>
        {list.map((entry) => (
          <li>{person(entry, l)}</li>
        ))}
      </ul>
    );
  const at = longDateTime(p.publishedAt, locale);
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  const Sub = props.headingLevel === 3 ? "h4" : "h3";
  return (
    <article aria-labelledby={id} class="card minutes">
      <Heading id={id}>{p.frame.title}</Heading>
      <p>
        <em>{p.number > 1 ? l.corrected(p.number, at) : l.published(at)}</em>
      </p>
      <dl class="facts">
        <dt>{l.when}</dt>
        <dd>{dateTimeRange(p.frame.startsAt, p.frame.endsAt, locale)}</dd>
        <dt>{l.where}</dt>
        <dd>{p.frame.location}</dd>
      </dl>
      <Sub>{l.present}</Sub>
      {people(p.frame.present)}
      <Sub>{l.excused}</Sub>
      {people(p.frame.excused)}
      {p.frame.agenda.length > 0 ? (
        <>
          <Sub>{l.agenda}</Sub>
          <p class="pre">{agendaLines(p.frame.agenda, (n) => `${n} min`)}</p>
        </>
      ) : null}
      {p.text ? (
        <>
          <Sub>{l.text}</Sub>
          <p class="pre">{p.text}</p>
        </>
      ) : null}
      {p.decisions.length > 0 ? (
        <>
          <Sub>{l.decisions}</Sub>
          <ol>
            {p.decisions.map((d) => (
              <li class="pre">{d.text}</li>
            ))}
          </ol>
        </>
      ) : null}
      {p.tasks.length > 0 ? (
        <>
          <Sub>{l.tasks}</Sub>
          <ol>
            {p.tasks.map((task) => (
              <li>
                {task.text} – {task.ownerName}, {l.dueBy(longDay(task.due, locale))}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </article>
  );
}
