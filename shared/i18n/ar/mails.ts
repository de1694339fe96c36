import { RETENTION } from "../../domain/application.ts";
import { capitalised, countOf, tableName } from "../format.ts";
import { type MailTexts, type MailWords, mailLists } from "../mail-content.ts";
import { network } from "../network.ts";

const words: MailWords = {
  get closing() {
    return ["مع أطيب التحيات", network().name, network().officeNames.ar];
  },
  get table() {
    return capitalised(network().words.ar.workTable, "ar");
  },
  imprint: "الإشعار القانوني",
  privacy: "إشعار الخصوصية",
  hello: "تحية طيبة وبعد،",
  dear: (name) => `السيد/السيدة ${name}، تحية طيبة وبعد،`,
  quote: (name) => `«${name}»`,
};

const { tableLabel, bullets, routeList } = mailLists(words);

// Machine translation, needs review by a native speaker.
export const mails: MailTexts = {
  words,
  tableLabel,
  /** The applicant's mails. */
  applicant: {
    confirm_submission: (d, links) => ({
      subject: `يرجى تأكيد طلبكم لدى ${network().shortName}`,
      greeting: words.hello,
      paragraphs: [
        `نشكركم على اهتمامكم بالمشاركة في ${network().name}. ترغبون في المشاركة في مجموعات العمل التالية:`,
        bullets(d.tables),
        "يرجى تأكيد عنوان بريدكم الإلكتروني. لن نحيل طلبكم إلى الأشخاص المسؤولين عن التواصل إلا بعد ذلك.",
      ],
      action: { label: "تأكيد الطلب", url: links.confirm ?? "" },
      after: [
        `الرابط صالح لمدة ${countOf(RETENTION.unconfirmedDays, "ar", { one: "يوم", two: "يومين", few: "أيام", many: "يومًا", other: "يوم" })}. إذا لم يتم التأكيد، فستُحذف بياناتكم تلقائيًا بعد ذلك.`,
        "إذا لم تقدموا هذا الطلب، يمكنكم تجاهل هذه الرسالة.",
      ],
    }),
    application_forwarded: (d) => ({
      subject: "تمت إحالة طلبكم",
      greeting: words.dear(d.applicantName),
      paragraphs: [
        "نشكركم على التأكيد. لقد أحلنا طلبكم إلى:",
        routeList(d.routes),
        "يتخذ الأشخاص المسؤولون عن التواصل القرار بشأن القبول. سنبلغكم فور اتخاذ القرار.",
      ],
    }),
    application_decided: (d) => {
      const note = d.note ? [`ملاحظة من الشخص المسؤول عن التواصل: ${d.note}`] : [];
      return d.outcome === "accept"
        ? {
            subject: `مرحبًا بكم في مجموعة العمل ${tableName(d.table)}`,
            greeting: words.dear(d.applicantName),
            paragraphs: [
              `تم قبول طلبكم للمشاركة في مجموعة العمل ${tableName(d.table)}. أهلًا وسهلًا بكم!`,
              "بصفتكم شريكًا في الشبكة، ستتلقون من الآن فصاعدًا أيضًا الدعوات إلى مؤتمري الربيع والخريف.",
              ...note,
            ],
          }
        : {
            subject: `طلبكم للانضمام إلى مجموعة العمل ${tableName(d.table)}`,
            greeting: words.dear(d.applicantName),
            paragraphs: [
              `نأسف لإبلاغكم بأن طلبكم للمشاركة في مجموعة العمل ${tableName(d.table)} لم يُقبل.`,
              ...note,
              `ستُحذف بيانات هذا الطلب بعد ${countOf(RETENTION.declinedMonths, "ar", { one: "شهر", two: "شهرين", few: "أشهر", many: "شهرًا", other: "شهر" })}.`,
            ],
          };
    },
  },
  /** A partner's or member's mail of a conference or a table's meeting. */
  conference: {
    labels: {
      what: "الفعالية",
      when: "الموعد",
      where: "المكان",
      online: "المشاركة عبر الإنترنت",
      agenda: "جدول الأعمال",
      minutes: (n: number) => `${n} دقيقة`,
      openTasks: "المهام المفتوحة",
      registrationDeadline: "آخر موعد للتسجيل",
      places: "الأماكن",
      placesLimited: (n) => `محدودة بـ ${n}؛ بعد ذلك قائمة انتظار`,
    },
    subjects: { invitation: "دعوة", reminder: "تذكير", update: "تغيير", cancellation: "إلغاء" },
    paragraphs: {
      invitation: (q) => [
        `يسرّنا أن ندعوكم إلى ${q}.`,
        "يرجى إعلامنا بما إذا كنتم ستشاركون. يمكنكم تغيير ردكم حتى موعد البدء. الموعد مرفق لإضافته إلى تقويمكم.",
      ],
      reminder: (q) => [`نودّ تذكيركم بـ${q}.`],
      update: (q) => [`تغيّر موعد أو مكان ${q}. يحلّ الموعد المرفق محلّ الموعد السابق في تقويمكم.`],
      cancellation: (q) => [`نأسف لإبلاغكم بأن ${q} لن يُعقد. يزيل الموعد المرفق هذا الإدخال من تقويمكم.`],
    },
    rsvp: "تأكيد الحضور أو الاعتذار",
    asMember: (t) =>
      `تتلقون هذه الرسالة بصفتكم عضوًا في مجموعة العمل ${tableName(t)}. عند الرد على هذه الرسالة يصل ردكم إلى الشخص المسؤول عن التواصل في مجموعة العمل.`,
    leave: (url) => `مغادرة مجموعة العمل: ${url}`,
    unsubscribe: (url) => `لإيقاف تلقي رسائل الشبكة: ${url}`,
    asPartner: (url) => `تتلقون هذه الرسالة بصفتكم شريكًا في الشبكة. لإيقاف تلقي الدعوات: ${url}`,
    archive: (url) => `المحاضر المنشورة: ${url}`,
  },
  /** To a member taken off a work table; `table` is "II – …". */
  memberRemoved: (partnerName, table) => ({
    subject: `عضويتكم في مجموعة العمل ${table}`,
    greeting: words.dear(partnerName),
    paragraphs: [
      `لم تعودوا أعضاء في مجموعة العمل ${table}، ولن تتلقوا دعواتها بعد الآن. نشكركم على مساهمتكم.`,
      "سنواصل دعوتكم إلى مؤتمرات الشبكة. إذا كان ذلك خطأً أو كانت لديكم أسئلة، فيكفي أن تردّوا على هذه الرسالة؛ إذ ستصل إلى الشخص المسؤول عن التواصل في مجموعة العمل.",
    ],
  }),
  /** The published minutes of a meeting or conference (issue 21). */
  minutes: {
    subject: (correction) => (correction ? "المحضر المصحَّح" : "المحضر"),
    intro: (q, correction) =>
      correction ? [`نرسل إليكم المحضر المصحَّح لـ ${q}. وهو يحل محل النسخة السابقة.`] : [`نرسل إليكم محضر ${q}.`],
    labels: {
      present: "الحاضرون",
      excused: "المعتذرون",
      text: "المحضر",
      decisions: "القرارات",
      tasks: "المهام",
      due: (date) => `حتى ${date}`,
      deputyFor: (deputy, member) => `${deputy}, نيابةً عن ${member}`,
      nobody: "لم يُسجَّل أحد",
    },
  },
  /** Where a person stands after answering an event with places (issue 22). */
  registration: {
    subjects: {
      confirmed: "تم تأكيد التسجيل",
      waitlisted: "على قائمة الانتظار",
      promoted: "شغر مكان: أصبحتم من المشاركين",
      workshop_promoted: "تم تأكيد مكانكم في ورشة العمل",
      removed: "تم إلغاء التسجيل",
    },
    paragraphs: {
      confirmed: (q) => [`تم تأكيد تسجيلكم في ${q}. يسعدنا حضوركم.`],
      waitlisted: (q, position) => [
        `جميع الأماكن في ${q} محجوزة. ترتيبكم في قائمة الانتظار: ${position}.`,
        "إذا شغر مكان، تنتقلون تلقائيًا إلى قائمة المشاركين وتصلكم رسالة مرفق بها الموعد لإضافته إلى تقويمكم.",
      ],
      promoted: (q) => [`شغر مكان في ${q}: انتقلتم من قائمة الانتظار، وتم تأكيد مكانكم.`],
      workshop_promoted: (q) => [`شغر مكان في إحدى ورش العمل ضمن ${q}: انتقلتم من قائمة الانتظار.`],
      removed: (q) => [`ألغى المنظمون تسجيلكم في ${q}.`],
    },
    labels: { code: "رمز الدخول الخاص بكم", workshops: "ورش العمل" },
    codeHint: "يرجى إبراز رمز QR عند المدخل أو ذكر الرمز.",
    qrAlt: (code) => `رمز QR للدخول، الرمز ${code}`,
    status: {
      confirmed: "تم تأكيد المكان",
      waitlisted: (position) => (position ? `قائمة الانتظار، الترتيب ${position}` : "قائمة الانتظار"),
      pending: "يُخصَّص عند حصولكم على مكان",
    },
    change: "تغيير الرد أو الاعتذار عن الحضور",
    leaveList: "الانسحاب من قائمة الانتظار",
  },
  /** To a task's owner before its due date (issue 21). */
  taskReminder: {
    subject: (event) => `تذكير بمهمتكم: ${event}`,
    paragraphs: (q, task, date) => [
      `توليتم في ${q} هذه المهمة:`,
      task,
      `موعد إنجازها ${date}. عند إنجازها يرجى تعليمها كمنجزة عبر الرابط أدناه.`,
    ],
    action: "تعليم كمنجزة",
  },
  /** To a member whose agenda proposal was decided (issue 21). */
  proposalDecided: {
    subject: (event) => `اقتراحكم لجدول الأعمال: ${event}`,
    paragraphs: (e, item, accepted) =>
      accepted
        ? [`أُدرج اقتراحكم ${item} في جدول أعمال ${e}. شكرًا لكم!`]
        : [
            `لن يُدرج اقتراحكم ${item} في جدول أعمال ${e} هذه المرة. إذا كانت لديكم أسئلة، فيكفي أن تردّوا على هذه الرسالة.`,
          ],
  },
  propose: (url, until) => `اقتراح بند لجدول الأعمال (حتى ${until}): ${url}`,
};
