import type { NetworkProfile } from "../domain/network-profile.ts";

/**
 * The network the texts name (issue 20): its names, city, office and words, from its profile. The local stack and
 * the tests choose it at start (`useNetwork`, from `NETWORK_PROFILE`); a Lambda bundle carries the one chosen at
 * deploy (`__NETWORK_PROFILE__`, set by the bundler: infra/constructs/bundling.ts). Texts read it when they are
 * written, never at import, so the choice made at start holds everywhere.
 */
export type Network = Omit<NetworkProfile, "workTables" | "machineTranslated">;

declare const __NETWORK_PROFILE__: string | undefined;

let current: Network | undefined;

/** Chooses the network every text names from now on. */
export function useNetwork(profile: Network): void {
  const { workTables: _tables, machineTranslated: _review, ...network } = profile as NetworkProfile;
  current = network;
}

/** The network the texts name. */
export function network(): Network {
  if (current) return current;
  if (typeof __NETWORK_PROFILE__ === "string") {
    current = JSON.parse(__NETWORK_PROFILE__) as Network;
    return current;
  }
  throw new Error("No network profile chosen: call useNetwork(readNetworkProfile(…)) at start");
}
