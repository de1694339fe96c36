import { CONSOLE } from "../../shared/i18n/console.ts";
import { CSV } from "../../shared/i18n/csv.ts";
import { FIELDS } from "../../shared/i18n/fields.ts";
import { LABELS } from "../../shared/i18n/labels.ts";
import { ACCOUNT_MAILS, MAILS, STAFF_MAILS } from "../../shared/i18n/mails.ts";
import { WEB } from "../../shared/i18n/web.ts";

/** Each text area of the i18n tree, by name, with its catalogue (the completeness tests walk them all). */
export const I18N_AREAS: { name: string; catalogue: { loadAll(): Promise<Record<string, unknown>> } }[] = [
  { name: "labels", catalogue: LABELS },
  { name: "fields", catalogue: FIELDS },
  { name: "web", catalogue: WEB },
  { name: "mails", catalogue: MAILS },
  { name: "account mails", catalogue: ACCOUNT_MAILS },
  { name: "staff mails", catalogue: STAFF_MAILS },
  { name: "console", catalogue: CONSOLE },
  { name: "partner import", catalogue: CSV },
];

/**
 * Every language of every text area, for unit tests that render pages or mails directly. The functions load a
 * language when a request or a mail needs it; a test that skips that path loads them all first.
 */
export async function loadAllTexts(): Promise<void> {
  await Promise.all(I18N_AREAS.map((area) => area.catalogue.loadAll()));
}
