import { directionOf, type Locale } from "../domain/locale.ts";
import type { MailContent } from "../i18n/mail-content.ts";
import { MAILS } from "../i18n/mails.ts";
import { network } from "../i18n/network.ts";
import { escapeHtml } from "./escape.ts";

/** A subject is one line, whatever a name in it holds: a line break in a header could start a header of its own. */
export const oneLine = (text: string) => text.replace(/\s*[\r\n\u0085\u2028\u2029]+\s*/g, " ").trim();

export function renderText(content: MailContent, locale: Locale): string {
  const language = content.language ?? locale;
  const blocks = [content.greeting, ...content.paragraphs];
  // A fact of several lines or a bulleted list (an agenda, who was there) starts on the line below its label.
  if (content.facts) {
    blocks.push(
      content.facts
        .map(([label, value]) =>
          value.includes("\n") || value.startsWith("• ") ? `${label}:\n${value}` : `${label}: ${value}`,
        )
        .join("\n"),
    );
  }
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`);
  blocks.push(...(content.after ?? []), MAILS.get(language).words.closing.join("\n"), ...(content.footer ?? []));
  return `${blocks.join("\n\n")}\n`;
}

/**
 * The HTML part. `logoUrl`: the network's logo where mail programs can load it (a PNG on the site: most of them
 * show no SVG), above the greeting; a mail program that loads no images shows the mail without it.
 */
export function renderHtml(content: MailContent, locale: Locale, options: { logoUrl?: string } = {}): string {
  const language = content.language ?? locale;
  const direction = directionOf(language);
  const p = (text: string) => `<p>${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;
  const parts = [p(content.greeting), ...content.paragraphs.map(p)];
  if (options.logoUrl) {
    parts.unshift(`<p><img src="${escapeHtml(options.logoUrl)}" alt="${escapeHtml(network().name)}" height="48"></p>`);
  }
  if (content.facts) {
    const align = direction === "rtl" ? "right" : "left";
    const rows = content.facts.map(
      ([l, v]) =>
        `<tr><th align="${align}" valign="top">${escapeHtml(l)}</th><td>${escapeHtml(v).replace(/\n/g, "<br>")}</td></tr>`,
    );
    parts.push(`<table role="presentation">${rows.join("")}</table>`);
  }
  if (content.image) {
    parts.push(
      `<p><img src="cid:${escapeHtml(content.image.cid)}" alt="${escapeHtml(content.image.alt)}" width="200" height="200"></p>`,
    );
  }
  if (content.action) {
    parts.push(
      `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:.6em 1em;background:${network().colour};color:#fff;text-decoration:none;border-radius:.3em">${escapeHtml(content.action.label)}</a></p>`,
    );
  }
  parts.push(...(content.after ?? []).map(p), p(MAILS.get(language).words.closing.join("\n")));
  parts.push(
    ...(content.footer ?? []).map(
      (line) => `<p style="font-size:.85em">${escapeHtml(line).replace(/\n/g, "<br>")}</p>`,
    ),
  );
  return `<!DOCTYPE html><html lang="${language}" dir="${direction}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head><body style="font-family:sans-serif;line-height:1.5">${parts.join("")}</body></html>`;
}
