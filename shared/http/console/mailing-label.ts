import type { MailingKind } from "../../domain/conference.ts";
import type { ConsoleTexts } from "../../i18n/console.ts";

/** A mailing's name from its key: `update-3` is an update, `minutes-2` the minutes' second publication. */
export function mailingLabel(t: ConsoleTexts, key: string): string {
  if (key.startsWith("minutes-")) return Number(key.slice(8)) > 1 ? t.minutesCorrectionMailing : t.minutesMailing;
  return t.mailingKind[(key.startsWith("update") ? "update" : key) as MailingKind] ?? key;
}
