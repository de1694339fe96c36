import type { FieldTexts } from "../de/fields.ts";

// Machine translation, needs review by a native speaker.
export const fields: FieldTexts = {
  /** Problem titles and details (the English ones are the code's own). */
  problems: {
    "Bad Request": "طلب غير صالح",
    "Not Found": "غير موجود",
    Conflict: "تعارض",
    Gone: "لم يعد صالحًا",
    "Content Too Large": "المحتوى كبير جدًا",
    "Unsupported Media Type": "تنسيق غير صحيح",
    "Unprocessable Content": "بيانات غير صالحة",
    "Too Many Requests": "طلبات كثيرة جدًا",
    "Internal Server Error": "خطأ داخلي",
    "Service Unavailable": "غير متاح مؤقتًا",
    "The body is not valid UTF-8 JSON.": "المحتوى ليس JSON صالحًا بترميز UTF-8.",
    "Send the body as application/json.": "يرجى إرسال المحتوى بصيغة application/json.",
    "The request body has invalid fields; see errors.": "بعض الحقول غير صحيحة؛ انظر errors.",
    "The request has invalid query parameters; see errors.": "بعض معاملات الطلب غير صحيحة؛ انظر errors.",
    "Too many applications from this address; please try again later.":
      "وصلت طلبات كثيرة جدًا من هذا العنوان؛ يرجى المحاولة لاحقًا.",
    "There is no work table with this id.": "لا توجد مجموعة عمل بهذا المعرّف.",
    "There is no such resource.": "هذا المورد غير موجود.",
    "This link has expired. / Dieser Link ist abgelaufen.": "انتهت صلاحية هذا الرابط.",
    "This link is not valid. / Dieser Link ist ungültig.": "هذا الرابط غير صالح.",
    "This application has already been decided differently.": "تم بالفعل اتخاذ قرار مختلف بشأن هذا الطلب.",
    "This application was handed on to someone else; this link no longer decides it.":
      "أُحيل هذا الطلب إلى شخص آخر؛ لم يعد بالإمكان اتخاذ قرار بشأنه من خلال هذا الرابط.",
    "The conference has started or was cancelled; answers can no longer change.":
      "بدأت الفعالية أو أُلغيت؛ لم يعد بالإمكان تغيير الردود.",
    "Something went wrong on our side. Please try again later.": "حدث خطأ لدينا. يرجى المحاولة لاحقًا.",
    "A backing service is not ready.": "إحدى الخدمات اللازمة ليست جاهزة بعد.",
  } as Record<string, string>,
  problemPatterns: [],
  /** A schema's own messages, and checks across fields, worded for people. */
  messages: {
    "must be a single line without control characters": "يرجى كتابة هذا في سطر واحد، من دون أحرف تحكم.",
    "must not contain control characters": "يرجى حذف أحرف التحكم من هذا النص.",
  } as Record<string, string>,
  messagePatterns: [],
  /** The generic messages, by the kind of problem the validator found. */
  issues: {
    required: "يرجى إدخال هذه المعلومة.",
    empty: "يرجى ملء هذا الحقل.",
    tooShort: (n) => `يرجى إدخال ${n} حرفًا على الأقل.`,
    tooLong: (n) => `يرجى إدخال ${n} حرفًا كحد أقصى.`,
    tooFew: (n) => `يرجى اختيار ${n} على الأقل.`,
    tooMany: (n) => `يرجى اختيار ${n} كحد أقصى.`,
    tooSmall: (n) => `يرجى إدخال رقم لا يقل عن ${n}.`,
    tooBig: (n) => `يرجى إدخال رقم لا يزيد عن ${n}.`,
    wholeNumber: "يرجى إدخال عدد صحيح.",
    email: "يرجى إدخال عنوان بريد إلكتروني صالح.",
    url: "يرجى إدخال رابط كامل يبدأ بـ https://.",
    dateTime: "يرجى إدخال التاريخ والوقت مع المنطقة الزمنية، مثلًا 2027-04-22T09:00:00+02:00.",
    format: "هذه المعلومة ليست بالشكل المتوقع.",
    oneOf: (values) => `يرجى اختيار إحدى هذه القيم: ${values}.`,
    unknownField: "لا يوجد مثل هذا الحقل هنا. يرجى حذفه.",
    wrongType: "هذه المعلومة من نوع خاطئ، مثلًا رقم بدلًا من نص.",
    invalid: "يرجى التحقق من هذه المعلومة.",
  },
  /** The application form's fields, each with its own message (the form and `POST /api/applications`). */
  application: {
    workTableIds: "يرجى اختيار مجموعة عمل واحدة على الأقل.",
    name: "يرجى إدخال اسمكم: سطر واحد، 120 حرفًا كحد أقصى، من دون روابط أو عناوين بريد إلكتروني.",
    email: "يرجى إدخال عنوان بريد إلكتروني صالح.",
    organisation: "يرجى ألا يتجاوز النص 200 حرف في سطر واحد.",
    organisationType: "يرجى اختيار نوع منظمتكم.",
    engagement: "يرجى اختيار ما إذا كانت مشاركتكم مهنية أو تطوعية.",
    mandateCommunity:
      "إحدى مجموعات العمل المختارة لا تقبل المشاركين إلا بتفويض من جماعة دينية. يرجى ذكر اسم الجماعة الدينية.",
    service:
      "إحدى مجموعات العمل المختارة مخصصة فقط لخدمات الاستشارة الممولة من الدولة. يرجى اختيار خدمتكم (MBE أو JMD).",
    message: "يرجى ألا يتجاوز النص 2000 حرف.",
    consent: "يرجى الموافقة على معالجة بياناتكم.",
    website: "يرجى ترك هذا الحقل فارغًا.",
  },
};
