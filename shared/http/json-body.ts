import type { Context } from "hono";
import type { z } from "zod/mini";
import de from "zod/v4/locales/de.js";
import en from "zod/v4/locales/en.js";
import { readLimitedBody } from "./body-limit.ts";
import { asksForEnglish, type FieldError, type FieldSource, problem, validationProblem } from "./problem.ts";

export const MAX_BODY_BYTES = 16 * 1024;
const englishErrors = en().localeError;
const germanErrors = de().localeError;

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * Reads and validates a JSON body: 415 for another media type, 413 over 16 KB, 400 when it is not JSON,
 * 422 with one entry per invalid field. Nothing has been stored when any of these is returned.
 */
export async function readJsonBody<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
  options: { ignore?: readonly string[] } = {},
): Promise<Parsed<z.output<S>>> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json" && !type?.endsWith("+json")) {
    return fail(problem(c, 415, "Unsupported Media Type", "Send the body as application/json."));
  }
  const raw = await readLimitedBody(c, MAX_BODY_BYTES);
  if (!raw.ok) return fail(tooLarge(c));
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw.bytes));
  } catch {
    return fail(problem(c, 400, "Bad Request", "The body is not valid UTF-8 JSON."));
  }
  // Read-only fields a GET returns (ids, timestamps, derived values) come back in a GET–edit–PUT round trip:
  // they are dropped here, not refused.
  if (options.ignore?.length && data && typeof data === "object" && !Array.isArray(data)) {
    data = Object.fromEntries(Object.entries(data).filter(([name]) => !options.ignore?.includes(name)));
  }
  return validate(c, schema, data);
}

/** Validates data with messages in the request's language (German unless English); 422 with one entry per invalid field. */
export function validate<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
  data: unknown,
  source: FieldSource = "body",
): Parsed<z.output<S>> {
  const result = schema.safeParse(data, { error: asksForEnglish(c) ? englishErrors : germanErrors });
  if (!result.success) return fail(validationProblem(c, toFieldErrors(result.error.issues), source));
  return { ok: true, value: result.data };
}

export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join(".") || "(body)", message: issue.message }));
}

function tooLarge(c: Context): Response {
  return problem(c, 413, "Content Too Large", `The body must not exceed ${MAX_BODY_BYTES} bytes.`);
}

function fail(response: Response): { ok: false; response: Response } {
  return { ok: false, response };
}
