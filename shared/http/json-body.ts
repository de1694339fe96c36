import type { Context } from "hono";
import type { z } from "zod/mini";
import type { Locale } from "../domain/locale.ts";
import { issueMessage, loadFieldTexts } from "../i18n/fields.ts";
import { readLimitedBody } from "./body-limit.ts";
import { type FieldError, type FieldSource, problem, responseLocale, validationProblem } from "./problem.ts";

export const MAX_BODY_BYTES = 16 * 1024;

/** A route's own message for a field (by its path), in place of the generic ones; undefined: the generic one. */
export type FieldMessages = (path: string, locale: Locale) => string | undefined;

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/** What the validator says where a schema gave no message of its own: worded afterwards, when it failed. */
const GENERIC = "\u0000generic";

/**
 * Reads and validates a JSON body: 415 for another media type, 413 over 16 KB, 400 when it is not JSON,
 * 422 with one entry per invalid field. Nothing has been stored when any of these is returned.
 */
export async function readJsonBody<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
  options: { ignore?: readonly string[]; messages?: FieldMessages } = {},
): Promise<Parsed<z.output<S>>> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json" && !type?.endsWith("+json")) {
    return fail(await problem(c, 415, "Unsupported Media Type", "Send the body as application/json."));
  }
  const raw = await readLimitedBody(c, MAX_BODY_BYTES);
  if (!raw.ok) return fail(await tooLarge(c));
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw.bytes));
  } catch {
    return fail(await problem(c, 400, "Bad Request", "The body is not valid UTF-8 JSON."));
  }
  // Read-only fields a GET returns (ids, timestamps, derived values) come back in a GET–edit–PUT round trip:
  // they are dropped here, not refused.
  if (options.ignore?.length && data && typeof data === "object" && !Array.isArray(data)) {
    data = Object.fromEntries(Object.entries(data).filter(([name]) => !options.ignore?.includes(name)));
  }
  return validate(c, schema, data, "body", options.messages);
}

/**
 * Validates data; when it fails, the messages are for people in the request's language (see `responseLocale`):
 * 422 with one entry per invalid field (one per unknown field, too). No validation library's wording reaches anyone:
 * the generic texts and a schema's own messages are worded in i18n/<language>/fields.ts (loaded only then), and
 * `messages` may give a route's own per field.
 */
export async function validate<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
  data: unknown,
  source: FieldSource = "body",
  messages?: FieldMessages,
): Promise<Parsed<z.output<S>>> {
  const result = schema.safeParse(data, { error: () => GENERIC });
  if (result.success) return { ok: true, value: result.data };
  const locale = responseLocale(c);
  await loadFieldTexts(locale);
  const byIssue = result.error.issues.map((issue) => ({
    ...issue,
    message: issue.message === GENERIC ? issueMessage(issue, locale) : issue.message,
  }));
  const errors = toFieldErrors(byIssue).map((error) => ({
    ...error,
    message: messages?.(error.path, locale) ?? error.message,
  }));
  return fail(await validationProblem(c, errors, source));
}

/** One entry per invalid field; an unknown field is named in the path. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, message: issue.message }));
    }
    return [{ path: base || "(body)", message: issue.message }];
  });
}

function tooLarge(c: Context): Promise<Response> {
  return problem(c, 413, "Content Too Large", `The body must not exceed ${MAX_BODY_BYTES} bytes.`);
}

function fail(response: Response): { ok: false; response: Response } {
  return { ok: false, response };
}
