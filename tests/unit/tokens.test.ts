import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cachedSigner, tokenSigner } from "../../shared/security/tokens.ts";

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
