import { randomBytes } from "node:crypto";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "../../shared/domain/people.ts";
import { loadSeed } from "../../shared/seed/load-seed.ts";
import { secretHash } from "../../shared/store/access-repository.ts";
import { keys } from "../../shared/store/keys.ts";
import { requestSignIn } from "../../shared/use-cases/sign-in.ts";
import { FIRST_COORDINATOR, testApp, testSigner } from "../support/app.ts";
import { hidden, newCookie, totpCode } from "../support/second-factor.ts";
import { stepOneCookie } from "../support/sessions.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

/**
 * The attacks a review of the sign-in and the console found, each tried here and refused: a contact's link-only
 * session that becomes a coordinator's, a sign-in link opened in another browser, an API token made without a
 * fresh factor or outliving its owner's role, a race to remove the last coordinator, a passkey bound to a Host
 * header, a member list that tells of other tables, a mail preview that could act, cached pages with secrets.
 */
let table: TestTable;
let built: ReturnType<typeof testApp>;
/** The app's clock, to make a second factor stale without waiting. */
let clock = Date.now();
const BASE = "http://localhost";
const CONTACT_I = "ljahn@schwerin.de";

beforeAll(async () => {
  table = await createTestTable("edges");
  built = testApp(table, { deployed: true, now: () => new Date(clock) });
  await built.deps.access.seedCoordinators([FIRST_COORDINATOR], new Date());
  await loadSeed(built.deps.workTables);
});
afterAll(() => table.drop());

const get = (path: string, cookie: string, headers: Record<string, string> = {}) =>
  built.app.request(path, { headers: { Cookie: cookie, ...headers } });
const post = (path: string, cookie: string, fields: Record<string, string>) =>
  built.app.request(path, {
    method: "POST",
    headers: { Cookie: cookie, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
const csrfOf = async (cookie: string, path = "/konsole/zugang") =>
  hidden(await (await get(path, cookie)).text(), "_csrf");
const items = () => allItems(table);

const secrets = new Map<string, string>();

/**
 * A coordinator with an authenticator app, signed in fully: enrols at the first sign-in, types the app's code at
 * later ones (half a minute later on the app's clock each time, so every code is a new one).
 */
async function coordinatorWithApp(email: string): Promise<{ cookie: string; secret: string }> {
  if (!(await built.deps.access.coordinator(email))) {
    await built.deps.access.addCoordinator(
      { email, addedBy: FIRST_COORDINATOR, addedAt: new Date().toISOString() },
      undefined,
      new Date(),
    );
  }
  clock += 31_000;
  const stepOne = await stepOneCookie(built, email, testSigner, new Date(clock));
  const page = await (await get("/anmelden/zweiter-faktor", stepOne)).text();
  const known = secrets.get(email);
  if (known) {
    const passed = await post("/anmelden/zweiter-faktor", stepOne, {
      _csrf: hidden(page, "_csrf"),
      code: totpCode(known, 0, clock),
    });
    expect(passed.status).toBe(303);
    return { cookie: newCookie(passed), secret: known };
  }
  const secret = (/id="totp-secret">([^<]+)</.exec(page)?.[1] ?? "").replace(/\s+/g, "");
  const enrolled = await post("/anmelden/zweiter-faktor/einrichten", stepOne, {
    _csrf: hidden(page, "_csrf"),
    enrolment: hidden(page, "enrolment"),
    code: totpCode(secret, 0, clock),
  });
  expect(enrolled.status).toBe(200);
  secrets.set(email, secret);
  return { cookie: newCookie(enrolled), secret };
}

describe("becoming a coordinator", () => {
  it("sends a contact person's link-only sessions back to the second step, and gives them no rights before", async () => {
    const contact = await stepOneCookie(built, CONTACT_I, testSigner, new Date(clock));
    expect((await get("/konsole", contact)).status).toBe(200);
    expect((await get("/konsole/antraege", contact)).status).toBe(403);
    const { cookie: coordinator } = await coordinatorWithApp(FIRST_COORDINATOR);
    const added = await post("/konsole/koordination", coordinator, {
      _csrf: await csrfOf(coordinator),
      email: CONTACT_I,
    });
    expect(added.status).toBe(200);
    expect(await built.deps.access.coordinator(CONTACT_I)).toBeDefined();
    // The same session now reaches nothing but the second step: no coordinator page, no admin API.
    const after = await get("/konsole/antraege", contact);
    expect(after.status).toBe(303);
    expect(after.headers.get("location")).toBe("/anmelden/zweiter-faktor");
    expect((await get("/api/admin/work-tables", contact)).status).toBe(401);
  });

  it("never lends coordinator rights to a session verified by the link alone", async () => {
    // A session that somehow missed being sent back (made before the role, written directly): still no rights.
    const sessionId = randomBytes(32).toString("base64url");
    const now = new Date(clock);
    const session: Session = {
      publicId: secretHash(sessionId).slice(0, 12),
      email: CONTACT_I,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      idleExpiresAt: Math.floor(clock / 1000) + 3600,
      absoluteExpiresAt: Math.floor(clock / 1000) + 7200,
      csrfToken: "x".repeat(43),
      secondFactor: "done",
      verifiedWith: "link",
    };
    await table.db.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...keys.session(secretHash(sessionId)), ...keys.sessionsOf(CONTACT_I, session.createdAt), ...session },
      }),
    );
    const cookie = `nm_session=${sessionId}`;
    expect((await get("/api/admin/work-tables", cookie)).status).toBe(403);
    expect((await get("/konsole/antraege", cookie)).status).toBe(403);
  });
});

