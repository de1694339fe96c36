import { RETENTION } from "../../domain/application.ts";
import type { Locale } from "../../domain/locale.ts";

/** What the application, confirmation and decision pages say, German first; every language has the same keys. */
const de = {
  formTitle: "Mitarbeit beantragen",
  formIntro:
    "Sie möchten in einem oder mehreren Arbeitstischen mitarbeiten? Füllen Sie das Formular aus. Sie erhalten danach eine E-Mail, mit der Sie Ihren Antrag bestätigen; erst dann geht er an die Ansprechpartner:innen.",
  required: "Pflichtfeld",
  tables: "Arbeitstische",
  tablesHint: "Wählen Sie einen oder mehrere.",
  name: "Name",
  email: "E-Mail-Adresse",
  organisation: "Organisation (optional)",
  organisationType: "Art der Organisation",
  choose: "Bitte wählen",
  engagement: "Ich engagiere mich",
  mandate: "Religionsgemeinschaft, die Sie entsendet",
  mandateHint: "Nur für Arbeitstische, die ein Mandat einer Religionsgemeinschaft voraussetzen (z. B. III).",
  service: "Beratungsdienst",
  serviceHint: "Nur für Arbeitstische der staatlich geförderten Beratung (z. B. V).",
  noService: "Kein Beratungsdienst",
  message: "Nachricht an die Ansprechpartner:innen (optional)",
  consent: "Einwilligung",
  honeypot: "Bitte lassen Sie dieses Feld leer.",
  submit: "Antrag senden",
  showIn: "Formular mit Ihren Angaben anzeigen auf:",
  errorSummary: "Bitte prüfen Sie Ihre Angaben:",
  tooFast: "Das ging sehr schnell. Bitte prüfen Sie Ihre Angaben und senden Sie das Formular noch einmal.",
  formExpired:
    "Das Formular war länger als einen Tag geöffnet. Ihre Angaben sind erhalten; bitte senden Sie es noch einmal.",
  rateLimited:
    "Von dieser Adresse kamen in der letzten Stunde zu viele Anträge. Bitte versuchen Sie es später noch einmal.",
  sentTitle: "Bitte bestätigen Sie Ihren Antrag",
  sentText: (email: string) =>
    `Wir haben eine E-Mail an ${email} geschickt. Bitte öffnen Sie den Link darin, um Ihren Antrag zu bestätigen. Der Link ist ${RETENTION.unconfirmedDays} Tage gültig.`,
  alreadyOpen: "Für diese Arbeitstische liegt schon ein offener Antrag von Ihnen vor; es wurde kein zweiter angelegt:",
  confirmationResent: (email: string) =>
    `Wir haben Ihnen den Bestätigungslink noch einmal an ${email} geschickt. Auch der Link aus der ersten E-Mail bleibt gültig.`,
  confirmationPending:
    "Falls Sie ihn noch nicht bestätigt haben: Die E-Mail mit dem Bestätigungslink ist unterwegs. Sehen Sie bitte auch im Spam-Ordner nach. In einigen Minuten können Sie den Link erneut anfordern, indem Sie das Formular noch einmal senden.",
  confirmTitle: "Antrag bestätigen",
  confirmText: "Bitte bestätigen Sie, dass Sie den Antrag auf Mitarbeit gestellt haben. Danach leiten wir ihn weiter.",
  confirmButton: "Antrag jetzt bestätigen",
  confirmedTitle: "Vielen Dank – Ihr Antrag ist bestätigt",
  confirmedText: "Wir haben Ihren Antrag weitergeleitet an:",
  linkInvalidTitle: "Dieser Link ist ungültig",
  linkInvalidText: "Bitte prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.",
  linkExpiredTitle: "Dieser Link ist abgelaufen",
  linkExpiredText: "Bitte stellen Sie den Antrag bei Bedarf neu.",
  handedOnTitle: "Dieser Antrag wurde weitergegeben",
  handedOnText:
    "Die Koordination hat diesen Antrag an eine andere Person zur Entscheidung weitergegeben. Mit diesem Link können Sie nicht mehr darüber entscheiden. Bei Fragen wenden Sie sich bitte an die Koordination des Netzwerks.",
  decideTitle: "Antrag auf Mitarbeit",
  submittedAt: "Eingegangen",
  workTable: "Arbeitstisch",
  decision: "Ihre Entscheidung",
  accept: "Aufnehmen",
  decline: "Ablehnen",
  note: "Anmerkung an die antragstellende Person (optional)",
  decideButton: "Entscheidung senden",
  decidedTitle: "Entscheidung gespeichert",
  decidedText: (accepted: boolean) =>
    accepted
      ? "Sie haben den Antrag angenommen. Die Person wird informiert und ist nun Netzwerkpartner:in."
      : "Sie haben den Antrag abgelehnt. Die Person wird informiert.",
  alreadyDecided: (accepted: boolean) =>
    `Über diesen Antrag wurde bereits entschieden: ${accepted ? "angenommen" : "abgelehnt"}.`,
  conflict: "Über diesen Antrag wurde bereits anders entschieden; die erste Entscheidung gilt.",
  chooseDecision: "Bitte wählen Sie „Aufnehmen“ oder „Ablehnen“.",
} as const;

