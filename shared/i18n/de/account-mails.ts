import { SIGN_IN } from "../../domain/people.ts";
import { longDateTime } from "../format.ts";
import type { AccountMailTexts } from "../mail-content.ts";
import { network } from "../network.ts";
import { mails } from "./mails.ts";

const words = mails.words;

/** The console's own mails in German (the sign-in link, a changed second factor). */
export const accountMails: AccountMailTexts = {
  /** The sign-in link: to coordinators and contact persons, in the console's language. */
  signIn: (links) => ({
    language: "de",
    subject: `Ihr Anmeldelink für die Konsole: ${network().shortName}`,
    greeting: words.hello,
    paragraphs: [
      `Sie haben einen Link zur Anmeldung an der Konsole des ${network().name} angefordert. Er ist ${SIGN_IN.linkMinutes} Minuten gültig, funktioniert nur einmal und nur in dem Browser, in dem Sie ihn angefordert haben.`,
    ],
    action: { label: "Jetzt anmelden", url: links.signIn ?? "" },
    after: [
      "Falls Sie keinen Link angefordert haben, können Sie diese E-Mail ignorieren; ohne den Link meldet sich niemand an.",
    ],
  }),
  /** A person's second factor changed: what happened, when, and what to do if it was not them. */
  secondFactor: (d) => {
    const what: Record<typeof d.event, string> = {
      enrolled: "Für Ihre Anmeldung an der Konsole wurde eine Authenticator-App eingerichtet.",
      passkey_added: "Für Ihre Anmeldung an der Konsole wurde ein Passkey hinzugefügt.",
      removed: "Ein zweiter Faktor Ihrer Anmeldung an der Konsole (Authenticator-App oder Passkey) wurde entfernt.",
      reset: `Ihr zweiter Faktor wurde von ${d.by ?? "der Koordination"} zurückgesetzt. Bei der nächsten Anmeldung richten Sie ihn neu ein.`,
      locked: `Nach fünf falschen Codes ist der zweite Schritt Ihrer Anmeldung bis ${d.lockedUntil ? longDateTime(d.lockedUntil, "de") : "später"} gesperrt.`,
      recovery_code_used:
        "Bei Ihrer Anmeldung wurde einer Ihrer Wiederherstellungscodes verwendet; er gilt nun nicht mehr.",
    };
    return {
      language: "de",
      subject: `Ihr zweiter Faktor für die Konsole: ${network().shortName}`,
      greeting: words.hello,
      paragraphs: [`${what[d.event]} (${longDateTime(d.at, "de")})`],
      after: [
        "Wenn Sie das nicht waren, melden Sie sich bitte umgehend bei der Koordination: Dann kennt jemand Ihren Anmeldelink oder Ihre Codes.",
      ],
    };
  },
};
