import { createHash, randomBytes, randomUUID } from "node:crypto";
import { generateSecret, generateURI, verifySync } from "otplib";
import type { Locale } from "../domain/locale.ts";
import type { NewMail } from "../domain/mail.ts";
import { SECOND_FACTOR, type SecondFactorEvent, type SecondFactorRecord } from "../domain/second-factor.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { NewAuditEntry } from "../store/audit.ts";
import type { PeopleRepository } from "../store/people-repository.ts";
import type { SecondFactorRepository } from "../store/second-factor-repository.ts";

export interface SecondFactorDeps {
  secondFactors: SecondFactorRepository;
  people: PeopleRepository;
  signer: () => Promise<TokenSigner>;
}

const MINUTE_MS = 60_000;
const FAR_FUTURE = new Date("2100-01-01T00:00:00Z");
const seconds = (ms: number) => Math.floor(ms / 1000);
const hashCode = (code: string) => createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");

/** Recovery codes are typed by hand: case, spaces and dashes do not matter. */
export const normaliseRecoveryCode = (code: string) => code.replace(/[\s-]/g, "").toLowerCase();

/** Ten random codes of 12 characters (about 60 bits each), shown as xxxx-xxxx-xxxx. */
function recoveryCodes(): string[] {
  return Array.from({ length: SECOND_FACTOR.recoveryCodes }, () => {
    const code = randomBytes(9).toString("base64url").replace(/[-_]/g, "x").slice(0, 12).toLowerCase();
    return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
  });
}

function changedMail(email: string, locale: Locale, data: NewMail<"second_factor_changed">["data"]): NewMail {
  return {
    id: `mfa-${randomUUID()}`,
    kind: "second_factor_changed",
    to: [{ email }],
    locale,
    data,
  };
}

function auditOf(actor: string, email: string, event: SecondFactorEvent, now: Date, after = {}): NewAuditEntry {
  return {
    at: now.toISOString(),
    actor,
    action: `second_factor.${event}`,
    subject: { type: "person", id: email },
    after,
  };
}

/** What the enrolment page shows: the secret (to type), the otpauth URI (for the QR code), and the sealed secret. */
export async function startEnrolment(deps: SecondFactorDeps, email: string, now: Date) {
  const secret = generateSecret();
  const uri = generateURI({ issuer: SECOND_FACTOR.issuer, label: email, secret });
  const sealed = (await deps.signer()).seal(
    "enrol",
    `${email}|${secret}`,
    new Date(now.getTime() + SECOND_FACTOR.enrolMinutes * MINUTE_MS),
  );
  return { secret, uri, sealed };
}

/** A code of six digits for `secret` at `now`, if it is one: its time step. */
function stepOf(secret: string, code: string, now: Date): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const result = verifySync({
    secret,
    token: code,
    epoch: seconds(now.getTime()),
    epochTolerance: SECOND_FACTOR.toleranceSeconds,
  });
  return result.valid && "timeStep" in result ? result.timeStep : undefined;
}

export type EnrolOutcome = { kind: "enrolled"; recoveryCodes: string[] } | { kind: "expired" } | { kind: "wrong_code" };

/** The first code from the app proves it holds the secret: the factor is stored, with fresh recovery codes. */
export async function completeEnrolment(
  deps: SecondFactorDeps,
  email: string,
  sealed: string,
  code: string,
  name: string,
  locale: Locale,
  now: Date,
): Promise<EnrolOutcome> {
  const signer = await deps.signer();
  const opened = signer.unseal(sealed, "enrol", now);
  if (!opened.ok) return { kind: "expired" };
  const [owner, secret] = opened.subject.split("|");
  if (owner !== email || !secret) return { kind: "expired" };
  const step = stepOf(secret, code.trim(), now);
  if (step === undefined) return { kind: "wrong_code" };
  const codes = recoveryCodes();
  const record: SecondFactorRecord = {
    email,
    totp: {
      sealedSecret: signer.seal("totp", secret, FAR_FUTURE),
      name: name.trim().slice(0, 60) || "Authenticator-App",
      createdAt: now.toISOString(),
      lastUsedAt: now.toISOString(),
      lastStep: step,
    },
    recoveryCodes: Object.fromEntries(codes.map((c) => [hashCode(c), now.toISOString()])),
    failures: 0,
    updatedAt: now.toISOString(),
  };
  await deps.secondFactors.enrol(
    record,
    auditOf(email, email, "enrolled", now, { name: record.totp?.name }),
    changedMail(email, locale, { event: "enrolled", at: now.toISOString() }),
    now,
  );
  return { kind: "enrolled", recoveryCodes: codes };
}

