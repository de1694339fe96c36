/**
 * The people who sign in to the console, and how: coordinators are a list kept in the table (the first ones come
 * from a setting), contact persons are whoever a work table names. Everyone signs in with a one-time link mailed
 * to them; a session is an item in the table, named in an HttpOnly cookie. Scripts use personal API tokens.
 */

export interface Coordinator {
  email: string;
  name?: string;
  /** Who added them: an address, or "setting" for the first coordinators (COORDINATOR_EMAILS). */
  addedBy: string;
  addedAt: string;
}

/** How long the pieces of a sign-in live. */
export const SIGN_IN = {
  /** A mailed sign-in link: single use, this long. */
  linkMinutes: 15,
  /** A session ends after this long without a request… */
  idleHours: 8,
  /** …and after this long in any case. */
  absoluteDays: 7,
  /** A session's last activity is written at most this often (every request would be a write). */
  touchEveryMinutes: 5,
  /** Sign-in requests per address and per client an hour; past them the same answer, and no mail. */
  perEmail: 5,
  perClient: 20,
} as const;

/** A person asked for a sign-in link: the mailed link names it, and using it once marks it used. */
export interface SignInRequest {
  id: string;
  email: string;
  createdAt: string;
  usedAt?: string;
  /** Epoch seconds. */
  expiresAt: number;
  /** The hash of the browser's sign-in cookie: the link starts a session only in the browser that asked for it. */
  browserHash?: string;
}

/** A signed-in browser. The id is only in the cookie; the table keys the session by the id's hash. */
export interface Session {
  /** Short, public name of the session (the start of the hash): to list and end sessions. */
  publicId: string;
  email: string;
  createdAt: string;
  lastSeenAt: string;
  idleExpiresAt: number;
  absoluteExpiresAt: number;
  /** The per-session token every state-changing form and request must carry (CSRF). */
  csrfToken: string;
  /** The browser as it named itself, shortened: for the person's own list of sessions. */
  userAgent?: string;
  /**
   * `pending` after the mailed link alone: the session reaches only the second step's pages (enrolment or the
   * code). `done` once the second factor was given, or for a contact person who has none. Missing means pending.
   */
  secondFactor?: "pending" | "done";
  /**
   * How the person proved who they are: the mailed link alone (a contact person without a factor), or the link and
   * a second factor. Coordinator rights need `second_factor`; missing means the link alone.
   */
  verifiedWith?: "link" | "second_factor";
  /** When the second factor was last given in this session: creating an API token needs it to be fresh. */
  secondFactorAt?: string;
  /** Where the person goes after the second step (a confirmation asked for by a console page). */
  returnTo?: string;
}

/** How long a second factor counts as fresh (for creating an API token). */
export const FRESH_SECOND_FACTOR_MINUTES = 10;

/** Whether the session's second factor was given within the last few minutes. */
export const hasFreshSecondFactor = (session: Session | undefined, now: Date) =>
  session?.verifiedWith === "second_factor" &&
  session.secondFactorAt !== undefined &&
  now.getTime() - Date.parse(session.secondFactorAt) < FRESH_SECOND_FACTOR_MINUTES * 60_000;

/**
 * The full session that replaces a step-one session once the second factor is given: a new public id (its key is
 * a new secret's hash), verified with the second factor now.
 */
export function verifiedSession(stepOne: Session, publicId: string, now: Date): Session {
  const { returnTo: _done, ...rest } = stepOne;
  return {
    ...rest,
    publicId,
    secondFactor: "done",
    verifiedWith: "second_factor",
    secondFactorAt: now.toISOString(),
  };
}

/** A personal API token for scripts: shown once, stored as a hash, with an expiry, revocable. */
export interface ApiToken {
  publicId: string;
  email: string;
  name: string;
  createdAt: string;
  /** Epoch seconds. */
  expiresAt: number;
  lastUsedAt?: string;
}

/** Who made a request, and how they proved it. */
export interface Principal {
  email: string;
  via: "session" | "api_token" | "local_token";
  session?: Session;
}
