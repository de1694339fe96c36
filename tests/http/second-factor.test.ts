import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { secretHash } from "../../shared/store/access-repository.ts";
import { FIRST_COORDINATOR, testApp } from "../support/app.ts";
import { hidden, newCookie, totpCode } from "../support/second-factor.ts";
import { passedSecondStep, stepOneCookie } from "../support/sessions.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

let table: TestTable;
let built: ReturnType<typeof testApp>;
const BASE = "http://localhost";

beforeAll(async () => {
  table = await createTestTable("second-factor");
  built = testApp(table, { deployed: true });
  await built.deps.access.seedCoordinators([FIRST_COORDINATOR], new Date());
});
afterAll(() => table.drop());

/** The mailed link's button, pressed in the browser that asked for it: the cookie of step one. */
const stepOne = (email: string) => stepOneCookie(built, email);

const get = (path: string, cookie: string) => built.app.request(path, { headers: { Cookie: cookie } });
const post = (path: string, cookie: string, fields: Record<string, string>) =>
  built.app.request(path, {
    method: "POST",
    headers: { Cookie: cookie, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });

const factorOf = async (email: string) =>
  (await allItems(table)).find((i) => i.pk === `MFA#${email}`) as Record<string, unknown> | undefined;
const mailsOf = async (email: string, kind: string) =>
  (await allItems(table)).filter((i) => i.kind === kind && JSON.stringify(i.to).includes(email));
const auditOf = async (action: string) => (await allItems(table)).filter((i) => i.action === action);

describe("the second factor of a coordinator", () => {
  let cookie: string;
  let secret: string;
  let recoveryCodes: string[];

  it("keeps a step-one session out of every console page and the admin API", async () => {
    cookie = await stepOne(FIRST_COORDINATOR);
    for (const path of ["/konsole", "/konsole/antraege", "/konsole/zugang", "/konsole/koordination"]) {
      const response = await get(path, cookie);
      expect(response.status, path).toBe(303);
      expect(response.headers.get("location")).toBe("/anmelden/zweiter-faktor");
    }
    expect((await get("/api/admin/work-tables", cookie)).status).toBe(401);
    expect(await factorOf(FIRST_COORDINATOR)).toBeUndefined();
  });

  it("enrols: a wrong first code stores nothing; the right one stores the factor and shows ten recovery codes once", async () => {
    const page = await (await get("/anmelden/zweiter-faktor", cookie)).text();
    expect(page).toContain("Zweiten Faktor einrichten");
    expect(page).toContain("<svg");
    secret = (/id="totp-secret">([^<]+)</.exec(page)?.[1] ?? "").replace(/\s+/g, "");
    const form = { _csrf: hidden(page, "_csrf"), enrolment: hidden(page, "enrolment") };
    const wrong = await post("/anmelden/zweiter-faktor/einrichten", cookie, { ...form, code: "000000" });
    expect(wrong.status).toBe(422);
    expect(await factorOf(FIRST_COORDINATOR)).toBeUndefined();
    // A forged enrolment (another secret sealed by nobody) is refused as expired.
    const forged = await post("/anmelden/zweiter-faktor/einrichten", cookie, {
      ...form,
      enrolment: "x",
      code: totpCode(secret),
    });
    expect(forged.status).toBe(422);
    expect(await factorOf(FIRST_COORDINATOR)).toBeUndefined();

    const right = await post("/anmelden/zweiter-faktor/einrichten", cookie, {
      ...form,
      code: totpCode(secret),
      deviceName: "Diensthandy",
    });
    expect(right.status).toBe(200);
    const shown = await right.text();
    recoveryCodes = [...shown.matchAll(/<li><code>([a-z0-9-]{14})<\/code><\/li>/g)].map((m) => m[1] ?? "");
    expect(recoveryCodes).toHaveLength(10);
    const stored = await factorOf(FIRST_COORDINATOR);
    // Neither the secret nor a code is stored in clear.
    expect(JSON.stringify(stored)).not.toContain(secret);
    for (const code of recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code);
    // The full session starts under a new cookie; the step-one cookie opens nothing, now or later.
    const full = newCookie(right);
    expect(full).not.toBe(cookie);
    expect((await get("/konsole", full)).status).toBe(200);
    expect((await get("/konsole", cookie)).status).toBe(303);
    expect(await auditOf("second_factor.enrolled")).toHaveLength(1);
    expect(await mailsOf(FIRST_COORDINATOR, "second_factor_changed")).toHaveLength(1);
  });

  it("signs in again with a code; a wrong code and a replayed one are refused and reach nothing", async () => {
    const next = await stepOne(FIRST_COORDINATOR);
    const page = await (await get("/anmelden/zweiter-faktor", next)).text();
    expect(page).toContain("Zweiter Schritt der Anmeldung");
    const csrf = hidden(page, "_csrf");
    const wrong = await post("/anmelden/zweiter-faktor", next, { _csrf: csrf, code: "123456" });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain("Noch 4 Versuche");
    // The code used at enrolment is not accepted again within its window.
    const replayed = await post("/anmelden/zweiter-faktor", next, { _csrf: csrf, code: totpCode(secret) });
    expect(replayed.status).toBe(422);
    expect(await replayed.text()).toContain("schon verwendet");
    expect((await get("/konsole", next)).status).toBe(303);
    // Without the session's form token, nothing is checked at all.
    expect((await post("/anmelden/zweiter-faktor", next, { code: totpCode(secret, 1) })).status).toBe(403);
    const accepted = await post("/anmelden/zweiter-faktor", next, { _csrf: csrf, code: totpCode(secret, 1) });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get("location")).toBe("/konsole");
    expect((await get("/konsole", newCookie(accepted))).status).toBe(200);
    expect((await get("/konsole", next)).status).toBe(303);
  });

  it("accepts each recovery code once, and tells the person", async () => {
    const [code] = recoveryCodes;
    const first = await stepOne(FIRST_COORDINATOR);
    const csrf = hidden(await (await get("/anmelden/zweiter-faktor", first)).text(), "_csrf");
    expect(
      (await post("/anmelden/zweiter-faktor", first, { _csrf: csrf, code: (code ?? "").toUpperCase() })).status,
    ).toBe(303);
    expect(await auditOf("second_factor.recovery_code_used")).toHaveLength(1);
    expect(await mailsOf(FIRST_COORDINATOR, "second_factor_changed")).toHaveLength(2);

    const second = await stepOne(FIRST_COORDINATOR);
    const csrf2 = hidden(await (await get("/anmelden/zweiter-faktor", second)).text(), "_csrf");
    const reused = await post("/anmelden/zweiter-faktor", second, { _csrf: csrf2, code: code ?? "" });
    expect(reused.status).toBe(422);
    expect((await get("/konsole", second)).status).toBe(303);
  });

  it("locks the second step for 15 minutes after five wrong codes, even for the right one, and says so", async () => {
    const session = await stepOne(FIRST_COORDINATOR);
    const csrf = hidden(await (await get("/anmelden/zweiter-faktor", session)).text(), "_csrf");
    const statuses: number[] = [];
    // One wrong code was counted in the recovery-code test: four more reach the limit of five.
    for (let attempt = 0; attempt < 4; attempt++) {
      statuses.push((await post("/anmelden/zweiter-faktor", session, { _csrf: csrf, code: "999999" })).status);
    }
    expect(statuses).toEqual([422, 422, 422, 429]);
    const right = await post("/anmelden/zweiter-faktor", session, { _csrf: csrf, code: totpCode(secret, 1) });
    expect(right.status).toBe(429);
    expect(await right.text()).toContain("gesperrt");
    expect((await get("/konsole", session)).status).toBe(303);
    expect(await auditOf("second_factor.locked")).toHaveLength(1);
    expect(
      (await mailsOf(FIRST_COORDINATOR, "second_factor_changed")).map((m) => (m.data as { event: string }).event),
    ).toContain("locked");
    expect(Number((await factorOf(FIRST_COORDINATOR))?.lockedUntil)).toBeGreaterThan(Date.now() / 1000 + 14 * 60);
  });
});