describe("a sign-in link", () => {
  it("starts a session only in the browser that asked for it, and says where to open it", async () => {
    const asked = await built.app.request("/anmelden", {
      method: "POST",
      headers: { Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: FIRST_COORDINATOR }).toString(),
    });
    expect(asked.status).toBe(200);
    const browser = /nm_signin=([^;]+)/.exec(asked.headers.get("set-cookie") ?? "")?.[1] ?? "";
    expect(browser).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(asked.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    const request = (await items()).find(
      (i) =>
        String(i.pk).startsWith("SIGNIN#") && i.email === FIRST_COORDINATOR && i.browserHash === secretHash(browser),
    );
    expect(request).toBeDefined();
    const link = `/anmelden/${testSigner.sign("signin", String(request?.id), new Date(clock + 600_000))}`;

    // Another browser (a forward, a shared mailbox, a scanner that submits forms): no button, no session.
    const elsewhere = await get(link, "nm_signin=someone-elses-browser-cookie-0123456789abcdef");
    expect(elsewhere.status).toBe(403);
    const page = await elsewhere.text();
    expect(page).toContain("Bitte im selben Browser öffnen");
    expect(page).not.toContain(FIRST_COORDINATOR);
    for (const cookie of ["", `nm_signin=${"A".repeat(43)}`]) {
      const pressed = await built.app.request(link, { method: "POST", headers: { Origin: BASE, Cookie: cookie } });
      expect(pressed.status).toBe(403);
      expect(pressed.headers.get("set-cookie") ?? "").not.toContain("nm_session");
    }
    expect((await built.deps.access.signInRequest(String(request?.id)))?.usedAt).toBeUndefined();

    // The browser that asked: the session starts.
    const own = await built.app.request(link, {
      method: "POST",
      headers: { Origin: BASE, Cookie: `nm_signin=${browser}` },
    });
    expect(own.status).toBe(303);
    expect(own.headers.get("set-cookie")).toContain("nm_session=");
  });

  it("keeps working for each link one browser asked for", async () => {
    const browser = randomBytes(32).toString("base64url");
    const auth = { ...built.deps, firstCoordinators: [FIRST_COORDINATOR] };
    for (let i = 0; i < 2; i++) {
      await requestSignIn(auth, FIRST_COORDINATOR, `203.0.113.${i}`, "de", new Date(clock), browser);
    }
    const requests = (await items()).filter((i) => i.browserHash === secretHash(browser));
    expect(requests).toHaveLength(2);
    for (const request of requests) {
      const link = `/anmelden/${testSigner.sign("signin", String(request.id), new Date(clock + 600_000))}`;
      expect((await get(link, `nm_signin=${browser}`)).status).toBe(200);
    }
  });
});

