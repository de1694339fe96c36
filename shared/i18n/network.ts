import { createHash } from "node:crypto";
import { type Network, networkOf } from "../domain/network.ts";

export type { Network };

/**
 * The network the texts name (issue 20): its names, city, office and words, from its profile. The local stack and
 * the tests choose it at start (`useNetwork`, from `NETWORK_PROFILE`); a Lambda bundle carries the one chosen at
 * deploy (`__NETWORK_PROFILE__`, set by the bundler: infra/constructs/bundling.ts). Texts read it when they are
 * written, never at import, so the choice made at start holds everywhere.
 */
declare const __NETWORK_PROFILE__: string | undefined;

let current: Network | undefined;
/** The profile as the coordinators last saved it (the table's), when there is one; read at most once a minute. */
let stored: { network: Network | undefined; readAt: number } | undefined;
const STORED_FOR_MS = 60_000;

/** Chooses the network every text names from now on. */
export function useNetwork(profile: Network): void {
  stored = undefined;
  current = networkOf(profile);
}

/**
 * Reads the profile the coordinators saved (the console's "Netzwerk"), at most once a minute per process: pages and
 * mails then name the network as edited. Called before a request's texts are written; a failed read fails that request, like any other read.
 */
export async function refreshNetwork(store: { get(): Promise<Network | undefined> }, now = Date.now()): Promise<void> {
  if (stored && now - stored.readAt < STORED_FOR_MS) return;
  stored = { network: await store.get(), readAt: now };
}

/** Forgets the saved profile read last (after a save: the next request reads it again). */
export function forgetStoredNetwork(): void {
  stored = undefined;
}

/** The network the texts name: as the coordinators saved it, else as chosen at start or deploy. */
export function network(): Network {
  return stored?.network ?? chosen();
}

/** The network as chosen at start or deploy. */
function chosen(): Network {
  if (current) return current;
  if (typeof __NETWORK_PROFILE__ === "string") {
    current = JSON.parse(__NETWORK_PROFILE__) as Network;
    return current;
  }
  throw new Error("No network profile chosen: call useNetwork(readNetworkProfile(…)) at start");
}

const logos = new Map<string, LogoFile>();
export interface LogoFile {
  /** Its name, made from its content (so it is cached like the stylesheet), and its path on the site. */
  name: string;
  path: string;
  type: "image/svg+xml" | "image/png";
  body: Buffer;
}

/**
 * The network's logo as the site serves it (pages' header, HTML mails): always the chosen profile's, sanitised when
 * it was read (the console does not edit it, the table never holds it). Undefined when the network has none.
 */
export function networkLogo(): LogoFile | undefined {
  const logo = chosen().logo;
  if (!logo) return undefined;
  let file = logos.get(logo.data);
  if (!file) {
    const body = Buffer.from(logo.data, "base64");
    const name = `${createHash("sha256").update(body).digest("hex").slice(0, 12)}.${logo.type === "image/png" ? "png" : "svg"}`;
    file = { name, path: `/logo/${name}`, type: logo.type, body };
    logos.set(logo.data, file);
  }
  return file;
}