describe("against a determined attacker", () => {
  /** A coordinator with an authenticator app, and a fresh step-one session of theirs. */
  async function enrolled(email: string): Promise<{ secret: string; cookie: string; csrf: string }> {
    await built.deps.access.addCoordinator(
      { email, addedBy: FIRST_COORDINATOR, addedAt: new Date().toISOString() },
      undefined,
      new Date(),
    );
    const first = await stepOne(email);
    const page = await (await get("/anmelden/zweiter-faktor", first)).text();
    const secret = (/id="totp-secret">([^<]+)</.exec(page)?.[1] ?? "").replace(/\s+/g, "");
    const done = await post("/anmelden/zweiter-faktor/einrichten", first, {
      _csrf: hidden(page, "_csrf"),
      enrolment: hidden(page, "enrolment"),
      code: totpCode(secret),
    });
    expect(done.status).toBe(200);
    const cookie = await stepOne(email);
    const csrf = hidden(await (await get("/anmelden/zweiter-faktor", cookie)).text(), "_csrf");
    return { secret, cookie, csrf };
  }

  it("40 parallel wrong codes: at most five are checked, the rest 429; one lock, one mail, one audit entry", async () => {
    const email = "parallel.guesser@schwerin.example";
    const { cookie, csrf, secret } = await enrolled(email);
    const guesses = Array.from({ length: 40 }, (_, i) => String(100000 + i * 7919).slice(0, 6));
    const answers = await Promise.all(
      guesses.map((code) => post("/anmelden/zweiter-faktor", cookie, { _csrf: csrf, code })),
    );
    const statuses = answers.map((a) => a.status);
    const checked = statuses.filter((s) => s === 422).length;
    expect(statuses.every((s) => s === 422 || s === 429)).toBe(true);
    // Five attempts are let through; the one that reaches the limit answers with the lock (429) itself.
    expect(checked).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - checked);
    const locks = (await auditOf("second_factor.locked")).filter((e) => (e.subject as { id: string }).id === email);
    expect(locks).toHaveLength(1);
    const lockMails = (await mailsOf(email, "second_factor_changed")).filter(
      (m) => (m.data as { event: string }).event === "locked",
    );
    expect(lockMails).toHaveLength(1);
    expect(Number((await factorOf(email))?.lockedUntil)).toBeGreaterThan(Date.now() / 1000 + 14 * 60);
    // The right code changes nothing while the lock holds.
    const right = await post("/anmelden/zweiter-faktor", cookie, { _csrf: csrf, code: totpCode(secret, 1) });
    expect(right.status).toBe(429);
    expect((await get("/konsole", cookie)).status).toBe(303);
  });

  it("two racing enrolments: one factor is stored, the other request stores nothing", async () => {
    const email = "racing.enrolment@schwerin.example";
    await built.deps.access.addCoordinator(
      { email, addedBy: FIRST_COORDINATOR, addedAt: new Date().toISOString() },
      undefined,
      new Date(),
    );
    const cookie = await stepOne(email);
    const pages = await Promise.all([1, 2].map(async () => (await get("/anmelden/zweiter-faktor", cookie)).text()));
    const answers = await Promise.all(
      pages.map((page) => {
        const secret = (/id="totp-secret">([^<]+)</.exec(page)?.[1] ?? "").replace(/\s+/g, "");
        return post("/anmelden/zweiter-faktor/einrichten", cookie, {
          _csrf: hidden(page, "_csrf"),
          enrolment: hidden(page, "enrolment"),
          code: totpCode(secret),
        });
      }),
    );
    expect(answers.map((a) => a.status).toSorted()).toEqual([200, 303]);
    const enrolments = (await auditOf("second_factor.enrolled")).filter(
      (e) => (e.subject as { id: string }).id === email,
    );
    expect(enrolments).toHaveLength(1);
    // The codes shown are the ones stored: the winner's recovery codes still work.
    const shown = await (answers.find((a) => a.status === 200) as Response).text();
    const [code] = [...shown.matchAll(/<li><code>([a-z0-9-]{14})<\/code><\/li>/g)].map((m) => m[1] ?? "");
    const next = await stepOne(email);
    const csrf = hidden(await (await get("/anmelden/zweiter-faktor", next)).text(), "_csrf");
    expect((await post("/anmelden/zweiter-faktor", next, { _csrf: csrf, code: code ?? "" })).status).toBe(303);
  });
});