/**
 * The shape of the German texts, each text widened to `string` and each function keeping its parameters (returning
 * `string`): a missing or extra key in a language is a compile error.
 */
export type ApplicationTexts = {
  readonly [K in keyof typeof de]: (typeof de)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};

const en: ApplicationTexts = {
  formTitle: "Apply to join",
  formIntro:
    "Would you like to join one or more work tables? Fill in the form. You will then receive an email to confirm your application; only then is it passed on to the contact persons.",
  required: "required",
  tables: "Work tables",
  tablesHint: "Choose one or more.",
  name: "Name",
  email: "Email address",
  organisation: "Organisation (optional)",
  organisationType: "Type of organisation",
  choose: "Please choose",
  engagement: "I am involved",
  mandate: "Religious community that sends you",
  mandateHint: "Only for work tables that require the mandate of a religious community (e.g. III).",
  service: "Counselling service",
  serviceHint: "Only for the work tables of state-funded counselling (e.g. V).",
  noService: "No counselling service",
  message: "Message to the contact persons (optional)",
  consent: "Consent",
  honeypot: "Please leave this field empty.",
  submit: "Send application",
  showIn: "Show the form with your entries in:",
  errorSummary: "Please check your details:",
  tooFast: "That was very quick. Please check your details and send the form again.",
  formExpired: "The form was open for more than a day. Your details are kept; please send it again.",
  rateLimited: "Too many applications came from this address in the last hour. Please try again later.",
  sentTitle: "Please confirm your application",
  sentText: (email: string) =>
    `We have sent an email to ${email}. Please open the link in it to confirm your application. The link is valid for ${RETENTION.unconfirmedDays} days.`,
  alreadyOpen: "You already have an open application for these work tables; no second one was created:",
  confirmationResent: (email: string) =>
    `We have sent the confirmation link to ${email} once more. The link in the first email stays valid too.`,
  confirmationPending:
    "If you have not confirmed it yet: the email with the confirmation link is on its way. Please also check your spam folder. In a few minutes you can ask for the link again by sending the form once more.",
  confirmTitle: "Confirm application",
  confirmText: "Please confirm that you applied to join. We will then forward your application.",
  confirmButton: "Confirm application now",
  confirmedTitle: "Thank you – your application is confirmed",
  confirmedText: "We have forwarded your application to:",
  linkInvalidTitle: "This link is not valid",
  linkInvalidText: "Please check that you opened the complete link from the email.",
  linkExpiredTitle: "This link has expired",
  linkExpiredText: "Please apply again if you wish.",
  handedOnTitle: "This application was handed on",
  handedOnText:
    "The coordination has handed this application on to someone else for a decision. This link can no longer decide it. If you have questions, please contact the network's coordination.",
  decideTitle: "Application to join",
  submittedAt: "Received",
  workTable: "Work table",
  decision: "Your decision",
  accept: "Accept",
  decline: "Decline",
  note: "Note to the applicant (optional)",
  decideButton: "Send decision",
  decidedTitle: "Decision saved",
  decidedText: (accepted: boolean) =>
    accepted
      ? "You accepted the application. The person is informed and is now a network partner."
      : "You declined the application. The person is informed.",
  alreadyDecided: (accepted: boolean) =>
    `This application has already been decided: ${accepted ? "accepted" : "declined"}.`,
  conflict: "This application has already been decided differently; the first decision stands.",
  chooseDecision: "Please choose “Accept” or “Decline”.",
};

