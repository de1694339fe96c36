import { LABELS } from "../../shared/i18n/labels.ts";

/**
 * Every language of every text area, for unit tests that render pages or mails directly. The functions load a
 * language when a request or a mail needs it; a test that skips that path loads them all first.
 */
export async function loadAllTexts(): Promise<void> {
  await Promise.all([LABELS.loadAll()]);
}
