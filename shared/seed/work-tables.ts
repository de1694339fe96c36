import { readNetworkProfile } from "../config/network-profile.ts";
import type { WorkTableInput } from "../domain/work-table-input.ts";

/**
 * The first work tables of the Netzwerk Migration Schwerin, from its profile (profiles/schwerin.json: names,
 * audiences, admission rules and contact persons from the network's own overview). Loaded by `npm start` (the
 * profile `NETWORK_PROFILE` names) and used by tests. Coordinators can change everything through the console.
 */
export const seedWorkTables: { id: string; input: WorkTableInput }[] = readNetworkProfile("schwerin").workTables;
