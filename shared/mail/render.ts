import { BERLIN } from "../domain/berlin-time.ts";
import { directionOf, INTL_LOCALES, type Locale } from "../domain/locale.ts";
import type { TableRef } from "../domain/mail.ts";
import { escapeHtml } from "./escape.ts";

/** The links a mail carries; signed by the sender at send time. */
export interface MailLinks {
  confirm?: string;
  decide?: string;
  rsvp?: string;
  unsubscribe?: string;
  /** Leaving the work table whose meeting a mail is about (not all mail: that is `unsubscribe`). */
  leave?: string;
  signIn?: string;
  /** The Impressum and the privacy notice: in every mail's footer. */
  imprint?: string;
  privacy?: string;
}

/** A mail as a few blocks; one renderer makes the text and the HTML part from it, escaping in one place. */
export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  facts?: [label: string, value: string][];
  action?: { label: string; url: string };
  after?: string[];
  /** Below the closing: the links to the Impressum and the privacy notice. */
  footer?: string[];
  /**
   * The language the mail is written in when it is not the mail's own locale: the staff's mails (to contact
   * persons and coordinators) are German, sign-in links German or English. Closing, footer and the HTML's
   * `lang` follow it.
   */
  language?: Locale;
}

/** What a template makes of a mail's data, its language and its signed links. */
export type Template<D> = (data: D, locale: Locale, links: MailLinks) => MailContent;

export const NETWORK = "Netzwerk Migration Schwerin";

/** The words every mail shares: the closing, the name of a work table, the footer's labels, the greetings. */
interface MailWords {
  closing: string[];
  /** "Arbeitstisch" as a heading or list item: "Arbeitstisch II – …". Sentences inflect it themselves. */
  table: string;
  imprint: string;
  privacy: string;
  /** The greeting when the mail may not carry a name. */
  hello: string;
  /** The greeting of a named person, formal and without gender. */
  dear: (name: string) => string;
  /** A conference's name quoted in a sentence. */
  quote: (name: string) => string;
  /** The word after a time of day, where Intl leaves it off ("15:00 Uhr"). */
  clock?: string;
}

export const MAIL_WORDS: Record<Locale, MailWords> = {
  de: {
    closing: ["Mit freundlichen Grüßen", NETWORK, "Fachstelle Chancengleichheit der Landeshauptstadt Schwerin"],
    table: "Arbeitstisch",
    imprint: "Impressum",
    privacy: "Datenschutz",
    hello: "Guten Tag,",
    dear: (name) => `Guten Tag ${name},`,
    quote: (name) => `„${name}“`,
    clock: "Uhr",
  },
  en: {
    closing: ["Kind regards", NETWORK, "Equal Opportunities Office of the City of Schwerin"],
    table: "Work table",
    imprint: "Legal notice",
    privacy: "Privacy notice",
    hello: "Hello,",
    dear: (name) => `Dear ${name},`,
    quote: (name) => `“${name}”`,
  },
  // Machine translation, needs review by a native speaker.
  uk: {
    closing: ["З повагою", NETWORK, "Відділ рівних можливостей адміністрації міста Шверін"],
    table: "Робоча група",
    imprint: "Вихідні дані",
    privacy: "Захист даних",
    hello: "Доброго дня!",
    dear: (name) => `Доброго дня, ${name}!`,
    quote: (name) => `«${name}»`,
  },
  // Machine translation, needs review by a native speaker.
  ru: {
    closing: ["С уважением", NETWORK, "Отдел по вопросам равных возможностей администрации города Шверин"],
    table: "Рабочая группа",
    imprint: "Выходные данные",
    privacy: "Защита данных",
    hello: "Здравствуйте!",
    dear: (name) => `Здравствуйте, ${name}!`,
    quote: (name) => `«${name}»`,
  },
  // Machine translation, needs review by a native speaker.
  ar: {
    closing: ["مع أطيب التحيات", NETWORK, "مكتب تكافؤ الفرص في مدينة شفيرين"],
    table: "مجموعة العمل",
    imprint: "الإشعار القانوني",
    privacy: "إشعار الخصوصية",
    hello: "تحية طيبة وبعد،",
    dear: (name) => `السيد/السيدة ${name}، تحية طيبة وبعد،`,
    quote: (name) => `«${name}»`,
  },
  // Machine translation, needs review by a native speaker.
  tr: {
    closing: ["Saygılarımızla", NETWORK, "Schwerin Belediyesi Fırsat Eşitliği Birimi"],
    table: "Çalışma grubu",
    imprint: "Künye",
    privacy: "Gizlilik bildirimi",
    hello: "İyi günler,",
    dear: (name) => `Sayın ${name},`,
    quote: (name) => `“${name}”`,
  },
};

