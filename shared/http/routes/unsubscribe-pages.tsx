import type { Context } from "hono";
import { html } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import { Hono } from "hono/tiny";
import { LINK_PAGES, linkRoute } from "../../domain/link-paths.ts";
import type { Locale } from "../../domain/work-table.ts";
import { type UnsubscribeDeps, unsubscribeByToken } from "../../use-cases/unsubscribe.ts";
import type { AppEnv } from "../app-env.ts";
import { MessagePage } from "../pages/home.tsx";

const de = {
  title: "Vom Tagungsverteiler abmelden",
  intro: (email: string) =>
    `Als Netzwerkpartner:in des Netzwerks Migration Schwerin erhalten Sie an die Adresse ${email} Einladungen und Informationen zu den Netzwerktagungen.`,
  question:
    "Möchten Sie diese E-Mails nicht mehr erhalten, melden Sie sich hier ab. Ihre Zugehörigkeit zu den Arbeitstischen bleibt davon unberührt.",
  button: "Jetzt abmelden",
  already: "Diese Adresse ist bereits abgemeldet. Sie erhalten keine E-Mails zu den Netzwerktagungen mehr.",
  doneTitle: "Sie sind abgemeldet",
  done: (email: string) => `Sie erhalten an ${email} keine E-Mails zu den Netzwerktagungen mehr.`,
  undo: "War das ein Versehen? Auf Ihren Wunsch nimmt die Koordination des Netzwerks (Fachstelle Chancengleichheit der Landeshauptstadt Schwerin) Sie wieder in den Verteiler auf.",
  invalidTitle: "Dieser Link ist ungültig",
  invalid: "Bitte prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.",
  expiredTitle: "Dieser Link ist abgelaufen",
  expired:
    "Bitte verwenden Sie den Abmeldelink aus einer neueren E-Mail oder wenden Sie sich an die Koordination des Netzwerks.",
};

