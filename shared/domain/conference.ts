export const SEASONS = ["spring", "autumn"] as const;
export type Season = (typeof SEASONS)[number];

/** The mailings of a conference. `update` and `cancellation` follow a reschedule or a cancellation. */
export type MailingKind = "invitation" | "reminder" | "update" | "cancellation";

export interface Conference {
  id: string;
  season: Season;
  title: string;
  /** ISO 8601 with offset; shown and scheduled in Europe/Berlin. */
  startsAt: string;
  endsAt: string;
  location: string;
  agenda?: string;
  inviteAt: string;
  reminderAt?: string;
  status: "planned" | "cancelled";
  /** The calendar entry's SEQUENCE: raised by every change of time or place, so calendars replace the event. */
  sequence: number;
  createdAt: string;
  updatedAt: string;
  cancelledAt?: string;
}

export type Answer = "yes" | "no";

export interface Rsvp {
  conferenceId: string;
  email: string;
  name: string;
  organisation?: string | null;
  answer: Answer;
  answeredAt: string;
}

/**
 * The rules of a conference's times: nothing planned in the past (times already passed may stay as they are on a
 * change), the end after the start, the invitation before the start, the reminder after the invitation and before
 * the start.
 */
export function timeIssues(
  c: Pick<Conference, "startsAt" | "endsAt" | "inviteAt" | "reminderAt">,
  now: Date,
  unchanged: Partial<Record<"startsAt" | "endsAt" | "inviteAt" | "reminderAt", string>> = {},
): { path: string; message: string }[] {
  const t = (iso: string) => Date.parse(iso);
  const issues: { path: string; message: string }[] = [];
  for (const field of ["startsAt", "endsAt", "inviteAt", "reminderAt"] as const) {
    const value = c[field];
    if (value && unchanged[field] !== value && t(value) <= now.getTime()) {
      issues.push({ path: field, message: "must be in the future" });
    }
  }
  if (t(c.endsAt) <= t(c.startsAt)) issues.push({ path: "endsAt", message: "must be after startsAt" });
  if (t(c.inviteAt) >= t(c.startsAt)) issues.push({ path: "inviteAt", message: "must be before startsAt" });
  if (c.reminderAt) {
    if (t(c.reminderAt) <= t(c.inviteAt)) issues.push({ path: "reminderAt", message: "must be after inviteAt" });
    if (t(c.reminderAt) >= t(c.startsAt)) issues.push({ path: "reminderAt", message: "must be before startsAt" });
  }
  return issues;
}

/** Whether a change moves the event in a calendar (and so needs an updated calendar entry). */
export function changesEvent(before: Conference, after: Conference): boolean {
  return (
    before.startsAt !== after.startsAt ||
    before.endsAt !== after.endsAt ||
    before.location !== after.location ||
    before.title !== after.title
  );
}

export const SEASON_LABELS: Record<Season, { de: string; en: string }> = {
  spring: { de: "Frühjahrstagung", en: "Spring conference" },
  autumn: { de: "Herbsttagung", en: "Autumn conference" },
};
