import { readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type NetworkProfile, networkProfileSchema } from "../domain/network-profile.ts";
import { readLogo } from "./logo.ts";

/** Where the networks' profiles are: `profiles/<id>.json` at the project's root. */
export const PROFILES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../profiles");

/** The network a stack runs for unless `NETWORK_PROFILE` names another: the id in `profiles/default`. */
export const defaultNetworkProfile = (dir: string = PROFILES_DIR) =>
  readFileSync(resolve(dir, "default"), "utf8").trim();

/**
 * Reads and validates a network's profile: `name` is a profile's id (a file `profiles/<id>.json`; without one, the
 * default's) or a path to a JSON file; a logo it names is read from beside it. A profile that is missing, not JSON
 * or not valid (its logo too) stops the start with
 * every problem named. For the local stack, the CDK app and the tests (it reads a file: no Lambda function's path).
 */
export function readNetworkProfile(name?: string, dir: string = PROFILES_DIR): NetworkProfile {
  name ??= defaultNetworkProfile(dir);
  const file = name.endsWith(".json") ? (isAbsolute(name) ? name : resolve(name)) : resolve(dir, `${name}.json`);
  if (!name.endsWith(".json") && !/^[a-z0-9-]+$/.test(name)) {
    throw new Error(`Invalid network profile "${name}": name a profile in profiles/ or a .json file`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`Invalid network profile ${file}: ${(error as Error).message}`);
  }
  const logo = (json as { logo?: unknown } | null)?.logo;
  if (typeof logo === "string") {
    try {
      json = { ...(json as object), logo: readLogo(logo, file) };
    } catch (error) {
      throw new Error(`Invalid network profile ${file}: ${(error as Error).message}`);
    }
  }
  const result = networkProfileSchema().safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(profile)"}: ${i.message}`).join("; ");
    throw new Error(`Invalid network profile ${file}: ${problems}`);
  }
  return result.data;
}
