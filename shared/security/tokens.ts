import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signed, expiring tokens for the links in mails: no account, no stored token. A token names what it is for
 * (`purpose`) and the one thing it opens (`subject`), so a contact's decision link opens their application only.
 *
 * Format: base64url(JSON payload) "." base64url(HMAC-SHA256(key, payload)), both parts in the one canonical
 * spelling of base64url (no padding, `-_` rather than `+/`, no stray bits in the last character). Any other
 * spelling of the same bytes is refused: a token has exactly one form, so it cannot be varied to slip past a
 * filter, a log search or a replay check.
 *
 * Purposes: `confirm` (subject: a submission id), `decide` (an application id), `rsvp` (a conference id and a
 * partner's opaque handle), `unsubscribe` (a partner's opaque handle; signed for about a year, since a mail may
 * be read long after it was sent), `form` (when the application form was handed out, for the minimum fill time),
 * `cursor` (a position in a list the admin API hands out, so a cursor cannot be forged). No subject is ever an
 * email address or another personal datum: tokens end up in URLs, server logs and mail headers.
 */
export const TOKEN_PURPOSES = ["confirm", "decide", "rsvp", "unsubscribe", "form", "cursor"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

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

/** Longest token accepted; far above any real one, so a huge path never reaches the HMAC or JSON.parse. */
export const MAX_TOKEN_LENGTH = 1024;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The bytes of a base64url string, only if the string is their canonical spelling. */
function canonicalBytes(text: string): Buffer | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : undefined;
}

function isPayload(value: unknown): value is Payload {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  const { p, s, e, ...rest } = value as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    typeof p === "string" &&
    (TOKEN_PURPOSES as readonly string[]).includes(p) &&
    typeof s === "string" &&
    typeof e === "number" &&
    Number.isSafeInteger(e) &&
    e > 0
  );
}

export function tokenSigner(key: string): TokenSigner {
  if (key.length < 32) throw new Error("The token key must have at least 32 characters.");
  const mac = (data: string) => createHmac("sha256", key).update(data).digest();
  const invalid: TokenCheck = { ok: false, reason: "invalid" };
  return {
    sign(purpose, subject, expiresAt) {
      const payload: Payload = { p: purpose, s: subject, e: Math.floor(expiresAt.getTime() / 1000) };
      const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
      return `${body}.${mac(body).toString("base64url")}`;
    },
    verify(token, purpose, now) {
      if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return invalid;
      const parts = token.split(".");
      if (parts.length !== 2) return invalid;
      const [body, signature] = parts as [string, string];
      const bodyBytes = canonicalBytes(body);
      const given = canonicalBytes(signature);
      if (!bodyBytes || !given) return invalid;
      const expected = mac(body);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return invalid;
      let payload: unknown;
      try {
        payload = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bodyBytes));
      } catch {
        return invalid;
      }
      if (!isPayload(payload) || payload.p !== purpose) return invalid;
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
