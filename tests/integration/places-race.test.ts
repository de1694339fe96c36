import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Conference } from "../../shared/domain/conference.ts";
import { conferenceInputSchema } from "../../shared/domain/conference-input.ts";
import { EVENT_LIST } from "../../shared/domain/places.ts";
import { ConferenceRepository } from "../../shared/store/conference-repository.ts";
import { PartnerRepository } from "../../shared/store/partner-repository.ts";
import { PlacesRepository } from "../../shared/store/places-repository.ts";
import {
  changeRegistration,
  fillPlaces,
  type RegistrationDeps,
  standingOf,
} from "../../shared/use-cases/registrations.ts";
import { allItems, createTestTable, type TestTable } from "../support/tables.ts";

/**
 * Places under pressure (issue 22), against DynamoDB Local: many answers at the same moment, each written in one
 * transaction conditional on the counts it read. Exactly as many places as there are, the rest on the waiting
 * list in the order the answers were written, none lost, none twice; cancellations at once promote exactly as
 * many of the first waiting.
 */
let table: TestTable;
let deps: RegistrationDeps;
let conferences: ConferenceRepository;
const now = new Date("2027-01-10T09:00:00Z");
const people = Array.from({ length: 50 }, (_, i) => ({
  email: `p${String(i).padStart(2, "0")}@example.org`,
  name: `Person ${i}`,
  organisation: `Organisation ${i}`,
}));

beforeAll(async () => {
  table = await createTestTable("places");
  conferences = new ConferenceRepository(table.db, table.tableName);
  const partners = new PartnerRepository(table.db, table.tableName);
  deps = { places: new PlacesRepository(table.db, table.tableName), conferences, partners };
});
afterAll(() => table.drop());

const plan = (extra: Record<string, unknown>) =>
  conferences.create(
    conferenceInputSchema().parse({
      season: "autumn",
      title: "Herbsttagung",
      startsAt: "2027-10-07T09:00:00+02:00",
      endsAt: "2027-10-07T15:00:00+02:00",
      location: "Schwerin",
      inviteAt: "2027-09-01T10:00:00+02:00",
      ...extra,
    }),
    now,
  );

/** The registration mails of an event in the outbox. */
const registrationMails = async (eventId: string) =>
  (await allItems(table))
    .filter((i) => i.kind === "registration")
    .map((i) => i.data as { conferenceId: string; outcome: string; position?: number })
    .filter((d) => d.conferenceId === eventId);

const yes = (event: Conference, person: (typeof people)[number], workshops: string[] = []) =>
  changeRegistration(
    deps,
    event,
    person,
    { kind: "answer", answer: "yes", workshops },
    { actor: "link:partner", action: "rsvp.answer" },
    now,
  );
const no = (event: Conference, person: (typeof people)[number]) =>
  changeRegistration(
    deps,
    event,
    person,
    { kind: "answer", answer: "no", workshops: [] },
    { actor: "link:partner", action: "rsvp.answer" },
    now,
  );

