/**
 * Spaces calls so they stay under `perSecond` (SES's maximum send rate, shared by `concurrency` senders).
 * Throttling that happens anyway is a transient failure and retried.
 */
export function pacer(
  perSecond: number,
  concurrency = 1,
  sleep = (ms: number) => new Promise((r) => setTimeout(r, ms)),
) {
  const interval = (1000 * concurrency) / perSecond;
  let next = 0;
  return async () => {
    const now = Date.now();
    const wait = next - now;
    next = Math.max(now, next) + interval;
    if (wait > 0) await sleep(wait);
  };
}
