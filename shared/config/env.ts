/**
 * Reads a function's configuration from the environment once, at start-up, and fails fast with every missing
 * or malformed variable named: a misconfigured function should not start, rather than fail on a request.
 *
 * Written without a validation library on purpose: every Lambda function reads its configuration while it
 * starts, and building and running schemas there cost each cold start several milliseconds (and loading zod,
 * about 60 KiB, for functions that validate nothing else at start).
 */

/** How one variable is read: its value, or why it cannot be used. */
export type Field<T> = (raw: string | undefined) => { value: T } | { error: string };
type ValueOf<F> = F extends Field<infer T> ? T : never;
export type Config<F extends Record<string, Field<unknown>>> = { [K in keyof F]: ValueOf<F[K]> };

export function readConfig<F extends Record<string, Field<unknown>>>(
  fields: F,
  env: NodeJS.ProcessEnv = process.env,
): Config<F> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, field] of Object.entries(fields)) {
    const read = field(env[name]);
    if ("error" in read) problems.push(`${name}: ${read.error}`);
    else if (read.value !== undefined) values[name] = read.value;
  }
  if (problems.length > 0) throw new Error(`Invalid configuration: ${problems.join("; ")}`);
  return values as Config<F>;
}

/** A value that must be set (trimmed, not empty). */
export const nonEmpty = (): Field<string> => (raw) => {
  const value = raw?.trim() ?? "";
  return value ? { value } : { error: "must be set" };
};

/** Unset (or empty) is `undefined`; a value set is read by `field`. */
export const optional =
  <T>(field: Field<T>): Field<T | undefined> =>
  (raw) =>
    raw === undefined || raw.trim() === "" ? { value: undefined } : field(raw);

/** Any text; `fallback` when unset. */
export const text =
  (fallback: string): Field<string> =>
  (raw) => ({ value: raw ?? fallback });

/** "a, b,,c" → ["a", "b", "c"]; unset or empty → []. */
export const commaList = (): Field<string[]> => (raw) => ({
  value: (raw ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean),
});

export const LOG_LEVELS = ["DEBUG", "INFO", "WARN", "ERROR", "SILENT"] as const;
/** LOG_LEVEL as the logger knows it; INFO when unset. */
export const logLevel = (): Field<(typeof LOG_LEVELS)[number]> => (raw) => {
  if (raw === undefined) return { value: "INFO" };
  const level = LOG_LEVELS.find((known) => known === raw);
  return level ? { value: level } : { error: `must be one of ${LOG_LEVELS.join(", ")}` };
};

/** A number of at least `min` (an integer when `integer`); `fallback` when unset. */
export const number =
  (options: { fallback?: number; min: number; exclusive?: boolean; integer?: boolean }): Field<number> =>
  (raw) => {
    if (raw === undefined || raw.trim() === "") {
      return options.fallback === undefined ? { error: "must be set" } : { value: options.fallback };
    }
    const value = Number(raw);
    if (!Number.isFinite(value)) return { error: "must be a number" };
    if (options.integer && !Number.isInteger(value)) return { error: "must be a whole number" };
    if (options.exclusive ? value <= options.min : value < options.min) {
      return { error: `must be ${options.exclusive ? "greater than" : "at least"} ${options.min}` };
    }
    return { value };
  };

export const positiveInt = (fallback: number) => number({ fallback, min: 1, integer: true });

/** An http(s) URL. */
export const httpUrl = (): Field<string> => (raw) => {
  const value = raw?.trim() ?? "";
  if (!value) return { error: "must be set" };
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) ? { value } : { error: "must be an http or https URL" };
  } catch {
    return { error: "must be an http or https URL" };
  }
};

/** An email address (the sender's): one `@`, no spaces, lowercased. */
export const emailAddressField = (): Field<string> => (raw) => {
  const value = raw?.trim().toLowerCase() ?? "";
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254
    ? { value }
    : { error: "must be an email address" };
};
