import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { type KeyRing, parseKeyRing } from "../shared/security/tokens.ts";

/**
 * The steps of rotating the link keys without breaking a link already sent (docs/deploy-and-operations.md, "Rotate
 * the link key"). Reads the key ring (the parameter's value) from a file or stdin and prints the next one; it never
 * talks to AWS, so the operator sees and stores each value with their own credentials.
 *
 *   new      a fresh ring: a new current key; given the old ring, its `person` key stays (it keys the erased people's
 *            hash and the stored authenticator secrets, which must outlive any link key), e.g. after a leak
 *   add      adds a `next` key: accepted by every function, not yet used for signing
 *   promote  `next` becomes `current`, the old current becomes `previous` (still accepted)
 *   drop     forgets `previous`: links signed with it stop working
 */
export const ROTATION_STEPS = ["new", "add", "promote", "drop"] as const;
export type RotationStep = (typeof ROTATION_STEPS)[number];

export function freshKey(): string {
  return randomBytes(48).toString("base64url");
}

/** The ring after `step`; throws with a operator-facing message when the step does not fit. */
export function rotate(step: RotationStep, ring: KeyRing | undefined, makeKey: () => string = freshKey): KeyRing {
  if (step === "new") return { current: makeKey(), person: ring?.person ?? makeKey() };
  if (ring === undefined) throw new Error(`"${step}" needs the current key ring as input`);
  switch (step) {
    case "add":
      if (ring.next) throw new Error("The ring already has a next key: promote it first.");
      if (ring.previous) throw new Error("The ring still has a previous key: drop it first (after the grace period).");
      return { ...ring, next: makeKey() };
    case "promote": {
      if (!ring.next) throw new Error('The ring has no next key: "add" one and wait five minutes first.');
      const { next, ...rest } = ring;
      return { ...rest, current: next, previous: ring.current };
    }
    case "drop": {
      if (!ring.previous) throw new Error("The ring has no previous key to drop.");
      const { previous: _dropped, ...rest } = ring;
      return rest;
    }
  }
}

function main(argv: string[]) {
  const [step, file] = argv;
  if (!ROTATION_STEPS.includes(step as RotationStep)) {
    process.stderr.write(`Usage: npm run token-keys -- <${ROTATION_STEPS.join("|")}> [ring.json]\n`);
    process.exit(2);
  }
  const input = step === "new" && file === undefined ? undefined : readFileSync(file ?? 0, "utf8");
  const next = rotate(step as RotationStep, input === undefined ? undefined : parseKeyRing(input));
  process.stdout.write(`${JSON.stringify(next)}\n`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"))) main(process.argv.slice(2));
