import { holdsPlace } from "../../../domain/conference.ts";
import type { ConferenceItem } from "../../../jobs/conference-schedules.ts";
import type { ConferenceRepository } from "../../../store/conference-repository.ts";
import type { ConferenceDetailBody } from "../openapi/response-schemas.ts";

/** What the detail of a conference or a table's meeting reads. */
export type EventDetailStore = Pick<ConferenceRepository, "mailings" | "rsvps" | "mailCounts">;

/**
 * A conference or a table's meeting with the progress of each of its mailings (queued, skipped and why, its mails
 * by status) and its RSVP counts: `GET /api/admin/conferences/:id` and `GET …/meetings/:meetingId`.
 */
export async function eventDetail(store: EventDetailStore, event: ConferenceItem): Promise<ConferenceDetailBody> {
  const [progress, rsvps] = await Promise.all([store.mailings(event.id), store.rsvps(event.id)]);
  const mailings = await Promise.all(
    progress.map(async (p) => ({
      key: p.key,
      done: p.done,
      queued: p.queued,
      skipped: {
        unsubscribed: p.skippedUnsubscribed,
        suppressed: p.skippedSuppressed,
        answeredNo: p.skippedAnswer,
      },
      mails: await store.mailCounts(event.id, p.key),
      startedAt: p.startedAt,
      ...(p.finishedAt ? { finishedAt: p.finishedAt } : {}),
    })),
  );
  const yes = rsvps.filter(holdsPlace).length;
  const no = rsvps.filter((r) => r.answer === "no").length;
  return { ...event, mailings, rsvp: { yes, no, waitlisted: rsvps.length - yes - no } };
}
