import { readNetworkProfile } from "../config/network-profile.ts";
import type { WorkTableInput } from "../domain/work-table-input.ts";

/**
 * The first work tables of the default network (profiles/default names its profile), from that profile: loaded by
 * `npm start` when NETWORK_PROFILE names no other network, and used by tests. Coordinators can change everything.
 */
export const seedWorkTables: { id: string; input: WorkTableInput }[] = readNetworkProfile().workTables;
