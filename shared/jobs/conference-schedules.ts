import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { DynamoDBRecord } from "aws-lambda";
import type * as z from "zod/mini";
import type { MailingRun } from "../domain/conference.ts";
import type { conferenceItemRecord } from "../domain/records.ts";
import { type Scheduler, scheduleName } from "../scheduling/port.ts";

/** A conference as stored, with the last `send-now` a coordinator asked for (`conferenceItemRecord`). */
export type ConferenceItem = z.output<typeof conferenceItemRecord>;

/**
 * The conference in a stream image, or undefined for any other item. The keys are looked at first, in the image's
 * raw form: only a conference's image is unmarshalled, so an odd attribute of another item (DynamoDB Local's
 * stream writes an empty map as `{}`, which `unmarshall` refuses) can never make this reaction fail.
 */
function conferenceImage(image: Record<string, unknown> | undefined): ConferenceItem | undefined {
  const keys = image as { pk?: { S?: unknown }; sk?: { S?: unknown } } | undefined;
  const pk = keys?.pk?.S;
  if (typeof pk !== "string" || !pk.startsWith("CONF#") || keys?.sk?.S !== "CONF") return undefined;
  return unmarshall(image as Record<string, AttributeValue>) as ConferenceItem;
}

/**
 * What a change of a conference means for its schedules, worked out from the stream (the admin function only
 * writes to DynamoDB): a new or moved invitation or reminder time (re)creates its one-time schedule; a dropped
 * reminder deletes it; a change of time or place (a higher SEQUENCE) starts the update mailing; a cancellation
 * deletes both schedules and starts the cancellation mailing; a "send now" starts that mailing. Mailings started
 * "now" are one-time schedules too, `soonMs` ahead (EventBridge needs a time in the future), so every mailing
 * takes the same path.
 */
export async function reactToConference(
  record: DynamoDBRecord,
  scheduler: Scheduler,
  now: Date,
  soonMs: number,
): Promise<void> {
  const after = conferenceImage(record.dynamodb?.NewImage as Record<string, unknown> | undefined);
  if (!after) return;
  const before = conferenceImage(record.dynamodb?.OldImage as Record<string, unknown> | undefined);
  const soon = new Date(now.getTime() + soonMs);
  const start = (kind: MailingRun, suffix: string) =>
    scheduler.upsert({
      name: `${scheduleName(after.id, kind)}${suffix}`,
      at: soon,
      target: { conferenceId: after.id, kind },
    });

  if (after.status === "cancelled") {
    if (before?.status === "cancelled") return;
    await scheduler.remove(scheduleName(after.id, "invitation"));
    await scheduler.remove(scheduleName(after.id, "reminder"));
    await start("cancellation", "");
    return;
  }

  const future = (iso: string | undefined) => iso !== undefined && Date.parse(iso) > now.getTime();
  if (after.inviteAt !== before?.inviteAt && future(after.inviteAt)) {
    await scheduler.upsert({
      name: scheduleName(after.id, "invitation"),
      at: new Date(after.inviteAt),
      target: { conferenceId: after.id, kind: "invitation" },
    });
  }
  if (after.reminderAt !== before?.reminderAt) {
    if (after.reminderAt && future(after.reminderAt)) {
      await scheduler.upsert({
        name: scheduleName(after.id, "reminder"),
        at: new Date(after.reminderAt),
        target: { conferenceId: after.id, kind: "reminder" },
      });
    } else if (!after.reminderAt) {
      await scheduler.remove(scheduleName(after.id, "reminder"));
    }
  }
  if (before && after.sequence > before.sequence) await start("update", `-${after.sequence}`);
  // Published minutes (issue 21): each publication, a correction too, is one mailing to the event's audience.
  if ((after.minutesPublication ?? 0) > (before?.minutesPublication ?? 0)) {
    await start("minutes", `-${after.minutesPublication}`);
  }
  if (after.sendNow && after.sendNow.requestedAt !== before?.sendNow?.requestedAt) {
    await start(after.sendNow.kind, "-now");
  }
}