// Machine translation, needs review by a native speaker.
const uk: ApplicationTexts = {
  formTitle: "Заявка на участь",
  formIntro:
    "Ви хочете працювати в одній або кількох робочих групах? Заповніть форму. Після цього Ви отримаєте електронний лист, щоб підтвердити заявку. Лише після підтвердження заявка надійде до контактних осіб.",
  required: "обов’язкове поле",
  tables: "Робочі групи",
  tablesHint: "Виберіть одну або кілька.",
  name: "Ім’я та прізвище",
  email: "Адреса електронної пошти",
  organisation: "Організація (необов’язково)",
  organisationType: "Тип організації",
  choose: "Будь ласка, виберіть",
  engagement: "Моя участь",
  mandate: "Релігійна громада, яка Вас делегує",
  mandateHint: "Лише для робочих груп, які вимагають мандата релігійної громади (наприклад, III).",
  service: "Консультаційна служба",
  serviceHint: "Лише для робочих груп консультаційних служб із державним фінансуванням (наприклад, V).",
  noService: "Без консультаційної служби",
  message: "Повідомлення для контактних осіб (необов’язково)",
  consent: "Згода",
  honeypot: "Будь ласка, залиште це поле порожнім.",
  submit: "Надіслати заявку",
  showIn: "Показати форму з Вашими даними мовою:",
  errorSummary: "Будь ласка, перевірте Ваші дані:",
  tooFast: "Це було дуже швидко. Будь ласка, перевірте Ваші дані й надішліть форму ще раз.",
  formExpired: "Форма була відкрита понад добу. Ваші дані збережено. Будь ласка, надішліть форму ще раз.",
  rateLimited: "З цієї адреси за останню годину надійшло забагато заявок. Будь ласка, спробуйте пізніше.",
  sentTitle: "Будь ласка, підтвердьте Вашу заявку",
  sentText: (email: string) =>
    `Ми надіслали електронний лист на адресу ${email}. Будь ласка, відкрийте посилання в ньому, щоб підтвердити заявку. Посилання дійсне ${RETENTION.unconfirmedDays} днів.`,
  alreadyOpen: "У Вас уже є відкрита заявка до цих робочих груп, тому другу заявку не створено:",
  confirmationResent: (email: string) =>
    `Ми ще раз надіслали посилання для підтвердження на адресу ${email}. Посилання з першого листа також залишається дійсним.`,
  confirmationPending:
    "Якщо Ви ще не підтвердили заявку: лист із посиланням для підтвердження вже в дорозі. Будь ласка, перевірте також папку «Спам». За кілька хвилин Ви можете запросити посилання ще раз. Для цього надішліть форму повторно.",
  confirmTitle: "Підтвердити заявку",
  confirmText: "Будь ласка, підтвердьте, що Ви подали заявку на участь. Після цього ми передамо її далі.",
  confirmButton: "Підтвердити заявку зараз",
  confirmedTitle: "Дякуємо! Вашу заявку підтверджено",
  confirmedText: "Ми передали Вашу заявку таким адресатам:",
  linkInvalidTitle: "Це посилання недійсне",
  linkInvalidText: "Будь ласка, перевірте, чи Ви відкрили повне посилання з електронного листа.",
  linkExpiredTitle: "Термін дії цього посилання минув",
  linkExpiredText: "За потреби, будь ласка, подайте заявку ще раз.",
  handedOnTitle: "Цю заявку передано далі",
  handedOnText:
    "Координація передала цю заявку іншій особі для прийняття рішення. За цим посиланням більше не можна прийняти рішення. Якщо у Вас є запитання, зверніться, будь ласка, до координації мережі.",
  decideTitle: "Заявка на участь",
  submittedAt: "Надійшла",
  workTable: "Робоча група",
  decision: "Ваше рішення",
  accept: "Прийняти",
  decline: "Відхилити",
  note: "Примітка для особи, яка подала заявку (необов’язково)",
  decideButton: "Надіслати рішення",
  decidedTitle: "Рішення збережено",
  decidedText: (accepted: boolean) =>
    accepted
      ? "Ви прийняли заявку. Особа отримає повідомлення і тепер входить до партнерів мережі."
      : "Ви відхилили заявку. Особа отримає повідомлення.",
  alreadyDecided: (accepted: boolean) =>
    `Щодо цієї заявки вже ухвалено рішення: ${accepted ? "прийнято" : "відхилено"}.`,
  conflict: "Щодо цієї заявки вже ухвалено інше рішення. Чинним є перше рішення.",
  chooseDecision: "Будь ласка, виберіть «Прийняти» або «Відхилити».",
};

