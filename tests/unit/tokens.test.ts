import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cachedSigner, KEY_RING_REFRESH_MS, parseKeyRing, tokenSigner } from "../../shared/security/tokens.ts";
import { rotate } from "../../tools/token-keys.ts";

const KEY = "k".repeat(40);
const signer = tokenSigner(KEY);

/** A token with a correct signature over any payload: what an attacker who knew the format but not the key can't make. */
function signedWithKey(payload: unknown): string {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${createHmac("sha256", KEY).update(body).digest("base64url")}`;
}
const now = new Date("2026-11-26T12:00:00Z");
const later = new Date("2026-12-03T12:00:00Z");

describe("signed links", () => {
  it("open the one thing they were made for, until they expire", () => {
    const token = signer.sign("decide", "application-1", later);
    expect(signer.verify(token, "decide", now)).toEqual({ ok: true, subject: "application-1" });
    expect(signer.verify(token, "decide", later)).toEqual({ ok: false, reason: "expired" });
  });

  it("are refused for another purpose, with another key, or altered in any way", () => {
    const token = signer.sign("confirm", "submission-1", later);
    expect(signer.verify(token, "decide", now)).toEqual({ ok: false, reason: "invalid" });
    expect(tokenSigner("x".repeat(40)).verify(token, "confirm", now)).toEqual({ ok: false, reason: "invalid" });
    const [body, mac] = token.split(".") as [string, string];
    const otherBody = Buffer.from(JSON.stringify({ p: "confirm", s: "submission-2", e: 4102444800 })).toString(
      "base64url",
    );
    for (const forged of [`${otherBody}.${mac}`, `${body}.${mac.slice(0, -2)}xx`, `${body}.`, body, `${token}.x`, ""]) {
      expect(signer.verify(forged, "confirm", now).ok).toBe(false);
    }
  });

  it("have one spelling only: padding, +/ for -_, other low bits, spaces or stray characters are refused", () => {
    // A subject whose token has both '-' or '_' in it and low bits to spare in its last characters.
    let token = "";
    for (let i = 0; !/[-_]/.test(token); i++) token = signer.sign("decide", `application-${i}`, later);
    expect(signer.verify(token, "decide", now).ok).toBe(true);
    const [body, mac] = token.split(".") as [string, string];
    const lastBitsChanged = (part: string) => {
      // The last character of an unpadded base64url string carries 2 or 4 unused low bits.
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
      const index = alphabet.indexOf(part.at(-1) as string);
      return `${part.slice(0, -1)}${alphabet[index ^ 1]}`;
    };
    const variants = [
      `${token}=`,
      `${token}==`,
      `${body}=.${mac}`,
      token.replace(/-/g, "+").replace(/_/g, "/"),
      `${body}.${lastBitsChanged(mac)}`,
      `${lastBitsChanged(body)}.${mac}`,
      `${body.slice(0, 4)} ${body.slice(4)}.${mac}`,
      `${body}.${mac.slice(0, 5)}!${mac.slice(5)}`,
      ` ${token}`,
      `${token}\n`,
    ];
    // Each variant differs from the token, and none of them opens anything.
    for (const variant of variants) {
      expect(variant).not.toBe(token);
      expect(signer.verify(variant, "decide", now)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("check the type of every field: an expiry that is not a number is invalid, not 'never'", () => {
    const forged = [
      { p: "decide", s: "application-1", e: "never" },
      { p: "decide", s: "application-1", e: null },
      { p: "decide", s: "application-1" },
      { p: "decide", s: "application-1", e: 1e300 },
      { p: "decide", s: 42, e: 4102444800 },
      { p: "decide", s: ["application-1"], e: 4102444800 },
      { p: ["decide"], s: "application-1", e: 4102444800 },
      { p: "decide", s: "application-1", e: 4102444800, admin: true },
      ["decide", "application-1", 4102444800],
      "decide",
    ];
    for (const payload of forged) {
      expect(signer.verify(signedWithKey(payload), "decide", now)).toEqual({ ok: false, reason: "invalid" });
    }
    // The same construction with well-typed fields is accepted: the refusals above are about the types.
    expect(signer.verify(signedWithKey({ p: "decide", s: "application-1", e: 4102444800 }), "decide", now)).toEqual({
      ok: true,
      subject: "application-1",
    });
  });

  it("need a key of at least 32 characters", () => {
    expect(() => tokenSigner("short")).toThrowError(/32 characters/);
  });

  it("fetch the key once, and again after a failed fetch", async () => {
    let calls = 0;
    const get = cachedSigner(async () => {
      calls++;
      if (calls === 1) throw new Error("Secrets Manager unavailable");
      return "k".repeat(40);
    });
    await expect(get()).rejects.toThrowError("unavailable");
    const first = await get();
    expect(await get()).toBe(first);
    expect(calls).toBe(2);
  });
});

describe("rotating the link keys", () => {
  const keyOf = (letter: string) => letter.repeat(48);
  let made = 0;
  const makeKey = () => keyOf(String.fromCharCode(97 + made++));
  const ringText = (ring: object) => JSON.stringify(ring);

  it("keeps every link working through add, promote and drop, until the old key is dropped", () => {
    made = 0;
    const first = rotate("new", undefined, makeKey); // current a, person b
    const before = tokenSigner(ringText(first));
    const oldLink = before.sign("unsubscribe", "handle-1", later);
    const oldCursor = before.seal("cursor", "position", later);

    const added = rotate("add", first, makeKey); // next c: accepted, not signing yet
    const duringAdd = tokenSigner(ringText(added));
    expect(duringAdd.sign("unsubscribe", "handle-1", later)).toBe(oldLink);
    expect(duringAdd.verify(oldLink, "unsubscribe", now)).toEqual({ ok: true, subject: "handle-1" });

    const promoted = rotate("promote", added, makeKey);
    expect(promoted).toEqual({ current: keyOf("c"), previous: keyOf("a"), person: keyOf("b") });
    const afterPromote = tokenSigner(ringText(promoted));
    const newLink = afterPromote.sign("unsubscribe", "handle-1", later);
    expect(newLink).not.toBe(oldLink);
    // A function that has not yet read the promoted ring (it still has the added one) accepts the new links too.
    expect(duringAdd.verify(newLink, "unsubscribe", now)).toEqual({ ok: true, subject: "handle-1" });
    expect(afterPromote.verify(oldLink, "unsubscribe", now)).toEqual({ ok: true, subject: "handle-1" });
    expect(afterPromote.unseal(oldCursor, "cursor", now)).toEqual({ ok: true, subject: "position" });

    const dropped = tokenSigner(ringText(rotate("drop", promoted, makeKey)));
    expect(dropped.verify(newLink, "unsubscribe", now)).toEqual({ ok: true, subject: "handle-1" });
    expect(dropped.verify(oldLink, "unsubscribe", now)).toEqual({ ok: false, reason: "invalid" });
    expect(dropped.unseal(oldCursor, "cursor", now)).toEqual({ ok: false, reason: "invalid" });
  });

  it("never changes the hash of an erased person, whose suppression must keep matching", () => {
    made = 0;
    const first = rotate("new", undefined, makeKey);
    const rotated = rotate("drop", rotate("promote", rotate("add", first, makeKey), makeKey), makeKey);
    expect(tokenSigner(ringText(rotated)).personHash("a@example.org")).toBe(
      tokenSigner(ringText(first)).personHash("a@example.org"),
    );
    // A plain key (the local stack's) becomes a ring whose person key is that key: hashes stay the same too.
    const plain = keyOf("p");
    const fromPlain = rotate("promote", rotate("add", parseKeyRing(plain), makeKey), makeKey);
    expect(tokenSigner(ringText(fromPlain)).personHash("a@example.org")).toBe(
      tokenSigner(plain).personHash("a@example.org"),
    );
  });

  it("refuses steps out of order and rings that are not well-formed", () => {
    made = 0;
    const first = rotate("new", undefined, makeKey);
    expect(() => rotate("promote", first, makeKey)).toThrowError(/no next key/);
    expect(() => rotate("drop", first, makeKey)).toThrowError(/no previous key/);
    expect(() => rotate("add", rotate("add", first, makeKey), makeKey)).toThrowError(/already has a next key/);
    expect(() => parseKeyRing('{"current": "short", "person": "short"}')).toThrowError(/"current" must be a key/);
    expect(() => parseKeyRing(`{"current": "${keyOf("a")}"}`)).toThrowError(/"person"/);
    expect(() => parseKeyRing(`{"current": "${keyOf("a")}", "person": "${keyOf("b")}", "x": 1}`)).toThrowError(
      /unknown entries: x/,
    );
    expect(() => parseKeyRing("{not json")).toThrowError(/not valid JSON/);
  });

  it("reads the ring again after five minutes, and keeps the old one when that read fails", async () => {
    let clock = 0;
    const answers = [keyOf("a"), new Error("parameter store unavailable"), keyOf("b")];
    const get = cachedSigner(
      async () => {
        const next = answers.shift();
        if (next instanceof Error) throw next;
        return next ?? "";
      },
      () => clock,
    );
    const first = await get();
    clock = KEY_RING_REFRESH_MS - 1;
    expect(await get()).toBe(first);
    clock = KEY_RING_REFRESH_MS;
    expect(await get()).toBe(first); // the refresh failed: the ring it had stays
    clock = 2 * KEY_RING_REFRESH_MS;
    const refreshed = await get();
    expect(refreshed.sign("form", "x", later)).toBe(tokenSigner(keyOf("b")).sign("form", "x", later));
    expect(answers).toHaveLength(0);
  });
});
