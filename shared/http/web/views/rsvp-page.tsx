import { acceptedItems } from "../../../domain/agenda.ts";
import type { Conference, Rsvp } from "../../../domain/conference.ts";
import { LINK_PAGES } from "../../../domain/link-paths.ts";
import type { Locale } from "../../../domain/locale.ts";
import { EVENT_LIST, type PlaceCount, workshopSlots } from "../../../domain/places.ts";
import { agendaLines, dateTimeRange, longDateTime } from "../../../i18n/format.ts";
import { conferenceName } from "../../../i18n/labels.ts";
import { rsvpTexts } from "../../../i18n/web.ts";
import type { Standing } from "../../../use-cases/registrations.ts";
import { ChoiceGroup, Field } from "../../ui/form-parts.tsx";
import { MessagePage } from "./home.tsx";

/** The form's field of a time slot's workshop choice. */
export const slotField = (index: number) => `workshop-${index}`;

/**
 * The page behind a partner's RSVP link: the event with its agenda and places, where the person stands (a place
 * with the code for the door, or the position on the waiting list), the deputy who comes in the partner's place
 * (optional, with a "yes"), one workshop per time slot, and two buttons that POST.
 */
export function RsvpPage(props: {
  locale: Locale;
  token: string;
  conference: Conference;
  current: Rsvp | undefined;
  standing?: Standing | undefined;
  places?: Map<string, PlaceCount> | undefined;
  open: boolean;
  registrationOpen?: boolean;
  saved?: boolean;
  /** The deputy's name as typed, when it was refused. */
  deputy?: string | undefined;
  deputyError?: string;
  workshopsError?: string;
  /** Why the answer was not taken (registration closed, the organisation's places taken). */
  refusal?: string;
}) {
  const t = rsvpTexts(props.locale);
  const c = props.conference;
  const items = acceptedItems(c.agendaItems);
  const current = props.current;
  const status = current?.status;
  const active = status === "confirmed" || status === "waitlisted";
  const count = (list: string) => props.places?.get(list);
  const eventCount = count(EVENT_LIST);
  const free = c.capacity !== undefined ? Math.max(0, c.capacity - (eventCount?.confirmed ?? 0)) : undefined;
  const slots = workshopSlots(c.workshops);
  const picked = (id: string) => current?.picks?.some((p) => p.workshopId === id) ?? false;
  const deputy = props.deputy ?? current?.deputy;
  const mayAnswerYes = props.open && (active || props.registrationOpen !== false);
  return (
    <MessagePage
      locale={props.locale}
      title={conferenceName(c, props.locale)}
      path={`${LINK_PAGES.rsvp}/${props.token}`}
    >
      {props.saved ? (
        <p role="status" class="notice">
          {t.saved}
        </p>
      ) : null}
      {props.refusal ? (
        <p role="alert" class="notice error">
          {props.refusal}
        </p>
      ) : null}
      <dl class="facts">
        <dt>{t.when}</dt>
        <dd>{dateTimeRange(c.startsAt, c.endsAt, props.locale)}</dd>
        <dt>{t.where}</dt>
        <dd>{c.location}</dd>
        {items.length > 0 || c.agenda ? (
          <>
            <dt>{t.agenda}</dt>
            <dd class="pre">{items.length > 0 ? agendaLines(items, t.minutes) : c.agenda}</dd>
          </>
        ) : null}
      </dl>
      {c.capacity !== undefined && free !== undefined && !active && props.open ? (
        <p>{free > 0 ? t.places.left(free, c.capacity) : t.places.full}</p>
      ) : null}
      {c.registrationDeadline && props.open ? (
        <p>
          {props.registrationOpen === false && !active
            ? t.places.deadlinePassed
            : t.places.deadline(longDateTime(c.registrationDeadline, props.locale))}
        </p>
      ) : null}
      {status === "confirmed" ? <p>{t.places.confirmed}</p> : null}
      {status === "waitlisted" ? <p>{t.places.waitlisted(props.standing?.position ?? 1)}</p> : null}
      {status === "confirmed" && current?.code ? <p class="code">{t.places.code(current.code)}</p> : null}
      {current && !active ? <p>{t.current(false)}</p> : null}
      {active && current?.deputy ? <p>{t.currentDeputy(current.deputy)}</p> : null}
      {active && current?.picks?.length ? (
        <ul>
          {current.picks.map((pick) => {
            const workshop = c.workshops?.find((w) => w.id === pick.workshopId);
            if (!workshop) return null;
            const standing =
              pick.status === "waitlisted"
                ? t.places.status.waitlisted(props.standing?.workshopPositions[pick.workshopId])
                : t.places.status[pick.status];
            return (
              <li>
                {workshop.slot}: {workshop.title} ({standing})
              </li>
            );
          })}
        </ul>
      ) : null}
      {props.open ? (
        <form method="post" action={`${LINK_PAGES.rsvp}/${props.token}?lang=${props.locale}`}>
          <fieldset>
            <legend>{t.question}</legend>
            {mayAnswerYes ? (
              <Field
                id="field-deputy"
                label={t.deputy}
                hint={t.deputyHint}
                error={props.deputyError}
                control={(attrs) => (
                  <input type="text" name="deputy" maxlength={120} autocomplete="off" value={deputy ?? ""} {...attrs} />
                )}
              />
            ) : null}
            {mayAnswerYes && slots.length > 0 ? (
              <fieldset id="field-workshops">
                <legend>{t.places.workshops}</legend>
                <p class="hint">{t.places.workshopsHint}</p>
                {props.workshopsError ? <p class="error">{props.workshopsError}</p> : null}
                {slots.map((slot, index) => (
                  <ChoiceGroup
                    id={`field-${slotField(index)}`}
                    legend={slot.slot}
                    type="radio"
                    name={slotField(index)}
                    choices={[
                      { value: "", label: t.places.none, id: `${slotField(index)}-none` },
                      ...slot.workshops.map((w) => {
                        const taken = count(w.id)?.confirmed ?? 0;
                        const left =
                          w.capacity !== undefined ? ` (${t.places.placesLeft(Math.max(0, w.capacity - taken))})` : "";
                        return { value: w.id, label: `${w.title}${left}`, id: `${slotField(index)}-${w.id}` };
                      }),
                    ]}
                    checked={(value) => (value === "" ? !slot.workshops.some((w) => picked(w.id)) : picked(value))}
                  />
                ))}
              </fieldset>
            ) : null}
            <p>
              {mayAnswerYes ? (
                <>
                  <button type="submit" name="answer" value="yes">
                    {t.yes}
                  </button>{" "}
                </>
              ) : null}
              <button type="submit" name="answer" value="no" class="secondary">
                {status === "waitlisted" ? t.places.leave : t.no}
              </button>
            </p>
          </fieldset>
        </form>
      ) : (
        <p>{t.closed}</p>
      )}
    </MessagePage>
  );
}