describe("50 people say yes at once for 10 places", () => {
  it("gives exactly 10 places and puts 40 on the list in the order written, and 10 cancellations promote the next 10", async () => {
    const event = await plan({ capacity: 10 });
    const answers = await Promise.all(people.map((person) => yes(event, person)));
    const ok = answers.flatMap((a) => (a.kind === "ok" ? [a] : []));
    expect(ok).toHaveLength(50);
    const confirmed = ok.filter((a) => a.rsvp.status === "confirmed");
    const waiting = ok.filter((a) => a.rsvp.status === "waitlisted");
    expect(confirmed).toHaveLength(10);
    expect(waiting).toHaveLength(40);
    // Each person told a different position, 1 to 40, and the positions follow the order the answers were written.
    expect(waiting.map((a) => a.position).sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    const byRank = [...waiting].sort((x, y) => (x.rsvp.rank ?? 0) - (y.rsvp.rank ?? 0));
    expect(byRank.map((a) => a.position)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // The stored state agrees: counts, answers, waiting-list entries, one mail each.
    const counts = (await deps.places.counts(event.id, [EVENT_LIST])).get(EVENT_LIST);
    expect(counts).toMatchObject({ confirmed: 10, waiting: 40 });
    const stored = await deps.places.rsvps(event.id);
    expect(stored.filter((r) => r.status === "confirmed")).toHaveLength(10);
    expect(new Set(stored.filter((r) => r.status === "confirmed").map((r) => r.code)).size).toBe(10);
    const list = await deps.places.waiting(event.id, EVENT_LIST);
    expect(list).toHaveLength(40);
    const mails = await registrationMails(event.id);
    expect(mails).toHaveLength(50);
    expect(
      mails
        .filter((m) => m.outcome === "waitlisted")
        .map((m) => m.position ?? 0)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

    // Ten cancel at once; each cancellation gives its place to the next waiting.
    const firstTen = list.slice(0, 10).map((e) => e.personKey);
    const leaving = people.filter((p) => confirmed.some((a) => a.rsvp.email === p.email));
    await Promise.all(
      leaving.map(async (person) => {
        await no(event, person);
        await fillPlaces(deps, event.id, now);
      }),
    );
    const after = await deps.places.rsvps(event.id);
    expect(after.filter((r) => r.status === "cancelled")).toHaveLength(10);
    const nowConfirmed = after.filter((r) => r.status === "confirmed");
    expect(nowConfirmed).toHaveLength(10);
    const promotedKeys = (await Promise.all(nowConfirmed.map((r) => deps.places.rsvpOf(event.id, r.email)))).length;
    expect(promotedKeys).toBe(10);
    const stillWaiting = await deps.places.waiting(event.id, EVENT_LIST);
    expect(stillWaiting).toHaveLength(30);
    expect(stillWaiting.map((e) => e.personKey)).toEqual(list.slice(10).map((e) => e.personKey));
    expect(firstTen.every((key) => !stillWaiting.some((e) => e.personKey === key))).toBe(true);
    const promotedMails = (await registrationMails(event.id)).filter((m) => m.outcome === "promoted");
    expect(promotedMails).toHaveLength(10);
    expect((await deps.places.counts(event.id, [EVENT_LIST])).get(EVENT_LIST)).toMatchObject({
      confirmed: 10,
      waiting: 30,
    });
    // The one now first is told position 1.
    const first = after.find((r) => r.status === "waitlisted" && r.rank === stillWaiting[0]?.rank);
    if (!first) throw new Error("the first waiting has no answer");
    expect((await standingOf(deps, first)).position).toBe(1);
  }, 120_000);
});

describe("workshops and organisations", () => {
  it("keeps each workshop's own list, gives a waiting person's choice once they have a place, and limits an organisation", async () => {
    const event = await plan({
      capacity: 2,
      perOrganisation: 1,
      workshops: [
        { id: "forum-a", slot: "Vormittag", title: "Forum A", capacity: 1 },
        { id: "forum-b", slot: "Vormittag", title: "Forum B" },
      ],
    });
    const [a, b, c, d] = people;
    if (!a || !b || !c || !d) throw new Error("people");
    const first = await yes(event, a, ["forum-a"]);
    const second = await yes(event, b, ["forum-a"]);
    const third = await yes(event, c, ["forum-a"]);
    expect(first.kind === "ok" && first.rsvp.picks).toEqual([{ workshopId: "forum-a", status: "confirmed" }]);
    expect(second.kind === "ok" && second.rsvp.picks?.[0]?.status).toBe("waitlisted");
    expect(second.kind === "ok" && second.workshopPositions["forum-a"]).toBe(1);
    // No place at the event: the workshop waits until there is one.
    expect(third.kind === "ok" && third.rsvp.status).toBe("waitlisted");
    expect(third.kind === "ok" && third.rsvp.picks?.[0]?.status).toBe("pending");
    // Someone of an organisation already registered is refused.
    const sameOrg = await yes(event, { ...d, organisation: " organisation 0 " });
    expect(sameOrg).toEqual({ kind: "organisation_full", limit: 1 });
    // The first cancels: the second gets the workshop place, the third the event's place and then waits for it.
    await no(event, a);
    await fillPlaces(deps, event.id, now);
    const stored = await deps.places.rsvps(event.id);
    const of = (email: string) => stored.find((r) => r.email === email);
    expect(of(b.email)?.picks).toEqual([{ workshopId: "forum-a", status: "confirmed" }]);
    expect(of(c.email)?.status).toBe("confirmed");
    expect(of(c.email)?.picks?.[0]?.status).toBe("waitlisted");
    const counts = await deps.places.counts(event.id, [EVENT_LIST, "forum-a"]);
    expect(counts.get(EVENT_LIST)).toMatchObject({ confirmed: 2, waiting: 0 });
    expect(counts.get("forum-a")).toMatchObject({ confirmed: 1, waiting: 1 });
    // The organisation's count went down with the cancellation: another person of it may register now.
    expect((await yes(event, { ...d, organisation: "Organisation 0" })).kind).toBe("ok");
  }, 60_000);
});
