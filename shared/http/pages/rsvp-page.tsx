import { type Conference, conferenceName } from "../../domain/conference.ts";
import { LINK_PAGES } from "../../domain/link-paths.ts";
import type { Locale } from "../../domain/work-table.ts";
import { MessagePage } from "./home.tsx";

const TEXTS = {
  de: {
    when: "Wann",
    where: "Wo",
    agenda: "Tagesordnung",
    question: "Nehmen Sie teil?",
    yes: "Ja, ich nehme teil",
    no: "Nein, ich kann nicht",
    current: (yes: boolean) =>
      `Ihre Antwort: ${yes ? "Ja, ich nehme teil." : "Nein, ich kann nicht."} Sie können sie bis zum Beginn ändern.`,
    saved: "Vielen Dank, Ihre Antwort ist gespeichert.",
    closed: "Die Tagung hat begonnen oder wurde abgesagt; Antworten lassen sich nicht mehr ändern.",
  },
  en: {
    when: "When",
    where: "Where",
    agenda: "Agenda",
    question: "Will you attend?",
    yes: "Yes, I will attend",
    no: "No, I cannot attend",
    current: (yes: boolean) =>
      `Your answer: ${yes ? "Yes, I will attend." : "No, I cannot attend."} You can change it until the start.`,
    saved: "Thank you, your answer has been saved.",
    closed: "The conference has started or was cancelled; answers can no longer change.",
  },
} as const;

/** The page behind a partner's RSVP link: the conference, the current answer, and two buttons that POST. */
export function RsvpPage(props: {
  locale: Locale;
  token: string;
  conference: Conference;
  answer: "yes" | "no" | undefined;
  open: boolean;
  saved?: boolean;
}) {
  const t = TEXTS[props.locale];
  const c = props.conference;
  const format = new Intl.DateTimeFormat(props.locale === "de" ? "de-DE" : "en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  });
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
        <dd>{`${format.format(new Date(c.startsAt))} – ${format.format(new Date(c.endsAt))}`}</dd>
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
              <button type="submit" name="answer" value="no">
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
