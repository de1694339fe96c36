import { SIGN_IN } from "../../domain/people.ts";
import { longDateTime } from "../format.ts";
import type { AccountMailTexts } from "../mail-content.ts";
import { network } from "../network.ts";
import { mails } from "./mails.ts";

const words = mails.words;

export const accountMails: AccountMailTexts = {
  /** The sign-in link: to coordinators and contact persons, in the console's language. */
  signIn: (links) => ({
    language: "en",
    subject: `Your sign-in link for the console: ${network().shortName}`,
    greeting: words.hello,
    paragraphs: [
      `You asked for a link to sign in to the console of the ${network().name}. It is valid for ${SIGN_IN.linkMinutes} minutes and works once, only in the browser in which you asked for it.`,
    ],
    action: { label: "Sign in now", url: links.signIn ?? "" },
    after: ["If you did not ask for a link, please ignore this email; without the link nobody signs in."],
  }),
  /** A person's second factor changed: what happened, when, and what to do if it was not them. */
  secondFactor: (d) => {
    const what: Record<typeof d.event, string> = {
      enrolled: "An authenticator app was set up for your sign-in to the console.",
      passkey_added: "A passkey was added for your sign-in to the console.",
      removed: "A second factor of your sign-in to the console (authenticator app or passkey) was removed.",
      reset: `Your second factor was reset by ${d.by ?? "the coordinators"}. You will set it up again at your next sign-in.`,
      locked: `After five wrong codes, the second step of your sign-in is locked until ${d.lockedUntil ? longDateTime(d.lockedUntil, "en") : "later"}.`,
      recovery_code_used: "One of your recovery codes was used to sign in; it is no longer valid.",
    };
    return {
      language: "en",
      subject: `Your second factor for the console: ${network().shortName}`,
      greeting: words.hello,
      paragraphs: [`${what[d.event]} (${longDateTime(d.at, "en")})`],
      after: ["If this was not you, please tell the coordinators at once: someone knows your sign-in link or codes."],
    };
  },
};
