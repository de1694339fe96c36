export { PERSONAL_DATA_RETENTION } from "./retention.ts";

/**
 * The legal notices every page and mail links to: the Impressum (§ 5 DDG), the privacy notice (Art. 13 DSGVO) and
 * the accessibility statement public bodies publish under BITV 2.0. Their texts are data: coordinators edit them
 * in the console; until then the defaults show (i18n/de/notices.ts), which name the purposes, legal bases,
 * recipients, retention times and rights. The German text is authoritative; an English one is optional.
 *
 * Format: plain text. A line starting with "## " is a heading, "- " a list item; blank lines separate paragraphs.
 * Nothing else is interpreted (no HTML, no links): the pages escape every character.
 */
export const NOTICE_KINDS = ["impressum", "datenschutz", "barrierefreiheit"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_PATHS: Record<NoticeKind, string> = {
  impressum: "/impressum",
  datenschutz: "/datenschutz",
  barrierefreiheit: "/barrierefreiheit",
};

export interface Notice {
  kind: NoticeKind;
  de: string;
  en?: string;
  updatedAt?: string;
  updatedBy?: string;
}

/** One block of a notice's text, as the pages render it. */
export type NoticeBlock = { kind: "heading" | "paragraph"; text: string } | { kind: "list"; items: string[] };

/** Splits a notice's plain text into headings, paragraphs and lists (see the module comment). */
export function noticeBlocks(text: string): NoticeBlock[] {
  const blocks: NoticeBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").map((l) => l.trimEnd());
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length > 0) blocks.push({ kind: "paragraph", text: paragraph.join("\n") });
      paragraph = [];
    };
    for (const line of lines) {
      if (line.trim() === "") continue;
      if (line.startsWith("## ")) {
        flush();
        blocks.push({ kind: "heading", text: line.slice(3).trim() });
      } else if (line.startsWith("- ")) {
        flush();
        const last = blocks[blocks.length - 1];
        if (last?.kind === "list") last.items.push(line.slice(2).trim());
        else blocks.push({ kind: "list", items: [line.slice(2).trim()] });
      } else paragraph.push(line);
    }
    flush();
  }
  return blocks;
}
