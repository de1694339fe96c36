import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { body } from "../support/app.ts";
import { startTestStack, type TestStack, uniqueEmail } from "../support/local-stack.ts";
import { waitForMails } from "../support/mailbox.ts";
import { type SesStandIn, startSesStandIn } from "../support/ses-standin.ts";

// The raw MIME as the mailer hands it to SES, read by a stand-in in front of the SES emulator: what a strict
// receiving server would get, byte for byte.
let standIn: SesStandIn;
let stack: TestStack;
beforeAll(async () => {
  standIn = await startSesStandIn(inject("sesEndpoint"));
  stack = await startTestStack({ SES_ENDPOINT: standIn.endpoint });
});
afterAll(async () => {
  await stack.close();
  await standIn.close();
});

const admin = { Authorization: "Bearer test-coordinator-token-0123456789", "Content-Type": "application/json" };

/** The raw messages sent to `address` so far. */
const rawTo = (address: string) =>
  standIn.raw.map((raw) => raw.toString("latin1")).filter((raw) => raw.includes(address));

/** The header block of a raw message, unfolded. */
const headersOf = (raw: string) => (raw.split("\r\n\r\n")[0] ?? "").replace(/\r\n[ \t]+/g, " ");

function apply(email: string, name: string) {
  return fetch(`${stack.appUrl}/api/applications`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      workTableIds: ["kita-uebergang-schule"],
      name,
      email,
      organisationType: "individual",
      engagement: "volunteer",
      consent: true,
    }),
  });
}

describe("mail as it goes over the wire", () => {
  it("ends every line with CRLF, in every part, and the calendar entry with its final CRLF", async () => {
    const partner = uniqueEmail("kalender");
    const csv = `name,email,organisation,workTables,legalBasis\nKarla Kalender,${partner},,I,Einwilligung`;
    await fetch(`${stack.appUrl}/api/admin/partners/import`, {
      method: "POST",
      headers: { ...admin, "Content-Type": "text/csv" },
      body: csv,
    });
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const conference = await body(
      await fetch(`${stack.appUrl}/api/admin/conferences`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({
          season: "autumn",
          title: "Herbsttagung 2027",
          startsAt: inDays(30),
          endsAt: inDays(30.2),
          location: "Rathaus Schwerin",
          agenda: "1. Begrüßung\n2. Berichte\n3. Ausblick",
          inviteAt: inDays(10),
        }),
      }),
    );
    const sent = await fetch(`${stack.appUrl}/api/admin/conferences/${conference.id}/send-now`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({ kind: "invitation" }),
    });
    expect(sent.status).toBe(202);
    const [mail] = await waitForMails(partner, 1);
    expect(mail?.subject).toBe("Einladung: Herbsttagung 2027");
    const [raw] = rawTo(partner);
    expect(raw).toBeDefined();
    const text = raw as string;
    // No LF without its CR anywhere: headers, text part, HTML part, calendar part.
    expect(text.match(/[^\r]\n/g)).toBeNull();
    expect(text).toContain("Content-Type: text/plain");
    expect(text).toContain("Content-Type: text/html");
    const calendarPart = /Content-Type: text\/calendar[\s\S]*?\r\n\r\n([\s\S]*?)\r\n----/.exec(text)?.[1] ?? "";
    expect(calendarPart.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    // Its last line ends with CRLF before the CRLF that belongs to the boundary.
    expect(calendarPart.endsWith("END:VCALENDAR\r\n")).toBe(true);
    // The attached .ics file (base64) ends with its CRLF too.
    const attached =
      /Content-Type: application\/ics[\s\S]*?\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n----/.exec(text)?.[1] ?? "";
    const ics = Buffer.from(attached.replace(/\r\n/g, ""), "base64").toString("utf8");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.match(/[^\r]\n/g)).toBeNull();
  });

  it("puts no address in a link or header: RSVP and unsubscribe links name an opaque handle", async () => {
    const partner = uniqueEmail("link");
    const localPart = partner.split("@")[0] as string;
    const forms = [partner, Buffer.from(partner).toString("base64url"), Buffer.from(partner).toString("base64")].map(
      (f) => f.slice(0, 12),
    );
    await fetch(`${stack.appUrl}/api/admin/partners/import`, {
      method: "POST",
      headers: { ...admin, "Content-Type": "text/csv" },
      body: `name,email,organisation,workTables,legalBasis\nLena Link,${partner},,I,Einwilligung`,
    });
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const conference = await body(
      await fetch(`${stack.appUrl}/api/admin/conferences`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({
          season: "spring",
          title: "Frühjahrstagung 2027 des Netzwerks Migration",
          startsAt: inDays(40),
          endsAt: inDays(40.2),
          location: "Schwerin",
          inviteAt: inDays(5),
        }),
      }),
    );
    await fetch(`${stack.appUrl}/api/admin/conferences/${conference.id}/send-now`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({ kind: "invitation" }),
    });
    const [mail] = await waitForMails(partner, 1);
    expect(mail?.subject).toBe("Einladung: Frühjahrstagung 2027 des Netzwerks Migration");
    const raw = rawTo(partner)[0] as string;
    const headers = headersOf(raw);
    const unsubscribeHeader = /^List-Unsubscribe: (.*)$/m.exec(headers)?.[1] ?? "";
    expect(unsubscribeHeader).toMatch(/^<http:\/\/localhost:\d+\/api\/unsubscribe\/[\w.-]+>$/);
    // Every link with a token (the footer's Impressum and privacy notice are plain pages).
    const links = [...(mail?.body.text ?? "").matchAll(/http:\/\/localhost:\d+\/\S+/g)]
      .map((m) => m[0])
      .filter((l) => !/\/(impressum|datenschutz)$/.test(l));
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const place of [unsubscribeHeader, ...links]) {
      expect(place).not.toContain(localPart);
      for (const form of forms) expect(place).not.toContain(form);
      // Nor readable in the token's payload (the part before the signature): its subject is the handle.
      const token = new URL(place.replace(/^<|>$/g, "")).pathname.split("/").pop() ?? "";
      const payload = JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString("utf8"));
      // A conference's id or the archive's scope ("network", a table's id), then the handle.
      expect(payload.s).toMatch(/^(?:(?:[0-9a-f-]{36}|network|[a-z0-9-]{1,64})\|)?[\w-]{22}$/);
      expect(JSON.stringify(payload)).not.toContain("@");
    }
    // The links work: the RSVP page opens for this partner.
    const rsvp = links.find((l) => l.includes("/teilnahme/")) as string;
    expect((await fetch(rsvp)).status).toBe(200);
  });

  it("a mail to an unconfirmed address carries no text from the request; names with links are refused", async () => {
    const victim = uniqueEmail("opfer");
    const refused = await apply(victim, "Ihr Konto wird gesperrt! Jetzt bestätigen: https://evil.example/login");
    expect(refused.status).toBe(422);
    expect((await body(refused)).errors).toEqual([{ path: "name", message: expect.stringContaining("ohne Links") }]);
    expect((await apply(victim, "Konto gesperrt Sofort handeln")).status).toBe(202);
    const [mail] = await waitForMails(victim, 1);
    expect(mail?.subject).toBe("Bitte bestätigen Sie Ihren Antrag beim Netzwerk Migration");
    const raw = rawTo(victim)[0] as string;
    expect(raw).not.toMatch(/gesperrt|Sofort handeln/);
    expect(mail?.body.text).toMatch(/^Guten Tag,\n/);
  });
});