describe("contact persons and resets", () => {
  it("lets a contact person without a factor in after the link alone, and offers one", async () => {
    const contact = "a.kropp@awo-schwerin.de";
    const { loadSeed } = await import("../../shared/seed/load-seed.ts");
    await loadSeed(built.deps.workTables);
    const cookie = await stepOne(contact);
    expect((await get("/konsole", cookie)).status).toBe(200);
    const account = await (await get("/konsole/zugang", cookie)).text();
    expect(account).toContain("Zweiten Faktor einrichten");

    // They take the offer: the session goes back to the second step, which enrols; then they remove it again.
    const offer = await post("/konsole/zugang/zweiter-faktor/einrichten", cookie, { _csrf: hidden(account, "_csrf") });
    expect(offer.headers.get("location")).toBe("/anmelden/zweiter-faktor");
    expect((await get("/konsole", cookie)).status).toBe(303);
    const page = await (await get("/anmelden/zweiter-faktor", cookie)).text();
    const secret = (/id="totp-secret">([^<]+)</.exec(page)?.[1] ?? "").replace(/\s+/g, "");
    const enrolled = await post("/anmelden/zweiter-faktor/einrichten", cookie, {
      _csrf: hidden(page, "_csrf"),
      enrolment: hidden(page, "enrolment"),
      code: totpCode(secret),
      deviceName: "Privathandy",
    });
    expect(enrolled.status).toBe(200);
    const full = newCookie(enrolled);
    const listed = await (await get("/konsole/zugang", full)).text();
    expect(listed).toContain("Authenticator-App „Privathandy“");
    // Now the link alone no longer lets them in.
    expect((await get("/konsole", await stepOne(contact))).status).toBe(303);
    const removed = await post("/konsole/zugang/zweiter-faktor/entfernen", full, {
      _csrf: hidden(listed, "_csrf"),
      kind: "totp",
      id: "totp",
    });
    expect(removed.status).toBe(200);
    expect(await factorOf(contact)).toBeUndefined();
    expect((await auditOf("second_factor.removed")).map((e) => e.actor)).toContain(contact);
    expect((await get("/konsole", await stepOne(contact))).status).toBe(200);
  });

  it("a coordinator resets another person's factor: it goes, their sessions end, they are told", async () => {
    const other = "zweite.koordination@schwerin.example";
    await built.deps.access.addCoordinator(
      { email: other, addedBy: FIRST_COORDINATOR, addedAt: new Date().toISOString() },
      undefined,
      new Date(),
    );
    // The other coordinator enrols.
    const theirs = await stepOne(other);
    const page = await (await get("/anmelden/zweiter-faktor", theirs)).text();
    const secret = (/id="totp-secret">([^<]+)</.exec(page)?.[1] ?? "").replace(/\s+/g, "");
    const enrolled = await post("/anmelden/zweiter-faktor/einrichten", theirs, {
      _csrf: hidden(page, "_csrf"),
      enrolment: hidden(page, "enrolment"),
      code: totpCode(secret),
    });
    const theirFull = newCookie(enrolled);
    expect((await get("/konsole", theirFull)).status).toBe(200);

    // The first coordinator, signed in fully (directly, as the test of the second step is above).
    const stepOneCookie = await stepOne(FIRST_COORDINATOR);
    const stepOneId = /nm_session=([^;]+)/.exec(stepOneCookie)?.[1] ?? "";
    const stepOneSession = await built.deps.access.session(secretHash(stepOneId));
    if (!stepOneSession) throw new Error("no step-one session");
    const { cookie: mine } = await passedSecondStep(built.deps.access, stepOneId, stepOneSession);
    const csrf = hidden(await (await get("/konsole/koordination", mine)).text(), "_csrf");
    const reset = await post("/konsole/koordination/zweiter-faktor-zuruecksetzen", mine, { _csrf: csrf, email: other });
    expect(reset.status).toBe(200);
    expect(await factorOf(other)).toBeUndefined();
    expect((await get("/konsole", theirFull)).status).toBe(303);
    const audit = await auditOf("second_factor.reset");
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor).toBe(FIRST_COORDINATOR);
    expect((await mailsOf(other, "second_factor_changed")).map((m) => (m.data as { event: string }).event)).toEqual(
      expect.arrayContaining(["enrolled", "reset"]),
    );
    // At their next sign-in they enrol again.
    const again = await stepOne(other);
    expect(await (await get("/anmelden/zweiter-faktor", again)).text()).toContain("Zweiten Faktor einrichten");
  });
});
