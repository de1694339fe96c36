/**
 * The shapes of ids that reach the app in paths. Each route checks its id at the edge, so a made-up or oversized
 * id is a 404 and never a DynamoDB key (keys have size limits: a 3000-character id would be a 500).
 */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Application and conference ids are random UUIDs (lower case, as randomUUID() makes them). */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** Outbox mail ids: deterministic names such as `confirm-<submission>` or `conf-<conference>-<mailing>-<hash>`. */
export const MAIL_ID_PATTERN = /^[A-Za-z0-9_-]{1,200}$/;

export function isMailId(value: string): boolean {
  return MAIL_ID_PATTERN.test(value);
}

/** A partner's link handle: 22 characters of base64url (16 random bytes). */
export function isPartnerHandle(value: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(value);
}

/** An email address as it may appear in a path: one @, no spaces or control characters, at most 254 characters. */
export function isEmailInPath(value: string): boolean {
  return value.length <= 254 && /^[^\s@/\\]+@[^\s@/\\]+\.[^\s@/\\]+$/.test(value);
}
