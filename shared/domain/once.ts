/**
 * Builds a value on first use and keeps it. Schemas are built this way: constructing a zod schema costs a few
 * milliseconds, which a cold start should only pay for the routes that validate something.
 */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}
