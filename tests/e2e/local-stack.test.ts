import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readLocalConfig } from "../../infra/local/config.ts";
import { startLocalStack } from "../../infra/local/stack.ts";
import { readNetworkProfile } from "../../shared/config/network-profile.ts";
import { useNetwork } from "../../shared/i18n/network.ts";
import { body, recordingLogger } from "../support/app.ts";
import { waitForMails } from "../support/mailbox.ts";
import { freePort } from "../support/ports.ts";
import { workTableBody } from "../support/work-tables.ts";

const dataDir = mkdtempSync(join(tmpdir(), "netzwerk-e2e-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function dynamoLocalRunningOn(port: number): boolean {
  try {
    return (
      execFileSync("pgrep", ["-f", `DynamoDBLocal.*-port ${port}`])
        .toString()
        .trim().length > 0
    );
  } catch {
    return false;
  }
}

/** `npm start` as a user runs it (without npm's own wrapper process), with its output collected. */
async function npmStart(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "infra/local/start.ts"], {
    env: { ...process.env, ...env, LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so the test can stop it as a terminal or a supervisor does: the whole group at once.
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const deadline = Date.now() + 60_000;
  while (!output.includes("Press Ctrl-C to stop.")) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () => process.kill(-(child.pid ?? 0), "SIGTERM");
  return { child, exited, stop, output: () => output };
}

describe("npm start", () => {
  it("runs the whole stack, keeps data and edits across a restart, and stops cleanly on SIGTERM", async () => {
    const ports = { PORT: await freePort(), DYNAMODB_PORT: await freePort(), SES_PORT: await freePort() };
    const env = {
      PORT: String(ports.PORT),
      DYNAMODB_PORT: String(ports.DYNAMODB_PORT),
      SES_PORT: String(ports.SES_PORT),
      DATA_DIR: dataDir,
      COORDINATOR_TOKEN: "",
      DYNAMODB_ENDPOINT: "",
      SES_ENDPOINT: "",
    };
    const app = `http://localhost:${ports.PORT}`;

    const first = await npmStart(env);
    const token = /Coordinator token\s+(\S+)/.exec(first.output())?.[1];
    expect(first.output()).toContain(`http://127.0.0.1:${ports.SES_PORT}/`);
    expect(first.output()).toContain("5 added");
    expect(token).toMatch(/^[\w-]{20,}$/);
    expect((await fetch(`${app}/api/health`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${ports.SES_PORT}/store`)).status).toBe(200);
    expect(await (await fetch(`${app}/`)).text()).toContain("Arbeitstisch V: Beratung");

    const edit = await fetch(`${app}/api/admin/work-tables/beratung`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify(
        workTableBody({
          numeral: "V",
          name: "Beratung und Begleitung",
          admission: { rule: "counselling_service", services: ["MBE", "JMD"] },
        }),
      ),
    });
    expect(edit.status).toBe(200);
    expect(dynamoLocalRunningOn(ports.DYNAMODB_PORT)).toBe(true);

    first.stop();
    expect(await first.exited).toBe(0);
    expect(dynamoLocalRunningOn(ports.DYNAMODB_PORT)).toBe(false);

    const second = await npmStart(env);
    try {
      expect(second.output()).toContain("0 added");
      expect(second.output()).toContain(`Coordinator token     ${token}`);
      const { items } = await body(await fetch(`${app}/api/work-tables`));
      expect(items).toHaveLength(5);
      expect(items[4]).toMatchObject({ id: "beratung", name: "Beratung und Begleitung" });
    } finally {
      second.stop();
      expect(await second.exited).toBe(0);
    }
    expect(dynamoLocalRunningOn(ports.DYNAMODB_PORT)).toBe(false);
  });

  it("uses running DynamoDB and SES endpoints instead of starting its own", async () => {
    const dynamoPort = await freePort();
    const config = readLocalConfig({
      PORT: String(await freePort()),
      DYNAMODB_PORT: String(dynamoPort),
      DATA_DIR: join(dataDir, "external"),
      TABLE_NAME: `external-${Date.now()}`,
      COORDINATOR_TOKEN: "a-token-of-sixteen-chars",
      DYNAMODB_ENDPOINT: inject("dynamoEndpoint"),
      SES_ENDPOINT: inject("sesEndpoint"),
    });
    const stack = await startLocalStack(config, recordingLogger());
    try {
      expect(stack.dynamoEndpoint).toBe(inject("dynamoEndpoint"));
      expect(stack.sesEndpoint).toBe(inject("sesEndpoint"));
      expect(dynamoLocalRunningOn(dynamoPort)).toBe(false);
      const { items } = await body(await fetch(`${stack.appUrl}/api/work-tables`));
      expect(items).toHaveLength(5);
      const admin = await fetch(`${stack.appUrl}/api/admin/work-tables`, {
        headers: { Authorization: "Bearer a-token-of-sixteen-chars" },
      });
      expect(admin.status).toBe(200);
    } finally {
      await stack.stop();
    }
  });

  it("runs for the network NETWORK_PROFILE names: its own work tables, and a broken profile stops the start", async () => {
    const config = readLocalConfig({
      PORT: String(await freePort()),
      DATA_DIR: join(dataDir, "musterstadt"),
      TABLE_NAME: `musterstadt-${Date.now()}`,
      COORDINATOR_TOKEN: "a-token-of-sixteen-chars",
      DYNAMODB_ENDPOINT: inject("dynamoEndpoint"),
      SES_ENDPOINT: inject("sesEndpoint"),
      NETWORK_PROFILE: "musterstadt",
    });
    const stack = await startLocalStack(config, recordingLogger());
    try {
      const { items } = await body(await fetch(`${stack.appUrl}/api/work-tables`));
      expect(items.map((t: { name: string }) => t.name)).toEqual([
        "Sprache und Bildung",
        "Arbeit",
        "Migrationsberatung",
      ]);
      // Its name, words and office everywhere, and the first network's nowhere: pages in several languages, the
      // notices, the page in Leichte Sprache, and the mail an applicant gets.
      for (const path of [
        "/",
        "/?lang=en",
        "/?lang=uk",
        "/?lang=ar",
        "/impressum",
        "/datenschutz",
        "/leichte-sprache",
      ]) {
        const page = await (await fetch(`${stack.appUrl}${path}`)).text();
        expect(page, path).toContain("Integrationsnetzwerk");
        expect(page, path).not.toMatch(/Schwerin|Шверин|Шверін|شفيرين|Fachstelle Chancengleichheit|Landeshauptstadt/);
      }
      const german = await (await fetch(`${stack.appUrl}/`)).text();
      expect(german).toContain("<h1");
      expect(german).toContain("Arbeitskreise");
      expect(german).toContain("Arbeitskreis I: Sprache und Bildung");
      // Its words in running text too, inflected: the form, Leichte Sprache, English.
      expect(german).toContain("Sie möchten in einem oder mehreren Arbeitskreisen mitarbeiten?");
      const easy = await (await fetch(`${stack.appUrl}/leichte-sprache`)).text();
      expect(easy).toContain("Jeder Arbeits-Kreis hat ein Thema.");
      expect(easy).toContain("Was sind die Netzwerk-Konferenzen?");
      const english = await (await fetch(`${stack.appUrl}/?lang=en`)).text();
      expect(english).toContain("Would you like to join one or more working groups?");
      for (const [page, text] of [
        ["/", german],
        ["/leichte-sprache", easy],
        ["/?lang=en", english],
      ]) {
        expect(text, page).not.toMatch(/Arbeitstisch|Arbeits-Tisch|Tagung|work table/);
      }
      const impressum = await fetch(`${stack.appUrl}/impressum`);
      expect(await impressum.text()).toContain("Integrationsbüro der Stadt Musterstadt");
      // Its colour marks the pages, and the CSP allows exactly that style block.
      const home = await (await fetch(`${stack.appUrl}/`)).text();
      const style = /<style>([\s\S]*?)<\/style>/.exec(home)?.[1] ?? "";
      expect(style).toContain("--primary:#2e6b30");
      const hash = createHash("sha256").update(style).digest("base64");
      expect(impressum.headers.get("content-security-policy")).toContain(`'sha256-${hash}'`);
      // Its logo (an SVG beside its profile, sanitised) beside its name in the header, served as a cached file.
      const logoPath = /<img class="logo" src="(\/logo\/[0-9a-f]{12}\.svg)" alt=""\/?>/.exec(home)?.[1] ?? "";
      const logo = await fetch(`${stack.appUrl}${logoPath}`);
      expect(logo.status).toBe(200);
      expect(logo.headers.get("content-type")).toBe("image/svg+xml");
      expect(logo.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
      expect(logo.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(await logo.text()).toContain('<circle cx="32" cy="32" r="30" fill="#2e6b30">');
      expect((await fetch(`${stack.appUrl}/logo/000000000000.svg`)).status).toBe(404);
      const email = `neu.${Date.now()}@example.org`;
      const applied = await fetch(`${stack.appUrl}/api/applications`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          workTableIds: ["arbeit"],
          name: "Nora Neu",
          email,
          organisationType: "association",
          engagement: "volunteer",
          consent: true,
        }),
      });
      expect(applied.status).toBe(202);
      const [mail] = await waitForMails(email, 1);
      expect(mail?.subject).toBe("Bitte bestätigen Sie Ihren Antrag beim Integrationsnetzwerk");
      expect(mail?.body.text).toContain("Arbeitskreis II – Arbeit"); // the network's own word for its groups
      expect(mail?.body.text).toContain("Sie möchten in folgenden Arbeitskreisen mitarbeiten:");
      expect(mail?.body.text).not.toMatch(/Arbeitstisch|Tagung/);
      const whole = `${mail?.from} ${mail?.subject} ${mail?.body.text} ${mail?.body.html}`;
      expect(whole).toContain("Integrationsnetzwerk Musterstadt");
      expect(whole).not.toMatch(/Schwerin|Fachstelle Chancengleichheit/);
    } finally {
      await stack.stop();
      useNetwork(readNetworkProfile()); // the other tests of this file run for the default network
    }
    await expect(startLocalStack({ ...config, NETWORK_PROFILE: "nirgendwo" }, recordingLogger())).rejects.toThrowError(
      /Invalid network profile .*nirgendwo\.json/,
    );
  });

  it("refuses to start with a malformed setting, naming it", () => {
    expect(() => readLocalConfig({ PORT: "abc", COORDINATOR_TOKEN: "short" })).toThrowError(
      /PORT: .*; COORDINATOR_TOKEN: must be at least 16 characters/,
    );
  });
});
