import { describe, expect, it } from "vitest";
import { DELIVERY_POLICY, mayRetry, retryDelayMs, withoutAddresses } from "../../shared/domain/mail-delivery.ts";
import { classifySesError } from "../../shared/mail/ses-transport.ts";
import { PermanentMailError, TransientMailError, UncertainMailError } from "../../shared/mail/transport.ts";

describe("the retry schedule of transient mail failures", () => {
  it("pauses grow from 10 seconds to at most 15 minutes, with jitter between half and the whole step", () => {
    const steps = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((attempt) => retryDelayMs(attempt, DELIVERY_POLICY, () => 1));
    expect(steps).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 640_000, 900_000, 900_000]);
    expect(retryDelayMs(3, DELIVERY_POLICY, () => 0)).toBe(20_000);
    const jittered = new Set(Array.from({ length: 50 }, () => retryDelayMs(3, DELIVERY_POLICY)));
    expect(jittered.size).toBeGreaterThan(1);
    for (const delay of jittered) expect(delay).toBeGreaterThanOrEqual(20_000);
  });

  it("keeps trying for at least an hour after the first failure, even with the shortest pauses, then gives up", () => {
    const first = new Date("2026-12-01T10:00:00Z");
    let now = first.getTime();
    let attempts = 1;
    while (mayRetry(first.toISOString(), new Date(now), DELIVERY_POLICY)) {
      now += retryDelayMs(attempts, DELIVERY_POLICY, () => 0);
      attempts++;
    }
    expect(now - first.getTime()).toBeGreaterThanOrEqual(60 * 60_000);
    expect(attempts).toBeGreaterThan(8);
    expect(mayRetry(first.toISOString(), new Date(first.getTime() + 59 * 60_000), DELIVERY_POLICY)).toBe(true);
    expect(mayRetry(first.toISOString(), new Date(first.getTime() + 60 * 60_000), DELIVERY_POLICY)).toBe(false);
  });

  it("logs SES's words without the addresses in them", () => {
    expect(withoutAddresses("Email address is not verified: netzwerk@example.org, <x.y@z.de>")).toBe(
      "Email address is not verified: <address>, <<address>>",
    );
  });
});

describe("sorting SES failures", () => {
  const answered = (name: string, status: number, message = "said") =>
    Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

  it("retries throttling, 429 and 5xx; fails anything else SES answered, with its words", () => {
    expect(classifySesError(answered("Throttling", 400))).toBeInstanceOf(TransientMailError);
    expect(classifySesError(answered("TooManyRequestsException", 429))).toBeInstanceOf(TransientMailError);
    expect(classifySesError(answered("ServiceUnavailable", 503))).toBeInstanceOf(TransientMailError);
    const rejected = classifySesError(answered("MessageRejected", 400, "Email address is not verified."));
    expect(rejected).toBeInstanceOf(PermanentMailError);
    expect(rejected.reason).toBe("MessageRejected (400): Email address is not verified.");
  });

  it("retries a connection that failed before SES answered; a request without an answer may have gone out", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:8005"), { code: "ECONNREFUSED" });
    expect(classifySesError(refused)).toBeInstanceOf(TransientMailError);
    const noConnection = Object.assign(
      new Error("the request socket did not establish a connection with the server within the configured timeout"),
      { name: "TimeoutError" },
    );
    expect(classifySesError(noConnection)).toBeInstanceOf(TransientMailError);
    const noAnswer = Object.assign(new Error("a request has exceeded the configured 10000 ms requestTimeout."), {
      name: "TimeoutError",
      code: "ETIMEDOUT",
    });
    expect(classifySesError(noAnswer)).toBeInstanceOf(UncertainMailError);
  });
});
