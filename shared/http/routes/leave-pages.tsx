import type { Context } from "hono";
import { html } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import { Hono } from "hono/tiny";
import { LINK_PAGES, linkRoute } from "../../domain/link-paths.ts";
import type { Locale } from "../../domain/locale.ts";
import { localizedTexts } from "../../domain/work-table.ts";
import { type LeaveDeps, leaveTable, loadLeave } from "../../use-cases/leave-table.ts";
import type { AppEnv } from "../app-env.ts";
import { MessagePage } from "../pages/home.tsx";

const de = {
  title: "Aus einem Arbeitstisch austreten",
  intro: (table: string) =>
    `Sie sind Mitglied im Arbeitstisch ${table} und erhalten die Einladungen zu seinen Treffen.`,
  question:
    "Möchten Sie nicht mehr Mitglied sein, treten Sie hier aus. Die Einladungen zu den Tagungen des Netzwerks erhalten Sie weiterhin.",
  button: "Jetzt austreten",
  notMember: (table: string) => `Sie sind nicht (mehr) Mitglied im Arbeitstisch ${table}.`,
  doneTitle: "Sie sind ausgetreten",
  done: (table: string) =>
    `Sie sind nicht mehr Mitglied im Arbeitstisch ${table} und erhalten seine Einladungen nicht mehr.`,
  undo: "War das ein Versehen? Schreiben Sie der Ansprechpartner:in des Arbeitstisches; sie nimmt Sie gern wieder auf.",
  invalidTitle: "Dieser Link ist ungültig",
  invalid: "Bitte prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.",
  expiredTitle: "Dieser Link ist abgelaufen",
  expired: "Bitte verwenden Sie den Link aus einer neueren E-Mail des Arbeitstisches.",
};

const texts: Record<Locale, typeof de> = {
  de,
  en: {
    title: "Leave a work table",
    intro: (table: string) => `You are a member of work table ${table} and receive the invitations to its meetings.`,
    question:
      "If you no longer wish to be a member, you can leave here. You will still be invited to the network's conferences.",
    button: "Leave now",
    notMember: (table: string) => `You are not (or no longer) a member of work table ${table}.`,
    doneTitle: "You have left the work table",
    done: (table: string) =>
      `You are no longer a member of work table ${table} and will not receive its invitations any more.`,
    undo: "Was this a mistake? Write to the work table's contact person; they will gladly add you again.",
    invalidTitle: "This link is not valid",
    invalid: "Please check that you opened the complete link from the email.",
    expiredTitle: "This link has expired",
    expired: "Please use the link from a more recent email of the work table.",
  },
  // Machine translation, needs review by a native speaker.
  uk: {
    title: "Вийти з робочої групи",
    intro: (table: string) => `Ви є членом робочої групи ${table} і отримуєте запрошення на її зустрічі.`,
    question:
      "Якщо Ви більше не бажаєте бути членом групи, вийдіть із неї тут. Запрошення на конференції мережі Ви отримуватимете й надалі.",
    button: "Вийти з групи",
    notMember: (table: string) => `Ви не є (або вже не є) членом робочої групи ${table}.`,
    doneTitle: "Ви вийшли з робочої групи",
    done: (table: string) => `Ви більше не є членом робочої групи ${table} і не отримуватимете її запрошень.`,
    undo: "Це сталося помилково? Напишіть контактній особі робочої групи, і Вас охоче приймуть знову.",
    invalidTitle: "Це посилання недійсне",
    invalid: "Будь ласка, перевірте, чи Ви відкрили повне посилання з листа.",
    expiredTitle: "Термін дії цього посилання минув",
    expired: "Будь ласка, скористайтеся посиланням з новішого листа робочої групи.",
  },
  // Machine translation, needs review by a native speaker.
  ru: {
    title: "Выйти из рабочей группы",
    intro: (table: string) => `Вы являетесь членом рабочей группы ${table} и получаете приглашения на её встречи.`,
    question:
      "Если Вы больше не хотите быть членом группы, выйдите из неё здесь. Приглашения на конференции сети Вы будете получать и дальше.",
    button: "Выйти из группы",
    notMember: (table: string) => `Вы не являетесь (или больше не являетесь) членом рабочей группы ${table}.`,
    doneTitle: "Вы вышли из рабочей группы",
    done: (table: string) =>
      `Вы больше не являетесь членом рабочей группы ${table} и не будете получать её приглашения.`,
    undo: "Это произошло по ошибке? Напишите контактному лицу рабочей группы, и Вас охотно примут снова.",
    invalidTitle: "Эта ссылка недействительна",
    invalid: "Пожалуйста, проверьте, открыли ли Вы полную ссылку из письма.",
    expiredTitle: "Срок действия этой ссылки истёк",
    expired: "Пожалуйста, используйте ссылку из более нового письма рабочей группы.",
  },
  // Machine translation, needs review by a native speaker.
  ar: {
    title: "الانسحاب من مجموعة عمل",
    intro: (table: string) => `لديكم عضوية في مجموعة العمل ${table}، وتصلكم الدعوات إلى اجتماعاتها.`,
    question: "إذا لم تعودوا ترغبون في العضوية، يمكنكم الانسحاب هنا. ستظل تصلكم الدعوات إلى مؤتمرات الشبكة.",
    button: "الانسحاب الآن",
    notMember: (table: string) => `ليست لديكم (أو لم تعد لديكم) عضوية في مجموعة العمل ${table}.`,
    doneTitle: "تم انسحابكم",
    done: (table: string) => `انتهت عضويتكم في مجموعة العمل ${table}، ولن تصلكم دعواتها بعد الآن.`,
    undo: "هل حدث ذلك عن طريق الخطأ؟ راسلوا الشخص المسؤول عن التواصل في مجموعة العمل، وسيُعاد قبولكم بكل سرور.",
    invalidTitle: "هذا الرابط غير صالح",
    invalid: "يرجى التأكد من أنكم فتحتم الرابط كاملًا من الرسالة.",
    expiredTitle: "انتهت صلاحية هذا الرابط",
    expired: "يرجى استخدام الرابط من رسالة أحدث من مجموعة العمل.",
  },
  // Machine translation, needs review by a native speaker.
  tr: {
    title: "Bir çalışma grubundan ayrılma",
    intro: (table: string) => `${table} çalışma grubunun üyesisiniz ve toplantılarına davet ediliyorsunuz.`,
    question:
      "Artık üye olmak istemiyorsanız buradan ayrılabilirsiniz. Ağ konferanslarına davet edilmeye devam edeceksiniz.",
    button: "Şimdi ayrılın",
    notMember: (table: string) => `${table} çalışma grubunun üyesi değilsiniz (veya artık değilsiniz).`,
    doneTitle: "Çalışma grubundan ayrıldınız",
    done: (table: string) => `Artık ${table} çalışma grubunun üyesi değilsiniz ve davetlerini almayacaksınız.`,
    undo: "Bu bir hata mıydı? Çalışma grubunun irtibat kişisine yazın; sizi memnuniyetle yeniden ekler.",
    invalidTitle: "Bu bağlantı geçersiz",
    invalid: "Lütfen e-postadaki bağlantının tamamını açıp açmadığınızı kontrol edin.",
    expiredTitle: "Bu bağlantının süresi doldu",
    expired: "Lütfen çalışma grubundan gelen daha yeni bir e-postadaki bağlantıyı kullanın.",
  },
};