// Machine translation, needs review by a native speaker.
const ru: ApplicationTexts = {
  formTitle: "Заявка на участие",
  formIntro:
    "Вы хотите работать в одной или нескольких рабочих группах? Заполните форму. После этого Вы получите электронное письмо, чтобы подтвердить заявку. Только после подтверждения заявка будет передана контактным лицам.",
  required: "обязательное поле",
  tables: "Рабочие группы",
  tablesHint: "Выберите одну или несколько.",
  name: "Имя и фамилия",
  email: "Адрес электронной почты",
  organisation: "Организация (необязательно)",
  organisationType: "Тип организации",
  choose: "Пожалуйста, выберите",
  engagement: "Моё участие",
  mandate: "Религиозная община, которая Вас направляет",
  mandateHint: "Только для рабочих групп, которые требуют мандата религиозной общины (например, III).",
  service: "Консультационная служба",
  serviceHint: "Только для рабочих групп консультационных служб с государственным финансированием (например, V).",
  noService: "Без консультационной службы",
  message: "Сообщение для контактных лиц (необязательно)",
  consent: "Согласие",
  honeypot: "Пожалуйста, оставьте это поле пустым.",
  submit: "Отправить заявку",
  showIn: "Показать форму с Вашими данными на языке:",
  errorSummary: "Пожалуйста, проверьте Ваши данные:",
  tooFast: "Это было очень быстро. Пожалуйста, проверьте Ваши данные и отправьте форму ещё раз.",
  formExpired: "Форма была открыта больше суток. Ваши данные сохранены. Пожалуйста, отправьте форму ещё раз.",
  rateLimited: "С этого адреса за последний час поступило слишком много заявок. Пожалуйста, попробуйте позже.",
  sentTitle: "Пожалуйста, подтвердите Вашу заявку",
  sentText: (email: string) =>
    `Мы отправили электронное письмо на адрес ${email}. Пожалуйста, откройте ссылку в нём, чтобы подтвердить заявку. Ссылка действительна ${RETENTION.unconfirmedDays} дней.`,
  alreadyOpen: "У Вас уже есть открытая заявка в эти рабочие группы, поэтому вторая заявка не создана:",
  confirmationResent: (email: string) =>
    `Мы ещё раз отправили ссылку для подтверждения на адрес ${email}. Ссылка из первого письма тоже остаётся действительной.`,
  confirmationPending:
    "Если Вы ещё не подтвердили заявку: письмо со ссылкой для подтверждения уже в пути. Пожалуйста, проверьте также папку «Спам». Через несколько минут Вы можете запросить ссылку снова. Для этого отправьте форму ещё раз.",
  confirmTitle: "Подтвердить заявку",
  confirmText: "Пожалуйста, подтвердите, что Вы подали заявку на участие. После этого мы передадим её дальше.",
  confirmButton: "Подтвердить заявку сейчас",
  confirmedTitle: "Спасибо! Ваша заявка подтверждена",
  confirmedText: "Мы передали Вашу заявку следующим адресатам:",
  linkInvalidTitle: "Эта ссылка недействительна",
  linkInvalidText: "Пожалуйста, проверьте, открыли ли Вы полную ссылку из письма.",
  linkExpiredTitle: "Срок действия этой ссылки истёк",
  linkExpiredText: "При необходимости, пожалуйста, подайте заявку заново.",
  handedOnTitle: "Эта заявка передана дальше",
  handedOnText:
    "Координация передала эту заявку другому человеку для принятия решения. По этой ссылке решение больше принять нельзя. Если у Вас есть вопросы, обратитесь, пожалуйста, в координацию сети.",
  decideTitle: "Заявка на участие",
  submittedAt: "Поступила",
  workTable: "Рабочая группа",
  decision: "Ваше решение",
  accept: "Принять",
  decline: "Отклонить",
  note: "Примечание для человека, подавшего заявку (необязательно)",
  decideButton: "Отправить решение",
  decidedTitle: "Решение сохранено",
  decidedText: (accepted: boolean) =>
    accepted
      ? "Вы приняли заявку. Человек получит уведомление и теперь входит в число партнёров сети."
      : "Вы отклонили заявку. Человек получит уведомление.",
  alreadyDecided: (accepted: boolean) => `По этой заявке уже принято решение: ${accepted ? "принята" : "отклонена"}.`,
  conflict: "По этой заявке уже принято другое решение. Действует первое решение.",
  chooseDecision: "Пожалуйста, выберите «Принять» или «Отклонить».",
};