const texts: Record<Locale, typeof de> = {
  de,
  en: {
    title: "Unsubscribe from conference mail",
    intro: (email: string) =>
      `As a partner of the Netzwerk Migration Schwerin you receive invitations and news about the network conferences at ${email}.`,
    question:
      "If you no longer wish to receive these emails, you can unsubscribe here. Your membership of the work tables is not affected.",
    button: "Unsubscribe now",
    already: "This address has already been unsubscribed. You will not receive emails about the network conferences.",
    doneTitle: "You have been unsubscribed",
    done: (email: string) => `You will no longer receive emails about the network conferences at ${email}.`,
    undo: "Was this a mistake? At your request, the network's coordination (Equal Opportunities Office of the City of Schwerin) will add you to the list again.",
    invalidTitle: "This link is not valid",
    invalid: "Please check that you opened the complete link from the email.",
    expiredTitle: "This link has expired",
    expired: "Please use the unsubscribe link from a more recent email or contact the network's coordination.",
  },
  // Machine translation, needs review by a native speaker.
  uk: {
    title: "Відписатися від розсилки про конференції",
    intro: (email: string) =>
      `Як партнер мережі Netzwerk Migration Schwerin Ви отримуєте на адресу ${email} запрошення та інформацію про конференції мережі.`,
    question:
      "Якщо Ви більше не бажаєте отримувати ці листи, відпишіться тут. Ваше членство в робочих групах від цього не зміниться.",
    button: "Відписатися",
    already: "Цю адресу вже відписано від розсилки. Ви більше не отримуєте листів про конференції мережі.",
    doneTitle: "Вас відписано",
    done: (email: string) => `Ви більше не отримуватимете листів про конференції мережі на адресу ${email}.`,
    undo: "Це сталося помилково? На Ваше прохання координатори мережі (Відділ рівних можливостей міста Шверін) знову додадуть Вас до розсилки.",
    invalidTitle: "Це посилання недійсне",
    invalid: "Будь ласка, перевірте, чи Ви відкрили повне посилання з листа.",
    expiredTitle: "Термін дії цього посилання минув",
    expired:
      "Будь ласка, скористайтеся посиланням для відписки з новішого листа або зверніться до координаторів мережі.",
  },
  // Machine translation, needs review by a native speaker.
  ru: {
    title: "Отписаться от рассылки о конференциях",
    intro: (email: string) =>
      `Как партнёр сети Netzwerk Migration Schwerin Вы получаете на адрес ${email} приглашения и информацию о конференциях сети.`,
    question:
      "Если Вы больше не хотите получать эти письма, отпишитесь здесь. Ваше членство в рабочих группах при этом сохранится.",
    button: "Отписаться",
    already: "Этот адрес уже отписан от рассылки. Вы больше не получаете писем о конференциях сети.",
    doneTitle: "Вы отписаны",
    done: (email: string) => `Вы больше не будете получать писем о конференциях сети на адрес ${email}.`,
    undo: "Это произошло по ошибке? По Вашей просьбе координаторы сети (Отдел равных возможностей города Шверин) снова включат Вас в рассылку.",
    invalidTitle: "Эта ссылка недействительна",
    invalid: "Пожалуйста, проверьте, открыли ли Вы полную ссылку из письма.",
    expiredTitle: "Срок действия этой ссылки истёк",
    expired: "Пожалуйста, используйте ссылку для отписки из более нового письма или обратитесь к координаторам сети.",
  },
  // Machine translation, needs review by a native speaker.
  ar: {
    title: "إلغاء الاشتراك في رسائل المؤتمرات",
    intro: (email: string) =>
      `بصفتكم شريكًا في شبكة Netzwerk Migration Schwerin، تصلكم على العنوان ${email} دعوات ومعلومات حول مؤتمرات الشبكة.`,
    question:
      "إذا لم تعودوا ترغبون في تلقي هذه الرسائل، يمكنكم إلغاء الاشتراك هنا. لا يؤثر ذلك على عضويتكم في مجموعات العمل.",
    button: "إلغاء الاشتراك الآن",
    already: "تم إلغاء اشتراك هذا العنوان من قبل. لن تصلكم بعد الآن رسائل حول مؤتمرات الشبكة.",
    doneTitle: "تم إلغاء اشتراككم",
    done: (email: string) => `لن تصلكم بعد الآن على العنوان ${email} رسائل حول مؤتمرات الشبكة.`,
    undo: "هل حدث ذلك عن طريق الخطأ؟ بناءً على طلبكم، يعيد منسقو الشبكة (مكتب تكافؤ الفرص في مدينة شفيرين) إضافتكم إلى قائمة المراسلات.",
    invalidTitle: "هذا الرابط غير صالح",
    invalid: "يرجى التأكد من أنكم فتحتم الرابط كاملًا من الرسالة.",
    expiredTitle: "انتهت صلاحية هذا الرابط",
    expired: "يرجى استخدام رابط إلغاء الاشتراك من رسالة أحدث، أو التواصل مع منسقي الشبكة.",
  },
  // Machine translation, needs review by a native speaker.
  tr: {
    title: "Konferans e-posta listesinden çıkış",
    intro: (email: string) =>
      `Netzwerk Migration Schwerin ağının ortağı olarak ${email} adresinize ağ konferanslarıyla ilgili davetler ve bilgiler gönderilir.`,
    question:
      "Bu e-postaları artık almak istemiyorsanız buradan listeden çıkabilirsiniz. Çalışma gruplarındaki üyeliğiniz bundan etkilenmez.",
    button: "Şimdi listeden çıkın",
    already: "Bu adres listeden zaten çıkarıldı. Ağ konferanslarıyla ilgili artık e-posta almıyorsunuz.",
    doneTitle: "Listeden çıkarıldınız",
    done: (email: string) => `${email} adresinize artık ağ konferanslarıyla ilgili e-posta gönderilmeyecek.`,
    undo: "Bu bir hata mıydı? İsteğiniz üzerine ağ koordinasyonu (Schwerin Şehri Fırsat Eşitliği Birimi) sizi listeye yeniden ekler.",
    invalidTitle: "Bu bağlantı geçersiz",
    invalid: "Lütfen e-postadaki bağlantının tamamını açıp açmadığınızı kontrol edin.",
    expiredTitle: "Bu bağlantının süresi doldu",
    expired:
      "Lütfen daha yeni bir e-postadaki listeden çıkma bağlantısını kullanın veya ağ koordinasyonuyla iletişime geçin.",
  },
};

