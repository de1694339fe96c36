import * as z from "zod/mini";

/**
 * Reads a function's configuration from the environment once, at start-up, and fails fast with every missing
 * or malformed variable named: a misconfigured function should not start, rather than fail on a request.
 */
export function readConfig<S extends z.ZodMiniObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new Error(`Invalid configuration: ${problems}`);
}

export const nonEmpty = () => z.string().check(z.trim(), z.minLength(1, "must be set"));

/** "a, b,,c" → ["a", "b", "c"]; unset or empty → []. */
export const commaList = () =>
  z.pipe(
    z._default(z.string(), ""),
    z.transform((value) =>
      value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  );

/** LOG_LEVEL as the logger knows it; INFO when unset. */
export const logLevel = () => z._default(z.enum(["DEBUG", "INFO", "WARN", "ERROR", "SILENT"]), "INFO");

export const positiveInt = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.gte(1)), fallback);
