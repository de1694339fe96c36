import type { Locale } from "../../domain/locale.ts";

/** Everything a page says, German first; every other language has exactly the same keys (the compiler checks). */
const de = {
  network: "Netzwerk Migration Schwerin",
  skip: "Zum Inhalt springen",
  headerLabel: "Kopfbereich",
  languageNav: "Sprache",
  errorPrefix: "Fehler",
  easyLanguageLink: "Das Netzwerk in Leichter Sprache",
  homeTitle: "Arbeitstische",
  homeIntro:
    "Das Netzwerk Migration ist ein freiwilliger Zusammenschluss öffentlicher und freier Träger, Organisationen, Vereine und engagierter Einzelpersonen, die sich beruflich oder ehrenamtlich für die Integration in Schwerin einsetzen. Die Arbeit geschieht in thematischen Arbeitstischen; zweimal im Jahr treffen sich alle Netzwerkpartner:innen zur Frühjahrs- und Herbsttagung.",
  workTable: "Arbeitstisch",
  audience: "Zielgruppe",
  admission: "Zugang",
  contact: "Ansprechpartner:in",
  noTables: "Derzeit sind keine Arbeitstische eingetragen.",
  footerLabel: "Fußbereich",
  footer: "Die Netzwerkarbeit wird von der Fachstelle Chancengleichheit der Landeshauptstadt Schwerin koordiniert.",
  legalNav: "Rechtliches",
  germanOnly: "",
  notFoundTitle: "Seite nicht gefunden",
  notFoundText: "Diese Seite gibt es nicht.",
  backHome: "Zur Übersicht der Arbeitstische",
} as const;

/** The shape of the German texts, each text widened to `string`: a missing or extra key in a language is an error. */
export type PageTexts = { readonly [K in keyof typeof de]: (typeof de)[K] extends string ? string : (typeof de)[K] };

const en: PageTexts = {
  network: "Netzwerk Migration Schwerin (Migration Network)",
  skip: "Skip to content",
  headerLabel: "Header",
  languageNav: "Language",
  errorPrefix: "Error",
  easyLanguageLink: "The network in Easy German (Leichte Sprache)",
  homeTitle: "Work tables",
  homeIntro:
    "The Netzwerk Migration is a voluntary alliance of public and independent organisations, associations and committed individuals who work, professionally or as volunteers, for integration in Schwerin. The work happens in thematic work tables; twice a year all network partners meet at the spring and autumn conference.",
  workTable: "Work table",
  audience: "Audience",
  admission: "Admission",
  contact: "Contact person",
  noTables: "No work tables are listed at the moment.",
  footerLabel: "Footer",
  footer: "The network is coordinated by the Equal Opportunities Office of the City of Schwerin.",
  legalNav: "Legal",
  germanOnly: "This notice is available in German; the German text applies.",
  notFoundTitle: "Page not found",
  notFoundText: "This page does not exist.",
  backHome: "To the list of work tables",
};

// Machine translation, needs review by a native speaker.
const uk: PageTexts = {
  network: "Netzwerk Migration Schwerin (Мережа «Міграція»)",
  skip: "Перейти до основного вмісту",
  headerLabel: "Верхня частина сторінки",
  languageNav: "Мова",
  errorPrefix: "Помилка",
  easyLanguageLink: "Мережа простою німецькою мовою (Leichte Sprache)",
  homeTitle: "Робочі групи",
  homeIntro:
    "Netzwerk Migration — це добровільне об’єднання державних і недержавних організацій, громадських об’єднань та небайдужих людей. Вони професійно або на волонтерських засадах працюють для інтеграції у Шверіні. Робота відбувається в тематичних робочих групах (Arbeitstische). Двічі на рік усі партнери мережі зустрічаються на весняній та осінній конференції.",
  workTable: "Робоча група",
  audience: "Цільова група",
  admission: "Умови участі",
  contact: "Контактна особа",
  noTables: "Наразі немає жодної робочої групи.",
  footerLabel: "Нижня частина сторінки",
  footer: "Роботу мережі координує Відділ з питань рівних можливостей (Fachstelle Chancengleichheit) міста Шверін.",
  legalNav: "Правова інформація",
  germanOnly: "Цей текст доступний лише німецькою мовою. Чинним є німецький текст.",
  notFoundTitle: "Сторінку не знайдено",
  notFoundText: "Такої сторінки не існує.",
  backHome: "До переліку робочих груп",
};

