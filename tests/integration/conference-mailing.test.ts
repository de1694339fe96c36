import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conferenceInputSchema } from "../../shared/domain/conference-input.ts";
import { type MailingDeps, runMailing } from "../../shared/jobs/conference-mailing.ts";
import { AuditRepository } from "../../shared/store/audit.ts";
import { ConferenceRepository } from "../../shared/store/conference-repository.ts";
import { MailRepository } from "../../shared/store/mail-repository.ts";
import { MinutesRepository } from "../../shared/store/minutes-repository.ts";
import { PartnerRepository } from "../../shared/store/partner-repository.ts";
import { SuppressionRepository } from "../../shared/store/suppression-repository.ts";
import { testSigner } from "../support/app.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

let table: TestTable;
let conferences: ConferenceRepository;
let partners: PartnerRepository;
const now = new Date("2027-01-10T09:00:00Z");

beforeAll(async () => {
  table = await createTestTable("mailing");
  conferences = new ConferenceRepository(table.db, table.tableName);
  partners = new PartnerRepository(table.db, table.tableName);
  for (let i = 0; i < 7; i++) {
    await partners.importPartner(
      { email: `p${i}@example.org`, name: `Partner ${i}`, workTableIds: ["kita-uebergang-schule"] },
      now,
    );
  }
});
afterAll(() => table.drop());

const conference = () =>
  conferences.create(
    conferenceInputSchema().parse({
      season: "autumn",
      title: "Herbsttagung",
      startsAt: "2027-10-07T09:00:00+02:00",
      endsAt: "2027-10-07T15:00:00+02:00",
      location: "Schleswig-Holstein-Haus, Schwerin",
      inviteAt: "2027-09-01T10:00:00+02:00",
    }),
    now,
  );

const invitationMails = async (conferenceId: string) =>
  (await allItems(table)).filter((i) => String(i.pk).startsWith(`MAIL#conf-${conferenceId}-invitation-`));

function deps(overrides: Partial<MailingDeps> = {}): MailingDeps {
  return {
    conferences,
    minutes: new MinutesRepository(table.db, table.tableName),
    mails: new MailRepository(table.db, table.tableName),
    partners,
    suppressions: new SuppressionRepository(table.db, table.tableName),
    audit: new AuditRepository(table.db, table.tableName),
    signer: async () => testSigner,
    continueLater: async () => undefined,
    timeLeft: () => 60_000,
    pageSize: 3,
    ...overrides,
  };
}

describe("a conference mailing", () => {
  it("queues one mail per partner; a failure after a page and the retry still leave every partner exactly one", async () => {
    const { id } = await conference();
    let pages = 0;
    const failing = {
      list: async (filter: { limit: number; startKey?: Record<string, unknown> }) => {
        pages++;
        if (pages === 2) throw new Error("DynamoDB unavailable");
        return partners.list(filter);
      },
      ensureHandle: (partner: { email: string; handle?: string }) => partners.ensureHandle(partner),
    };
    await expect(
      runMailing(deps({ partners: failing }), { conferenceId: id, kind: "invitation" }, now),
    ).rejects.toThrowError();
    expect((await invitationMails(id)).length).toBe(3);
    const progress = await runMailing(deps(), { conferenceId: id, kind: "invitation" }, now);
    expect(progress).toMatchObject({ done: true });
    const mails = await invitationMails(id);
    expect(mails).toHaveLength(7);
    expect(new Set(mails.map((m) => (m.to as { email: string }[])[0]?.email)).size).toBe(7);
    await runMailing(deps(), { conferenceId: id, kind: "invitation" }, now);
    expect(await invitationMails(id)).toHaveLength(7);

    // The audit log has the mailing once: started by the first run, finished by the second, by no person. (Both
    // runs use the same clock here, so the entries are compared by action, not by time.)
    const entries = await new AuditRepository(table.db, table.tableName).about("conference", id);
    entries.sort((a, b) => b.action.localeCompare(a.action));
    expect(entries.map((e) => [e.actor, e.action, e.after])).toEqual([
      ["system", "mailing.start", { key: "invitation" }],
      [
        "system",
        "mailing.finish",
        { key: "invitation", queued: 7, skippedUnsubscribed: 0, skippedSuppressed: 0, skippedAnswer: 0 },
      ],
    ]);
  });

  it("stops when its time is up and goes on where it stopped in the next run", async () => {
    const { id } = await conference();
    const continued: unknown[] = [];
    const first = await runMailing(
      deps({ timeLeft: () => 0, continueLater: async (target) => void continued.push(target) }),
      { conferenceId: id, kind: "invitation" },
      now,
    );
    expect(first).toMatchObject({ done: false, queued: 3, cursor: expect.any(Object) });
    expect(continued).toEqual([{ conferenceId: id, kind: "invitation" }]);
    const second = await runMailing(deps(), { conferenceId: id, kind: "invitation" }, now);
    expect(second).toMatchObject({ done: true, queued: 7 });
    expect(await invitationMails(id)).toHaveLength(7);
  });
});
