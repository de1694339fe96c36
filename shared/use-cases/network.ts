import type { NewAuditEntry } from "../domain/audit.ts";
import type { Network } from "../domain/network.ts";
import type { EditableNetwork } from "../domain/network-profile.ts";

/** The network's profile as stored (what the console edits), and where it is kept. */
export type SavedNetwork = Network & {
  updatedAt?: string;
  updatedBy?: string;
};

export interface NetworkDeps {
  network: {
    save(
      network: SavedNetwork & { updatedAt: string; updatedBy: string },
      expectedVersion: string,
      audit: NewAuditEntry,
      now: Date,
    ): Promise<boolean>;
  };
}

/** A profile's version for a form: when it was last saved ("" while only the chosen one exists). */
export const networkVersion = (network: SavedNetwork) => network.updatedAt ?? "";

/**
 * A coordinator saves what the console edits of the network's profile (names, colour, the texts in each
 * language) over the version they read, with the changed fields before and after in the audit log. The rest of
 * the profile (office, consent's wording, words, Leichte Sprache) stays as chosen: the consent's words, and so its
 * hash, do not change here.
 */
export async function saveNetwork(
  deps: NetworkDeps,
  current: SavedNetwork,
  edited: EditableNetwork,
  options: { expectedVersion: string; actor: string },
  now: Date,
): Promise<{ kind: "ok"; network: SavedNetwork } | { kind: "stale" }> {
  const at = now.toISOString();
  const { updatedAt: _at, updatedBy: _by, ...rest } = current;
  const next = { ...rest, ...edited, updatedAt: at, updatedBy: options.actor };
  const changed = (Object.keys(edited) as (keyof EditableNetwork)[]).filter(
    (key) => JSON.stringify(current[key]) !== JSON.stringify(edited[key]),
  );
  const saved = await deps.network.save(
    next,
    options.expectedVersion,
    {
      at,
      actor: options.actor,
      action: "network.update",
      subject: { type: "network", id: current.id },
      before: Object.fromEntries(changed.map((key) => [key, current[key]])),
      after: Object.fromEntries(changed.map((key) => [key, edited[key]])),
    },
    now,
  );
  return saved ? { kind: "ok", network: next } : { kind: "stale" };
}
