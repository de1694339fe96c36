import { RETENTION } from "../../domain/application.ts";
import { capitalised, countOf, tableName } from "../format.ts";
import { type MailTexts, type MailWords, mailLists } from "../mail-content.ts";
import { network } from "../network.ts";

const words: MailWords = {
  get closing() {
    return ["Saygılarımızla", network().name, network().officeNames.tr];
  },
  get table() {
    return capitalised(network().words.tr.workTable, "tr");
  },
  imprint: "Künye",
  privacy: "Gizlilik bildirimi",
  hello: "İyi günler,",
  dear: (name) => `Sayın ${name},`,
  quote: (name) => `“${name}”`,
};

const { tableLabel, bullets, routeList } = mailLists(words);

// Machine translation, needs review by a native speaker.
export const mails: MailTexts = {
  words,
  tableLabel,
  /** The applicant's mails. */
  applicant: {
    confirm_submission: (d, links) => ({
      subject: `Lütfen ${network().shortName} başvurunuzu onaylayın`,
      greeting: words.hello,
      paragraphs: [
        `${network().name} çalışmalarına katılmaya gösterdiğiniz ilgi için teşekkür ederiz. Aşağıdaki çalışma gruplarında yer almak istiyorsunuz:`,
        bullets(d.tables),
        "Lütfen e-posta adresinizi onaylayın. Başvurunuzu ancak bundan sonra ilgili irtibat kişilerine iletiriz.",
      ],
      action: { label: "Başvuruyu onayla", url: links.confirm ?? "" },
      after: [
        `Bağlantı ${countOf(RETENTION.unconfirmedDays, "tr", { other: "gün" })} geçerlidir. Onaylanmazsa bilgileriniz bu sürenin sonunda otomatik olarak silinir.`,
        "Bu başvuruyu siz yapmadıysanız bu e-postayı dikkate almayabilirsiniz.",
      ],
    }),
    application_forwarded: (d) => ({
      subject: "Başvurunuz iletildi",
      greeting: words.dear(d.applicantName),
      paragraphs: [
        "Onayınız için teşekkür ederiz. Başvurunuzu şu kişilere ilettik:",
        routeList(d.routes),
        "Kabul kararını irtibat kişileri verir. Karar verilir verilmez size haber vereceğiz.",
      ],
    }),
    application_decided: (d) => {
      const note = d.note ? [`İrtibat kişisinin notu: ${d.note}`] : [];
      return d.outcome === "accept"
        ? {
            subject: `Hoş geldiniz: ${tableLabel(d.table)}`,
            greeting: words.dear(d.applicantName),
            paragraphs: [
              `Çalışma grubu ${tableName(d.table)} için yaptığınız katılım başvurusu kabul edildi. Aramıza hoş geldiniz!`,
              "Ağ ortağı olarak bundan sonra ilkbahar ve sonbahar konferanslarının davetlerini de alacaksınız.",
              ...note,
            ],
          }
        : {
            subject: `${tableLabel(d.table)} için başvurunuz`,
            greeting: words.dear(d.applicantName),
            paragraphs: [
              `Maalesef çalışma grubu ${tableName(d.table)} için yaptığınız katılım başvurusu kabul edilmedi.`,
              ...note,
              `Bu başvuruya ilişkin bilgileriniz ${countOf(RETENTION.declinedMonths, "tr", { other: "ay" })} sonra silinecektir.`,
            ],
          };
    },
  },
  /** A partner's or member's mail of a conference or a table's meeting. */
  conference: {
    labels: {
      what: "Etkinlik",
      when: "Tarih ve saat",
      where: "Yer",
      online: "Çevrim içi katılım",
      agenda: "Gündem",
      minutes: (n: number) => `${n} dk`,
      openTasks: "Açık görevler",
      registrationDeadline: "Son kayıt tarihi",
      places: "Yerler",
      placesLimited: (n) => `${n} kişiyle sınırlı; sonrası bekleme listesi`,
    },
    subjects: { invitation: "Davet", reminder: "Hatırlatma", update: "Değişiklik", cancellation: "İptal" },
    paragraphs: {
      invitation: (q) => [
        `Sizi ${q} etkinliğine içtenlikle davet ediyoruz.`,
        "Lütfen katılıp katılmayacağınızı bize bildirin. Yanıtınızı etkinlik başlayana kadar değiştirebilirsiniz. Takviminiz için etkinlik kaydı ektedir.",
      ],
      reminder: (q) => [`${q} etkinliğini hatırlatmak isteriz.`],
      update: (q) => [
        `${q} etkinliğinin saati veya yeri değişti. Ekteki kayıt, takviminizdeki önceki kaydın yerini alır.`,
      ],
      cancellation: (q) => [
        `Maalesef ${q} etkinliği gerçekleşmeyecek. Ekteki kayıt, etkinliği takviminizden kaldırır.`,
      ],
    },
    rsvp: "Katılımınızı bildirin",
    asMember: (t) =>
      `Bu e-postayı çalışma grubu ${tableName(t)} üyesi olarak alıyorsunuz. Yanıtladığınızda çalışma grubunun irtibat kişisine ulaşırsınız.`,
    leave: (url) => `Çalışma grubundan ayrılmak için: ${url}`,
    unsubscribe: (url) => `Ağın e-postalarını artık almamak için: ${url}`,
    asPartner: (url) => `Bu e-postayı ağ ortağı olarak alıyorsunuz. Davetleri artık almamak için: ${url}`,
    archive: (url) => `Yayımlanmış tutanaklar: ${url}`,
  },
  /** To a member taken off a work table; `table` is "II – …". */
  memberRemoved: (partnerName, table) => ({
    subject: `Çalışma grubu ${table} üyeliğiniz`,
    greeting: words.dear(partnerName),
    paragraphs: [
      `Artık çalışma grubu ${table} üyesi değilsiniz ve bu grubun davetlerini almayacaksınız. Katkılarınız için teşekkür ederiz.`,
      "Ağın konferanslarına sizi davet etmeye devam edeceğiz. Bu bir hataysa veya sorularınız varsa bu e-postayı yanıtlamanız yeterlidir; yanıtınız çalışma grubunun irtibat kişisine ulaşır.",
    ],
  }),
  /** The published minutes of a meeting or conference (issue 21). */
  minutes: {
    subject: (correction) => (correction ? "Düzeltilmiş tutanak" : "Tutanak"),
    intro: (q, correction) =>
      correction
        ? [`${q} için düzeltilmiş tutanağı gönderiyoruz. Önceki sürümün yerine geçer.`]
        : [`${q} tutanağını gönderiyoruz.`],
    labels: {
      present: "Katılanlar",
      excused: "Mazeretli olanlar",
      text: "Tutanak",
      decisions: "Kararlar",
      tasks: "Görevler",
      due: (date) => `son tarih ${date}`,
      deputyFor: (deputy, member) => `${deputy}, ${member} yerine`,
      nobody: "kimse kaydedilmedi",
    },
  },
  /** Where a person stands after answering an event with places (issue 22). */
  registration: {
    subjects: {
      confirmed: "Kaydınız onaylandı",
      waitlisted: "Bekleme listesindesiniz",
      promoted: "Bir yer boşaldı: katılımınız kesinleşti",
      workshop_promoted: "Atölye yeriniz onaylandı",
      removed: "Kaydınız iptal edildi",
    },
    paragraphs: {
      confirmed: (q) => [`${q} etkinliğine kaydınız onaylandı. Sizi aramızda görmekten memnuniyet duyacağız.`],
      waitlisted: (q, position) => [
        `${q} etkinliğindeki tüm yerler doldu. Bekleme listesinde ${position}. sıradasınız.`,
        "Bir yer boşalırsa otomatik olarak katılımcılar arasına geçersiniz ve takvim kaydını içeren bir e-posta alırsınız.",
      ],
      promoted: (q) => [
        `${q} etkinliğinde bir yer boşaldı: bekleme listesinden katılımcılar arasına geçtiniz, yeriniz onaylandı.`,
      ],
      workshop_promoted: (q) => [
        `${q} etkinliğindeki bir atölyede yer boşaldı: bekleme listesinden katılımcılar arasına geçtiniz.`,
      ],
      removed: (q) => [`${q} etkinliğine kaydınız organizatörler tarafından iptal edildi.`],
    },
    labels: { code: "Giriş kodunuz", workshops: "Atölyeler" },
    codeHint: "Girişte QR kodunu gösterin veya kodu söyleyin.",
    qrAlt: (code) => `Giriş için QR kodu, kod ${code}`,
    status: {
      confirmed: "yer onaylandı",
      waitlisted: (position) => (position ? `bekleme listesi, ${position}. sıra` : "bekleme listesi"),
      pending: "bir yeriniz olduğunda verilecek",
    },
    change: "Yanıtınızı değiştirin veya katılımınızı iptal edin",
    leaveList: "Bekleme listesinden çıkın",
  },
  /** To a task's owner before its due date (issue 21). */
  taskReminder: {
    subject: (event) => `Görevinizle ilgili hatırlatma: ${event}`,
    paragraphs: (q, task, date) => [
      `${q} sırasında bu görevi üstlendiniz:`,
      task,
      `Son tarih: ${date}. Görev tamamlandığında lütfen aşağıdaki bağlantıyla tamamlandı olarak işaretleyin.`,
    ],
    action: "Tamamlandı olarak işaretle",
  },
  /** To a member whose agenda proposal was decided (issue 21). */
  proposalDecided: {
    subject: (event) => `Gündem öneriniz: ${event}`,
    paragraphs: (e, item, accepted) =>
      accepted
        ? [`${item} öneriniz ${e} gündemine alındı. Teşekkür ederiz!`]
        : [`${item} öneriniz bu kez ${e} gündemine alınmadı. Sorularınız varsa bu e-postayı yanıtlamanız yeterli.`],
  },
  propose: (url, until) => `Gündem maddesi önerin (${until} tarihine kadar): ${url}`,
};
