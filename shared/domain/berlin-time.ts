import { once } from "./once.ts";

/** Conferences, schedules and reminders are planned in the networks' time: Europe/Berlin. */
export const BERLIN = "Europe/Berlin";

/**
 * Made on first use: a formatter with a time zone loads ICU's zone data, which costs a cold start about 30 ms,
 * and most requests never need it.
 */
const wallClock = once(
  () =>
    new Intl.DateTimeFormat("en-CA", {
      timeZone: BERLIN,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    }),
);

export interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/** The wall-clock time in Berlin of an instant, as zero-padded parts (summer and winter time included). */
export function berlinWallClock(at: Date): WallClock {
  const parts = wallClock().formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "";
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The instant of a wall-clock time in Berlin (a date field "2027-03-12" and a time field "09:30", as a form sends
 * them) as ISO 8601 with its offset, e.g. "2027-03-12T09:30:00+01:00". Undefined for what is no date or time, and
 * for a time the clocks skip when summer time begins; of an hour that happens twice (autumn) the first is meant.
 */
export function berlinInstant(date: string, time: string): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return undefined;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as number[];
  const wall = Date.UTC(year as number, (month as number) - 1, day as number, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== (month as number) - 1 || check.getUTCDate() !== day || (hour as number) > 23) {
    return undefined;
  }
  // Berlin is one or two hours ahead of UTC: try both, keep the earlier instant whose wall clock matches.
  for (const offsetHours of [2, 1]) {
    const instant = new Date(wall - offsetHours * 3_600_000);
    const c = berlinWallClock(instant);
    if (`${c.year}-${c.month}-${c.day}T${c.hour}:${c.minute}` === `${date}T${time}`) {
      return `${date}T${time}:00+${pad(offsetHours)}:00`;
    }
  }
  return undefined;
}

/** An instant as a form's date and time fields in Berlin time. */
export function berlinFields(iso: string): { date: string; time: string } {
  const c = berlinWallClock(new Date(iso));
  return { date: `${c.year}-${c.month}-${c.day}`, time: `${c.hour}:${c.minute}` };
}

/** Today's date in Berlin, `YYYY-MM-DD`: what a due date is compared with. */
export function berlinToday(at: Date): string {
  const c = berlinWallClock(at);
  return `${c.year}-${c.month}-${c.day}`;
}
