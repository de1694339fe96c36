import { createHash } from "node:crypto";

/** Secrets (session ids, API tokens) are stored as their SHA-256 only: the table holds nothing to sign in with. */
export const secretHash = (secret: string) => createHash("sha256").update(secret).digest("hex");
