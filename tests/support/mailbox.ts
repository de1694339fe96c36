import { inject } from "vitest";

export interface StoredMail {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
  attachments: { filename?: string; contentType: string; content: string }[];
  at: number;
}

/** The SES emulator's mailbox (`GET /store`): what was really sent, as a recipient would get it. */
export async function mailbox(endpoint = inject("sesEndpoint")): Promise<StoredMail[]> {
  const response = await fetch(`${endpoint}/store`);
  const { emails } = (await response.json()) as { emails: StoredMail[] };
  return emails;
}

/** The mails one address received (the emulator is shared by the run: tests use their own addresses). */
export async function mailsTo(address: string, endpoint?: string): Promise<StoredMail[]> {
  return (await mailbox(endpoint)).filter((m) => m.destination.to.some((to) => to.includes(address)));
}

/** Waits until `address` has at least `count` mails (the stack sends asynchronously, as on AWS). */
export async function waitForMails(address: string, count: number, endpoint?: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(address, endpoint);
    if (mails.length >= count || Date.now() > deadline) return mails;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The first link in a mail's text that starts with `prefix`. */
export function linkIn(mail: StoredMail | undefined, prefix: string): string {
  const match = (mail?.body.text ?? "").match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\S+`));
  if (!match) throw new Error(`no link starting with ${prefix} in: ${mail?.body.text}`);
  return match[0];
}

/** The mails to `address` that `match`, once there are at least `count` of them (or after 15 s, what there is). */
export async function waitForMatching(address: string, matches: (mail: StoredMail) => boolean, count: number) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = (await mailsTo(address)).filter(matches);
    if (found.length >= count || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The first mail to `address` that `matches`, waiting for it (the stack sends asynchronously); undefined after 15 s. */
export async function waitForMail(address: string, matches: (mail: StoredMail) => boolean) {
  return (await waitForMatching(address, matches, 1))[0];
}

/** The newest sign-in link mailed to `address`, once there are more than `before` of them. */
export async function nextSignInLink(address: string, before: number, appUrl: string): Promise<string> {
  const mails = await waitForMatching(address, isSignInMail, before + 1);
  return linkIn(mails[mails.length - 1], `${appUrl}/anmelden/`);
}

export const isSignInMail = (mail: StoredMail) =>
  mail.subject.startsWith("Ihr Anmeldelink") || mail.subject.startsWith("Your sign-in link");