export type VerifyOutcome =
  | { kind: "verified"; with: "totp" | "recovery_code" }
  | { kind: "wrong_code"; attemptsLeft: number }
  | { kind: "replayed" }
  | { kind: "locked"; until: string }
  | { kind: "no_factor" };

/**
 * The second step: a code from the app (accepted once: a code's time step never again) or a recovery code
 * (each once). Five wrong codes in a row lock the step for 15 minutes, whatever is typed meanwhile.
 */
export async function verifySecondStep(
  deps: SecondFactorDeps,
  email: string,
  code: string,
  locale: Locale,
  now: Date,
): Promise<VerifyOutcome> {
  const record = await deps.secondFactors.get(email);
  if (!record?.totp) return { kind: "no_factor" };
  if (record.lockedUntil && record.lockedUntil * 1000 > now.getTime()) {
    return { kind: "locked", until: new Date(record.lockedUntil * 1000).toISOString() };
  }
  const typed = code.trim();
  const signer = await deps.signer();
  const secret = signer.unseal(record.totp.sealedSecret, "totp", now);
  if (secret.ok) {
    const step = stepOf(secret.subject, typed, now);
    if (step !== undefined) {
      if (step <= record.totp.lastStep || !(await deps.secondFactors.useStep(email, step, now))) {
        return { kind: "replayed" };
      }
      return { kind: "verified", with: "totp" };
    }
  }
  if (!/^\d{6}$/.test(typed) && normaliseRecoveryCode(typed).length === 12) {
    const used = await deps.secondFactors.useRecoveryCode(
      email,
      hashCode(typed),
      auditOf(email, email, "recovery_code_used", now, { left: Object.keys(record.recoveryCodes).length - 1 }),
      changedMail(email, locale, { event: "recovery_code_used", at: now.toISOString() }),
      now,
    );
    if (used) return { kind: "verified", with: "recovery_code" };
  }
  const failures = await deps.secondFactors.countFailure(email);
  if (failures >= SECOND_FACTOR.maxFailures) {
    const until = seconds(now.getTime() + SECOND_FACTOR.lockMinutes * MINUTE_MS);
    const untilIso = new Date(until * 1000).toISOString();
    await deps.secondFactors.lock(
      email,
      until,
      auditOf(email, email, "locked", now, { until: untilIso }),
      changedMail(email, locale, { event: "locked", at: now.toISOString(), lockedUntil: untilIso }),
      now,
    );
    return { kind: "locked", until: untilIso };
  }
  return { kind: "wrong_code", attemptsLeft: SECOND_FACTOR.maxFailures - failures };
}

/** The person removes their own authenticator (a coordinator then enrols again at the next sign-in). */
export async function removeOwnSecondFactor(deps: SecondFactorDeps, email: string, locale: Locale, now: Date) {
  return deps.secondFactors.remove(
    email,
    auditOf(email, email, "removed", now),
    changedMail(email, locale, { event: "removed", at: now.toISOString() }),
    now,
  );
}

/**
 * A coordinator resets another person's second factor (a lost phone): it is removed, their sessions end, and at
 * their next sign-in they enrol again. The person is told by mail.
 */
export async function resetSecondFactor(
  deps: SecondFactorDeps,
  coordinator: string,
  email: string,
  locale: Locale,
  now: Date,
): Promise<boolean> {
  const removed = await deps.secondFactors.remove(
    email,
    auditOf(coordinator, email, "reset", now),
    changedMail(email, locale, { event: "reset", at: now.toISOString(), by: coordinator }),
    now,
  );
  if (removed) await deps.people.endAllSessions(email);
  return removed;
}