// Machine translation, needs review by a native speaker.
const ar: ApplicationTexts = {
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
  workTable: "مجموعة العمل",
  decision: "قراركم",
  accept: "قبول",
  decline: "رفض",
  note: "ملاحظة إلى الشخص مقدم الطلب (اختياري)",
  decideButton: "إرسال القرار",
  decidedTitle: "تم حفظ القرار",
  decidedText: (accepted: boolean) =>
    accepted ? "لقد قبلتم الطلب. سيتم إبلاغ الشخص، وأصبح الآن من شركاء الشبكة." : "لقد رفضتم الطلب. سيتم إبلاغ الشخص.",
  alreadyDecided: (accepted: boolean) => `تم البت في هذا الطلب بالفعل: ${accepted ? "مقبول" : "مرفوض"}.`,
  conflict: "تم البت في هذا الطلب بالفعل بقرار مختلف. القرار الأول هو المعتمد.",
  chooseDecision: "يرجى اختيار «قبول» أو «رفض».",
};

// Machine translation, needs review by a native speaker.
const tr: ApplicationTexts = {
  formTitle: "Katılım başvurusu",
  formIntro:
    "Bir veya birden fazla çalışma grubunda yer almak mı istiyorsunuz? Formu doldurun. Ardından başvurunuzu onaylamanız için bir e-posta alacaksınız. Başvurunuz ancak bundan sonra iletişim kişilerine iletilir.",
  required: "zorunlu alan",
  tables: "Çalışma grupları",
  tablesHint: "Bir veya birden fazlasını seçin.",
  name: "Ad soyad",
  email: "E-posta adresi",
  organisation: "Kuruluş (isteğe bağlı)",
  organisationType: "Kuruluş türü",
  choose: "Lütfen seçin",
  engagement: "Katılım şekli",
  mandate: "Sizi görevlendiren dini topluluk",
  mandateHint: "Yalnızca dini bir topluluğun görevlendirmesini gerektiren çalışma grupları için (ör. III).",
  service: "Danışmanlık hizmeti",
  serviceHint: "Yalnızca devlet destekli danışmanlık hizmetlerinin çalışma grupları için (ör. V).",
  noService: "Danışmanlık hizmeti yok",
  message: "İletişim kişilerine mesaj (isteğe bağlı)",
  consent: "Onay",
  honeypot: "Lütfen bu alanı boş bırakın.",
  submit: "Başvuruyu gönder",
  showIn: "Formu girdiğiniz bilgilerle şu dilde göster:",
  errorSummary: "Lütfen bilgilerinizi kontrol edin:",
  tooFast: "Bu çok hızlı oldu. Lütfen bilgilerinizi kontrol edin ve formu tekrar gönderin.",
  formExpired: "Form bir günden uzun süre açık kaldı. Bilgileriniz korundu. Lütfen formu tekrar gönderin.",
  rateLimited: "Son bir saat içinde bu adresten çok fazla başvuru geldi. Lütfen daha sonra tekrar deneyin.",
  sentTitle: "Lütfen başvurunuzu onaylayın",
  sentText: (email: string) =>
    `${email} adresine bir e-posta gönderdik. Başvurunuzu onaylamak için lütfen içindeki bağlantıyı açın. Bağlantı ${RETENTION.unconfirmedDays} gün geçerlidir.`,
  alreadyOpen: "Bu çalışma grupları için zaten açık bir başvurunuz var. İkinci bir başvuru oluşturulmadı:",
  confirmationResent: (email: string) =>
    `Onay bağlantısını ${email} adresine bir kez daha gönderdik. İlk e-postadaki bağlantı da geçerliliğini korur.`,
  confirmationPending:
    "Henüz onaylamadıysanız: Onay bağlantısını içeren e-posta yolda. Lütfen istenmeyen posta (spam) klasörünüze de bakın. Birkaç dakika sonra formu tekrar göndererek bağlantıyı yeniden isteyebilirsiniz.",
  confirmTitle: "Başvuruyu onayla",
  confirmText: "Lütfen katılım başvurusunu sizin yaptığınızı onaylayın. Ardından başvurunuzu ileteceğiz.",
  confirmButton: "Başvuruyu şimdi onayla",
  confirmedTitle: "Teşekkür ederiz – başvurunuz onaylandı",
  confirmedText: "Başvurunuzu şu kişilere ilettik:",
  linkInvalidTitle: "Bu bağlantı geçersiz",
  linkInvalidText: "Lütfen e-postadaki bağlantının tamamını açıp açmadığınızı kontrol edin.",
  linkExpiredTitle: "Bu bağlantının süresi doldu",
  linkExpiredText: "Gerekirse lütfen yeniden başvurun.",
  handedOnTitle: "Bu başvuru devredildi",
  handedOnText:
    "Koordinasyon bu başvuruyu karar vermesi için başka bir kişiye devretti. Bu bağlantıyla artık karar verilemez. Sorularınız varsa lütfen ağın koordinasyonuyla iletişime geçin.",
  decideTitle: "Katılım başvurusu",
  submittedAt: "Geliş tarihi",
  workTable: "Çalışma grubu",
  decision: "Kararınız",
  accept: "Kabul et",
  decline: "Reddet",
  note: "Başvuru sahibine not (isteğe bağlı)",
  decideButton: "Kararı gönder",
  decidedTitle: "Karar kaydedildi",
  decidedText: (accepted: boolean) =>
    accepted
      ? "Başvuruyu kabul ettiniz. Kişiye bilgi verilecek. Kişi artık ağın ortaklarından biridir."
      : "Başvuruyu reddettiniz. Kişiye bilgi verilecek.",
  alreadyDecided: (accepted: boolean) =>
    `Bu başvuru hakkında zaten karar verildi: ${accepted ? "kabul edildi" : "reddedildi"}.`,
  conflict: "Bu başvuru hakkında zaten farklı bir karar verildi. İlk karar geçerlidir.",
  chooseDecision: "Lütfen “Kabul et” veya “Reddet” seçeneğini seçin.",
};

const texts: Record<Locale, ApplicationTexts> = { de, en, uk, ru, ar, tr };

export function applicationTexts(locale: Locale): ApplicationTexts {
  return texts[locale];
}
