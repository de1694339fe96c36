import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signed, expiring tokens for the links in mails: no account, no stored token. A token names what it is for
 * (`purpose`) and the one thing it opens (`subject`), so a contact's decision link opens their application only.
 *
 * Format: base64url(JSON payload) "." base64url(HMAC-SHA256(key, payload)).
 *
 * Purposes: `confirm` (subject: a submission id), `decide` (an application id), `unsubscribe` (a partner's email
 * address; the mailer signs these for about a year, since a mail may be read long after it was sent).
 */
export type TokenPurpose = "confirm" | "decide" | "rsvp" | "unsubscribe";

interface Payload {
  p: TokenPurpose;
  s: string;
  /** Expiry, epoch seconds. */
  e: number;
}

export type TokenCheck = { ok: true; subject: string } | { ok: false; reason: "invalid" | "expired" };

export interface TokenSigner {
  sign(purpose: TokenPurpose, subject: string, expiresAt: Date): string;
  verify(token: string, purpose: TokenPurpose, now: Date): TokenCheck;
}

export function tokenSigner(key: string): TokenSigner {
  if (key.length < 32) throw new Error("The token key must have at least 32 characters.");
  const mac = (data: string) => createHmac("sha256", key).update(data).digest();
  return {
    sign(purpose, subject, expiresAt) {
      const payload: Payload = { p: purpose, s: subject, e: Math.floor(expiresAt.getTime() / 1000) };
      const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
      return `${body}.${mac(body).toString("base64url")}`;
    },
    verify(token, purpose, now) {
      const [body, signature, extra] = token.split(".");
      if (!body || !signature || extra !== undefined || token.length > 1024) return { ok: false, reason: "invalid" };
      const given = Buffer.from(signature, "base64url");
      const expected = mac(body);
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return { ok: false, reason: "invalid" };
      let payload: Payload;
      try {
        payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
      } catch {
        return { ok: false, reason: "invalid" };
      }
      if (payload.p !== purpose || typeof payload.s !== "string") return { ok: false, reason: "invalid" };
      if (payload.e * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
      return { ok: true, subject: payload.s };
    },
  };
}

/** Where the signing key comes from: a file locally, Secrets Manager on AWS. Fetched once, on first use. */
export type TokenKeySource = () => Promise<string>;

export function cachedSigner(source: TokenKeySource): () => Promise<TokenSigner> {
  let signer: Promise<TokenSigner> | undefined;
  return () => {
    signer ??= source()
      .then(tokenSigner)
      .catch((error) => {
        signer = undefined; // a failed fetch is retried by the next request
        throw error;
      });
    return signer;
  };
}
