/**
 * The local stand-in for the daily EventBridge Scheduler cron: runs `job` at `hour`:00 Europe/Berlin each day,
 * and once right at start (the job is idempotent, so a restart never doubles its mails); `first` is that run.
 */
export function dailyAt(hour: number, job: () => Promise<unknown>, onError: (error: unknown) => void) {
  const berlinDayAndHour = (date: Date) => {
    const parts = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Berlin",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      hourCycle: "h23",
    }).formatToParts(date);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
    return { day: `${get("year")}-${get("month")}-${get("day")}`, hour: Number(get("hour")) };
  };
  let lastRunDay = "";
  const run = () => job().catch(onError);
  // The run at start: the caller may wait for it, so nothing it writes arrives after the stack says it is up.
  const first = run();
  const timer = setInterval(() => {
    const { day, hour: current } = berlinDayAndHour(new Date());
    if (current === hour && day !== lastRunDay) {
      lastRunDay = day;
      void run();
    }
  }, 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer), first };
}