/** What the link opens: an explanation and a button; nothing changes until the button is pressed. */
export function UnsubscribePage(props: { locale: Locale; token: string; email: string; unsubscribed: boolean }) {
  const t = texts[props.locale];
  return (
    <MessagePage locale={props.locale} title={t.title} path={`${LINK_PAGES.unsubscribe}/${props.token}`}>
      <p>{t.intro(props.email)}</p>
      {props.unsubscribed ? (
        <p role="status">{t.already}</p>
      ) : (
        <>
          <p>{t.question}</p>
          <form method="post" action={`${LINK_PAGES.unsubscribe}/${props.token}?lang=${props.locale}`}>
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <button type="submit">{t.button}</button>
          </form>
        </>
      )}
    </MessagePage>
  );
}

export function UnsubscribedPage(props: { locale: Locale; token: string; email: string }) {
  const t = texts[props.locale];
  return (
    <MessagePage locale={props.locale} title={t.doneTitle} path={`${LINK_PAGES.unsubscribe}/${props.token}`}>
      <p role="status">{t.done(props.email)}</p>
      <p>{t.undo}</p>
    </MessagePage>
  );
}

export function UnsubscribeLinkProblemPage(props: { locale: Locale; expired: boolean }) {
  const t = texts[props.locale];
  return (
    <MessagePage locale={props.locale} title={props.expired ? t.expiredTitle : t.invalidTitle} path="/">
      <p>{props.expired ? t.expired : t.invalid}</p>
    </MessagePage>
  );
}

const page = (c: Context<AppEnv>, body: JSX.Element, status: 200 | 404 | 410 = 200) =>
  c.html(html`<!DOCTYPE html>${body}`, status);

const linkProblem = (c: Context<AppEnv>, kind: "invalid" | "expired" | "not_found") =>
  page(
    c,
    <UnsubscribeLinkProblemPage locale={c.var.locale} expired={kind === "expired"} />,
    kind === "expired" ? 410 : 404,
  );

/**
 * The visible unsubscribe link of a conference mail. `GET /abmelden/:token` only shows the page (mail scanners
 * open links); `POST /abmelden/:token` unsubscribes, from the page's button or as an RFC 8058 one-click POST.
 */
export function unsubscribePageRoutes(deps: UnsubscribeDeps, now: () => Date) {
  return new Hono<AppEnv>()
    .get(linkRoute("unsubscribe"), async (c) => {
      const token = c.req.param("token");
      const check = (await deps.signer()).verify(token, "unsubscribe", now());
      if (!check.ok) return linkProblem(c, check.reason);
      const partner = await deps.partners.byHandle(check.subject);
      if (!partner) return linkProblem(c, "not_found");
      return page(
        c,
        <UnsubscribePage
          locale={c.var.locale}
          token={token}
          email={partner.email}
          unsubscribed={partner.unsubscribedAt !== undefined}
        />,
      );
    })
    .post(linkRoute("unsubscribe"), async (c) => {
      const token = c.req.param("token");
      const outcome = await unsubscribeByToken(deps, token, now());
      if (outcome.kind !== "ok") return linkProblem(c, outcome.kind);
      return page(c, <UnsubscribedPage locale={c.var.locale} token={token} email={outcome.email} />);
    });
}
