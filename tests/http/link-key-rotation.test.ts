import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type KeyRing, tokenSigner } from "../../shared/security/tokens.ts";
import { rotate } from "../../tools/token-keys.ts";
import { FIRST_COORDINATOR, testApp } from "../support/app.ts";
import { hidden, newCookie, totpCode } from "../support/second-factor.ts";
import { stepOneCookie } from "../support/sessions.ts";
import { createTestTable, type TestTable } from "../support/tables.ts";

/**
 * The rotation of the link key in docs/deploy-and-operations.md (add, wait, promote, wait, drop), done to the ring
 * the functions read, with a coordinator who signs in with an authenticator app after every step. The app's secret
 * is sealed under a key of its own, so dropping the old link key locks nobody out.
 */
let table: TestTable;
let ring: KeyRing;
let built: ReturnType<typeof testApp>;
/** The app's clock: each sign-in is half a minute later, so each one has a code of its own time step. */
let clock = Date.now();
const BASE = "http://localhost";

beforeAll(async () => {
  table = await createTestTable("rotation");
  ring = rotate("new", undefined);
  built = testApp(table, {
    deployed: true,
    signer: async () => tokenSigner(JSON.stringify(ring)),
    now: () => new Date(clock),
  });
  await built.deps.access.seedCoordinators([FIRST_COORDINATOR], new Date());
});
afterAll(() => table.drop());

const get = (path: string, cookie: string) => built.app.request(path, { headers: { Cookie: cookie } });
const post = (path: string, cookie: string, fields: Record<string, string>) =>
  built.app.request(path, {
    method: "POST",
    headers: { Cookie: cookie, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });

/** The mailed link's button, with a link signed by the ring's current key as the mailer would sign it now. */
const stepOne = () => stepOneCookie(built, FIRST_COORDINATOR, tokenSigner(JSON.stringify(ring)), new Date(clock));

describe("rotating the link key", () => {
  let secret = "";

  it("is the rotation the operators' page gives: add, promote, drop, and `new` after a leak", () => {
    const page = readFileSync(new URL("../../docs/deploy-and-operations.md", import.meta.url), "utf8");
    const section = page.slice(page.indexOf("### Rotate the link key"));
    const steps = [...section.matchAll(/npm run -s token-keys -- (\w+)/g)].map((match) => match[1]);
    expect(steps).toEqual(["add", "promote", "drop"]);
    expect(section).toContain("token-keys new ring.json");
  });

  /** Signs in with the app's code (a fresh time step each time: a code is accepted once). */
  async function signsInWithTheApp(): Promise<void> {
    clock += 31_000;
    const cookie = await stepOne();
    const csrf = hidden(await (await get("/anmelden/zweiter-faktor", cookie)).text(), "_csrf");
    const answer = await post("/anmelden/zweiter-faktor", cookie, { _csrf: csrf, code: totpCode(secret, 0, clock) });
    expect(answer.status).toBe(303);
    expect((await get("/konsole", newCookie(answer))).status).toBe(200);
  }

  it("keeps the coordinator's authenticator app working through add, promote and drop", async () => {
    const cookie = await stepOne();
    const page = await (await get("/anmelden/zweiter-faktor", cookie)).text();
    secret = (/id="totp-secret">([^<]+)</.exec(page)?.[1] ?? "").replace(/\s+/g, "");
    const enrolled = await post("/anmelden/zweiter-faktor/einrichten", cookie, {
      _csrf: hidden(page, "_csrf"),
      enrolment: hidden(page, "enrolment"),
      code: totpCode(secret, 0, clock),
    });
    expect(enrolled.status).toBe(200);
    const first = ring.current;

    ring = rotate("add", ring);
    await signsInWithTheApp();
    ring = rotate("promote", ring);
    await signsInWithTheApp();
    ring = rotate("drop", ring);
    expect(JSON.stringify(ring)).not.toContain(first);
    await signsInWithTheApp();
  });

  it("keeps it working through a new ring made from the old one after a leak", async () => {
    ring = rotate("new", ring);
    await signsInWithTheApp();
  });
});
