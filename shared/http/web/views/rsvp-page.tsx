import type { Conference } from "../../../domain/conference.ts";
import { LINK_PAGES } from "../../../domain/link-paths.ts";
import type { Locale } from "../../../domain/locale.ts";
import { dateTimeRange } from "../../../i18n/format.ts";
import { conferenceName } from "../../../i18n/labels.ts";
import { rsvpTexts } from "../../../i18n/web.ts";
import { MessagePage } from "./home.tsx";

/** The page behind a partner's RSVP link: the conference, the current answer, and two buttons that POST. */
export function RsvpPage(props: {
  locale: Locale;
  token: string;
  conference: Conference;
  answer: "yes" | "no" | undefined;
  open: boolean;
  saved?: boolean;
}) {
  const t = rsvpTexts(props.locale);
  const c = props.conference;
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
        {c.agenda ? (
          <>
            <dt>{t.agenda}</dt>
            <dd class="pre">{c.agenda}</dd>
          </>
        ) : null}
      </dl>
      {props.answer ? <p>{t.current(props.answer === "yes")}</p> : null}
      {props.open ? (
        <form method="post" action={`${LINK_PAGES.rsvp}/${props.token}?lang=${props.locale}`}>
          <fieldset>
            <legend>{t.question}</legend>
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
