import { acceptedItems } from "../../../domain/agenda.ts";
import type { Conference } from "../../../domain/conference.ts";
import { LINK_PAGES } from "../../../domain/link-paths.ts";
import type { Locale } from "../../../domain/locale.ts";
import { agendaLines, dateTimeRange } from "../../../i18n/format.ts";
import { conferenceName } from "../../../i18n/labels.ts";
import { rsvpTexts } from "../../../i18n/web.ts";
import { Field } from "../../ui/form-parts.tsx";
import { MessagePage } from "./home.tsx";

/**
 * The page behind a partner's RSVP link: the event with its agenda, the current answer, the deputy who comes in
 * the partner's place (optional, with a "yes"), and two buttons that POST.
 */
export function RsvpPage(props: {
  locale: Locale;
  token: string;
  conference: Conference;
  answer: "yes" | "no" | undefined;
  deputy?: string | undefined;
  open: boolean;
  saved?: boolean;
  /** The deputy's name as typed, when it was refused. */
  deputyError?: string;
}) {
  const t = rsvpTexts(props.locale);
  const c = props.conference;
  const items = acceptedItems(c.agendaItems);
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
      {props.answer ? <p>{t.current(props.answer === "yes")}</p> : null}
      {props.answer === "yes" && props.deputy ? <p>{t.currentDeputy(props.deputy)}</p> : null}
      {props.open ? (
        <form method="post" action={`${LINK_PAGES.rsvp}/${props.token}?lang=${props.locale}`}>
          <fieldset>
            <legend>{t.question}</legend>
            <Field
              id="field-deputy"
              label={t.deputy}
              hint={t.deputyHint}
              error={props.deputyError}
              control={(attrs) => (
                <input
                  type="text"
                  name="deputy"
                  maxlength={120}
                  autocomplete="off"
                  value={props.deputy ?? ""}
                  {...attrs}
                />
              )}
            />
            <p>
              <button type="submit" name="answer" value="yes">
                {t.yes}
              </button>{" "}
              <button type="submit" name="answer" value="no" class="secondary">
                {t.no}
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
