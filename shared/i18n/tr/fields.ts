import type { FieldTexts } from "../de/fields.ts";

// Machine translation, needs review by a native speaker.
export const fields: FieldTexts = {
  /** Problem titles and details (the English ones are the code's own). */
  problems: {
    "Bad Request": "Geçersiz istek",
    "Not Found": "Bulunamadı",
    Conflict: "Çakışma",
    Gone: "Artık geçerli değil",
    "Content Too Large": "İçerik çok büyük",
    "Unsupported Media Type": "Yanlış biçim",
    "Unprocessable Content": "Geçersiz bilgiler",
    "Too Many Requests": "Çok fazla istek",
    "Internal Server Error": "İç hata",
    "Service Unavailable": "Geçici olarak kullanılamıyor",
    "The body is not valid UTF-8 JSON.": "İçerik geçerli bir UTF-8 JSON değil.",
    "Send the body as application/json.": "Lütfen içeriği application/json olarak gönderin.",
    "The request body has invalid fields; see errors.": "Bazı alanlar hatalı; errors alanına bakın.",
    "The request has invalid query parameters; see errors.": "Bazı sorgu parametreleri hatalı; errors alanına bakın.",
    "Too many applications from this address; please try again later.":
      "Bu adresten çok fazla başvuru geldi; lütfen daha sonra tekrar deneyin.",
    "There is no work table with this id.": "Bu kimliğe sahip bir çalışma grubu yok.",
    "There is no such resource.": "Böyle bir kaynak yok.",
    "This link has expired. / Dieser Link ist abgelaufen.": "Bu bağlantının süresi doldu.",
    "This link is not valid. / Dieser Link ist ungültig.": "Bu bağlantı geçersiz.",
    "This application has already been decided differently.": "Bu başvuru hakkında zaten farklı bir karar verildi.",
    "This application was handed on to someone else; this link no longer decides it.":
      "Bu başvuru başka birine devredildi; bu bağlantıyla artık karar verilemez.",
    "The conference has started or was cancelled; answers can no longer change.":
      "Etkinlik başladı veya iptal edildi; yanıtlar artık değiştirilemez.",
    "Something went wrong on our side. Please try again later.":
      "Bizim tarafımızda bir sorun oluştu. Lütfen daha sonra tekrar deneyin.",
    "A backing service is not ready.": "Gerekli bir hizmet henüz hazır değil.",
  } as Record<string, string>,
  problemPatterns: [],
  /** A schema's own messages, and checks across fields, worded for people. */
  messages: {
    "must be a single line without control characters": "Lütfen bunu kontrol karakterleri olmadan tek satıra yazın.",
    "must not contain control characters": "Lütfen bu metindeki kontrol karakterlerini kaldırın.",
  } as Record<string, string>,
  messagePatterns: [],
  /** The generic messages, by the kind of problem the validator found. */
  issues: {
    required: "Lütfen bunu belirtin.",
    empty: "Lütfen bu alanı doldurun.",
    tooShort: (n) => `Lütfen en az ${n} karakter girin.`,
    tooLong: (n) => `Lütfen en fazla ${n} karakter girin.`,
    tooFew: (n) => `Lütfen en az ${n} tane seçin.`,
    tooMany: (n) => `Lütfen en fazla ${n} tane seçin.`,
    tooSmall: (n) => `Lütfen ${n} veya daha büyük bir sayı girin.`,
    tooBig: (n) => `Lütfen ${n} veya daha küçük bir sayı girin.`,
    wholeNumber: "Lütfen bir tam sayı girin.",
    email: "Lütfen geçerli bir e-posta adresi girin.",
    url: "Lütfen https:// ile başlayan tam bir bağlantı girin.",
    dateTime: "Lütfen tarih ve saati saat dilimiyle birlikte girin, örneğin 2027-04-22T09:00:00+02:00.",
    format: "Bu bilgi beklenen biçimde değil.",
    oneOf: (values) => `Lütfen şu değerlerden birini seçin: ${values}.`,
    unknownField: "Burada böyle bir alan yok. Lütfen bunu göndermeyin.",
    wrongType: "Bu bilgi yanlış türde, örneğin metin yerine sayı.",
    invalid: "Lütfen bu bilgiyi kontrol edin.",
  },
  /** The application form's fields, each with its own message (the form and `POST /api/applications`). */
  application: {
    workTableIds: "Lütfen en az bir çalışma grubu seçin.",
    name: "Lütfen adınızı girin: tek satır, en fazla 120 karakter, bağlantı veya e-posta adresi olmadan.",
    email: "Lütfen geçerli bir e-posta adresi girin.",
    organisation: "Lütfen tek satırda en fazla 200 karakter girin.",
    organisationType: "Lütfen kuruluşunuzun türünü seçin.",
    engagement: "Lütfen mesleki olarak mı yoksa gönüllü olarak mı katıldığınızı seçin.",
    mandateCommunity:
      "Seçtiğiniz çalışma gruplarından biri yalnızca dini bir topluluğun görevlendirmesiyle katılım kabul ediyor. Lütfen dini topluluğu belirtin.",
    service:
      "Seçtiğiniz çalışma gruplarından biri yalnızca devlet destekli danışmanlık hizmetlerine açıktır. Lütfen hizmetinizi seçin (MBE veya JMD).",
    message: "Lütfen en fazla 2000 karakter girin.",
    consent: "Lütfen bilgilerinizin işlenmesine onay verin.",
    website: "Lütfen bu alanı boş bırakın.",
  },
};
