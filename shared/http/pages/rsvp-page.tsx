import type { Conference } from "../../domain/conference.ts";
import { LINK_PAGES } from "../../domain/link-paths.ts";
import type { Locale } from "../../domain/work-table.ts";
import { conferenceName } from "../../i18n/labels.ts";
import { dateTimeRange } from "../../mail/render.ts";
import { MessagePage } from "./home.tsx";

const de = {
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
};

const TEXTS: Record<Locale, typeof de> = {
  de,
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
  // Machine translation, needs review by a native speaker.
  uk: {
    when: "Коли",
    where: "Де",
    agenda: "Порядок денний",
    question: "Ви візьмете участь?",
    yes: "Так, я візьму участь",
    no: "Ні, я не зможу",
    current: (yes: boolean) =>
      `Ваша відповідь: ${yes ? "Так, я візьму участь." : "Ні, я не зможу."} Ви можете змінити її до початку.`,
    saved: "Дякуємо, Вашу відповідь збережено.",
    closed: "Конференція вже почалася або її скасовано. Відповідь більше не можна змінити.",
  },
  // Machine translation, needs review by a native speaker.
  ru: {
    when: "Когда",
    where: "Где",
    agenda: "Повестка дня",
    question: "Вы примете участие?",
    yes: "Да, я приму участие",
    no: "Нет, я не смогу",
    current: (yes: boolean) =>
      `Ваш ответ: ${yes ? "Да, я приму участие." : "Нет, я не смогу."} Вы можете изменить его до начала.`,
    saved: "Спасибо, Ваш ответ сохранён.",
    closed: "Конференция уже началась или отменена. Ответ больше нельзя изменить.",
  },
  // Machine translation, needs review by a native speaker.
  ar: {
    when: "الموعد",
    where: "المكان",
    agenda: "جدول الأعمال",
    question: "هل ستحضرون؟",
    yes: "نعم، سأحضر",
    no: "لا، لا أستطيع الحضور",
    current: (yes: boolean) =>
      `إجابتكم: ${yes ? "نعم، سأحضر." : "لا، لا أستطيع الحضور."} يمكنكم تغييرها حتى موعد البدء.`,
    saved: "شكرًا لكم، تم حفظ إجابتكم.",
    closed: "بدأ المؤتمر أو تم إلغاؤه. لم يعد من الممكن تغيير الإجابة.",
  },
  // Machine translation, needs review by a native speaker.
  tr: {
    when: "Ne zaman",
    where: "Nerede",
    agenda: "Gündem",
    question: "Katılacak mısınız?",
    yes: "Evet, katılacağım",
    no: "Hayır, katılamayacağım",
    current: (yes: boolean) =>
      `Yanıtınız: ${yes ? "Evet, katılacağım." : "Hayır, katılamayacağım."} Yanıtınızı başlangıca kadar değiştirebilirsiniz.`,
    saved: "Teşekkür ederiz, yanıtınız kaydedildi.",
    closed: "Konferans başladı veya iptal edildi. Yanıt artık değiştirilemez.",
  },
};

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