const page = (c: Context<AppEnv>, body: JSX.Element, status: 200 | 404 | 410 = 200) =>
  c.html(html`<!DOCTYPE html>${body}`, status);

function linkProblem(c: Context<AppEnv>, kind: "invalid" | "expired" | "not_found") {
  const t = texts[c.var.locale];
  return page(
    c,
    <MessagePage locale={c.var.locale} title={kind === "expired" ? t.expiredTitle : t.invalidTitle} path="/">
      <p>{kind === "expired" ? t.expired : t.invalid}</p>
    </MessagePage>,
    kind === "expired" ? 410 : 404,
  );
}

/**
 * The link in a table meeting's mails to leave that table. `GET /austreten/:token` only shows the page (mail
 * scanners open links); its button's POST leaves.
 */
export function leavePageRoutes(deps: LeaveDeps, now: () => Date) {
  return new Hono<AppEnv>()
    .get(linkRoute("leave"), async (c) => {
      const token = c.req.param("token");
      const loaded = await loadLeave(deps, token, now());
      if (loaded.kind !== "ok") return linkProblem(c, loaded.kind);
      const t = texts[c.var.locale];
      const table = `${loaded.table.numeral} – ${localizedTexts(loaded.table, c.var.locale).name}`;
      return page(
        c,
        <MessagePage locale={c.var.locale} title={t.title} path={`${LINK_PAGES.leave}/${token}`}>
          {loaded.member ? (
            <>
              <p>{t.intro(table)}</p>
              <p>{t.question}</p>
              <form method="post" action={`${LINK_PAGES.leave}/${token}?lang=${c.var.locale}`}>
                <button type="submit">{t.button}</button>
              </form>
            </>
          ) : (
            <p role="status">{t.notMember(table)}</p>
          )}
        </MessagePage>,
      );
    })
    .post(linkRoute("leave"), async (c) => {
      const token = c.req.param("token");
      const outcome = await leaveTable(deps, token, now());
      if (outcome.kind !== "ok") return linkProblem(c, outcome.kind);
      const t = texts[c.var.locale];
      const table = `${outcome.table.numeral} – ${localizedTexts(outcome.table, c.var.locale).name}`;
      return page(
        c,
        <MessagePage locale={c.var.locale} title={t.doneTitle} path={`${LINK_PAGES.leave}/${token}`}>
          <p role="status">{t.done(table)}</p>
          <p>{t.undo}</p>
        </MessagePage>,
      );
    });
}
