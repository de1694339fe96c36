/**
 * One-time schedules: the conference invitation and reminder go out on their own at planned times.
 *
 * One port, two adapters: on AWS, EventBridge Scheduler (eventbridge-scheduler.ts) invokes the mailing target;
 * locally (`npm start`, tests) a poller on the data table does the same (infra/local/local-scheduler.ts). Callers
 * only ever see `Scheduler`, so code that plans a mailing runs unchanged on both.
 */
import type { MailingKind, MailingRun, MailingTarget } from "../domain/conference.ts";

export type { MailingKind, MailingTarget };

export interface OneTimeSchedule {
  /** Unique per conference and mailing (see `scheduleName`): the same name again moves the schedule. */
  name: string;
  at: Date;
  target: MailingTarget;
}

export interface Scheduler {
  /** Creates the schedule, or moves it (time and target) when one of that name exists: never a duplicate. */
  upsert(schedule: OneTimeSchedule): Promise<void>;
  /** Deletes the schedule; a name that does not exist (never created, or already fired) is no error. */
  remove(name: string): Promise<void>;
}

/** EventBridge Scheduler's rule for names: 1 to 64 characters of [0-9a-zA-Z-_.]. */
const VALID_NAME = /^[0-9a-zA-Z\-_.]{1,64}$/;

/**
 * The deterministic schedule name of one conference's mailing, so planning it again addresses the same
 * schedule. Conference ids are UUIDs: `conf-<36>-reminder` is 50 characters, well inside the limit of 64.
 */
export function scheduleName(conferenceId: string, kind: MailingRun): string {
  const name = `conf-${conferenceId}-${kind}`;
  if (!VALID_NAME.test(name)) throw new Error("invalid conference id for a schedule name");
  return name;
}
