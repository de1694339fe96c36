import { HtmlValidate } from "html-validate";

// The recommended rules, less matters of taste (hono/jsx writes <meta /> and required=""), and with checkboxes
// allowed to share a name, which is how a multiple choice is sent.
export const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    "void-style": "off",
    "attribute-boolean-style": "off",
    "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }],
  },
});

/** Every rule the page breaks, as "rule: message" lines (empty for a valid page). */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
}

const decodeEntities = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * What a browser would send for the first form of a page whose action starts with `action`: its inputs (text,
 * hidden, and checked boxes), textareas and selected options, as the server rendered them.
 */
export function formFields(html: string, action: string): Record<string, string> {
  const start = html.indexOf(`<form method="post" action="${action}`);
  if (start < 0) throw new Error(`no form posting to ${action}`);
  const form = html.slice(start, html.indexOf("</form>", start));
  const fields: Record<string, string> = {};
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    const type = attribute(tag, "type") ?? "text";
    if (!name || ((type === "checkbox" || type === "radio") && !/\schecked(=""|\b)/.test(tag))) continue;
    fields[name] = decodeEntities(attribute(tag, "value") ?? "");
  }
  for (const [, tag, text] of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attribute(tag ?? "", "name");
    if (name) fields[name] = decodeEntities(text ?? "");
  }
  for (const [, tag, options] of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attribute(tag ?? "", "name");
    const selected =
      /<option value="([^"]*)" selected=""/.exec(options ?? "")?.[1] ??
      /<option value="([^"]*)"/.exec(options ?? "")?.[1];
    if (name && selected !== undefined) fields[name] = decodeEntities(selected);
  }
  return fields;
}
