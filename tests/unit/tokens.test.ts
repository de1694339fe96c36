import { describe, expect, it } from "vitest";
import { cachedSigner, tokenSigner } from "../../shared/security/tokens.ts";

const signer = tokenSigner("k".repeat(40));
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
