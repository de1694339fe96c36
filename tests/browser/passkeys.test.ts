import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { isSignInMail, mailsTo, nextSignInLink } from "../support/mailbox.ts";
import { allItems } from "../support/tables.ts";

let stack: TestStack;
let browser: Browser;
const coordinator = uniqueEmail("passkey");

beforeAll(async () => {
  stack = await startTestStack({ COORDINATOR_EMAILS: coordinator });
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** A browser whose platform authenticator is the DevTools protocol's virtual one (user verified, resident keys). */
async function withVirtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = (await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  })) as { authenticatorId: string };
  return { cdp, authenticatorId };
}

async function throughTheLink(page: Page) {
  const before = (await mailsTo(coordinator)).filter(isSignInMail).length;
  await page.goto(`${stack.appUrl}/anmelden`);
  await page.locator("#field-email").fill(coordinator);
  await page.locator('main form button[type="submit"]').click();
  await page.goto(await nextSignInLink(coordinator, before, stack.appUrl));
  await page.locator('main form button[type="submit"]').click();
  expect(new URL(page.url()).pathname).toBe("/anmelden/zweiter-faktor");
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();

describe("passkeys in Chromium (a virtual authenticator)", () => {
  it("enrols with a passkey, then signs in with it; its counter moves on and a stale answer is refused", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const { cdp, authenticatorId } = await withVirtualAuthenticator(context, page);

    await throughTheLink(page);
    expect(await heading(page)).toBe("Zweiten Faktor einrichten");
    await page.locator("#field-passkeyName").fill("Laptop");
    await page.getByRole("button", { name: "Passkey anlegen" }).click();
    await expect.poll(() => heading(page)).toBe("Der zweite Faktor ist eingerichtet");
    expect(await page.locator(".recovery-codes code").count()).toBe(10);
    const stored = (await allItems(stack.table)).find((i) => i.pk === `MFA#${coordinator}`);
    expect((stored?.passkeys as { name: string }[] | undefined)?.[0]?.name).toBe("Laptop");
    await page.locator("a.button").click();
    expect(await heading(page)).toBe("Übersicht");

    // Signed out; the next sign-in asks for the passkey.
    await context.clearCookies();
    await throughTheLink(page);
    expect(await heading(page)).toBe("Zweiter Schritt der Anmeldung");
    const { credentials } = (await cdp.send("WebAuthn.getCredentials", { authenticatorId })) as {
      credentials: { signCount: number }[];
    };
    expect(credentials).toHaveLength(1);
    await page.getByRole("button", { name: "Mit Passkey bestätigen" }).click();
    await expect.poll(() => heading(page)).toBe("Übersicht");
    const after = (await allItems(stack.table)).find((i) => i.pk === `MFA#${coordinator}`);
    const counter = (after?.passkeys as { counter: number }[] | undefined)?.[0]?.counter ?? 0;
    expect(counter).toBeGreaterThan(0);

    // A cloned authenticator answers with an old counter: the same key, its count set back. Refused, counted.
    await context.clearCookies();
    await throughTheLink(page);
    const {
      credentials: [credential],
    } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
    if (!credential) throw new Error("the virtual authenticator lost its passkey");
    await cdp.send("WebAuthn.removeCredential", { authenticatorId, credentialId: credential.credentialId });
    await cdp.send("WebAuthn.addCredential", { authenticatorId, credential: { ...credential, signCount: 0 } });
    await page.getByRole("button", { name: "Mit Passkey bestätigen" }).click();
    await expect.poll(() => page.locator("#field-code-error").textContent()).toContain("nicht angenommen");
    expect(new URL(page.url()).pathname).toBe("/anmelden/zweiter-faktor/passkey");
    expect((await page.goto(`${stack.appUrl}/konsole`))?.url()).toContain("/anmelden/zweiter-faktor");
    const refused = (await allItems(stack.table)).find((i) => i.pk === `MFA#${coordinator}`);
    expect(refused?.failures).toBe(1);
    await context.close();
  });

  it("keeps the passkey button hidden without JavaScript: the code form is the way", async () => {
    const context = await browser.newContext({ locale: "de-DE", javaScriptEnabled: false });
    const page = await context.newPage();
    await throughTheLink(page);
    expect(await page.locator("#passkey-form").isVisible()).toBe(false);
    expect(await page.locator("#field-code").isVisible()).toBe(true);
    await context.close();
  });
});
