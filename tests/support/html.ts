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
