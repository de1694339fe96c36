import type { TokenSigner } from "../security/tokens.ts";

/** The lists the admin API pages through; a cursor of one list is refused by every other. */
export type PagedList = "applications" | "partners" | "mails" | "audit" | "console-applications" | "console-partners";

/** A list cursor stays usable this long: enough to page through a list, not to keep a link to a person. */
const CURSOR_HOURS = 24;
/** DynamoDB keys are a few strings; anything bigger than this was not made here. */
const MAX_KEY_JSON = 1024;

/**
 * Turns a DynamoDB position (LastEvaluatedKey) into a cursor a client can hand back, and back again. The cursor is
 * sealed (encrypted and authenticated with the link key), so it is opaque (a partner list's position holds an email
 * address, which must not show in a URL) and tamper-evident: a made-up or altered cursor, or one of another list,
 * is refused at the edge and never reaches DynamoDB.
 */
export async function encodeCursor(
  signer: () => Promise<TokenSigner>,
  list: PagedList,
  key: Record<string, unknown> | undefined,
  now: Date,
): Promise<string | undefined> {
  if (!key) return undefined;
  return (await signer()).seal(
    "cursor",
    `${list}:${JSON.stringify(key)}`,
    new Date(now.getTime() + CURSOR_HOURS * 3_600_000),
  );
}

export type CursorRead = { ok: true; key?: Record<string, string> } | { ok: false; message: string };

export async function decodeCursor(
  signer: () => Promise<TokenSigner>,
  list: PagedList,
  cursor: string | undefined,
  now: Date,
): Promise<CursorRead> {
  if (cursor === undefined) return { ok: true };
  const opened = (await signer()).unseal(cursor, "cursor", now);
  if (!opened.ok) {
    return {
      ok: false,
      message: opened.reason === "expired" ? "has expired; start from the first page" : "is not a cursor of this list",
    };
  }
  const prefix = `${list}:`;
  const json = opened.subject.startsWith(prefix) ? opened.subject.slice(prefix.length) : "";
  const key = json.length <= MAX_KEY_JSON ? parseKey(json) : undefined;
  return key ? { ok: true, key } : { ok: false, message: "is not a cursor of this list" };
}

function parseKey(json: string): Record<string, string> | undefined {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
    const entries = Object.entries(value);
    return entries.length > 0 && entries.every(([, v]) => typeof v === "string")
      ? (value as Record<string, string>)
      : undefined;
  } catch {
    return undefined;
  }
}
