/**
 * Places benchmark (issue 22): the burst, 50 answers at the same moment for 10 places (BENCH_PLACES_*)
 * (on one in-memory DynamoDB Local), as the answer use case writes them: every answer one transaction conditional
 * on the counts it read, retried when another came first. Then a burst of cancellations, each followed by the
 * promotion of the first waiting. Reports the time until all are written, each answer's latency and the check
 * that counts, answers and waiting list agree (exactly the places there are, none lost, none twice).
 */
import { EVENT_LIST } from "../../shared/domain/places.ts";
import { ConferenceRepository } from "../../shared/store/conference-repository.ts";
import { PartnerRepository } from "../../shared/store/partner-repository.ts";
import { PlacesRepository } from "../../shared/store/places-repository.ts";
import { changeRegistration, fillPlaces, type RegistrationDeps } from "../../shared/use-cases/registrations.ts";
import { inMemoryTable } from "./in-memory-table.ts";

const PEOPLE = Number(process.env.BENCH_PLACES_PEOPLE ?? 50);
const CAPACITY = Number(process.env.BENCH_PLACES_CAPACITY ?? 10);
const CANCELLATIONS = Number(process.env.BENCH_PLACES_CANCELLATIONS ?? 10);
const TABLE = "bench-places";

export interface PlacesFigures {
  people: number;
  capacity: number;
  answerSeconds: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  cancelSeconds: number;
  confirmed: number;
  waiting: number;
  promoted: number;
  /** Counts, answers and the waiting list agree, and each position is given once. */
  exact: boolean;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function benchPlaces(): Promise<PlacesFigures> {
  const table = await inMemoryTable(TABLE);
  try {
    const db = table.db;
    const conferences = new ConferenceRepository(db, TABLE);
    const deps: RegistrationDeps = {
      places: new PlacesRepository(db, TABLE),
      conferences,
      partners: new PartnerRepository(db, TABLE),
    };
    const now = new Date();
    const day = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString();
    const event = await conferences.create(
      {
        season: "autumn",
        title: "Herbsttagung",
        startsAt: day(30),
        endsAt: day(30.3),
        location: "Stadthaus",
        inviteAt: day(5),
        capacity: CAPACITY,
      },
      now,
    );
    const people = Array.from({ length: PEOPLE }, (_, i) => ({
      email: `person${String(i).padStart(4, "0")}@example.org`,
      name: `Person ${i}`,
      organisation: `Organisation ${i}`,
    }));
    const latencies: number[] = [];
    const started = performance.now();
    const answers = await Promise.all(
      people.map(async (person) => {
        const t0 = performance.now();
        const outcome = await changeRegistration(
          deps,
          event,
          person,
          { kind: "answer", answer: "yes", workshops: [] },
          { actor: "link:partner", action: "rsvp.answer" },
          now,
        );
        latencies.push(performance.now() - t0);
        return outcome;
      }),
    );
    const answerSeconds = (performance.now() - started) / 1000;
    const positions = answers.flatMap((a) => (a.kind === "ok" && a.position ? [a.position] : []));

    const confirmedBefore = answers.flatMap((a) => (a.kind === "ok" && a.rsvp.status === "confirmed" ? [a.rsvp] : []));
    const cancelStarted = performance.now();
    let promoted = 0;
    await Promise.all(
      confirmedBefore.slice(0, CANCELLATIONS).map(async (rsvp) => {
        const person = people.find((p) => p.email === rsvp.email);
        if (!person) return;
        await changeRegistration(
          deps,
          event,
          person,
          { kind: "answer", answer: "no", workshops: [] },
          { actor: "link:partner", action: "rsvp.answer" },
          now,
        );
        const promotedNow = await fillPlaces(deps, event.id, now);
        promoted += promotedNow;
      }),
    );
    const cancelSeconds = (performance.now() - cancelStarted) / 1000;

    const [counts, rsvps, waiting] = await Promise.all([
      deps.places.counts(event.id, [EVENT_LIST]),
      deps.places.rsvps(event.id),
      deps.places.waiting(event.id, EVENT_LIST),
    ]);
    const count = counts.get(EVENT_LIST);
    const confirmed = rsvps.filter((r) => r.status === "confirmed").length;
    const waitingAnswers = rsvps.filter((r) => r.status === "waitlisted").length;
    const expectedWaiting = Math.max(0, PEOPLE - CAPACITY) - Math.min(CANCELLATIONS, Math.max(0, PEOPLE - CAPACITY));
    const exact =
      confirmed === Math.min(CAPACITY, PEOPLE) &&
      count?.confirmed === confirmed &&
      count?.waiting === waitingAnswers &&
      waiting.length === waitingAnswers &&
      waitingAnswers === expectedWaiting &&
      new Set(positions).size === positions.length &&
      positions.length === Math.max(0, PEOPLE - CAPACITY) &&
      promoted === Math.min(CANCELLATIONS, Math.max(0, PEOPLE - CAPACITY));
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      people: PEOPLE,
      capacity: CAPACITY,
      answerSeconds,
      p50Ms: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      maxMs: sorted.at(-1) ?? 0,
      cancelSeconds,
      confirmed,
      waiting: waitingAnswers,
      promoted,
      exact,
    };
  } finally {
    await table.stop();
  }
}
