import { RETENTION } from "../../domain/application.ts";
import type { WebTexts } from "../de/web.ts";
import { capitalised } from "../format.ts";
import { network } from "../network.ts";

// Machine translation, needs review by a native speaker.
export const web: WebTexts = {
  /** The frame of every public page: header, footer, language switch, the home page. */
  page: {
    get network() {
      return network().names.tr;
    },
    skip: "İçeriğe geç",
    headerLabel: "Üst bölüm",
    languageNav: "Dil",
    errorPrefix: "Hata",
    easyLanguageLink: "Kolay Almanca ile ağ hakkında bilgi (Leichte Sprache)",
    get homeTitle() {
      return capitalised(network().words.tr.workTables, "tr");
    },
    get homeIntro() {
      return network().descriptions.tr;
    },
    get workTable() {
      return capitalised(network().words.tr.workTable, "tr");
    },
    audience: "Hedef grup",
    admission: "Katılım koşulları",
    contact: "İletişim kişisi",
    noTables: "Şu anda kayıtlı çalışma grubu yok.",
    footerLabel: "Alt bölüm",
    get footer() {
      return network().footers.tr;
    },
    legalNav: "Yasal bilgiler",
    germanOnly: "Bu metin yalnızca Almanca olarak mevcuttur. Almanca metin geçerlidir.",
    notFoundTitle: "Sayfa bulunamadı",
    notFoundText: "Bu sayfa mevcut değil.",
    backHome: "Çalışma grupları listesine dön",
  },
  /** The application form, and the pages behind the links in mails: confirm, decide. */
  application: {
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
    get workTable() {
      return capitalised(network().words.tr.workTable, "tr");
    },
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
  },
  /** The answer to an invitation. */
  eventLinks: {
    taskTitle: "Göreviniz",
    from: "Toplantı",
    due: "Son tarih",
    state: "Durum",
    open: "açık",
    done: "tamamlandı",
    markDone: "Tamamlandı olarak işaretle",
    doneNow: "Teşekkür ederiz, görev tamamlandı olarak işaretlendi.",
    doneBefore: "Bu görev zaten tamamlandı.",
    archiveTitle: (name: string): string => `Tutanaklar: ${name}`,
    archiveIntro:
      "Yayımlanmış tutanakları burada bulabilirsiniz, en yenisi önce. Bu bağlantı yalnızca sizin içindir ve katıldığınız sürece geçerlidir; lütfen başkalarıyla paylaşmayın.",
    archiveNone: "Henüz yayımlanmış tutanak yok.",
    noAccess: "Artık katılmadığınız için bu bağlantı geçerli değil.",
    noAccessTitle: "Artık erişim yok",
    conferences: "Ağın konferansları",
    when: "Ne zaman",
    where: "Nerede",
    present: "Katılanlar",
    excused: "Mazeretli olanlar",
    agenda: "Gündem",
    text: "Tutanak",
    decisions: "Kararlar",
    tasks: "Görevler",
    nobody: "kimse kaydedilmedi",
    published: (date: string): string => `Yayımlanma: ${date}`,
    corrected: (n: number, date: string): string => `Düzeltilmiş sürüm ${n}, yayımlanma: ${date}`,
    dueBy: (date: string): string => `son tarih ${date}`,
    deputyFor: (deputy: string, member: string): string => `${deputy}, ${member} yerine`,
    proposeTitle: "Gündem maddesi önerin",
    proposeIntro: (until: string): string =>
      `Bir madde önerin; irtibat kişisi kabul eder ya da reddeder ve size bununla ilgili bir e-posta gelir. Öneriler ${until} tarihine kadar mümkündür.`,
    proposeClosed: "Bu gündem için artık öneri yapılamaz.",
    proposalTitle: "Maddenin başlığı",
    proposalNote: "Konu nedir? (isteğe bağlı)",
    proposalMinutes: "Kaç dakika? (isteğe bağlı)",
    proposeButton: "Öneriyi gönder",
    proposed: "Teşekkür ederiz, öneriniz alındı.",
    yourProposals: "Önerileriniz",
    proposalStates: { proposed: "karar bekliyor", accepted: "kabul edildi", declined: "reddedildi" },
    tooMany: "Zaten beş madde önerdiniz; daha fazlası mümkün değil.",
  },
  rsvp: {
    when: "Ne zaman",
    where: "Nerede",
    agenda: "Gündem",
    question: "Katılacak mısınız?",
    yes: "Evet, katılacağım",
    no: "Hayır, katılamayacağım",
    current: (yes: boolean) =>
      `Yanıtınız: ${yes ? "Evet, katılacağım." : "Hayır, katılamayacağım."} Yanıtınızı başlangıca kadar değiştirebilirsiniz.`,
    saved: "Teşekkür ederiz, yanıtınız kaydedildi.",
    minutes: (n: number): string => `${n} dk`,
    deputy: "Kurumunuzdan vekil (isteğe bağlı)",
    deputyHint: "Sizin yerinize kurumunuzdan başka biri mi gelecek? Adını buraya yazın ve katılımı onaylayın.",
    deputyInvalid: "Lütfen yalnızca bir ad girin (en fazla 120 karakter, bağlantı olmadan).",
    currentDeputy: (name: string): string => `Sizin yerinize gelecek kişi: ${name}.`,
    closed: "Konferans başladı veya iptal edildi. Yanıt artık değiştirilemez.",
    /** Places, waiting list and workshops (issue 22). */
    places: {
      confirmed: "Yeriniz onaylandı.",
      waitlisted: (position: number): string =>
        `Tüm yerler doldu. Bekleme listesinde ${position}. sıradasınız; bir yer boşalırsa otomatik olarak katılımcılar arasına geçersiniz ve bir e-posta alırsınız.`,
      cancelled: "Katılmayacağınızı bildirdiniz.",
      left: (free: number, capacity: number): string => `${capacity} yerden ${free} yer boş.`,
      full: "Tüm yerler doldu; şimdi katılacağını bildirenler bekleme listesine alınır.",
      deadline: (date: string): string => `Son kayıt tarihi: ${date}.`,
      deadlinePassed:
        "Kayıt süresi sona erdi; artık yeni katılım bildirilemez. Katılımınızı yine de iptal edebilirsiniz.",
      organisationFull: (limit: number): string =>
        `Kurumunuzdan zaten ${limit} kişi kayıtlı; kurum başına daha fazla yer ayrılmamaktadır.`,
      leave: "Bekleme listesinden çıkın",
      code: (code: string): string => `Giriş kodunuz: ${code}`,
      workshops: "Atölyeler",
      workshopsHint: "Her zaman dilimi için en fazla bir atölye seçin.",
      none: "Atölye seçmiyorum",
      placesLeft: (free: number): string => (free > 0 ? `${free} yer boş` : "dolu, bekleme listesi"),
      status: {
        confirmed: "yer onaylandı",
        waitlisted: (position: number | undefined): string =>
          position ? `bekleme listesi, ${position}. sıra` : "bekleme listesi",
        pending: "bir yeriniz olduğunda verilecek",
      },
      workshopsInvalid: "Lütfen her zaman dilimi için sunulan atölyelerden en fazla birini seçin.",
    },
  },
  /** Leaving the conference mailing list. */
  unsubscribe: {
    title: "Konferans e-posta listesinden çıkış",
    intro: (email: string) =>
      `${network().name} ağının ortağı olarak ${email} adresinize ağ konferanslarıyla ilgili davetler ve bilgiler gönderilir.`,
    question:
      "Bu e-postaları artık almak istemiyorsanız buradan listeden çıkabilirsiniz. Çalışma gruplarındaki üyeliğiniz bundan etkilenmez.",
    button: "Şimdi listeden çıkın",
    already: "Bu adres listeden zaten çıkarıldı. Ağ konferanslarıyla ilgili artık e-posta almıyorsunuz.",
    doneTitle: "Listeden çıkarıldınız",
    done: (email: string) => `${email} adresinize artık ağ konferanslarıyla ilgili e-posta gönderilmeyecek.`,
    get undo() {
      return `Bu bir hata mıydı? İsteğiniz üzerine ağ koordinasyonu (${network().officeNames.tr}) sizi listeye yeniden ekler.`;
    },
    invalidTitle: "Bu bağlantı geçersiz",
    invalid: "Lütfen e-postadaki bağlantının tamamını açıp açmadığınızı kontrol edin.",
    expiredTitle: "Bu bağlantının süresi doldu",
    expired:
      "Lütfen daha yeni bir e-postadaki listeden çıkma bağlantısını kullanın veya ağ koordinasyonuyla iletişime geçin.",
  },
  /** Leaving one work table. */
  leave: {
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