/** "II – Gesellschaftliche Integration": a table named in a sentence that inflects the word for it itself. */
export const tableName = (t: TableRef) => `${t.numeral} – ${t.name}`;

export const tableLabel = (t: TableRef, locale: Locale) => `${MAIL_WORDS[locale].table} ${t.numeral} – ${t.name}`;

export const longDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: BERLIN }).format(new Date(iso));

/**
 * A span of time in Berlin, written the way the language writes it (Intl's formatRange): a span within one day
 * names the day once ("Donnerstag, 22. April 2027, 09:00–15:00 Uhr"), a longer one both days. German times get
 * their "Uhr" when Intl leaves it off (a span over several days).
 */
export function dateTimeRange(startIso: string, endIso: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: BERLIN,
  });
  const range = format.formatRange(new Date(startIso), new Date(endIso));
  const clock = MAIL_WORDS[locale].clock;
  return clock && !range.endsWith(clock) ? `${range} ${clock}` : range;
}

/** A count with its noun in the language's plural form ("7 днів", "14 يومًا"); `other` serves any form not given. */
export function countOf(
  n: number,
  locale: Locale,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return `${n} ${forms[new Intl.PluralRules(locale).select(n)] ?? forms.other}`;
}

/** A subject is one line, whatever a name in it holds: a line break in a header could start a header of its own. */
export const oneLine = (text: string) => text.replace(/\s*[\r\n\u0085\u2028\u2029]+\s*/g, " ").trim();

export function renderText(content: MailContent, locale: Locale): string {
  const language = content.language ?? locale;
  const blocks = [content.greeting, ...content.paragraphs];
  if (content.facts) blocks.push(content.facts.map(([label, value]) => `${label}: ${value}`).join("\n"));
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`);
  blocks.push(...(content.after ?? []), MAIL_WORDS[language].closing.join("\n"), ...(content.footer ?? []));
  return `${blocks.join("\n\n")}\n`;
}

export function renderHtml(content: MailContent, locale: Locale): string {
  const language = content.language ?? locale;
  const direction = directionOf(language);
  const p = (text: string) => `<p>${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;
  const parts = [p(content.greeting), ...content.paragraphs.map(p)];
  if (content.facts) {
    const align = direction === "rtl" ? "right" : "left";
    const rows = content.facts.map(
      ([l, v]) =>
        `<tr><th align="${align}" valign="top">${escapeHtml(l)}</th><td>${escapeHtml(v).replace(/\n/g, "<br>")}</td></tr>`,
    );
    parts.push(`<table role="presentation">${rows.join("")}</table>`);
  }
  if (content.action) {
    parts.push(
      `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:.6em 1em;background:#005ea8;color:#fff;text-decoration:none;border-radius:.3em">${escapeHtml(content.action.label)}</a></p>`,
    );
  }
  parts.push(...(content.after ?? []).map(p), p(MAIL_WORDS[language].closing.join("\n")));
  parts.push(
    ...(content.footer ?? []).map(
      (line) => `<p style="font-size:.85em">${escapeHtml(line).replace(/\n/g, "<br>")}</p>`,
    ),
  );
  return `<!DOCTYPE html><html lang="${language}" dir="${direction}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head><body style="font-family:sans-serif;line-height:1.5">${parts.join("")}</body></html>`;
}
