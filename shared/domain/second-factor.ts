/**
 * The second factor after the mailed link: codes from an authenticator app (TOTP, RFC 6238) and one-time
 * recovery codes. Required for coordinators (they enrol before reaching any console page), offered to contact
 * persons (once enrolled, they use it too).
 */
export const SECOND_FACTOR = {
  /** Wrong codes in a row before the second step is locked for that person (and codes checked at once, at most)… */
  maxFailures: 5,
  /** …this long. */
  lockMinutes: 15,
  /** Recovery codes shown once at enrolment, each usable once. */
  recoveryCodes: 10,
  /** How long the enrolment page's secret may wait for its first code. */
  enrolMinutes: 15,
  /** Codes one step (30 s) early or late are accepted: phone clocks drift. */
  toleranceSeconds: 30,
} as const;

/** A person's second factor as stored: the authenticator's secret is sealed with the link key, codes hashed. */
export interface SecondFactorRecord {
  email: string;
  totp?: {
    /** The TOTP secret, sealed (AES-GCM under a key derived from the link key): never stored in clear. */
    sealedSecret: string;
    name: string;
    createdAt: string;
    lastUsedAt?: string;
    /** The time step of the last accepted code: a code is accepted once, never again within its window. */
    lastStep: number;
  };
  /** Passkeys (WebAuthn): the credential's id and public key (base64url), its signature counter. */
  passkeys?: PasskeyRecord[];
  /** SHA-256 of each unused recovery code → when it was made. */
  recoveryCodes: Record<string, string>;
  /** Attempts counted since the last right code or lock: each is counted (reserved) before it is checked. */
  failures: number;
  /** When the last attempt was reserved. */
  attemptedAt?: string;
  /** Epoch seconds until which the second step is locked. */
  lockedUntil?: number;
  updatedAt: string;
}

export interface PasskeyRecord {
  id: string;
  publicKey: string;
  counter: number;
  transports?: string[];
  name: string;
  createdAt: string;
  lastUsedAt?: string;
}

/** Whether a person has a second factor to give: an authenticator app or a passkey. */
export const hasSecondFactor = (record: SecondFactorRecord | undefined) =>
  record?.totp !== undefined || (record?.passkeys?.length ?? 0) > 0;

/** What a person or a coordinator sees of a second factor: never the secret, never a code. */
export interface SecondFactorView {
  authenticator?: { name: string; createdAt: string; lastUsedAt?: string };
  passkeys: { id: string; name: string; createdAt: string; lastUsedAt?: string }[];
  recoveryCodesLeft: number;
  lockedUntil?: string;
}

export function secondFactorView(record: SecondFactorRecord | undefined, now: Date): SecondFactorView {
  const locked = record?.lockedUntil !== undefined && record.lockedUntil * 1000 > now.getTime();
  return {
    ...(record?.totp
      ? {
          authenticator: {
            name: record.totp.name,
            createdAt: record.totp.createdAt,
            ...(record.totp.lastUsedAt ? { lastUsedAt: record.totp.lastUsedAt } : {}),
          },
        }
      : {}),
    passkeys: (record?.passkeys ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      createdAt: p.createdAt,
      ...(p.lastUsedAt ? { lastUsedAt: p.lastUsedAt } : {}),
    })),
    recoveryCodesLeft: Object.keys(record?.recoveryCodes ?? {}).length,
    ...(locked && record?.lockedUntil ? { lockedUntil: new Date(record.lockedUntil * 1000).toISOString() } : {}),
  };
}

/** The events of a second factor: each one is in the audit log and mailed to the person. */
export type SecondFactorEvent = "enrolled" | "passkey_added" | "removed" | "reset" | "locked" | "recovery_code_used";