describe("personal API tokens", () => {
  const OWNER = "token.owner@schwerin.example";

  it("need a second factor given within ten minutes; an older one is asked again first", async () => {
    const { cookie, secret } = await coordinatorWithApp(OWNER);
    clock += 11 * 60_000;
    const page = await (await get("/konsole/zugang", cookie)).text();
    expect(page).toContain("Zweiten Faktor bestätigen");
    expect(page).not.toContain(">Schlüssel erstellen</button>");
    const csrf = hidden(page, "_csrf");
    const refused = await post("/konsole/zugang/schluessel", cookie, { _csrf: csrf, name: "Skript", days: "30" });
    expect(refused.status).toBe(403);
    expect((await items()).filter((i) => String(i.pk).startsWith("APITOKEN#"))).toHaveLength(0);

    // Confirm again: the session goes through the second step and comes back here, fresh.
    const confirm = await post("/konsole/zugang/bestaetigen", cookie, { _csrf: csrf });
    expect(confirm.headers.get("location")).toBe("/anmelden/zweiter-faktor");
    const codePage = await (await get("/anmelden/zweiter-faktor", cookie)).text();
    const passed = await post("/anmelden/zweiter-faktor", cookie, {
      _csrf: hidden(codePage, "_csrf"),
      code: totpCode(secret, 0, clock),
    });
    expect(passed.headers.get("location")).toBe("/konsole/zugang");
    const fresh = newCookie(passed);
    const created = await post("/konsole/zugang/schluessel", fresh, {
      _csrf: await csrfOf(fresh),
      name: "Skript",
      days: "30",
    });
    expect(created.status).toBe(200);
    const token = /(nmk_[A-Za-z0-9_-]{43})/.exec(await created.text())?.[1] ?? "";
    expect((await get("/api/admin/work-tables", "", { Authorization: `Bearer ${token}` })).status).toBe(200);

    // Taken off the coordination: the token and every session of theirs end with it.
    const { cookie: first } = await coordinatorWithApp(FIRST_COORDINATOR);
    const removed = await post("/konsole/koordination/entfernen", first, { _csrf: await csrfOf(first), email: OWNER });
    expect(removed.status).toBe(200);
    expect((await get("/api/admin/work-tables", "", { Authorization: `Bearer ${token}` })).status).toBe(401);
    expect((await items()).filter((i) => i.email === OWNER && /^(APITOKEN|SESSION)#/.test(String(i.pk)))).toEqual([]);
    expect((await get("/konsole", fresh)).status).toBe(303);
  });
});

describe("the last coordinator", () => {
  it("stays, however two removals race", async () => {
    const { cookie } = await coordinatorWithApp(FIRST_COORDINATOR);
    const others = ["racer.one@schwerin.example", "racer.two@schwerin.example"];
    for (const email of others) {
      await built.deps.access.addCoordinator(
        { email, addedBy: FIRST_COORDINATOR, addedAt: new Date().toISOString() },
        undefined,
        new Date(),
      );
    }
    const csrf = await csrfOf(cookie);
    // Three coordinators now, counting the contact person made one above: remove all but one, all at once.
    const everyone = (await built.deps.access.coordinators()).map((c) => c.email);
    const answers = await Promise.all(
      everyone.map((email) => post("/konsole/koordination/entfernen", cookie, { _csrf: csrf, email })),
    );
    expect(answers.filter((a) => a.status === 409).length).toBeGreaterThanOrEqual(1);
    expect(await built.deps.access.coordinators()).toHaveLength(1);
  });
});

describe("what a console page may keep and show", () => {
  it("answers every console page, the second step and the admin API with Cache-Control: no-store", async () => {
    const { cookie } = await coordinatorWithApp(FIRST_COORDINATOR);
    for (const path of ["/konsole", "/konsole/zugang", "/konsole/koordination", "/api/admin/work-tables"]) {
      expect((await get(path, cookie)).headers.get("cache-control"), path).toBe("no-store");
    }
    await built.deps.access.addCoordinator(
      { email: "fresh.enrolment@schwerin.example", addedBy: FIRST_COORDINATOR, addedAt: new Date().toISOString() },
      undefined,
      new Date(),
    );
    const stepOne = await stepOneCookie(built, "fresh.enrolment@schwerin.example", testSigner, new Date(clock));
    for (const path of ["/anmelden", "/anmelden/zweiter-faktor"]) {
      expect((await get(path, stepOne)).headers.get("cache-control"), path).toBe("no-store");
    }
    expect((await get("/api/admin/work-tables", "")).headers.get("cache-control")).toBe("no-store");
  });

  it("binds passkeys to PUBLIC_BASE_URL, whatever Host a request names", async () => {
    const site = testApp(table, { deployed: true, publicBaseUrl: "https://netzwerk.example" });
    const email = "passkey.host@schwerin.example";
    await site.deps.access.addCoordinator(
      { email, addedBy: FIRST_COORDINATOR, addedAt: new Date().toISOString() },
      undefined,
      new Date(),
    );
    const stepOne = await stepOneCookie(site, email);
    const page = await (
      await site.app.request("http://evil.example/anmelden/zweiter-faktor", { headers: { Cookie: stepOne } })
    ).text();
    const options = JSON.parse(/id="passkey-options">([^<]+)</.exec(page)?.[1] ?? "{}");
    expect(options.rp.id).toBe("netzwerk.example");
  });

  it("gives a contact person their table's member list without the other tables its members belong to", async () => {
    await built.deps.partners.importPartners(
      [{ email: "zwei.tische@example.org", name: "Zwei Tische", workTableIds: ["kita-uebergang-schule", "beratung"] }],
      new Date(),
    );
    const { cookie } = await coordinatorWithApp(FIRST_COORDINATOR);
    const csv = await (await get("/konsole/tische/kita-uebergang-schule/mitglieder.csv", cookie)).text();
    expect(csv).toContain("Zwei Tische");
    expect(csv).not.toContain("Arbeitstische");
    expect(csv).not.toMatch(/\bV\b|beratung/);
  });

  it("shows a mail's preview in a sandboxed frame, itself under a sandboxing policy", async () => {
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
    const conference = await built.deps.conferences.create(
      {
        season: "autumn",
        title: "Herbsttagung",
        startsAt: day(30),
        endsAt: day(30.2),
        location: "Rathaus",
        inviteAt: day(10),
      },
      new Date(),
      { actor: FIRST_COORDINATOR, action: "conference.create" },
    );
    const { cookie } = await coordinatorWithApp(FIRST_COORDINATOR);
    const page = await (await get(`/konsole/tagungen/${conference.id}/vorschau`, cookie)).text();
    expect(page).toMatch(/<iframe[^>]* sandbox=""/);
    const frame = await get(`/konsole/tagungen/${conference.id}/vorschau.html`, cookie);
    expect(frame.headers.get("content-security-policy")).toMatch(/(^|; )sandbox(;|$)/);
  });

  it("writes an audit entry whenever a coordinator reads or exports a person's data", async () => {
    const { cookie } = await coordinatorWithApp(FIRST_COORDINATOR);
    const person = "auskunft.audit@example.org";
    const read = await post("/konsole/personen", cookie, { _csrf: await csrfOf(cookie), email: person });
    expect(read.status).toBe(200);
    const exported = await post("/konsole/personen/export.json", cookie, {
      _csrf: await csrfOf(cookie),
      email: person,
    });
    expect(exported.status).toBe(200);
    const viaApi = await get(`/api/admin/people/${encodeURIComponent(person)}/export`, cookie);
    expect(viaApi.status).toBe(200);
    const entries = (await items()).filter((i) => (i.subject as { id?: string } | undefined)?.id === person);
    expect(entries.map((e) => e.action).sort()).toEqual(["person.export", "person.export", "person.read"]);
    expect(entries.every((e) => e.actor === FIRST_COORDINATOR)).toBe(true);
  });
});
