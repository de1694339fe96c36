import type { NetworkProfile } from "./network-profile.ts";

/** What names and describes the network, without its first work tables and review marks: what texts read. */
export type Network = Omit<NetworkProfile, "workTables" | "machineTranslated">;

/**
 * A profile as the texts use it (its work tables go to the table as work tables). In a module of its own without
 * zod: every function's texts call it, and only the start (local stack, CDK) validates a profile.
 */
export function networkOf(profile: NetworkProfile | Network): Network {
  const { workTables: _tables, machineTranslated: _review, ...network } = profile as NetworkProfile;
  return network;
}
