import { createHash, randomBytes, randomUUID } from "node:crypto";
import { generateSecret, generateURI, verifySync } from "otplib";
import type { NewAuditEntry } from "../domain/audit.ts";
import type { Locale } from "../domain/locale.ts";
import type { NewMail } from "../domain/mail.ts";
import {
  hasSecondFactor,
  SECOND_FACTOR,
  type SecondFactorEvent,
  type SecondFactorRecord,
} from "../domain/second-factor.ts";
import { network } from "../i18n/network.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { Access, SecondFactors } from "./ports.ts";

export interface SecondFactorDeps {
  secondFactors: SecondFactors;
  access: Pick<Access, "endAllSessions">;
  signer: () => Promise<TokenSigner>;
}

const MINUTE_MS = 60_000;
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
  const uri = generateURI({ issuer: network().shortName, label: email, secret });
  const sealed = (await deps.signer()).seal(
    "enrol",
    `${email}|${secret}`,
    new Date(now.getTime() + SECOND_FACTOR.enrolMinutes * MINUTE_MS),
  );
  return { secret, uri, sealed };
}

/**
 * The authenticator's secret, opened with the key for stored secrets (never the link key: rotating the link key
 * must not lock anyone out).
 */
async function openTotpSecret(deps: SecondFactorDeps, sealed: string): Promise<string | undefined> {
  const opened = (await deps.signer()).unsealStored(sealed, "totp");
  return opened.ok ? opened.subject : undefined;
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

export type EnrolOutcome =
  | { kind: "enrolled"; recoveryCodes: string[] }
  | { kind: "expired" }
  | { kind: "wrong_code" }
  /** A factor was set up meanwhile (another request): it stays, this one is not stored. */
  | { kind: "exists" };

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
      sealedSecret: signer.sealStored("totp", secret),
      name: name.trim().slice(0, 60) || "Authenticator-App",
      createdAt: now.toISOString(),
      lastUsedAt: now.toISOString(),
      lastStep: step,
    },
    recoveryCodes: Object.fromEntries(codes.map((c) => [hashCode(c), now.toISOString()])),
    failures: 0,
    updatedAt: now.toISOString(),
  };
  const stored = await deps.secondFactors.enrol(
    record,
    auditOf(email, email, "enrolled", now, { name: record.totp?.name }),
    changedMail(email, locale, { event: "enrolled", at: now.toISOString() }),
    now,
  );
  return stored ? { kind: "enrolled", recoveryCodes: codes } : { kind: "exists" };
}

export type VerifyOutcome =
  | { kind: "verified"; with: "totp" | "recovery_code" | "passkey" }
  | { kind: "wrong_code"; attemptsLeft: number }
  | { kind: "replayed" }
  /** Locked until `until`; without it, the attempts allowed are all being checked right now. */
  | { kind: "locked"; until?: string }
  | { kind: "no_factor" };

/** An attempt whose reservation was refused: the lock there is, or (if the counting request died) the lock now. */
async function refusedAttempt(
  deps: SecondFactorDeps,
  email: string,
  record: SecondFactorRecord | undefined,
  locale: Locale,
  now: Date,
): Promise<VerifyOutcome> {
  if (!record || !hasSecondFactor(record)) return { kind: "no_factor" };
  const locked = lockedOutcome(record, now);
  if (locked) return locked;
  // The limit is reached but nobody locked: normally the last attempt is still being checked and will lock. Only if
  // it never finished (a crashed function), a later attempt sets the lock, so the count never blocks for ever.
  const stale = !record.attemptedAt || now.getTime() - Date.parse(record.attemptedAt) > STALE_ATTEMPT_MS;
  if (stale) return lockNow(deps, email, locale, now);
  return { kind: "locked" };
}

/** How long a reserved attempt may take before its count is treated as abandoned. */
const STALE_ATTEMPT_MS = 60_000;

/**
 * Before a code or a passkey is checked: the person has a second factor, the step is not locked, and this attempt
 * is reserved (counted before the check, so parallel guesses cannot pass the limit); otherwise the outcome to give.
 */
async function startAttempt(
  deps: SecondFactorDeps,
  email: string,
  locale: Locale,
  now: Date,
): Promise<{ kind: "started"; record: SecondFactorRecord; count: number } | VerifyOutcome> {
  const record = await deps.secondFactors.get(email);
  if (!record || !hasSecondFactor(record)) return { kind: "no_factor" };
  const locked = lockedOutcome(record, now);
  if (locked) return locked;
  const reserved = await deps.secondFactors.reserveAttempt(email, SECOND_FACTOR.maxFailures, now);
  if (!reserved.ok) return refusedAttempt(deps, email, reserved.record, locale, now);
  return { kind: "started", record, count: reserved.count };
}