// Machine translation, needs review by a native speaker.
const ru: PageTexts = {
  network: "Netzwerk Migration Schwerin (Сеть «Миграция»)",
  skip: "Перейти к основному содержанию",
  headerLabel: "Верхняя часть страницы",
  languageNav: "Язык",
  errorPrefix: "Ошибка",
  easyLanguageLink: "Сеть на простом немецком языке (Leichte Sprache)",
  homeTitle: "Рабочие группы",
  homeIntro:
    "Netzwerk Migration — это добровольное объединение государственных и негосударственных организаций, общественных объединений и неравнодушных людей. Они профессионально или на волонтёрских началах работают для интеграции в Шверине. Работа ведётся в тематических рабочих группах (Arbeitstische). Дважды в год все партнёры сети встречаются на весенней и осенней конференции.",
  workTable: "Рабочая группа",
  audience: "Целевая группа",
  admission: "Условия участия",
  contact: "Контактное лицо",
  noTables: "Сейчас нет ни одной рабочей группы.",
  footerLabel: "Нижняя часть страницы",
  footer:
    "Работу сети координирует Отдел по вопросам равных возможностей (Fachstelle Chancengleichheit) города Шверин.",
  legalNav: "Правовая информация",
  germanOnly: "Этот текст доступен только на немецком языке. Действует немецкий текст.",
  notFoundTitle: "Страница не найдена",
  notFoundText: "Такой страницы не существует.",
  backHome: "К списку рабочих групп",
};

// Machine translation, needs review by a native speaker.
const ar: PageTexts = {
  network: "Netzwerk Migration Schwerin (شبكة الهجرة)",
  skip: "الانتقال إلى المحتوى",
  headerLabel: "رأس الصفحة",
  languageNav: "اللغة",
  errorPrefix: "خطأ",
  easyLanguageLink: "الشبكة باللغة الألمانية المبسطة (Leichte Sprache)",
  homeTitle: "مجموعات العمل",
  homeIntro:
    "شبكة Netzwerk Migration هي تحالف طوعي من جهات عامة ومستقلة ومنظمات وجمعيات وأفراد ملتزمين. يعمل أعضاؤها مهنيًا أو تطوعيًا من أجل الاندماج في مدينة شفيرين. يجري العمل في مجموعات عمل مواضيعية (Arbeitstische). ويلتقي جميع شركاء الشبكة مرتين في السنة في مؤتمر الربيع ومؤتمر الخريف.",
  workTable: "مجموعة العمل",
  audience: "الفئة المستهدفة",
  admission: "شروط المشاركة",
  contact: "الشخص المسؤول عن التواصل",
  noTables: "لا توجد مجموعات عمل مسجلة حاليًا.",
  footerLabel: "تذييل الصفحة",
  footer: "تتولى دائرة تكافؤ الفرص (Fachstelle Chancengleichheit) في مدينة شفيرين تنسيق عمل الشبكة.",
  legalNav: "معلومات قانونية",
  germanOnly: "هذا النص متوفر باللغة الألمانية فقط. النص الألماني هو المعتمد.",
  notFoundTitle: "الصفحة غير موجودة",
  notFoundText: "هذه الصفحة غير موجودة.",
  backHome: "إلى قائمة مجموعات العمل",
};

// Machine translation, needs review by a native speaker.
const tr: PageTexts = {
  network: "Netzwerk Migration Schwerin (Göç Ağı)",
  skip: "İçeriğe geç",
  headerLabel: "Üst bölüm",
  languageNav: "Dil",
  errorPrefix: "Hata",
  easyLanguageLink: "Kolay Almanca ile ağ hakkında bilgi (Leichte Sprache)",
  homeTitle: "Çalışma grupları",
  homeIntro:
    "Netzwerk Migration; kamu kurumları, sivil toplum kuruluşları, dernekler ve duyarlı bireylerden oluşan gönüllü bir birlikteliktir. Üyeleri Schwerin'de uyum (entegrasyon) için mesleki olarak veya gönüllü olarak çalışır. Çalışmalar tematik çalışma gruplarında (Arbeitstische) yürütülür. Tüm ağ ortakları yılda iki kez ilkbahar ve sonbahar konferansında bir araya gelir.",
  workTable: "Çalışma grubu",
  audience: "Hedef grup",
  admission: "Katılım koşulları",
  contact: "İletişim kişisi",
  noTables: "Şu anda kayıtlı çalışma grubu yok.",
  footerLabel: "Alt bölüm",
  footer:
    "Ağın çalışmaları Schwerin Şehri Fırsat Eşitliği Birimi (Fachstelle Chancengleichheit) tarafından koordine edilir.",
  legalNav: "Yasal bilgiler",
  germanOnly: "Bu metin yalnızca Almanca olarak mevcuttur. Almanca metin geçerlidir.",
  notFoundTitle: "Sayfa bulunamadı",
  notFoundText: "Bu sayfa mevcut değil.",
  backHome: "Çalışma grupları listesine dön",
};

const texts: Record<Locale, PageTexts> = { de, en, uk, ru, ar, tr };

export function pageTexts(locale: Locale): PageTexts {
  return texts[locale];
}
