import { generateSync } from "otplib";
import type { Page } from "playwright-core";

/** What a test's authenticator app holds: the secret it scanned, and the recovery codes it was shown. */
export const authenticators = new Map<string, { secret: string; recoveryCodes: string[] }>();

/** The code an authenticator app shows for `secret`, `steps` periods of 30 s from now. */
export function totpCode(secret: string, steps = 0, at = Date.now()): string {
  return generateSync({ secret, epoch: Math.floor(at / 1000) + steps * 30 });
}

/** The full session's cookie, set when the second step is passed. */
export function newCookie(response: Response): string {
  const cookie = /nm_session=[^;]+/.exec(response.headers.get("set-cookie") ?? "")?.[0];
  if (!cookie) throw new Error("no new session cookie after the second step");
  return cookie;
}

const secretOf = (html: string) => /id="totp-secret">([^<]+)</.exec(html)?.[1]?.replace(/\s+/g, "") ?? "";
/** The value of a page's hidden form field. */
export const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? "";
const recoveryCodesOf = (html: string) =>
  [...html.matchAll(/<li><code>([a-z0-9-]{14})<\/code><\/li>/g)].map((m) => m[1] ?? "");

/**
 * Passes the second step over HTTP as a person with an authenticator app would: enrols at the first sign-in
 * (scans the key, types the first code, keeps the recovery codes), else types the app's code; a code already
 * used (a second sign-in within 30 s) is followed by the next one, then by a recovery code. Returns the cookie of
 * the full session (a new one: the step-one cookie opens nothing).
 */
export async function passSecondStepOverHttp(appUrl: string, cookie: string, email: string): Promise<string> {
  const url = `${appUrl}/anmelden/zweiter-faktor`;
  const page = await (await fetch(url, { headers: { Cookie: cookie }, redirect: "manual" })).text();
  const post = (path: string, fields: Record<string, string>) =>
    fetch(`${appUrl}${path}`, {
      method: "POST",
      headers: { Cookie: cookie, Origin: appUrl, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: hidden(page, "_csrf"), ...fields }).toString(),
      redirect: "manual",
    });
  const secret = secretOf(page);
  if (secret) {
    const enrolled = await post("/anmelden/zweiter-faktor/einrichten", {
      enrolment: hidden(page, "enrolment"),
      code: totpCode(secret),
      deviceName: "Testtelefon",
    });
    if (enrolled.status !== 200) throw new Error(`enrolment of ${email}: ${enrolled.status}`);
    authenticators.set(email, { secret, recoveryCodes: recoveryCodesOf(await enrolled.text()) });
    return newCookie(enrolled);
  }
  const app = authenticators.get(email);
  if (!app) throw new Error(`${email} has a second factor this test does not know`);
  for (const code of [totpCode(app.secret), totpCode(app.secret, 1), app.recoveryCodes.shift() ?? ""]) {
    const answer = await post("/anmelden/zweiter-faktor", { code });
    if (answer.status === 303) return newCookie(answer);
  }
  throw new Error(`second step of ${email} refused`);
}

/** The same in a browser page that stands on the second step (after "Jetzt anmelden"). */
export async function passSecondStepInBrowser(page: Page, email: string): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith("/anmelden/zweiter-faktor")) return;
  const secretText = await page
    .locator("#totp-secret")
    .textContent({ timeout: 1000 })
    .catch(() => null);
  if (secretText) {
    const secret = secretText.replace(/\s+/g, "");
    await page.locator("#field-code").fill(totpCode(secret));
    await page.locator("#field-deviceName").fill("Testtelefon");
    await page.locator('form[action*="einrichten"] button[type="submit"]').click();
    const codes = await page.locator(".recovery-codes code").allTextContents();
    authenticators.set(email, { secret, recoveryCodes: codes });
    await page.locator("a.button").click();
    return;
  }
  const app = authenticators.get(email);
  if (!app) throw new Error(`${email} has a second factor this test does not know`);
  for (const code of [totpCode(app.secret), totpCode(app.secret, 1), app.recoveryCodes.shift() ?? ""]) {
    await page.locator("#field-code").fill(code);
    await page.locator('form button[type="submit"]').last().click();
    if (!new URL(page.url()).pathname.startsWith("/anmelden/zweiter-faktor")) return;
  }
  throw new Error(`second step of ${email} refused`);
}
