import { createHash } from "node:crypto";
import { CONSENT_TEXT_VERSION, RETENTION } from "./application.ts";
import type { Locale } from "./work-table.ts";

/**
 * The privacy text the consent checkbox agrees to. Its version is stored with each application; a change of
 * wording needs a new CONSENT_TEXT_VERSION, so every stored consent still points at the text it agreed to.
 */
export const CONSENT_TEXTS: Record<string, Record<Locale, string>> = {
  [CONSENT_TEXT_VERSION]: {
    de: `Ich bin einverstanden, dass die Fachstelle Chancengleichheit der Landeshauptstadt Schwerin als Koordination des Netzwerks Migration meine Angaben speichert und an die Ansprechpartner:innen der gewählten Arbeitstische weitergibt, damit diese über meine Aufnahme entscheiden, und dass ich nach einer Aufnahme als Netzwerkpartner:in Einladungen zu den Tagungen erhalte. Unbestätigte Anträge werden nach ${RETENTION.unconfirmedDays} Tagen gelöscht, abgelehnte ${RETENTION.declinedMonths} Monate nach der Entscheidung. Ich kann meine Einwilligung jederzeit für die Zukunft widerrufen.`,
    en: `I agree that the Equal Opportunities Office of the City of Schwerin, which coordinates the Netzwerk Migration, stores my details and passes them on to the contact persons of the chosen work tables so that they can decide on my admission, and that once admitted I receive invitations to the conferences as a network partner. Unconfirmed applications are deleted after ${RETENTION.unconfirmedDays} days, declined ones ${RETENTION.declinedMonths} months after the decision. I can withdraw my consent at any time with effect for the future.`,
  },
};

export function consentText(locale: Locale, version = CONSENT_TEXT_VERSION): string {
  const texts = CONSENT_TEXTS[version];
  if (!texts) throw new Error(`no consent text for version ${version}`);
  return texts[locale];
}

/** The proof of which words were agreed to: SHA-256 of the consent text as shown (hex). */
export function consentTextHash(locale: Locale, version = CONSENT_TEXT_VERSION): string {
  return createHash("sha256").update(consentText(locale, version)).digest("hex");
}
