import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * Issue 20: any network, not only Schwerin. Everything that names or describes a network comes from its profile
 * (profiles/*.json); outside the profiles, the tests and the docs no source file names the first network's city
 * or its office, in any of the six languages' spellings.
 */
const CITY = /Schwerin|Шверин|Шверін|شفيرين|Landeshauptstadt|Fachstelle Chancengleichheit/;

describe("no city in the code", () => {
  it("no source file in shared/, functions/, infra/ or tools/ names the first network", () => {
    const files = execFileSync("git", [
      "ls-files",
      "-co",
      "--exclude-standard",
      "shared",
      "functions",
      "infra",
      "tools",
    ])
      .toString()
      .split("\n")
      .filter((file) => /\.(ts|tsx|mjs|js|json|css|html)$/.test(file));
    expect(files.length).toBeGreaterThan(100);
    const naming = files.filter((file) => CITY.test(readFileSync(file, "utf8")));
    expect(naming).toEqual([]);
  });
});
