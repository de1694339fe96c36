import { RETENTION } from "../../domain/application.ts";
import type { WebTexts } from "../de/web.ts";
import { capitalised } from "../format.ts";
import { network } from "../network.ts";

// Machine translation, needs review by a native speaker.
export const web: WebTexts = {
  /** The frame of every public page: header, footer, language switch, the home page. */
  page: {
    get network() {
      return network().names.ar;
    },
    skip: "الانتقال إلى المحتوى",
    headerLabel: "رأس الصفحة",
    languageNav: "اللغة",
    errorPrefix: "خطأ",
    easyLanguageLink: "الشبكة باللغة الألمانية المبسطة (Leichte Sprache)",
    get homeTitle() {
      return capitalised(network().words.ar.workTables, "ar");
    },
    get homeIntro() {
      return network().descriptions.ar;
    },
    get workTable() {
      return capitalised(network().words.ar.workTable, "ar");
    },
    audience: "الفئة المستهدفة",
    admission: "شروط المشاركة",
    contact: "الشخص المسؤول عن التواصل",
    noTables: "لا توجد مجموعات عمل مسجلة حاليًا.",
    footerLabel: "تذييل الصفحة",
    get footer() {
      return network().footers.ar;
    },
    legalNav: "معلومات قانونية",
    germanOnly: "هذا النص متوفر باللغة الألمانية فقط. النص الألماني هو المعتمد.",
    notFoundTitle: "الصفحة غير موجودة",
    notFoundText: "هذه الصفحة غير موجودة.",
    backHome: "إلى قائمة مجموعات العمل",
  },
  /** The application form, and the pages behind the links in mails: confirm, decide. */
  application: {
    formTitle: "طلب المشاركة",
    formIntro:
      "هل ترغبون في المشاركة في مجموعة عمل واحدة أو أكثر؟ يرجى تعبئة النموذج. بعد ذلك ستصلكم رسالة بريد إلكتروني لتأكيد طلبكم. ولا يُرسَل الطلب إلى الأشخاص المسؤولين عن التواصل إلا بعد التأكيد.",
    required: "حقل إلزامي",
    tables: "مجموعات العمل",
    tablesHint: "يرجى اختيار مجموعة واحدة أو أكثر.",
    name: "الاسم",
    email: "عنوان البريد الإلكتروني",
    organisation: "المنظمة (اختياري)",
    organisationType: "نوع المنظمة",
    choose: "يرجى الاختيار",
    engagement: "طبيعة المشاركة",
    mandate: "الجماعة الدينية التي تنتدبكم",
    mandateHint: "فقط لمجموعات العمل التي تشترط تفويضًا من جماعة دينية (مثل III).",
    service: "خدمة الاستشارة",
    serviceHint: "فقط لمجموعات العمل الخاصة بخدمات الاستشارة الممولة من الدولة (مثل V).",
    noService: "بدون خدمة استشارة",
    message: "رسالة إلى الأشخاص المسؤولين عن التواصل (اختياري)",
    consent: "الموافقة",
    honeypot: "يرجى ترك هذا الحقل فارغًا.",
    submit: "إرسال الطلب",
    showIn: "عرض النموذج مع بياناتكم باللغة:",
    errorSummary: "يرجى التحقق من بياناتكم:",
    tooFast: "كان ذلك سريعًا جدًا. يرجى التحقق من بياناتكم وإرسال النموذج مرة أخرى.",
    formExpired: "ظل النموذج مفتوحًا أكثر من يوم. بياناتكم محفوظة. يرجى إرسال النموذج مرة أخرى.",
    rateLimited: "وصل عدد كبير جدًا من الطلبات من هذا العنوان خلال الساعة الأخيرة. يرجى المحاولة مرة أخرى لاحقًا.",
    sentTitle: "يرجى تأكيد طلبكم",
    sentText: (email: string) =>
      `أرسلنا رسالة بريد إلكتروني إلى ${email}. يرجى فتح الرابط الموجود فيها لتأكيد طلبكم. الرابط صالح لمدة ${RETENTION.unconfirmedDays} أيام.`,
    alreadyOpen: "لديكم بالفعل طلب مفتوح لمجموعات العمل هذه، لذلك لم يُنشأ طلب ثانٍ:",
    confirmationResent: (email: string) =>
      `أرسلنا إليكم رابط التأكيد مرة أخرى إلى ${email}. ويبقى الرابط الوارد في الرسالة الأولى صالحًا أيضًا.`,
    confirmationPending:
      "إذا لم تؤكدوا طلبكم بعد: رسالة البريد الإلكتروني التي تحتوي على رابط التأكيد في الطريق إليكم. يرجى التحقق أيضًا من مجلد الرسائل غير المرغوب فيها (Spam). بعد بضع دقائق يمكنكم طلب الرابط مرة أخرى بإرسال النموذج من جديد.",
    confirmTitle: "تأكيد الطلب",
    confirmText: "يرجى التأكيد أنكم قدمتم طلب المشاركة. بعد ذلك سنرسل طلبكم إلى الجهات المعنية.",
    confirmButton: "تأكيد الطلب الآن",
    confirmedTitle: "شكرًا لكم – تم تأكيد طلبكم",
    confirmedText: "أرسلنا طلبكم إلى:",
    linkInvalidTitle: "هذا الرابط غير صالح",
    linkInvalidText: "يرجى التحقق من أنكم فتحتم الرابط كاملًا من رسالة البريد الإلكتروني.",
    linkExpiredTitle: "انتهت صلاحية هذا الرابط",
    linkExpiredText: "يرجى تقديم الطلب من جديد عند الحاجة.",
    handedOnTitle: "تمت إحالة هذا الطلب",
    handedOnText:
      "أحالت جهة التنسيق هذا الطلب إلى شخص آخر لاتخاذ القرار. لم يعد بالإمكان اتخاذ قرار بشأنه من خلال هذا الرابط. إذا كانت لديكم أسئلة، يرجى التواصل مع جهة تنسيق الشبكة.",
    decideTitle: "طلب المشاركة",
    submittedAt: "تاريخ الاستلام",
    get workTable() {
      return capitalised(network().words.ar.workTable, "ar");
    },
    decision: "قراركم",
    accept: "قبول",
    decline: "رفض",
    note: "ملاحظة إلى الشخص مقدم الطلب (اختياري)",
    decideButton: "إرسال القرار",
    decidedTitle: "تم حفظ القرار",
    decidedText: (accepted: boolean) =>
      accepted
        ? "لقد قبلتم الطلب. سيتم إبلاغ الشخص، وأصبح الآن من شركاء الشبكة."
        : "لقد رفضتم الطلب. سيتم إبلاغ الشخص.",
    alreadyDecided: (accepted: boolean) => `تم البت في هذا الطلب بالفعل: ${accepted ? "مقبول" : "مرفوض"}.`,
    conflict: "تم البت في هذا الطلب بالفعل بقرار مختلف. القرار الأول هو المعتمد.",
    chooseDecision: "يرجى اختيار «قبول» أو «رفض».",
  },
  /** The answer to an invitation. */
  eventLinks: {
    taskTitle: "مهمتكم",
    from: "من",
    due: "موعد الإنجاز",
    state: "الحالة",
    open: "مفتوحة",
    done: "منجزة",
    markDone: "تعليم كمنجزة",
    doneNow: "شكرًا لكم، تم تعليم المهمة كمنجزة.",
    doneBefore: "هذه المهمة منجزة بالفعل.",
    archiveTitle: (name: string): string => `المحاضر: ${name}`,
    archiveIntro:
      "تجدون هنا المحاضر المنشورة، الأحدث أولًا. هذا الرابط لكم وحدكم ويسري ما دمتم مشاركين؛ يرجى عدم تمريره لغيركم.",
    archiveNone: "لا توجد محاضر منشورة بعد.",
    noAccess: "لم يعد هذا الرابط صالحًا لأنكم لم تعودوا مشاركين.",
    noAccessTitle: "لم يعد الوصول ممكنًا",
    conferences: "مؤتمرات الشبكة",
    when: "متى",
    where: "أين",
    present: "الحاضرون",
    excused: "المعتذرون",
    agenda: "جدول الأعمال",
    text: "المحضر",
    decisions: "القرارات",
    tasks: "المهام",
    nobody: "لم يُسجَّل أحد",
    published: (date: string): string => `نُشر في ${date}`,
    corrected: (n: number, date: string): string => `النسخة المصحَّحة ${n}، نُشرت في ${date}`,
    dueBy: (date: string): string => `حتى ${date}`,
    deputyFor: (deputy: string, member: string): string => `${deputy}, نيابةً عن ${member}`,
    proposeTitle: "اقتراح بند لجدول الأعمال",
    proposeIntro: (until: string): string =>
      `اقترحوا بندًا؛ سيقبله الشخص المسؤول عن التواصل أو يرفضه، وستتلقون رسالة بذلك. يمكن تقديم الاقتراحات حتى ${until}.`,
    proposeClosed: "لم يعد تقديم اقتراحات لجدول الأعمال هذا ممكنًا.",
    proposalTitle: "عنوان البند",
    proposalNote: "ما موضوعه؟ (اختياري)",
    proposalMinutes: "كم دقيقة؟ (اختياري)",
    proposeButton: "إرسال الاقتراح",
    proposed: "شكرًا لكم، وصل اقتراحكم.",
    yourProposals: "اقتراحاتكم",
    proposalStates: { proposed: "بانتظار القرار", accepted: "مقبول", declined: "مرفوض" },
    tooMany: "لقد اقترحتم خمسة بنود بالفعل؛ لا يمكن اقتراح المزيد.",
  },
  rsvp: {
    when: "الموعد",
    where: "المكان",
    agenda: "جدول الأعمال",
    question: "هل ستحضرون؟",
    yes: "نعم، سأحضر",
    no: "لا، لا أستطيع الحضور",
    current: (yes: boolean) =>
      `إجابتكم: ${yes ? "نعم، سأحضر." : "لا، لا أستطيع الحضور."} يمكنكم تغييرها حتى موعد البدء.`,
    saved: "شكرًا لكم، تم حفظ إجابتكم.",
    minutes: (n: number): string => `${n} دقيقة`,
    deputy: "من ينوب عنكم من مؤسستكم (اختياري)",
    deputyHint: "هل سيحضر شخص آخر من مؤسستكم بدلاً منكم؟ أدخلوا اسمه هنا وأكدوا المشاركة.",
    deputyInvalid: "يرجى إدخال اسم فقط (120 حرفًا كحد أقصى، بدون روابط).",
    currentDeputy: (name: string): string => `سيحضر بدلاً منكم: ${name}.`,
    closed: "بدأ المؤتمر أو تم إلغاؤه. لم يعد من الممكن تغيير الإجابة.",
    /** Places, waiting list and workshops (issue 22). */
    places: {
      confirmed: "تم تأكيد مكانكم.",
      waitlisted: (position: number): string =>
        `جميع الأماكن محجوزة. ترتيبكم في قائمة الانتظار: ${position}. إذا شغر مكان، تنتقلون تلقائيًا إلى قائمة المشاركين وتصلكم رسالة بريد إلكتروني.`,
      cancelled: "لقد اعتذرتم عن الحضور.",
      left: (free: number, capacity: number): string => `الأماكن المتاحة: ${free} من ${capacity}.`,
      full: "جميع الأماكن محجوزة؛ من يؤكد حضوره الآن يُدرج في قائمة الانتظار.",
      deadline: (date: string): string => `آخر موعد للتسجيل: ${date}.`,
      deadlinePassed: "انتهى موعد التسجيل؛ لم يعد تأكيد الحضور ممكنًا. لا يزال بإمكانكم الاعتذار عن الحضور.",
      organisationFull: (limit: number): string =>
        `بلغ عدد المسجلين من مؤسستكم الحد الأقصى (${limit})؛ لا تتوفر أماكن إضافية لكل مؤسسة.`,
      leave: "الانسحاب من قائمة الانتظار",
      code: (code: string): string => `رمز الدخول الخاص بكم: ${code}`,
      workshops: "ورش العمل",
      workshopsHint: "اختاروا ورشة عمل واحدة على الأكثر لكل فترة زمنية.",
      none: "بدون ورشة عمل",
      placesLeft: (free: number): string => (free > 0 ? `الأماكن المتاحة: ${free}` : "مكتمل، قائمة الانتظار"),
      status: {
        confirmed: "تم تأكيد المكان",
        waitlisted: (position: number | undefined): string =>
          position ? `قائمة الانتظار، الترتيب ${position}` : "قائمة الانتظار",
        pending: "يُخصَّص عند حصولكم على مكان",
      },
      workshopsInvalid: "يرجى اختيار ورشة عمل واحدة على الأكثر من الورش المعروضة لكل فترة زمنية.",
    },
  },
  /** Leaving the conference mailing list. */
  unsubscribe: {
    title: "إلغاء الاشتراك في رسائل المؤتمرات",
    intro: (email: string) =>
      `بصفتكم شريكًا في شبكة ${network().name}، تصلكم على العنوان ${email} دعوات ومعلومات حول مؤتمرات الشبكة.`,
    question:
      "إذا لم تعودوا ترغبون في تلقي هذه الرسائل، يمكنكم إلغاء الاشتراك هنا. لا يؤثر ذلك على عضويتكم في مجموعات العمل.",
    button: "إلغاء الاشتراك الآن",
    already: "تم إلغاء اشتراك هذا العنوان من قبل. لن تصلكم بعد الآن رسائل حول مؤتمرات الشبكة.",
    doneTitle: "تم إلغاء اشتراككم",
    done: (email: string) => `لن تصلكم بعد الآن على العنوان ${email} رسائل حول مؤتمرات الشبكة.`,
    get undo() {
      return `هل حدث ذلك عن طريق الخطأ؟ بناءً على طلبكم، يعيد منسقو الشبكة (${network().officeNames.ar}) إضافتكم إلى قائمة المراسلات.`;
    },
    invalidTitle: "هذا الرابط غير صالح",
    invalid: "يرجى التأكد من أنكم فتحتم الرابط كاملًا من الرسالة.",
    expiredTitle: "انتهت صلاحية هذا الرابط",
    expired: "يرجى استخدام رابط إلغاء الاشتراك من رسالة أحدث، أو التواصل مع منسقي الشبكة.",
  },
  /** Leaving one work table. */
  leave: {
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
};
