import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

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
 * `cursor` (a position in a list the admin API hands out; sealed, i.e. encrypted as well, since a partner list's
 * position holds an email address), `signin` (a sign-in request id; 15 minutes, and usable once because the
 * request is marked used), `totp` (an authenticator's secret, sealed for storage under the stored-secrets key),
 * `enrol` (the secret of an authenticator being set up, sealed into the enrolment form for 15 minutes), `task` (a
 * task's id: its owner marks it done), `archive` (a work table's id, or "network", and a partner's handle: the
 * published minutes), `propose` (a conference id and a partner's handle: an agenda proposal). No other subject is ever an email address or another personal datum: tokens
 * end up in URLs, server logs and mail headers.
 */
export const TOKEN_PURPOSES = [
  "confirm",
  "decide",
  "rsvp",
  "unsubscribe",
  "leave",
  "form",
  "cursor",
  "signin",
  "totp",
  "enrol",
  "task",
  "archive",
  "propose",
] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

interface Payload {
  p: TokenPurpose;
  s: string;
  /** Expiry, epoch seconds. */
  e: number;
}

export type TokenCheck = { ok: true; subject: string } | { ok: false; reason: "invalid" | "expired" };

export interface TokenSigner {
  /**
   * A keyed hash of an email address (HMAC-SHA-256 under a key derived from the secret, base64url): what stays of
   * an erased person (their suppression, their audit entries), so nobody without the key can test an address
   * against it.
   */
  personHash(email: string): string;
  sign(purpose: TokenPurpose, subject: string, expiresAt: Date): string;
  verify(token: string, purpose: TokenPurpose, now: Date): TokenCheck;
  /**
   * Like `sign`, but the subject is encrypted as well (AES-256-GCM under a key derived from the same secret):
   * for tokens whose subject must not be readable, such as list cursors that hold a partner's email address.
   */
  seal(purpose: TokenPurpose, subject: string, expiresAt: Date): string;
  unseal(token: string, purpose: TokenPurpose, now: Date): TokenCheck;
  /**
   * Seals a secret the table keeps for good (an authenticator app's TOTP secret): AES-256-GCM under a key of its
   * own, derived from the ring's `person` key, which the link-key rotation never changes. Sealed with the link key
   * instead, every authenticator would stop working when the old link key is dropped.
   */
  sealStored(purpose: TokenPurpose, subject: string): string;
  unsealStored(token: string, purpose: TokenPurpose): TokenCheck;
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

const IV_BYTES = 12;
const TAG_BYTES = 16;

function check(payload: unknown, purpose: TokenPurpose, now: Date): TokenCheck {
  if (!isPayload(payload) || payload.p !== purpose) return { ok: false, reason: "invalid" };
  if (payload.e * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, subject: payload.s };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

/**
 * The key material: either one key (locally, in tests) that signs, seals and hashes, or a key ring, the JSON
 * `{"current": "…", "next"?: "…", "previous"?: "…", "person": "…"}` kept in the deployed parameter, so the link
 * keys can be rotated without breaking links already sent: `current` signs and seals, all three are accepted.
 * `person` keys the hash of erased people and is never rotated, or their suppressions would stop matching.
 * The ring's steps (add a next key, promote it, drop the previous one) are tools/token-keys.ts.
 */
export interface KeyRing {
  current: string;
  next?: string;
  previous?: string;
  person: string;
}

const RING_KEYS = ["current", "next", "previous", "person"];

/** The key ring in `material`; a plain key is a ring of one that also keys the person hash. */
export function parseKeyRing(material: string): KeyRing {
  const text = material.trim();
  if (!text.startsWith("{")) return { current: text, person: text };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error("The token key ring is not valid JSON.");
  }
  const ring = value as Record<string, unknown>;
  const unknownKeys = Object.keys(ring).filter((key) => !RING_KEYS.includes(key));
  if (unknownKeys.length > 0) throw new Error(`The token key ring has unknown entries: ${unknownKeys.join(", ")}`);
  for (const key of RING_KEYS) {
    const entry = ring[key];
    const required = key === "current" || key === "person";
    if (entry === undefined && !required) continue;
    if (typeof entry !== "string" || entry.length < 32) {
      throw new Error(`The token key ring's "${key}" must be a key of at least 32 characters.`);
    }
  }
  return ring as unknown as KeyRing;
}

export function tokenSigner(material: string): TokenSigner {
  if (material.trim().length < 32) throw new Error("The token key must have at least 32 characters.");
  const ring = parseKeyRing(material);
  const key = ring.current;
  // Every key a link may have been signed with: the current one first, since nearly every link has it.
  const accepted = [ring.current, ring.next, ring.previous].filter((entry): entry is string => entry !== undefined);
  const mac = (data: string, signingKey = key) => createHmac("sha256", signingKey).update(data).digest();
  // A separate key for encryption, derived from the same secret: one secret to keep, two independent uses.
  const sealKeyOf = (from: string) => Buffer.from(hkdfSync("sha256", from, "netzwerk-tokens", "seal", 32));
  const sealKey = sealKeyOf(key);
  const acceptedSealKeys = accepted.map(sealKeyOf);
  const personKey = Buffer.from(hkdfSync("sha256", ring.person, "netzwerk-tokens", "person", 32));
  const storedKey = Buffer.from(hkdfSync("sha256", ring.person, "netzwerk-tokens", "stored-secrets", 32));
  // Stored secrets never expire by themselves: they end when the person removes the factor.
  const NEVER = new Date("2100-01-01T00:00:00Z");
  const invalid: TokenCheck = { ok: false, reason: "invalid" };
  const payloadOf = (purpose: TokenPurpose, subject: string, expiresAt: Date): Payload => ({
    p: purpose,
    s: subject,
    e: Math.floor(expiresAt.getTime() / 1000),
  });
  const sealWith = (sealingKey: Buffer, purpose: TokenPurpose, subject: string, expiresAt: Date) => {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", sealingKey, iv);
    cipher.setAAD(Buffer.from(purpose));
    const data = Buffer.from(JSON.stringify(payloadOf(purpose, subject, expiresAt)));
    return Buffer.concat([iv, cipher.update(data), cipher.final(), cipher.getAuthTag()]).toString("base64url");
  };
  const unsealWith = (candidates: Buffer[], token: string, purpose: TokenPurpose, now: Date): TokenCheck => {
    if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH * 2) return invalid;
    const bytes = canonicalBytes(token);
    if (!bytes || bytes.length <= IV_BYTES + TAG_BYTES) return invalid;
    for (const candidate of candidates) {
      try {
        const decipher = createDecipheriv("aes-256-gcm", candidate, bytes.subarray(0, IV_BYTES));
        decipher.setAAD(Buffer.from(purpose));
        decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
        const data = Buffer.concat([
          decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
          decipher.final(),
        ]);
        return check(parseJson(data), purpose, now);
      } catch {
        // Not sealed with this key (GCM's tag does not match): an expected outcome, so the next key is tried.
      }
    }
    return invalid;
  };
  return {
    personHash(email) {
      return createHmac("sha256", personKey).update(email.trim().toLowerCase()).digest("base64url");
    },
    seal(purpose, subject, expiresAt) {
      return sealWith(sealKey, purpose, subject, expiresAt);
    },
    unseal(token, purpose, now) {
      return unsealWith(acceptedSealKeys, token, purpose, now);
    },
    sealStored(purpose, subject) {
      return sealWith(storedKey, purpose, subject, NEVER);
    },
    unsealStored(token, purpose) {
      return unsealWith([storedKey], token, purpose, new Date(0));
    },
    sign(purpose, subject, expiresAt) {
      const body = Buffer.from(JSON.stringify(payloadOf(purpose, subject, expiresAt))).toString("base64url");
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
      const signedWithAccepted = accepted.some((candidate) => {
        const expected = mac(body, candidate);
        return given.length === expected.length && timingSafeEqual(given, expected);
      });
      if (!signedWithAccepted) return invalid;
      return check(parseJson(bodyBytes), purpose, now);
    },
  };
}

/** Where the key material comes from: a file locally, a Systems Manager parameter on AWS. */
export type TokenKeySource = () => Promise<string>;

/**
 * How long a function keeps the key ring before reading it again: a rotation step (tools/token-keys.ts) reaches
 * every running function within this time, which is why each step waits for it before the next.
 */
export const KEY_RING_REFRESH_MS = 5 * 60_000;

/**
 * The signer, fetched on first use and again after `KEY_RING_REFRESH_MS`. A failed fetch is retried by the next
 * request; a failed refresh keeps the signer it has, so a short outage of the parameter store breaks no link.
 */
export function cachedSigner(source: TokenKeySource, now: () => number = Date.now): () => Promise<TokenSigner> {
  let signer: Promise<TokenSigner> | undefined;
  let fetchedAt = 0;
  const fetchSigner = () => source().then(tokenSigner);
  return () => {
    if (signer === undefined) {
      fetchedAt = now();
      signer = fetchSigner().catch((error) => {
        signer = undefined;
        throw error;
      });
    } else if (now() - fetchedAt >= KEY_RING_REFRESH_MS) {
      fetchedAt = now();
      const kept = signer;
      signer = fetchSigner().catch(() => kept);
    }
    return signer;
  };
}