/**
 * The second step: a code from the app (accepted once: a code's time step never again) or a recovery code
 * (each once). Every attempt is reserved before it is checked, so five wrong codes lock the step for 15 minutes
 * however many arrive at once; while locked, whatever is given is not even checked.
 */
export async function verifySecondStep(
  deps: SecondFactorDeps,
  email: string,
  code: string,
  locale: Locale,
  now: Date,
): Promise<VerifyOutcome> {
  const attempt = await startAttempt(deps, email, locale, now);
  if (attempt.kind !== "started") return attempt;
  const { record, count } = attempt;
  const typed = code.trim();
  const secret = record.totp ? await openTotpSecret(deps, record.totp.sealedSecret) : undefined;
  if (record.totp && secret) {
    const step = stepOf(secret, typed, now);
    if (step !== undefined) {
      if (step > record.totp.lastStep && (await deps.secondFactors.useStep(email, step, now))) {
        return { kind: "verified", with: "totp" };
      }
      const wrong = await countedWrong(deps, email, count, locale, now);
      return wrong.kind === "wrong_code" ? { kind: "replayed" } : wrong;
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
  return countedWrong(deps, email, count, locale, now);
}

/** The lock, while it lasts: whatever is given then is not even checked. */
function lockedOutcome(record: SecondFactorRecord, now: Date): VerifyOutcome | undefined {
  return record.lockedUntil && record.lockedUntil * 1000 > now.getTime()
    ? { kind: "locked", until: new Date(record.lockedUntil * 1000).toISOString() }
    : undefined;
}

/**
 * A wrong code or a refused passkey, already counted by its reservation as attempt `count`: the one that reaches
 * the limit locks the second step (once: one lock, one mail, one audit entry).
 */
async function countedWrong(
  deps: SecondFactorDeps,
  email: string,
  count: number,
  locale: Locale,
  now: Date,
): Promise<VerifyOutcome> {
  if (count >= SECOND_FACTOR.maxFailures) return lockNow(deps, email, locale, now);
  return { kind: "wrong_code", attemptsLeft: SECOND_FACTOR.maxFailures - count };
}

async function lockNow(deps: SecondFactorDeps, email: string, locale: Locale, now: Date): Promise<VerifyOutcome> {
  const until = seconds(now.getTime() + SECOND_FACTOR.lockMinutes * MINUTE_MS);
  const untilIso = new Date(until * 1000).toISOString();
  const locked = await deps.secondFactors.lock(
    email,
    SECOND_FACTOR.maxFailures,
    until,
    auditOf(email, email, "locked", now, { until: untilIso }),
    changedMail(email, locale, { event: "locked", at: now.toISOString(), lockedUntil: untilIso }),
    now,
  );
  if (locked) return { kind: "locked", until: untilIso };
  // Someone else locked it first, or a right code reset the count: tell what holds now.
  const record = await deps.secondFactors.get(email);
  return (record && lockedOutcome(record, now)) ?? { kind: "wrong_code", attemptsLeft: SECOND_FACTOR.maxFailures };
}

/**
 * The person removes one of their factors (the authenticator app, or a passkey by its id). When none is left, the
 * recovery codes go too: a coordinator then sets up a new factor at the next sign-in.
 */
export async function removeOwnFactor(
  deps: SecondFactorDeps,
  email: string,
  which: { kind: "totp" } | { kind: "passkey"; id: string },
  locale: Locale,
  now: Date,
): Promise<boolean> {
  const record = await deps.secondFactors.get(email);
  if (!record) return false;
  const index = which.kind === "passkey" ? (record.passkeys ?? []).findIndex((p) => p.id === which.id) : -1;
  if (which.kind === "passkey" && index < 0) return false;
  const removed = await deps.secondFactors.removeOne(
    email,
    which.kind === "totp" ? which : { kind: "passkey", index, id: which.id },
    auditOf(email, email, "removed", now, { factor: which.kind }),
    changedMail(email, locale, { event: "removed", at: now.toISOString() }),
    now,
  );
  if (removed && !hasSecondFactor(await deps.secondFactors.get(email))) await deps.secondFactors.delete(email);
  return removed;
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
  if (removed) await deps.access.endAllSessions(email);
  return removed;
}

/** The relying party: this site as the browser sees it (its host name and origin). */
export interface RelyingParty {
  id: string;
  origin: string;
}

const webauthn = () => import("@simplewebauthn/server");

/** A passkey's user handle: not the address itself (authenticators may show or sync it), a hash of it. */
const userHandle = (email: string) =>
  new Uint8Array(createHash("sha256").update(`netzwerk-user|${email}`).digest()).slice(0, 16);

/** Options for creating a passkey; its challenge is stored for one use within five minutes. */
export async function passkeyRegistrationOptions(deps: SecondFactorDeps, email: string, rp: RelyingParty, now: Date) {
  const { generateRegistrationOptions } = await webauthn();
  const record = await deps.secondFactors.get(email);
  const options = await generateRegistrationOptions({
    rpName: network().shortName,
    rpID: rp.id,
    userName: email,
    userID: userHandle(email),
    attestationType: "none",
    excludeCredentials: (record?.passkeys ?? []).map((p) => ({ id: p.id })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  await deps.secondFactors.putChallenge(email, "register", options.challenge, now);
  return options;
}

/** Options for signing in with a passkey of this person; its challenge is stored for one use. */
export async function passkeyAuthenticationOptions(deps: SecondFactorDeps, email: string, rp: RelyingParty, now: Date) {
  const { generateAuthenticationOptions } = await webauthn();
  const record = await deps.secondFactors.get(email);
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    allowCredentials: (record?.passkeys ?? []).map((p) => ({ id: p.id })),
    userVerification: "preferred",
  });
  await deps.secondFactors.putChallenge(email, "authenticate", options.challenge, now);
  return options;
}

const parseJson = (text: string): unknown => {
  try {
    return text.length <= 16_384 ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};

export type PasskeyEnrolOutcome = { kind: "added"; recoveryCodes?: string[] } | { kind: "refused" };

/** A new passkey, if the browser's answer holds a valid registration for one of this person's challenges. */
export async function completePasskeyRegistration(
  deps: SecondFactorDeps,
  email: string,
  answer: string,
  name: string,
  rp: RelyingParty,
  locale: Locale,
  now: Date,
): Promise<PasskeyEnrolOutcome> {
  const { verifyRegistrationResponse } = await webauthn();
  const response = parseJson(answer);
  if (!response || typeof response !== "object") return { kind: "refused" };
  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verified = await verifyRegistrationResponse({
      response: response as never,
      expectedChallenge: (challenge) => deps.secondFactors.takeChallenge(email, "register", challenge, now),
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
    });
  } catch {
    return { kind: "refused" };
  }
  if (!verified.verified) return { kind: "refused" };
  const { credential } = verified.registrationInfo;
  const passkey = {
    id: credential.id,
    publicKey: Buffer.from(credential.publicKey).toString("base64url"),
    counter: credential.counter,
    ...(credential.transports ? { transports: [...credential.transports] } : {}),
    name: name.trim().slice(0, 60) || "Passkey",
    createdAt: now.toISOString(),
    lastUsedAt: now.toISOString(),
  };
  const existing = await deps.secondFactors.get(email);
  const codes = existing ? undefined : recoveryCodes();
  const fresh: SecondFactorRecord | undefined = codes
    ? {
        email,
        recoveryCodes: Object.fromEntries(codes.map((c) => [hashCode(c), now.toISOString()])),
        failures: 0,
        updatedAt: now.toISOString(),
      }
    : undefined;
  const added = await deps.secondFactors.addPasskey(
    email,
    passkey,
    fresh,
    auditOf(email, email, "passkey_added", now, { name: passkey.name }),
    changedMail(email, locale, { event: "passkey_added", at: now.toISOString() }),
    now,
  );
  if (!added) return { kind: "refused" };
  return codes ? { kind: "added", recoveryCodes: codes } : { kind: "added" };
}

/**
 * The second step with a passkey: the signature must be over one of this person's challenges (each usable once),
 * by one of their passkeys, with a signature counter above the stored one (a cloned authenticator shows an old
 * counter). A refusal counts toward the lock like a wrong code.
 */
export async function verifyPasskey(
  deps: SecondFactorDeps,
  email: string,
  answer: string,
  rp: RelyingParty,
  locale: Locale,
  now: Date,
): Promise<VerifyOutcome> {
  const attempt = await startAttempt(deps, email, locale, now);
  if (attempt.kind !== "started") return attempt;
  const { record, count } = attempt;
  const response = parseJson(answer) as { id?: unknown } | undefined;
  const index = (record.passkeys ?? []).findIndex((p) => p.id === response?.id);
  const stored = record.passkeys?.[index];
  if (stored && response) {
    const { verifyAuthenticationResponse } = await webauthn();
    try {
      const verified = await verifyAuthenticationResponse({
        response: response as never,
        expectedChallenge: (challenge) => deps.secondFactors.takeChallenge(email, "authenticate", challenge, now),
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        credential: {
          id: stored.id,
          publicKey: new Uint8Array(Buffer.from(stored.publicKey, "base64url")),
          counter: stored.counter,
        },
        requireUserVerification: false,
      });
      const { newCounter } = verified.authenticationInfo;
      const counterMoved = newCounter > stored.counter || (newCounter === 0 && stored.counter === 0);
      if (
        verified.verified &&
        counterMoved &&
        (await deps.secondFactors.usePasskey(email, index, stored.counter, newCounter, now))
      ) {
        return { kind: "verified", with: "passkey" };
      }
    } catch {
      // Refused by the library (a wrong signature, origin or challenge): an outcome, counted below like a wrong code.
    }
  }
  return countedWrong(deps, email, count, locale, now);
}
