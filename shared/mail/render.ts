import type { TableRef } from "../domain/mail.ts";
import type { Locale } from "../domain/work-table.ts";
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
}

/** What a template makes of a mail's data, its language and its signed links. */
export type Template<D> = (data: D, locale: Locale, links: MailLinks) => MailContent;

export const NETWORK = "Netzwerk Migration Schwerin";
export const tableLabel = (t: TableRef, locale: Locale) =>
  `${locale === "de" ? "Arbeitstisch" : "Work table"} ${t.numeral} – ${t.name}`;
export const longDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { dateStyle: "long", timeZone: "Europe/Berlin" }).format(
    new Date(iso),
  );

export const CLOSING: Record<Locale, string[]> = {
  de: ["Mit freundlichen Grüßen", NETWORK, "Fachstelle Chancengleichheit der Landeshauptstadt Schwerin"],
  en: ["Kind regards", NETWORK, "Equal Opportunities Office of the City of Schwerin"],
};

export function renderText(content: MailContent, locale: Locale): string {
  const blocks = [content.greeting, ...content.paragraphs];
  if (content.facts) blocks.push(content.facts.map(([label, value]) => `${label}: ${value}`).join("\n"));
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`);
  blocks.push(...(content.after ?? []), CLOSING[locale].join("\n"), ...(content.footer ?? []));
  return `${blocks.join("\n\n")}\n`;
}

export function renderHtml(content: MailContent, locale: Locale): string {
  const p = (text: string) => `<p>${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;
  const parts = [p(content.greeting), ...content.paragraphs.map(p)];
  if (content.facts) {
    const rows = content.facts.map(
      ([l, v]) =>
        `<tr><th align="left" valign="top">${escapeHtml(l)}</th><td>${escapeHtml(v).replace(/\n/g, "<br>")}</td></tr>`,
    );
    parts.push(`<table role="presentation">${rows.join("")}</table>`);
  }
  if (content.action) {
    parts.push(
      `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:.6em 1em;background:#005ea8;color:#fff;text-decoration:none;border-radius:.3em">${escapeHtml(content.action.label)}</a></p>`,
    );
  }
  parts.push(...(content.after ?? []).map(p), p(CLOSING[locale].join("\n")));
  parts.push(
    ...(content.footer ?? []).map(
      (line) => `<p style="font-size:.85em">${escapeHtml(line).replace(/\n/g, "<br>")}</p>`,
    ),
  );
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head><body style="font-family:sans-serif;line-height:1.5">${parts.join("")}</body></html>`;
}
